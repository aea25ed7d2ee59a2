/**
 * One application's Tools-tab session: the data (on `@lit/task`), the staged edits, the draft
 * that survives a reload of this tab, and load / refresh / save. It returns outcomes (conflicts,
 * edits someone else already made, what the save did) and sets no UI text: the element words them.
 */
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { AuthsecClient } from '../../api/client.js';
import { unreadItems, type UnreadItem } from '../../api/list-items.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { getScopeMatrix, putToolScopeMap } from '../../api/scope-matrix.js';
import { listScopes } from '../../api/scopes.js';
import { setToolPublic } from '../../api/tools.js';
import { Action } from '../../controllers/action.js';
import { AppData } from '../../controllers/app-data.js';
import type { AdminHost } from '../../controllers/host.js';
import { fromDraft, parseDraft, toDraft } from '../../model/mapping-draft.js';
import { ToolFinder } from '../../model/tool-filters.js';
import {
  interpretSaveResult, MappingBase, rebase, StagedEdits, toSaveRequest, type AccessRemoval, type RebaseConflict, type SaveOutcome as Landed,
  type ToolCounters,
} from '../../model/tool-mapping.js';
import { outcomeUnknown } from '../../api/errors.js';

export interface MapperData {
  readonly app: ResourceServer;
  readonly base: MappingBase;
  readonly finder: ToolFinder;
  /** Tools and scopes AuthSec sent that could not be read: not in the rows or the counters. */
  readonly unread: readonly UnreadItem[];
}

/** What taking in fresh data did to the staged edits. */
export interface Adopted {
  /** Why the data was read: a (re)load, the check before a save, or the read-back after one. */
  readonly after: 'load' | 'refresh' | 'save-check' | 'saved';
  readonly conflicts: readonly RebaseConflict[];
  /** Staged edits AuthSec already had (someone else made them); 0 after this session's own save. */
  readonly alreadyApplied: number;
  /** Edits restored from this tab's draft (first load of the application only). */
  readonly restored: number;
}

export type SaveOutcome =
  /** Nothing staged, or another write is running. */
  | { readonly kind: 'idle' }
  /** Stopped before writing: someone else changed tools this admin edited. */
  | { readonly kind: 'conflicts' }
  /** The admin did not confirm removing access. */
  | { readonly kind: 'declined' }
  | {
      readonly kind: 'saved';
      readonly landed: Landed;
      /** Only public toggles were sent (no mapping request). */
      readonly publicOnly: boolean;
      /** Staged edits still not on AuthSec after the read-back (skipped by it). */
      readonly left: number;
      readonly counters: ToolCounters;
      /** Another application is shown by now (nothing on screen changed). */
      readonly elsewhere: boolean;
      /** The read-back failed: what landed is not confirmed on screen. */
      readonly unconfirmed: boolean;
    }
  /**
   * `tool`: the public toggle that failed, after the mappings landed. `unknown`: AuthSec's answer was
   * lost; the mapping was read again and what landed is no longer staged.
   */
  | { readonly kind: 'failed'; readonly error: unknown; readonly tool?: string; readonly unknown?: boolean };

export type SessionHost = AdminHost;

export interface SessionOptions {
  /** Asks the admin before a save that removes access from a launched application. */
  confirmRemovals(removals: readonly AccessRemoval[]): Promise<boolean>;
  /** After every adoption of fresh data (the element prunes its selection and words the outcome). */
  adopted(outcome: Adopted, data: MapperData): void;
}

const DRAFT_DEBOUNCE_MS = 300;
const draftKey = (applicationId: string): string => `authsec-mapper-draft:${applicationId}`;

export class MappingSession implements ReactiveController {
  data?: MapperData;
  #staged?: StagedEdits;
  /** The save (one at a time with the element's other writes through `group`). */
  readonly saving: Action;
  readonly #load: AppData<MapperData>;
  #shownFor?: string;
  /** The application whose stored draft was already offered (once per application per element). */
  #draftChecked?: string;
  #draftTimer?: ReturnType<typeof setTimeout>;

  readonly #host: SessionHost;
  readonly #options: SessionOptions;

