/**
 * Finding tools in the Tools tab: filter by state, inventory source, declared annotation and free
 * text; sort by name, state or source.
 *
 * Built for 10,000 tools and a filter on every keystroke: `ToolFinder` does the expensive work
 * once per fetched matrix (one normalised lowercase search string per tool, one name order), so
 * a query is a single pass over precomputed data with no per-tool allocation except the result
 * array. Sorting by state or source is a stable bucket pass over the name order, O(n) with no
 * comparisons, so re-sorting after an edit costs no more than filtering.
 */
import { stripHidden } from './text-safety.js';
import type { InventorySource, McpTool } from '../api/scope-matrix.js';
import { compareText, StagedEdits, type MappingBase, type ToolStateKind } from './tool-mapping.js';

export type AnnotationHint = 'readOnlyHint' | 'destructiveHint' | 'idempotentHint' | 'openWorldHint';
export const ANNOTATION_HINTS: readonly AnnotationHint[] = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'];

/**
 * `true`/`false` match tools that declare that value; `'undeclared'` those that say nothing.
 * MCP's defaults (e.g. destructive unless stated) are not assumed: hints are untrusted claims.
 */
export type HintFilter = boolean | 'undeclared';

export type ToolSort = 'name' | 'state' | 'source';
/** "Unmapped first": what still blocks activation leads. */
export const STATE_ORDER: readonly ToolStateKind[] = ['unmapped', 'mapped', 'public'];
export const SOURCE_ORDER: readonly InventorySource[] = ['sdk_manifest', 'mcp_scan', 'manual'];

export interface ToolQuery {
  /** Free text over name, title and description; every whitespace-separated term must occur. */
  readonly text?: string;
  /** Any of these states (empty or absent: all). */
  readonly states?: readonly ToolStateKind[];
  readonly sources?: readonly InventorySource[];
  /** All given hints must hold. */
  readonly annotations?: Partial<Record<AnnotationHint, HintFilter>>;
  readonly sort?: ToolSort;
  readonly descending?: boolean;
}

/** Descriptions longer than this are searched by their beginning only (keeps keystrokes cheap). */
export const SEARCH_FIELD_LIMIT = 4096;

/**
 * Characters text-safety reveals instead of showing (bidi controls, zero-width and other
 * invisible characters, tag characters): dropped for search, so `create\u200Bissue` is found by
 * `createissue` and a query pasted with a stray ZWSP still matches. Keep in step with text-safety.ts.
 */
// eslint-disable-next-line no-control-regex -- control characters separate words, like spaces
const CONTROL_OR_SPACE = /[\s\u0000-\u001F\u007F-\u009F]+/gu;

/** Printable ASCII only: NFKC and hidden-character removal cannot change it. */
const PLAIN_ASCII = /^[\x20-\x7E]*$/;

/** Search form of a text: NFKC, hidden characters removed, lowercase, whitespace collapsed. */
export function searchText(value: string): string {
  // Most tool names and descriptions are plain ASCII: skip the Unicode passes (10,000 tools × 3 fields).
  if (PLAIN_ASCII.test(value)) return value.toLowerCase().replace(/ {2,}/g, ' ').trim();
  return stripHidden(value.normalize('NFKC')).toLowerCase().replace(CONTROL_OR_SPACE, ' ').trim();
}

/** Filters and sorts the tools of one `MappingBase`. Create it once per fetched matrix. */
export class ToolFinder {
  readonly base: MappingBase;
  /** Built on the first text query or by `prepare()`, so a fresh matrix renders without waiting for it. */
  #haystacks?: string[];
  /** Tool positions in name order. */
  readonly #byName: Uint32Array;
  readonly #serverState: StagedEdits;

  constructor(base: MappingBase) {
    this.base = base;
    const tools = base.tools;
    const order = Array.from(tools.keys());
    order.sort((a, b) => compareText(tools[a]!.name, tools[b]!.name) || a - b);
    this.#byName = Uint32Array.from(order);
    this.#serverState = StagedEdits.empty(base);
  }

  /**
   * Builds the search index now (an element calls this after its first render, so the first
   * keystroke finds it ready). Idempotent.
   */
  prepare(): string[] {
    // Fields joined by '\n': a query term never contains one, so no match spans two fields.
    this.#haystacks ??= this.base.tools.map((t) =>
      `${searchText(t.name)}\n${searchText(t.title)}\n${searchText(t.description.slice(0, SEARCH_FIELD_LIMIT))}`,
    );
    return this.#haystacks;
  }

  /** The precomputed search string of the tool at `index` (exposed for tests and highlighting). */
  haystackAt(index: number): string {
    return this.prepare()[index] ?? '';
  }

  /**
   * Tools matching `query`, sorted. States are taken from `staged` (server state when absent),
   * which must be built on this finder's base.
   */
  find(query: ToolQuery = {}, staged: StagedEdits = this.#serverState): McpTool[] {
    if (staged.base !== this.base) throw new Error('ToolFinder.find: staged edits belong to another matrix');
    const tools = this.base.tools;
    const terms = query.text ? searchText(query.text).split(' ').filter(Boolean) : [];
    const states = query.states?.length ? query.states : undefined;
    const sources = query.sources?.length ? query.sources : undefined;
    const hints = query.annotations ? ANNOTATION_HINTS.filter((h) => query.annotations![h] !== undefined) : [];
    const sort = query.sort ?? 'name';
    const buckets: McpTool[][] = sort === 'name' ? [[]] : [[], [], []];
    const haystacks = terms.length > 0 ? this.prepare() : undefined;

    for (let k = 0; k < this.#byName.length; k++) {
      const i = this.#byName[k]!;
      const tool = tools[i]!;
      if (sources && !sources.includes(tool.inventory_source)) continue;
      if (hints.length > 0 && !hintsMatch(tool, hints, query.annotations!)) continue;
      if (haystacks && !allOccur(haystacks[i]!, terms)) continue;
      let bucket = 0;
      if (states || sort === 'state') {
        const kind = staged.kindAt(i);
        if (states && !states.includes(kind)) continue;
        if (sort === 'state') bucket = STATE_ORDER.indexOf(kind);
      }
      if (sort === 'source') bucket = SOURCE_ORDER.indexOf(tool.inventory_source);
      buckets[bucket]!.push(tool);
    }
    const out = buckets.length === 1 ? buckets[0]! : buckets.flat();
    return query.descending ? out.reverse() : out;
  }
}

function allOccur(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

function hintsMatch(tool: McpTool, hints: readonly AnnotationHint[], wanted: Partial<Record<AnnotationHint, HintFilter>>): boolean {
  for (const hint of hints) {
    const declared = tool.annotations?.[hint];
    const want = wanted[hint];
    if (want === 'undeclared' ? typeof declared === 'boolean' : declared !== want) return false;
  }
  return true;
}
