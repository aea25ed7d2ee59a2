/**
 * How many tools are in each state; every tool in exactly one, so mapped + public + unmapped =
 * total. (`activation-preview.tools` counts a public tool as mapped too: see `fromPreview`.)
 */
export interface ToolCounters {
  readonly total: number;
  readonly public: number;
  /** Not public, with at least one `admin_override` scope. */
  readonly mapped: number;
  readonly unmapped: number;
}

/** AuthSec's preview counters (mapped = public OR mapped) as one state per tool. */
export function fromPreview(tools: ToolCounters): ToolCounters {
  const mapped = Math.max(0, tools.mapped - tools.public);
  return { total: tools.total, public: tools.public, mapped, unmapped: Math.max(0, tools.total - tools.public - mapped) };
}