  constructor(
    host: SessionHost,
    options: SessionOptions,
    group: Set<Action>,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.saving = new Action(host, () => '', group);
    this.#load = new AppData<MapperData>(host, {
      load: (client, id, signal) => this.#read(client, id, signal),
      appOf: (d) => d.app.id,
      loaded: (d) => this.#adopt(d, this.data ? 'refresh' : 'load'),
    });
  }

  /** The staged edits of the application shown. */
  get staged(): StagedEdits | undefined {
    return this.#staged;
  }

  hostUpdate(): void {
    const id = this.#host.applicationId;
    if (id === this.#shownFor) return;
    // The last edit of the previous application may still wait on the draft debounce: keep it.
    if (this.#shownFor) this.#writeDraft(this.#shownFor);
    this.#shownFor = id;
    this.data = undefined;
    this.#staged = undefined;
  }

  hostDisconnected(): void {
    this.#writeDraft();
  }

  /** The shared loading, error and "no application" states; `body` once there is data. */
  render(body: (data: MapperData, staged: StagedEdits) => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    return this.#load.render(() => (this.data && this.#staged ? body(this.data, this.#staged) : nothing), 'mapper.missingApp');
  }

  /** Stages `next` (the model's edits are immutable: each change is a new value). */
  stage(next: StagedEdits): boolean {
    if (next === this.#staged || this.#host.readonly) return false;
    this.#setStaged(next);
    return true;
  }

  /** Reads everything again; staged edits are carried over. Throws when AuthSec cannot be read. */
  async refresh(): Promise<Adopted | undefined> {
    const client = this.#host.client;
    const id = this.#host.applicationId;
    if (!client || !id) return undefined;
    const data = await this.#read(client, id);
    // Another application is shown now: this data is not about it.
    return id === this.#host.applicationId ? this.#adopt(data, 'refresh') : undefined;
  }

  /**
   * Saves the staged edits in at most three requests plus one per public toggle: a fresh matrix to
   * rebase on, the mapping change, and the matrix again to see what landed.
   */
  async save(): Promise<SaveOutcome> {
    const client = this.#host.client;
    const id = this.#host.applicationId;
    const data = this.data;
    if (!client || !id || !data || this.#host.readonly || !this.#staged?.changeCount || this.saving.blocked) return { kind: 'idle' };
    const moved = () => id !== this.#host.applicationId;
    // Someone may have changed the mapping since this page loaded: rebase first, and stop to let the
    // admin look when their edits and the other change touch the same tools.
    const checked = await this.#step(() => this.#reread(client, id, data.app));
    if (!checked.ok) return { kind: 'failed', error: checked.error };
    if (moved()) return { kind: 'idle' };
    if (this.#adopt(checked.value, 'save-check').conflicts.length) return { kind: 'conflicts' };
    const staged = this.#staged!;
    if (!staged.changeCount) return { kind: 'idle' };
    if (data.app.state === 'ready' && staged.removesAccess) {
      const go = await this.#options.confirmRemovals(staged.accessRemovals());
      if (!go || this.#staged !== staged || moved()) return { kind: 'declined' };
    }
    const request = toSaveRequest(staged);
    let toggling: string | undefined;
    const written = await this.#step(async () => {
      const result = request.toolScopeMap.mappings.length
        ? await client.call(putToolScopeMap, { params: { id }, body: request.toolScopeMap })
        : { applied: 0, requested: 0 };
      for (const toggle of request.publicToggles) {
        toggling = toggle.tool_id;
        await client.call(setToolPublic, { params: { id, tool_id: toggle.tool_id }, body: toggle });
      }
      toggling = undefined;
      return interpretSaveResult(request, result);
    });
    if (!written.ok) {
      // The mappings may have landed before a toggle failed, or before an answer was lost: read
      // them again, so what landed leaves the staged edits (saved, not "made by someone else").
      const unknown = outcomeUnknown(written.error);
      const reread = (toggling || unknown) && !moved() && (await this.#readBack(client, id, data.app));
      return {
        kind: 'failed', error: written.error,
        ...(toggling ? { tool: staged.base.tool(toggling)?.name ?? toggling } : {}),
        ...(unknown && reread ? { unknown } : {}),
      };
    }
    const publicOnly = !request.toolScopeMap.mappings.length;
    if (moved()) {
      // Saved for the application that was shown; its counters are the staged ones.
      return { kind: 'saved', landed: written.value, publicOnly, left: 0, counters: staged.counters, elsewhere: true, unconfirmed: false };
    }
    const confirmed = await this.#readBack(client, id, data.app);
    const left = this.#staged?.changeCount ?? 0;
    return { kind: 'saved', landed: written.value, publicOnly, left, counters: this.#staged!.counters, elsewhere: false, unconfirmed: !confirmed };
  }

  /** What landed drops out of the staged edits (saved, not "made by someone else"); what AuthSec skipped stays. */
  async #readBack(client: AuthsecClient, id: string, app: ResourceServer): Promise<boolean> {
    const after = await this.#step(() => this.#reread(client, id, app));
    if (!after.ok || id !== this.#host.applicationId) return false;
    this.#adopt(after.value, 'saved');
    return true;
  }

  /** Runs one step of the save as the `saving` action; the error is returned, not thrown. */
  async #step<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
    let failure: { error: unknown } | undefined;
    const value = await this.saving.run(work, { failed: (error) => ((failure = { error }), '') });
    return failure ? { ok: false, error: failure.error } : { ok: true, value: value as T };
  }

  async #read(client: AuthsecClient, id: string, signal?: AbortSignal): Promise<MapperData> {
    const [app, data] = await Promise.all([client.call(getResourceServer, { params: { id }, signal }), this.#matrix(client, id, signal)]);
    return { app, ...data };
  }

  /** The matrix alone (what a rebase needs), with the row already shown. */
  async #reread(client: AuthsecClient, id: string, app: ResourceServer): Promise<MapperData> {
    return { app, ...(await this.#matrix(client, id)) };
  }

  async #matrix(client: AuthsecClient, id: string, signal?: AbortSignal): Promise<Omit<MapperData, 'app'>> {
    const matrix = await client.call(getScopeMatrix, { params: { id }, signal });
    // Today's matrix lists every scope of the application; older builds only the unmapped ones, so
    // the picker then reads the scope list as well.
    const scopes = matrix.scopes.length ? matrix.scopes : await client.call(listScopes, { params: { id }, signal });
    // The tab never shows a tool's input schema, and it is most of a tool's weight: with 10,000 tools
    // keeping them costs about 4 MB. (This response is the tab's own: the client shares none.)
    for (const tool of matrix.tools) tool.input_schema = undefined;
    const base = new MappingBase(matrix, scopes);
    return { base, finder: new ToolFinder(base), unread: unreadItems(matrix, ...(scopes === matrix.scopes ? [] : [scopes])) };
  }

  #adopt(data: MapperData, after: Adopted['after']): Adopted {
    let conflicts: readonly RebaseConflict[] = [];
    let alreadyApplied = 0;
    const restored = this.#restoreDraft(data);
    if (restored) this.#staged = restored;
    if (this.#staged && this.#staged.changeCount > 0) {
      const result = rebase(this.#staged, data.base);
      this.#setStaged(result.staged);
      conflicts = result.conflicts;
      if (after !== 'saved') alreadyApplied = result.alreadyApplied;
    } else {
      this.#setStaged(StagedEdits.empty(data.base));
    }
    this.data = data;
    // Index for text search in the first idle moment after the rows are painted, so it never holds
    // up that paint (10,000 tools: about 40 ms); a keystroke before then builds it on demand.
    const prepare = () => data.finder.prepare();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 500 });
    else setTimeout(prepare, 0);
    const outcome: Adopted = { after, conflicts, alreadyApplied, restored: restored?.changeCount ?? 0 };
    this.#options.adopted(outcome, data);
    this.#host.requestUpdate();
    return outcome;
  }

  // ── Unsaved edits across a reload (sessionStorage: this tab only, nothing secret) ──────────

  #setStaged(next: StagedEdits): void {
    this.#staged = next;
    this.#host.requestUpdate();
    clearTimeout(this.#draftTimer);
    // Debounced: a bulk edit over 10,000 tools must not pay for serialising on every click.
    this.#draftTimer = setTimeout(() => this.#writeDraft(), DRAFT_DEBOUNCE_MS);
  }

  /** A draft left by a reload of this tab, on its first load of this application. */
  #restoreDraft(data: MapperData): StagedEdits | undefined {
    if (this.#draftChecked === data.app.id) return undefined;
    this.#draftChecked = data.app.id;
    if (this.#staged?.changeCount) return undefined;
    const draft = parseDraft(readStorage(draftKey(data.app.id)), data.app.id);
    return draft ? fromDraft(draft) : undefined;
  }

  /** Writes now what the debounce would write; `id` is the application the staged edits belong to. */
  #writeDraft(id = this.#host.applicationId): void {
    clearTimeout(this.#draftTimer);
    if (!id || !this.#staged || this.#draftChecked !== id) return;
    const draft = toDraft(id, this.#staged);
    writeStorage(draftKey(id), draft ? JSON.stringify(draft) : undefined);
  }
}

/** sessionStorage may be missing or refuse (privacy modes, quota): drafts are a convenience. */
function readStorage(key: string): string | null {
  try {
    return globalThis.sessionStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string | undefined): void {
  try {
    if (value === undefined) globalThis.sessionStorage?.removeItem(key);
    else globalThis.sessionStorage?.setItem(key, value);
  } catch {
    // Full or forbidden: the edits stay on screen; only the reload safety net is lost.
  }
}
