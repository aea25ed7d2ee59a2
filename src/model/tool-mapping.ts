/**
 * The rules behind the Tools tab: each tool is mapped to scope(s), Public, or Unmapped (= denied),
 * edits are staged and saved in one request. authsec-api.md §3.1–3.2, §4.2.
 *
 * - `MappingBase`: one fetched scope matrix, indexed once (tool id → position, the tool's
 *   `admin_override` scope ids, its public flag, the scope catalogue, the server's counters).
 * - `StagedEdits`: an immutable value bound to a base. Every operation returns a new value (or the
 *   same one when nothing changed, so `===` tells an element whether to re-render).
 * - `toSaveRequest` / `interpretSaveResult`: the PUT body and the public toggles; applied < requested.
 * - `rebase`: carry edits over a re-fetch, dropping what someone else already did, flagging conflicts.
 *
 * Only `admin_override` mappings count: `sdk_suggested` is advice until an admin applies it, which
 * is a `tool-scope-map` call like any other mapping.
 *
 * Performance (10,000 tools; the benchmark lives elsewhere, this is the reasoning):
 * - Counters are kept incrementally. An operation visits only the tools it touches: per tool it
 *   reads the old contribution (public? mapped?) in O(1) from the base's typed arrays and the
 *   edit's array lengths, writes the new edit, and adjusts two integers. No state objects or
 *   scope-id arrays are built to count. A bulk edit over all 10,000 tools is one pass plus one
 *   copy of the edit map (O(edits)); a single toggle costs that copy too, which stays far below a
 *   frame at 10,000 entries.
 * - `countTools` recomputes from scratch in one allocation-free O(n) loop; tests check the two
 *   agree, and an element may call it if it ever distrusts the incremental path.
 * - Each `ToolEdit` holds at most a handful of scope ids, so `includes` on those small arrays is
 *   cheaper than Sets would be.
 * - Base construction (indexing, per-tool override lists) runs once per fetch, not per edit.
 */
import type { ToolCounters } from './tool-counters.js';
import type { McpTool, ScopeMatrix, ToolScopeMapRequest } from '../api/scope-matrix.js';
import type { RiskLevel } from '../api/wire.js';

export type { ToolCounters } from './tool-counters.js';
export { fromPreview } from './tool-counters.js';
export type ToolStateKind = 'unmapped' | 'mapped' | 'public';

/** What AuthSec will enforce for a tool. A public tool is public whatever its mappings. */
export interface ToolState {
  readonly kind: ToolStateKind;
  /** Effective `admin_override` scope ids (kept for public tools too: they apply if unpublished). */
  readonly scopeIds: readonly string[];
  readonly isPublic: boolean;
}

/**
 * One tool's staged change, normalised against the server: `add` never holds a scope the tool
 * already has, `remove` only scopes it has, `isPublic` only a value that differs. An edit with
 * nothing left is not stored, so no-op edits never count.
 */
export interface ToolEdit {
  readonly add: readonly string[];
  readonly remove: readonly string[];
  readonly isPublic?: boolean;
}

/** A scope as the Tools tab needs it (from the matrix and, when given, `GET …/scopes`). */
export interface ScopeRef {
  readonly id: string;
  readonly scope_string: string;
  readonly display_name: string;
  readonly risk_level: RiskLevel;
}

type ScopeLike = Pick<ScopeRef, 'id' | 'scope_string'> & Partial<Pick<ScopeRef, 'display_name' | 'risk_level'>>;

const NONE: readonly string[] = Object.freeze([]);

/** A fetched scope matrix, indexed once for the edits, counters and filters built on it. */
export class MappingBase {
  /** Tools in the matrix's order (AuthSec sorts them by name). */
  readonly tools: readonly McpTool[];
  /** Every scope of the application known to this base, sorted by scope string. */
  readonly scopes: readonly ScopeRef[];
  /** The counters `activation-preview` reports for this matrix. */
  readonly counters: ToolCounters;
  readonly #indexById = new Map<string, number>();
  readonly #scopeById = new Map<string, ScopeRef>();
  readonly #scopeByString = new Map<string, ScopeRef>();
  readonly #public: Uint8Array;
  readonly #overrides: (readonly string[])[];

