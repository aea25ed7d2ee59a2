/**
 * Unsaved Tools-tab edits that survive a page reload: the edits plus the server state of each
 * edited tool as the admin saw it, so `rebase` on the fresh matrix can tell what someone else
 * changed meanwhile (and flag it) instead of silently overwriting it.
 *
 * Kept in `sessionStorage` by the element (per tab, gone with the tab). Nothing secret is in it:
 * tool and scope ids, names and scope strings. What comes back from storage is untrusted and
 * parsed; anything malformed is dropped.
 */
import * as z from 'zod/mini';
import type { McpTool } from '../api/scope-matrix.js';
import { MappingBase, StagedEdits, type ToolEdit } from './tool-mapping.js';

const VERSION = 1;

const draftSchema = z.object({
  v: z.literal(VERSION),
  applicationId: z.string(),
  savedAt: z.string(),
  tools: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      scopeIds: z.array(z.string()),
      isPublic: z.boolean(),
      add: z.array(z.string()),
      remove: z.array(z.string()),
      setPublic: z.optional(z.boolean()),
    }),
  ),
  scopes: z.array(z.object({ id: z.string(), scope_string: z.string() })),
});

export type MappingDraft = z.output<typeof draftSchema>;

/** The draft of `staged` (undefined when nothing is staged). */
export function toDraft(applicationId: string, staged: StagedEdits, now: Date = new Date()): MappingDraft | undefined {
  if (staged.changeCount === 0) return undefined;
  const { base } = staged;
  const tools: MappingDraft['tools'] = [];
  const scopeIds = new Set<string>();
  for (const [toolId, edit] of staged.edits) {
    const i = base.indexOf(toolId);
    const serverScopeIds = base.serverScopeIds(i);
    for (const id of [...serverScopeIds, ...edit.add, ...edit.remove]) scopeIds.add(id);
    tools.push({
      id: toolId, name: base.tools[i]!.name, scopeIds: [...serverScopeIds], isPublic: base.serverPublic(i),
      add: [...edit.add], remove: [...edit.remove], ...(edit.isPublic !== undefined ? { setPublic: edit.isPublic } : {}),
    });
  }
  const scopes = [...scopeIds].map((id) => ({ id, scope_string: base.scope(id)?.scope_string ?? id }));
  return { v: VERSION, applicationId, savedAt: now.toISOString(), tools, scopes };
}

/** Reads a stored draft; undefined when absent, malformed or for another application. */
export function parseDraft(text: string | null, applicationId: string): MappingDraft | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = z.safeParse(draftSchema, raw);
  return parsed.success && parsed.data.applicationId === applicationId ? parsed.data : undefined;
}

/**
 * The staged edits of a draft, on a base rebuilt from what the admin saw. Rebase the result on
 * the fresh matrix (`rebase(fromDraft(d), fresh)`) before showing it.
 */
export function fromDraft(draft: MappingDraft): StagedEdits {
  const names = new Map(draft.scopes.map((s) => [s.id, s.scope_string]));
  const tools = draft.tools.map((t): McpTool => ({
    id: t.id, name: t.name, title: '', description: '', input_schema: undefined, annotations: undefined,
    scopes: t.scopeIds.map((scope_id) => ({
      scope_id, scope_string: names.get(scope_id) ?? scope_id, display_name: '', risk_level: 'low', auto_matched: false, source: 'admin_override',
    })),
    inventory_source: 'manual', is_public: t.isPublic, suggested_scopes: [],
  }));
  const base = new MappingBase({ tools, unmapped_scopes: draft.scopes.map((s) => ({ ...s, display_name: '', risk_level: 'low', is_auto_discovered: false })) });
  const edits = new Map<string, ToolEdit>(
    draft.tools.map((t) => [t.id, { add: t.add, remove: t.remove, ...(t.setPublic !== undefined ? { isPublic: t.setPublic } : {}) }]),
  );
  return StagedEdits.fromEdits(base, edits);
}