  /**
   * @param scopes the application's scope list (`GET …/scopes`); optional: the matrix already
   * names every scope that is mapped, suggested or unmapped.
   */
  constructor(matrix: Pick<ScopeMatrix, 'tools' | 'unmapped_scopes'>, scopes: readonly ScopeLike[] = []) {
    this.tools = matrix.tools;
    const n = this.tools.length;
    this.#public = new Uint8Array(n);
    this.#overrides = new Array<readonly string[]>(n);
    const addScope = (s: ScopeLike) => {
      if (!s.id || this.#scopeById.has(s.id)) return;
      const ref: ScopeRef = {
        id: s.id, scope_string: s.scope_string, display_name: s.display_name ?? '', risk_level: s.risk_level ?? 'low',
      };
      this.#scopeById.set(ref.id, ref);
      if (!this.#scopeByString.has(ref.scope_string)) this.#scopeByString.set(ref.scope_string, ref);
    };
    for (const s of scopes) addScope(s);
    for (const s of matrix.unmapped_scopes) addScope(s);
    let pub = 0;
    let mapped = 0;
    for (let i = 0; i < n; i++) {
      const tool = this.tools[i]!;
      if (!this.#indexById.has(tool.id)) this.#indexById.set(tool.id, i);
      let overrides: string[] | undefined;
      for (const entry of tool.scopes) {
        addScope({ ...entry, id: entry.scope_id });
        if (entry.source === 'admin_override' && !overrides?.includes(entry.scope_id)) (overrides ??= []).push(entry.scope_id);
      }
      for (const s of tool.suggested_scopes) if (s.scope_id) addScope({ ...s, id: s.scope_id });
      this.#overrides[i] = overrides ?? NONE;
      this.#public[i] = tool.is_public ? 1 : 0;
      if (tool.is_public) pub++;
      else if (overrides) mapped++;
    }
    this.scopes = [...this.#scopeById.values()].sort((a, b) => compareText(a.scope_string, b.scope_string));
    this.counters = { total: n, public: pub, mapped, unmapped: n - pub - mapped };
  }

  /** Position of a tool in `tools`, or -1. */
  indexOf(toolId: string): number {
    return this.#indexById.get(toolId) ?? -1;
  }

  tool(toolId: string): McpTool | undefined {
    const i = this.indexOf(toolId);
    return i < 0 ? undefined : this.tools[i];
  }

  scope(scopeId: string): ScopeRef | undefined {
    return this.#scopeById.get(scopeId);
  }

  scopeByString(scopeString: string): ScopeRef | undefined {
    return this.#scopeByString.get(scopeString);
  }

  /** The tool's server-side `admin_override` scope ids. */
  serverScopeIds(index: number): readonly string[] {
    return this.#overrides[index] ?? NONE;
  }

  serverPublic(index: number): boolean {
    return this.#public[index] === 1;
  }

  /**
   * What the SDK suggests for a tool: `suggested_scopes[].scope_id` when present, else the scope
   * whose `scope_string` matches; strings naming no scope of this application are `unresolved`.
   * A suggestion may already be mapped (applying it is then a no-op, or undoes a staged removal).
   */
  suggestionFor(toolId: string): { readonly scopeIds: readonly string[]; readonly unresolved: readonly string[] } {
    const tool = this.tool(toolId);
    if (!tool) return { scopeIds: NONE, unresolved: NONE };
    const scopeIds: string[] = [];
    const unresolved: string[] = [];
    const take = (s: { readonly scope_id?: string | undefined; readonly scope_string: string }) => {
      const id = s.scope_id || this.scopeByString(s.scope_string)?.id;
      if (!id) {
        if (!unresolved.includes(s.scope_string)) unresolved.push(s.scope_string);
      } else if (!scopeIds.includes(id)) {
        scopeIds.push(id);
      }
    };
    for (const s of tool.suggested_scopes) take(s);
    // The backend also lists un-promoted suggestions among `scopes`.
    for (const s of tool.scopes) if (s.source === 'sdk_suggested') take(s);
    return { scopeIds, unresolved };
  }
}

/** Whether the SDK suggests any scope for the tool (resolved or not). */
const hasSuggestion = (tool: McpTool): boolean => tool.suggested_scopes.length > 0 || tool.scopes.some((s) => s.source === 'sdk_suggested');

/** Effective state of one tool from its server data plus an optional staged edit. */
export function toolState(tool: McpTool, edit?: ToolEdit): ToolState {
  const server: string[] = [];
  for (const s of tool.scopes) if (s.source === 'admin_override' && !server.includes(s.scope_id)) server.push(s.scope_id);
  return stateFrom(server, tool.is_public, edit);
}

function stateFrom(server: readonly string[], serverPublic: boolean, edit: ToolEdit | undefined): ToolState {
  const scopeIds = edit ? [...server.filter((id) => !edit.remove.includes(id)), ...edit.add] : server;
  const isPublic = edit?.isPublic ?? serverPublic;
  return { kind: isPublic ? 'public' : scopeIds.length > 0 ? 'mapped' : 'unmapped', scopeIds, isPublic };
}

/** One reviewable line of the staged diff: tool name, before → after. */
export interface ToolChange {
  readonly toolId: string;
  readonly toolName: string;
  readonly before: ToolState;
  readonly after: ToolState;
  readonly addedScopeIds: readonly string[];
  readonly removedScopeIds: readonly string[];
  /** The new public flag, when it changes. */
  readonly isPublic?: boolean;
}

/** A staged change that narrows access: removed mappings or an unpublished tool. */
export interface AccessRemoval {
  readonly toolId: string;
  readonly toolName: string;
  readonly removedScopeIds: readonly string[];
  readonly unpublished: boolean;
  /** The tool ends up unmapped: every call to it will be denied. */
  readonly deniedAfter: boolean;
}

type EditStep = (index: number, edit: ToolEdit | undefined) => ToolEdit | undefined;

/**
 * Staged Tools-tab edits on one `MappingBase`: an immutable value. Unknown tool ids are ignored.
 * Scope ids are not checked against `base.scopes` (offer only those): AuthSec skips unknown ones
 * (`interpretSaveResult`), and `rebase` reports them as `scope_deleted` instead of resending.
 */
export class StagedEdits {
  readonly base: MappingBase;
  /** Tool-state counters as they will be after saving (server state + these edits). */
  readonly counters: ToolCounters;
  /** Atomic changes: each scope added, each scope removed, each public toggle. */
  readonly changeCount: number;
  readonly #edits: ReadonlyMap<string, ToolEdit>;

  private constructor(base: MappingBase, edits: ReadonlyMap<string, ToolEdit>, counters: ToolCounters, changeCount: number) {
    this.base = base;
    this.#edits = edits;
    this.counters = counters;
    this.changeCount = changeCount;
  }

  static empty(base: MappingBase): StagedEdits {
    return new StagedEdits(base, new Map(), base.counters, 0);
  }

  /** Staged edits by tool id (normalised: never empty, never a no-op). */
  get edits(): ReadonlyMap<string, ToolEdit> {
    return this.#edits;
  }

  /** How many tools carry a staged edit. */
  get toolCount(): number {
    return this.#edits.size;
  }

  editOf(toolId: string): ToolEdit | undefined {
    return this.#edits.get(toolId);
  }

  /** Effective state of a tool of the base, or undefined for an unknown id. */
  stateOf(toolId: string): ToolState | undefined {
    const i = this.base.indexOf(toolId);
    if (i < 0) return undefined;
    return stateFrom(this.base.serverScopeIds(i), this.base.serverPublic(i), this.#edits.get(toolId));
  }

  /** The state kind of the tool at `index` in `base.tools`, without allocating (filters, sorting). */
  kindAt(index: number): ToolStateKind {
    const tool = this.base.tools[index];
    const edit = tool ? this.#edits.get(tool.id) : undefined;
    if (edit?.isPublic ?? this.base.serverPublic(index)) return 'public';
    return effectiveCount(this.base, index, edit) > 0 ? 'mapped' : 'unmapped';
  }

  /** Map tools to a scope (bulk). Tools that already have it server-side are unchanged. */
  map(toolIds: Iterable<string>, scopeId: string): StagedEdits {
    return this.#apply(toolIds, (i, e) => withScope(e, this.base.serverScopeIds(i), scopeId, true));
  }

  /** Remove a scope from tools (bulk). Tools without it are unchanged. */
  unmap(toolIds: Iterable<string>, scopeId: string): StagedEdits {
    return this.#apply(toolIds, (i, e) => withScope(e, this.base.serverScopeIds(i), scopeId, false));
  }

  /** Make tools have exactly these scopes (a per-tool scope picker). */
  setScopes(toolIds: Iterable<string>, scopeIds: readonly string[]): StagedEdits {
    return this.#apply(toolIds, (i, e) => {
      const server = this.base.serverScopeIds(i);
      let next = e;
      for (const id of server) if (!scopeIds.includes(id)) next = withScope(next, server, id, false);
      for (const id of e?.add ?? NONE) if (!scopeIds.includes(id)) next = withScope(next, server, id, false);
      for (const id of scopeIds) next = withScope(next, server, id, true);
      return next;
    });
  }

  setPublic(toolIds: Iterable<string>, isPublic: boolean): StagedEdits {
    return this.#apply(toolIds, (i, e) => withPublic(e, this.base.serverPublic(i), isPublic));
  }

  /** Stage the SDK's suggested scopes for these tools (unresolvable suggestions are skipped). */
  applySuggestions(toolIds: Iterable<string>): StagedEdits {
    return this.#apply(toolIds, (i, e) => {
      const tool = this.base.tools[i]!;
      if (!hasSuggestion(tool)) return e;
      const server = this.base.serverScopeIds(i);
      let next = e;
      for (const id of this.base.suggestionFor(tool.id).scopeIds) next = withScope(next, server, id, true);
      return next;
    });
  }

  /**
   * Whether `applyAllSuggestions()` would stage anything, without building it (the Tools tab asks on
   * every render). An unmapped tool has no effective scope, so any suggestion that resolves adds one.
   */
  get hasSuggestionsToApply(): boolean {
    return this.base.tools.some((tool, i) => hasSuggestion(tool) && this.kindAt(i) === 'unmapped' && this.base.suggestionFor(tool.id).scopeIds.length > 0);
  }

  /**
   * Apply every suggestion. By default only to tools that are unmapped right now (server state plus
   * staged edits): adding a suggested scope to a tool an admin already mapped changes a decision
   * someone made on purpose, so that takes `{ includeMapped: true }`.
   */
  applyAllSuggestions(options: { readonly includeMapped?: boolean } = {}): StagedEdits {
    const ids: string[] = [];
    this.base.tools.forEach((tool, i) => {
      if (options.includeMapped || this.kindAt(i) === 'unmapped') ids.push(tool.id);
    });
    return this.applySuggestions(ids);
  }

  discard(toolIds: Iterable<string>): StagedEdits {
    return this.#apply(toolIds, () => undefined);
  }

  discardAll(): StagedEdits {
    return this.#edits.size === 0 ? this : StagedEdits.empty(this.base);
  }

  /** The staged changes for review, by tool name. */
  diff(): ToolChange[] {
    const out: ToolChange[] = [];
    for (const [toolId, edit] of this.#edits) {
      const i = this.base.indexOf(toolId);
      const server = this.base.serverScopeIds(i);
      const serverPublic = this.base.serverPublic(i);
      out.push({
        toolId,
        toolName: this.base.tools[i]!.name,
        before: stateFrom(server, serverPublic, undefined),
        after: stateFrom(server, serverPublic, edit),
        addedScopeIds: edit.add,
        removedScopeIds: edit.remove,
        ...(edit.isPublic !== undefined ? { isPublic: edit.isPublic } : {}),
      });
    }
    return out.sort((a, b) => compareText(a.toolName, b.toolName));
  }

  /**
   * Staged changes that take access away: removed `admin_override` mappings (AuthSec emits
   * `tool_unmapped` drift for each once the application is launched) and unpublished tools.
   * An element should ask for confirmation before saving these on a launched application.
   */
  accessRemovals(): AccessRemoval[] {
    const out: AccessRemoval[] = [];
    for (const [toolId, edit] of this.#edits) {
      if (edit.remove.length === 0 && edit.isPublic !== false) continue;
      const i = this.base.indexOf(toolId);
      out.push({
        toolId,
        toolName: this.base.tools[i]!.name,
        removedScopeIds: edit.remove,
        unpublished: edit.isPublic === false,
        deniedAfter: this.kindAt(i) === 'unmapped',
      });
    }
    return out.sort((a, b) => compareText(a.toolName, b.toolName));
  }

  /** How many tools have a staged change that takes access away (`accessRemovals().length`, without building it). */
  get removalCount(): number {
    let n = 0;
    for (const edit of this.#edits.values()) if (edit.remove.length > 0 || edit.isPublic === false) n++;
    return n;
  }

  get removesAccess(): boolean {
    for (const edit of this.#edits.values()) if (edit.remove.length > 0 || edit.isPublic === false) return true;
    return false;
  }

  /** Runs `step` on each known tool once per id given; counters move by the touched tools only. */
  #apply(toolIds: Iterable<string>, step: EditStep): StagedEdits {
    let next: Map<string, ToolEdit> | undefined;
    let pub = this.counters.public;
    let mapped = this.counters.mapped;
    let changes = this.changeCount;
    for (const toolId of toolIds) {
      const i = this.base.indexOf(toolId);
      if (i < 0) continue;
      const before = (next ?? this.#edits).get(toolId);
      const after = step(i, before);
      if (after === before) continue;
      next ??= new Map(this.#edits);
      if (after) next.set(toolId, after);
      else next.delete(toolId);
      const serverPublic = this.base.serverPublic(i);
      const wasPublic = before?.isPublic ?? serverPublic;
      const isPublic = after?.isPublic ?? serverPublic;
      pub += Number(isPublic) - Number(wasPublic);
      mapped += Number(!isPublic && effectiveCount(this.base, i, after) > 0) - Number(!wasPublic && effectiveCount(this.base, i, before) > 0);
      changes += editSize(after) - editSize(before);
    }
    if (!next) return this;
    const total = this.counters.total;
    return new StagedEdits(this.base, next, { total, public: pub, mapped, unmapped: total - pub - mapped }, changes);
  }

  /**
   * Edits re-expressed against `base` (carried over by `rebase`, or restored from a draft): what
   * is already true there drops out, tools the base does not have are ignored.
   */
  static fromEdits(base: MappingBase, edits: ReadonlyMap<string, ToolEdit>): StagedEdits {
    return StagedEdits.empty(base).#apply(edits.keys(), (i, e) => {
      const edit = edits.get(base.tools[i]!.id);
      return edit ? normalise(edit, base.serverScopeIds(i), base.serverPublic(i)) : e;
    });
  }
}

/** Server scopes + staged additions − staged removals; exact because edits are normalised. */
function effectiveCount(base: MappingBase, index: number, edit: ToolEdit | undefined): number {
  return base.serverScopeIds(index).length + (edit ? edit.add.length - edit.remove.length : 0);
}

function editSize(edit: ToolEdit | undefined): number {
  return edit ? edit.add.length + edit.remove.length + (edit.isPublic === undefined ? 0 : 1) : 0;
}

function makeEdit(add: readonly string[], remove: readonly string[], isPublic: boolean | undefined): ToolEdit | undefined {
  if (add.length === 0 && remove.length === 0 && isPublic === undefined) return undefined;
  return isPublic === undefined ? { add, remove } : { add, remove, isPublic };
}

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);

/** Turns a mapping on or off; returns `edit` itself when that changes nothing. */
function withScope(edit: ToolEdit | undefined, server: readonly string[], scopeId: string, on: boolean): ToolEdit | undefined {
  const add = edit?.add ?? NONE;
  const remove = edit?.remove ?? NONE;
  const onServer = server.includes(scopeId);
  if (on) {
    if (onServer) return remove.includes(scopeId) ? makeEdit(add, without(remove, scopeId), edit?.isPublic) : edit;
    return add.includes(scopeId) ? edit : makeEdit([...add, scopeId], remove, edit?.isPublic);
  }
  if (onServer) return remove.includes(scopeId) ? edit : makeEdit(add, [...remove, scopeId], edit?.isPublic);
  return add.includes(scopeId) ? makeEdit(without(add, scopeId), remove, edit?.isPublic) : edit;
}

function withPublic(edit: ToolEdit | undefined, serverPublic: boolean, isPublic: boolean): ToolEdit | undefined {
  const target = isPublic === serverPublic ? undefined : isPublic;
  if (edit?.isPublic === target) return edit;
  return makeEdit(edit?.add ?? NONE, edit?.remove ?? NONE, target);
}

/** An edit re-expressed against (possibly different) server data: no-ops fall away. */
function normalise(edit: ToolEdit, server: readonly string[], serverPublic: boolean): ToolEdit | undefined {
  const add = edit.add.filter((id) => !server.includes(id));
  const remove = edit.remove.filter((id) => server.includes(id));
  const isPublic = edit.isPublic === undefined || edit.isPublic === serverPublic ? undefined : edit.isPublic;
  return makeEdit(add, remove, isPublic);
}

/** Recounts from scratch in one allocation-free pass (the incremental counters must agree). */
export function countTools(staged: StagedEdits): ToolCounters {
  const { base } = staged;
  const n = base.tools.length;
  let pub = 0;
  let mapped = 0;
  for (let i = 0; i < n; i++) {
    const kind = staged.kindAt(i);
    if (kind === 'public') pub++;
    else if (kind === 'mapped') mapped++;
  }
  return { total: n, public: pub, mapped, unmapped: n - pub - mapped };
}

// ── Saving ───────────────────────────────────────────────────────────────────────────────────

/** One entry of `PUT …/tool-scope-map`: `remove: true` only on removals. */
export type MappingChange = ToolScopeMapRequest['mappings'][number];

/** `POST …/tools/:tool_id/public`; `confirmation_token` (= tool name) only when making public. */
export interface PublicToggle {
  readonly tool_id: string;
  readonly is_public: boolean;
  readonly confirmation_token?: string;
}

export interface SaveRequest {
  /** Body of `PUT …/tool-scope-map`, ready to send. Skip the request when `mappings` is empty. */
  readonly toolScopeMap: ToolScopeMapRequest;
  /**
   * One `POST …/tools/:tool_id/public` each, sent after the PUT: a tool losing Public then already
   * has the scopes staged for it. Unpublishing comes first, so a save that fails half-way leaves
   * less exposed, not more.
   */
  readonly publicToggles: readonly PublicToggle[];
}

/**
 * The requests that save the staged edits. Per tool, additions come before removals so a tool
 * moved from one scope to another is never unmapped in between (AuthSec applies them in order).
 */
export function toSaveRequest(staged: StagedEdits): SaveRequest {
  const mappings: MappingChange[] = [];
  const unpublish: PublicToggle[] = [];
  const publish: PublicToggle[] = [];
  for (const change of staged.diff()) {
    for (const scope_id of change.addedScopeIds) mappings.push({ tool_id: change.toolId, scope_id });
    for (const scope_id of change.removedScopeIds) mappings.push({ tool_id: change.toolId, scope_id, remove: true });
    if (change.isPublic === true) publish.push({ tool_id: change.toolId, is_public: true, confirmation_token: change.toolName });
    if (change.isPublic === false) unpublish.push({ tool_id: change.toolId, is_public: false });
  }
  return { toolScopeMap: { mappings }, publicToggles: [...unpublish, ...publish] };
}

export interface SaveOutcome {
  /** Every mapping change was applied. */
  readonly complete: boolean;
  readonly sent: number;
  readonly requested: number;
  readonly applied: number;
  /** Mapping changes AuthSec skipped without saying why (unknown, deleted or foreign ids). */
  readonly skipped: number;
}

/**
 * Reads `{ applied, requested }`. AuthSec does not say which entries it skipped: re-fetch the
 * matrix and `rebase(staged, fresh)`; what is still staged afterwards did not land.
 */
export function interpretSaveResult(
  request: SaveRequest,
  result: { readonly applied: number; readonly requested: number },
): SaveOutcome {
  const sent = request.toolScopeMap.mappings.length;
  const skipped = Math.max(0, result.requested - result.applied, sent - result.applied);
  return { complete: skipped === 0 && result.requested === sent, sent, requested: result.requested, applied: result.applied, skipped };
}

// ── Rebase ───────────────────────────────────────────────────────────────────────────────────

export type RebaseConflict =
  /** The tool is gone (removed by a rescan or manifest): its staged edit is dropped. */
  | { readonly kind: 'tool_deleted'; readonly toolId: string; readonly toolName: string; readonly edit: ToolEdit }
  /** A scope staged for the tool is not (or no longer) one of the application's: that addition is dropped. */
  | { readonly kind: 'scope_deleted'; readonly toolId: string; readonly toolName: string; readonly scopeId: string; readonly scopeString: string }
  /** Someone else changed the tool's mappings; the admin's remaining edit is kept, not merged away. */
  | {
      readonly kind: 'mappings_changed'; readonly toolId: string; readonly toolName: string;
      readonly baseScopeIds: readonly string[]; readonly freshScopeIds: readonly string[]; readonly editKept: boolean;
    }
  /** Someone else toggled Public on a tool the admin edited; the admin's edit is kept. */
  | {
      readonly kind: 'public_changed'; readonly toolId: string; readonly toolName: string;
      readonly basePublic: boolean; readonly freshPublic: boolean; readonly editKept: boolean;
    };

export interface RebaseResult {
  /** The edits on the fresh base. */
  readonly staged: StagedEdits;
  readonly conflicts: readonly RebaseConflict[];
  /** Atomic changes dropped because the server already has them (someone made the same change). */
  readonly alreadyApplied: number;
}

/**
 * Carries staged edits from the matrix they were made on (`staged.base`) to a fresh one. Changes
 * the server already has are dropped; server changes the edits do not explain are reported when
 * the admin also edited that tool. The admin's edit is never overwritten: what remains of it
 * stays staged, and every conflict says so.
 */
export function rebase(staged: StagedEdits, fresh: MappingBase): RebaseResult {
  const base = staged.base;
  const kept = new Map<string, ToolEdit>();
  const conflicts: RebaseConflict[] = [];
  let alreadyApplied = 0;
  for (const [toolId, edit] of staged.edits) {
    const bi = base.indexOf(toolId);
    const toolName = base.tools[bi]!.name;
    const fi = fresh.indexOf(toolId);
    if (fi < 0) {
      conflicts.push({ kind: 'tool_deleted', toolId, toolName, edit });
      continue;
    }
    const before = base.serverScopeIds(bi);
    const now = fresh.serverScopeIds(fi);
    const add: string[] = [];
    for (const id of edit.add) {
      if (now.includes(id)) alreadyApplied++;
      else if (fresh.scope(id)) add.push(id);
      // AuthSec would skip it silently: say so instead of sending it again.
      else conflicts.push({ kind: 'scope_deleted', toolId, toolName, scopeId: id, scopeString: base.scope(id)?.scope_string ?? id });
    }
    const remove = edit.remove.filter((id) => now.includes(id));
    alreadyApplied += edit.remove.length - remove.length;
    let isPublic = edit.isPublic;
    if (isPublic !== undefined && isPublic === fresh.serverPublic(fi)) {
      alreadyApplied++;
      isPublic = undefined;
    }
    const rest = makeEdit(add, remove, isPublic);
    if (rest) kept.set(toolId, rest);
    const unexplained =
      now.some((id) => !before.includes(id) && !edit.add.includes(id)) ||
      before.some((id) => !now.includes(id) && !edit.remove.includes(id));
    if (unexplained) {
      conflicts.push({ kind: 'mappings_changed', toolId, toolName, baseScopeIds: before, freshScopeIds: now, editKept: !!rest });
    }
    const basePublic = base.serverPublic(bi);
    const freshPublic = fresh.serverPublic(fi);
    if (basePublic !== freshPublic && edit.isPublic === undefined) {
      conflicts.push({ kind: 'public_changed', toolId, toolName, basePublic, freshPublic, editKept: !!rest });
    }
  }
  conflicts.sort((a, b) => compareText(a.toolName, b.toolName) || compareText(a.kind, b.kind));
  return { staged: StagedEdits.fromEdits(fresh, kept), conflicts, alreadyApplied };
}

/** Deterministic code-unit order (AuthSec sorts tools by name the same way for ASCII names). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
