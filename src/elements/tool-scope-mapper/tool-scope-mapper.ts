import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AuthsecClient } from '../../api/client.js';
import { AuthsecError } from '../../api/errors.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { getScopeMatrix, putToolScopeMap, type InventorySource, type McpTool } from '../../api/scope-matrix.js';
import { listScopes } from '../../api/scopes.js';
import { setToolPublic } from '../../api/tools.js';
import { AuthsecElement } from '../../context/authsec-element.js';
import { errorMessageKey, registerDefaults } from '../../i18n/catalog.js';
import { mapperEn } from '../../i18n/messages/mapper.en.js';
import { scopesEn } from '../../i18n/messages/scopes.en.js';
import { previewRule } from '../../model/glob-rule.js';
import { fromDraft, parseDraft, toDraft } from '../../model/mapping-draft.js';
import { displayText } from '../../model/text-safety.js';
import { ANNOTATION_HINTS, SOURCE_ORDER, STATE_ORDER, ToolFinder, type AnnotationHint, type ToolSort } from '../../model/tool-filters.js';
import {
  interpretSaveResult, MappingBase, rebase, StagedEdits, toSaveRequest,
  type AccessRemoval, type RebaseConflict, type ToolCounters, type ToolStateKind,
} from '../../model/tool-mapping.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import '../../ui/state.js';
import '../../ui/status-pill.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import { AuthsecCountersChangedEvent, AuthsecMappingSavedEvent } from './events.js';
import { InventoryPanels, TOOL_NAME_MAX, type Busy } from './inventory.js';
import { renderToolRow, scopeLabels, type RowContext } from './tool-row.js';
import { toolScopeMapperStyles } from './tool-scope-mapper.styles.js';

registerDefaults(scopesEn);
registerDefaults(mapperEn);

interface MapperData {
  readonly app: ResourceServer;
  readonly base: MappingBase;
  readonly finder: ToolFinder;
}

type EditMode = 'mapped' | 'public' | 'unmapped';
interface EditDraft {
  readonly tool: McpTool;
  readonly mode: EditMode;
  readonly scopeIds: readonly string[];
}

type Panel = 'rule' | 'scan' | 'add' | 'scope';

/** Hint filter choices: `readOnlyHint:true` etc. */
type HintChoice = '' | `${AnnotationHint}:${'true' | 'false' | 'undeclared'}`;

const RULE_PREVIEW_NAMES = 8;

/**
 * The Tools tab: decide for every tool which scope a caller needs, whether it is Public, or leave
 * it Unmapped (denied). Edits are staged and saved in one request; the counters move as you edit.
 *
 * @summary Map an application's tools to scopes, with staged edits, bulk rules and live counters.
 * @tag authsec-tool-scope-mapper
 * @status stable
 *
 * @fires authsec-mapping-saved - After a save (detail: applied, requested, counters). `applied` below `requested` means AuthSec skipped some.
 * @fires authsec-counters-changed - When mapped / public / unmapped change, staged edits included (detail: counters, staged).
 *
 * @csspart counters - The mapped / public / unmapped summary.
 * @csspart toolbar - Search, filters and sort.
 * @csspart list - The scrolling tool list.
 * @csspart row - Not exposed: rows are rendered by a virtualiser; style them with the tokens.
 * @csspart pending - The unsaved-changes bar.
 */
export class AuthsecToolScopeMapper extends AuthsecElement {
  static override styles = toolScopeMapperStyles;

  /** The application (AuthSec resource server id) whose tools to map. */
  @property({ attribute: 'application-id' }) applicationId?: string;

  /** Auditors: every tool and its mapping is shown; nothing can be staged, saved, scanned or added. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private data?: MapperData;
  @state() private loadError?: unknown;
  @state() private staged?: StagedEdits;
  @state() private busy: Busy = '';
  @state() private text = '';
  @state() private states: readonly ToolStateKind[] = [];
  @state() private source: InventorySource | '' = '';
  @state() private hint: HintChoice = '';
  @state() private sort: ToolSort = 'state';
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private bulkScope = '';
  @state() private rulePattern = '';
  @state() private ruleScope = '';
  @state() private panel?: Panel;
  @state() private editing?: EditDraft;
  @state() private showDiff = false;
  @state() private conflicts: readonly RebaseConflict[] = [];
  /** What the drift confirmation lists, built only when it opens. */
  @state() private removals: readonly AccessRemoval[] = [];
  @state() private notice = '';
  @state() private failure = '';
  @state() private announcement = '';

  @query('#edit-dialog') private editDialog?: AuthsecUiConfirmDialog;
  @query('#drift-dialog') private driftDialog?: AuthsecUiConfirmDialog;
  @query('#discard-dialog') private discardDialog?: AuthsecUiConfirmDialog;

  readonly #inventory = new InventoryPanels({
    client: () => this.client,
    applicationId: () => this.applicationId,
    readonly: () => this.readonly,
    locale: () => this.locale,
    renderRoot: () => this.renderRoot,
    busy: () => this.busy,
    setBusy: (busy) => (this.busy = busy),
    requestUpdate: () => this.requestUpdate(),
    t: (key, params) => this.t(key, params),
    reason: (error) => this.#reason(error),
    announce: (message) => this.#announce(message),
    fail: (message) => (this.failure = message),
    refresh: () => this.refresh(false),
    scopeCreated: (id) => {
      this.bulkScope = this.ruleScope = id;
      if (this.editing) this.editing = { ...this.editing, mode: 'mapped', scopeIds: [...this.editing.scopeIds, id] };
    },
  });

  /** The filtered, sorted list; recomputed when the query or the data changes, not on every edit. */
  private shown: McpTool[] = [];
  private shownKey = '';
  private lastCounters?: ToolCounters;
  private loadToken = 0;
  /** The client of the last load, to notice a provider or a first token arriving later. */
  private loadedWith?: AuthsecClient;
  /** The application whose stored draft was already offered (once per application per element). */
  private draftChecked?: string;
  private draftTimer?: ReturnType<typeof setTimeout>;

  /** The staged edits (read-only; for hosts that want to warn before navigating away). */
  get pendingChanges(): number {
    return this.staged?.changeCount ?? 0;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('applicationId')) {
      // The last edit of the previous application may still wait on the draft debounce: keep it.
      const previous = changed.get('applicationId') as string | undefined;
      if (previous) this.#writeDraft(previous);
      this.data = undefined;
      this.staged = undefined;
      this.selected = new Set();
      this.conflicts = [];
      this.failure = this.notice = '';
      void this.load();
    } else if (!this.data && this.busy !== 'load' && this.client !== this.loadedWith) {
      // Nothing shown yet and the client changed (a provider arrived, or the host's first token):
      // load now instead of waiting for a click on Try again.
      void this.load();
    }
    const d = this.data;
    if (d && this.staged) {
      const key = `${this.text}\u0000${this.states.join()}\u0000${this.source}\u0000${this.hint}\u0000${this.sort}`;
      if (key !== this.shownKey || changed.has('data')) {
        this.shownKey = key;
        this.shown = d.finder.find(this.#query(), this.staged);
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#writeDraft();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('staged')) this.#scheduleDraft();
    const counters = this.staged?.counters;
    if (counters && counters !== this.lastCounters) {
      const prev = this.lastCounters;
      this.lastCounters = counters;
      if (!prev || prev.mapped !== counters.mapped || prev.public !== counters.public || prev.unmapped !== counters.unmapped || prev.total !== counters.total) {
        this.dispatchEvent(new AuthsecCountersChangedEvent({ counters, staged: (this.staged?.changeCount ?? 0) > 0 }));
      }
    }
  }

  // ── Data ─────────────────────────────────────────────────────────────────────────────────

  private async fetchData(client: AuthsecClient, id: string): Promise<MapperData> {
    const [app, matrix] = await Promise.all([
      client.call(getResourceServer, { params: { id } }),
      client.call(getScopeMatrix, { params: { id } }),
    ]);
    // Today's matrix lists every scope of the application; older builds only the unmapped ones, so
    // the picker then reads the scope list as well.
    const scopes = matrix.scopes.length ? matrix.scopes : await client.call(listScopes, { params: { id } });
    const base = new MappingBase(matrix, scopes);
    return { app, base, finder: new ToolFinder(base) };
  }

  /** First load, or retry after a failed one. */
  private async load(): Promise<void> {
    const client = this.client;
    const id = this.applicationId;
    this.loadedWith = client;
    if (!client || !id) return;
    const token = ++this.loadToken;
    this.loadError = undefined;
    this.busy = 'load';
    try {
      const data = await this.fetchData(client, id);
      if (token !== this.loadToken) return;
      this.#adopt(data);
    } catch (error) {
      if (token === this.loadToken) this.loadError = error;
    } finally {
      if (token === this.loadToken) this.busy = '';
    }
  }

  /**
   * Fresh data from AuthSec with the staged edits carried over: what someone else already did
   * drops out, and their changes to tools this admin edited are flagged, never overwritten.
   * @returns the conflicts found
   */
  private async refresh(announce = true): Promise<readonly RebaseConflict[]> {
    const client = this.client;
    const id = this.applicationId;
    if (!client || !id) return [];
    const data = await this.fetchData(client, id);
    // Another application is shown now: this data is not about it.
    if (id !== this.applicationId) return [];
    const conflicts = this.#adopt(data);
    if (announce) this.#announce(this.t('mapper.refreshed'));
    return conflicts;
  }

  #adopt(data: MapperData): readonly RebaseConflict[] {
    let conflicts: readonly RebaseConflict[] = [];
    const restored = this.#restoreDraft(data);
    if (restored) this.staged = restored;
    if (this.staged && this.staged.changeCount > 0) {
      const result = rebase(this.staged, data.base);
      this.staged = result.staged;
      conflicts = result.conflicts;
      if (conflicts.length) this.conflicts = conflicts;
      if (result.alreadyApplied) this.notice = this.t('mapper.alreadyApplied', { count: result.alreadyApplied });
    } else {
      this.staged = StagedEdits.empty(data.base);
    }
    const known = new Set(data.base.tools.map((t) => t.id));
    this.selected = new Set([...this.selected].filter((id) => known.has(id)));
    if (this.bulkScope && !data.base.scope(this.bulkScope)) this.bulkScope = '';
    if (this.ruleScope && !data.base.scope(this.ruleScope)) this.ruleScope = '';
    this.shownKey = '';
    this.data = data;
    // Index for text search once the rows are on screen, before the first keystroke needs it.
    setTimeout(() => data.finder.prepare(), 0);
    return conflicts;
  }

  // ── Unsaved edits across a reload (sessionStorage: this tab only, nothing secret) ──────────


  /** A draft left by a reload of this tab, on its first load of this application. */
  #restoreDraft(data: MapperData): StagedEdits | undefined {
    if (this.draftChecked === data.app.id) return undefined;
    this.draftChecked = data.app.id;
    if (this.staged?.changeCount) return undefined;
    const draft = parseDraft(readStorage(draftKey(data.app.id)), data.app.id);
    if (!draft) return undefined;
    const staged = fromDraft(draft);
    this.notice = this.t('mapper.draft.restored', { count: staged.changeCount });
    return staged;
  }

  #scheduleDraft(): void {
    clearTimeout(this.draftTimer);
    // Debounced: a bulk edit over 10,000 tools must not pay for serialising on every click.
    this.draftTimer = setTimeout(() => this.#writeDraft(), 300);
  }

  /** Writes now what the debounce would write; `id` is the application the staged edits belong to. */
  #writeDraft(id = this.applicationId): void {
    clearTimeout(this.draftTimer);
    if (!id || !this.staged || this.draftChecked !== id) return;
    const draft = toDraft(id, this.staged);
    writeStorage(draftKey(id), draft ? JSON.stringify(draft) : undefined);
  }

  #query() {
    const [hint, value] = this.hint ? (this.hint.split(':') as [AnnotationHint, string]) : [];
    return {
      text: this.text,
      states: this.states,
      sources: this.source ? [this.source] : [],
      ...(hint ? { annotations: { [hint]: value === 'undeclared' ? 'undeclared' : value === 'true' } } : {}),
      sort: this.sort,
    } as const;
  }

  #announce(message: string): void {
    // Re-announce identical messages: clear first, then set on the next frame.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  #reason(error: unknown): string {
    if (error instanceof AuthsecError && error.serverMessage) return displayText(error.serverMessage, 300);
    return this.t(errorMessageKey(error instanceof AuthsecError ? error.code : 'unknown'));
  }

  // ── Staging ──────────────────────────────────────────────────────────────────────────────

  #stage(next: StagedEdits): void {
    if (next === this.staged || this.readonly) return;
    this.staged = next;
    const c = next.counters;
    this.#announce(this.t('mapper.counters.announce', { mapped: c.mapped, public: c.public, unmapped: c.unmapped }));
  }

  private selectTool(tool: McpTool, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(tool.id);
    else next.delete(tool.id);
    this.selected = next;
  }

  private selectShown(on: boolean): void {
    this.selected = on ? new Set(this.shown.map((t) => t.id)) : new Set();
  }

  private bulkMap(remove = false): void {
    if (!this.staged || !this.bulkScope) return;
    const ids = [...this.selected];
    this.#stage(remove ? this.staged.unmap(ids, this.bulkScope) : this.staged.map(ids, this.bulkScope));
  }

  private bulkSuggest(): void {
    if (this.staged) this.#stage(this.staged.applySuggestions([...this.selected]));
  }

  private suggestAll(): void {
    if (!this.staged) return;
    const before = this.staged;
    const next = before.applyAllSuggestions();
    this.notice = next === before
      ? this.t('mapper.suggestAll.none')
      : this.t('mapper.suggestAll.done', { count: next.counters.mapped - before.counters.mapped });
    this.#stage(next);
  }

  private applyRule(): void {
    const d = this.data;
    if (!d || !this.staged || !this.ruleScope) return;
    const preview = previewRule(d.base.tools, this.rulePattern);
    if (!preview.ok || preview.matches.length === 0) return;
    this.#stage(this.staged.map(preview.matches.map((t) => t.id), this.ruleScope));
    this.notice = this.t('mapper.rule.applied', { count: preview.matches.length, scope: displayText(d.base.scope(this.ruleScope)?.scope_string ?? '', 120) });
  }

  private async editTool(tool: McpTool): Promise<void> {
    if (this.readonly) return;
    const s = this.staged?.stateOf(tool.id);
    if (!s || !this.staged) return;
    this.editing = { tool, mode: s.kind, scopeIds: s.scopeIds };
    await this.updateComplete;
    const confirmed = await this.editDialog!.open();
    const draft = this.editing;
    this.editing = undefined;
    if (!confirmed || !draft || !this.staged) return;
    let next = this.staged;
    if (draft.mode === 'public') {
      next = next.setPublic([tool.id], true);
    } else {
      next = next.setPublic([tool.id], false).setScopes([tool.id], draft.mode === 'mapped' ? draft.scopeIds : []);
    }
    this.#stage(next);
  }

  private async discardAll(): Promise<void> {
    if (!this.staged?.changeCount) return;
    if (!(await this.discardDialog!.open())) return;
    this.#stage(this.staged.discardAll());
    this.showDiff = false;
    this.conflicts = [];
    this.notice = this.t('mapper.pending.discarded');
  }

  // ── Saving ───────────────────────────────────────────────────────────────────────────────

  private async save(): Promise<void> {
    if (this.readonly) return;
    const client = this.client;
    const id = this.applicationId;
    if (!client || !id || !this.staged?.changeCount || this.busy) return;
    this.busy = 'save';
    this.failure = this.notice = '';
    this.conflicts = [];
    // The host may switch applications while this awaits AuthSec: nothing of this save may then
    // touch what is shown for the other one.
    const moved = () => id !== this.applicationId;
    try {
      // Someone may have changed the mapping since this page loaded: rebase first, and stop to
      // let the admin look when their edits and the other change touch the same tools.
      const conflicts = await this.refresh(false);
      if (conflicts.length || moved()) return;
      const staged = this.staged;
      if (!staged.changeCount) return;
      if (this.data?.app.state === 'ready' && staged.removesAccess) {
        this.busy = '';
        this.removals = staged.accessRemovals();
        await this.updateComplete;
        const go = await this.driftDialog!.open();
        this.removals = [];
        if (!go || this.staged !== staged || moved()) return;
        this.busy = 'save';
      }
      const request = toSaveRequest(staged);
      const result = request.toolScopeMap.mappings.length
        ? await client.call(putToolScopeMap, { params: { id }, body: request.toolScopeMap })
        : { applied: 0, requested: 0 };
      for (const toggle of request.publicToggles) {
        try {
          await client.call(setToolPublic, { params: { id, tool_id: toggle.tool_id }, body: toggle });
        } catch (error) {
          const name = displayText(staged.base.tool(toggle.tool_id)?.name ?? toggle.tool_id, 128);
          throw new SaveStepError(this.t('mapper.save.publicFailed', { tool: name, reason: this.#reason(error) }), error);
        }
      }
      const outcome = interpretSaveResult(request, result);
      if (moved()) {
        // Saved for the application that was shown; its counters are the staged ones.
        this.dispatchEvent(new AuthsecMappingSavedEvent({ applied: outcome.applied, requested: outcome.requested, counters: staged.counters }));
        return;
      }
      await this.refresh(false);
      const left = this.staged?.changeCount ?? 0;
      const counters = this.staged!.counters;
      if (!outcome.complete || left > 0) {
        this.failure = left > 0
          ? this.t('mapper.saved.gap', { applied: outcome.applied, requested: outcome.sent, left })
          : this.t('mapper.saved.gapDropped', { applied: outcome.applied, requested: outcome.sent });
      } else {
        this.showDiff = false;
        this.#announce(request.toolScopeMap.mappings.length
          ? this.t('mapper.saved', { applied: outcome.applied, requested: outcome.requested })
          : this.t('mapper.saved.public'));
      }
      this.dispatchEvent(new AuthsecMappingSavedEvent({ applied: outcome.applied, requested: outcome.requested, counters }));
    } catch (error) {
      if (moved()) return;
      const reason = error instanceof SaveStepError ? error.message : this.#reason(error);
      this.failure = this.t('mapper.save.failed', { reason, count: this.staged?.changeCount ?? 0 });
      // Part of it may have landed (the PUT before a failed toggle): carry the edits over quietly.
      if (error instanceof SaveStepError) await this.refresh(false).catch(() => undefined);
    } finally {
      // Only this save's flag: a load of another application may have started meanwhile.
      if (this.busy === 'save') this.busy = '';
    }
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────────────

  override render() {
    return html`<section aria-labelledby="h">
      <h2 id="h" class="heading">${this.t('mapper.heading')}</h2>
      <p class="muted">${this.t('mapper.intro')}</p>
      <p class="sr-only" role="status">${this.announcement}</p>
      ${this.#content()}
    </section>`;
  }

  #content(): TemplateResult {
    if (!this.applicationId) return html`<authsec-ui-state kind="empty" .heading=${this.t('mapper.missingApp')} .locale=${this.locale}></authsec-ui-state>`;
    if (this.data && this.staged) return this.#body(this.data, this.staged);
    if (this.loadError) {
      const forbidden = this.loadError instanceof AuthsecError && this.loadError.code === 'forbidden';
      return html`<authsec-ui-state kind=${forbidden ? 'forbidden' : 'error'} .locale=${this.locale}
        .message=${this.t(errorMessageKey(this.loadError instanceof AuthsecError ? this.loadError.code : 'unknown'))}
        @authsec-ui-retry=${() => void this.load()}></authsec-ui-state>`;
    }
    return html`<authsec-ui-state kind="loading" .locale=${this.locale}></authsec-ui-state>`;
  }

  #body(d: MapperData, staged: StagedEdits): TemplateResult {
    const launched = d.app.state === 'ready';
    return html`
      ${this.#counters(staged.counters)}
      ${launched ? html`<p class="notice warning">${this.t('mapper.launched')}</p>` : nothing}
      ${this.failure ? html`<p class="notice danger" role="alert">${this.failure}</p>` : nothing}
      ${this.notice ? html`<p class="notice info">${this.notice}</p>` : nothing}
      ${this.#conflicts()}
      ${this.readonly ? nothing : this.#pending(d, staged)}
      ${d.base.tools.length ? this.#tools(d, staged) : html`<authsec-ui-state kind="empty" .heading=${this.t('mapper.empty.heading')}
            .message=${this.t('mapper.empty.message')} no-retry .locale=${this.locale}></authsec-ui-state>`}
      ${this.readonly ? nothing : this.#panels(d)}
      ${this.readonly ? nothing : this.#editDialog(d)} ${this.#driftDialog()}
      <authsec-ui-confirm-dialog id="discard-dialog" danger .locale=${this.locale}
        .heading=${this.t('mapper.discard.heading', { count: staged.changeCount })} .confirmLabel=${this.t('mapper.discard.confirm')}>
        <p>${this.t('mapper.discard.body')}</p>
      </authsec-ui-confirm-dialog>
    `;
  }

  #counters(c: ToolCounters): TemplateResult {
    const item = (kind: ToolStateKind, value: number) => html`<div class="counter ${kind}">
      <dt>${this.t(`mapper.counters.${kind}`)}</dt><dd>${value}</dd></div>`;
    return html`<div part="counters" class="counters-wrap">
      <dl class="counters" aria-label=${this.t('mapper.counters.label')}>
        ${item('mapped', c.mapped)} ${item('public', c.public)} ${item('unmapped', c.unmapped)}
      </dl>
      <p class=${c.unmapped ? 'blockers' : 'muted'}>${c.unmapped ? this.t('mapper.counters.blockers', { count: c.unmapped }) : this.t('mapper.counters.ready')}</p>
    </div>`;
  }

  #conflicts(): TemplateResult | typeof nothing {
    if (!this.conflicts.length) return nothing;
    return html`<div class="notice warning" role="alert">
      <strong>${this.t('mapper.conflicts.heading')}</strong>
      <ul>${this.conflicts.map((c) => html`<li>${this.t(`mapper.conflict.${c.kind}`, {
        tool: displayText(c.toolName, TOOL_NAME_MAX), scope: c.kind === 'scope_deleted' ? displayText(c.scopeString, 120) : '',
      })}</li>`)}</ul>
      <p>${this.t('mapper.conflicts.body')}</p>
      <authsec-ui-button size="small" .locale=${this.locale} @click=${() => (this.conflicts = [])}>${this.t('mapper.conflicts.dismiss')}</authsec-ui-button>
    </div>`;
  }

  #pending(d: MapperData, staged: StagedEdits): TemplateResult | typeof nothing {
    if (!staged.changeCount) return nothing;
    const removals = staged.removalCount;
    return html`<div part="pending" class="pending" role="region" aria-label=${this.t('mapper.diff.caption')}>
      <p><strong>${this.t('mapper.pending.count', { count: staged.changeCount, tools: this.t('mapper.pending.tools', { count: staged.toolCount }) })}</strong>
        ${removals ? html` <span class="removals">${this.t('mapper.pending.removals', { count: removals })}</span>` : nothing}</p>
      <div class="actions">
        <authsec-ui-button variant="ghost" .locale=${this.locale} .pressed=${this.showDiff} @click=${() => (this.showDiff = !this.showDiff)}>
          ${this.showDiff ? this.t('mapper.pending.hide') : this.t('mapper.pending.review')}</authsec-ui-button>
        <authsec-ui-button .locale=${this.locale} ?disabled=${!!this.busy} @click=${() => void this.discardAll()}>${this.t('mapper.pending.discard')}</authsec-ui-button>
        <authsec-ui-button class="save" variant="primary" .locale=${this.locale} .loading=${this.busy === 'save'} .loadingLabel=${this.t('mapper.pending.saving')}
          ?disabled=${!!this.busy && this.busy !== 'save'} @click=${() => void this.save()}>${this.t('mapper.pending.save')}</authsec-ui-button>
      </div>
      ${this.showDiff ? this.#diff(d, staged) : nothing}
    </div>`;
  }

  #describe(d: MapperData, s: { kind: ToolStateKind; scopeIds: readonly string[] }): string {
    return s.kind === 'mapped' ? scopeLabels(d.base, s.scopeIds) : this.t(`mapper.state.${s.kind}`);
  }

  #diff(d: MapperData, staged: StagedEdits): TemplateResult {
    return html`<div class="table-wrap"><table class="diff">
      <caption class="sr-only">${this.t('mapper.diff.caption')}</caption>
      <thead><tr>
        <th scope="col">${this.t('mapper.diff.tool')}</th><th scope="col">${this.t('mapper.diff.before')}</th>
        <th scope="col">${this.t('mapper.diff.after')}</th><th scope="col"><span class="sr-only">${this.t('mapper.diff.undoShort')}</span></th>
      </tr></thead>
      <tbody>${staged.diff().map((c) => {
        const name = displayText(c.toolName, TOOL_NAME_MAX);
        return html`<tr>
          <th scope="row"><code dir="ltr">${name}</code></th>
          <td>${this.#describe(d, c.before)}</td>
          <td class=${c.after.kind}>${this.#describe(d, c.after)}</td>
          <td><authsec-ui-button size="small" variant="ghost" .locale=${this.locale} .label=${this.t('mapper.diff.undo', { tool: name })}
            @click=${() => this.#stage(staged.discard([c.toolId]))}>${this.t('mapper.diff.undoShort')}</authsec-ui-button></td>
        </tr>`;
      })}</tbody>
    </table></div>`;
  }

  #scopeOptions(d: MapperData, selected: string): TemplateResult[] {
    return d.base.scopes.map((s) => html`<option value=${s.id} ?selected=${s.id === selected}>${displayText(s.scope_string, 120)}${s.display_name ? ` — ${displayText(s.display_name, 60)}` : ''}</option>`);
  }

  #tools(d: MapperData, staged: StagedEdits): TemplateResult {
    const total = d.base.tools.length;
    const shown = this.shown;
    const allSelected = shown.length > 0 && shown.every((t) => this.selected.has(t.id));
    const someSelected = !allSelected && this.selected.size > 0;
    const ctx: RowContext = {
      t: (k, p) => this.t(k, p), locale: this.locale, base: d.base, staged, selected: this.selected, total: shown.length,
      busy: this.busy === 'save',
      readonly: this.readonly,
      onSelect: (tool, on) => this.selectTool(tool, on),
      onEdit: (tool) => void this.editTool(tool),
      onSuggest: (tool) => this.#stage(staged.applySuggestions([tool.id])),
    };
    const filtered = this.text || this.states.length || this.source || this.hint;
    return html`
      ${this.#toolbar()}
      ${this.selected.size && !this.readonly ? this.#bulk(d) : nothing}
      <div class="list-head">
        <label class="select-all" ?hidden=${this.readonly}><input type="checkbox" .checked=${allSelected} .indeterminate=${someSelected} ?disabled=${!shown.length}
          @change=${(e: Event) => this.selectShown((e.target as HTMLInputElement).checked)} />
          ${this.t('mapper.list.selectShown', { count: shown.length })}</label>
        <span class="muted" aria-live="polite">${this.t('mapper.filter.shown', { shown: shown.length, total })}</span>
        <authsec-ui-button size="small" variant="ghost" .locale=${this.locale} ?hidden=${this.readonly} ?disabled=${!!this.busy} @click=${() => void this.suggestAll()}>${this.t('mapper.suggestAll')}</authsec-ui-button>
        <authsec-ui-button size="small" variant="ghost" .locale=${this.locale} ?disabled=${!!this.busy}
          @click=${() => void this.refresh().catch((e: unknown) => (this.failure = this.t('mapper.failed', { reason: this.#reason(e) })))}>${this.t('mapper.refresh')}</authsec-ui-button>
      </div>
      ${shown.length
        ? html`<div part="list" class="list" role="list" tabindex=${ifDefined(this.readonly ? 0 : undefined)} aria-label=${this.t('mapper.list.label', { application: displayText(d.app.name, 80) })}>
            ${virtualize({ items: shown, keyFunction: toolKey, renderItem: (t: McpTool | undefined, i: number) => (t ? renderToolRow(ctx, t, i) : html``), scroller: true })}
          </div>`
        : html`<div class="no-match"><p>${this.t('mapper.noMatch')}</p>
            ${filtered ? html`<authsec-ui-button size="small" .locale=${this.locale} @click=${() => this.#clearFilters()}>${this.t('mapper.clearFilters')}</authsec-ui-button>` : nothing}</div>`}
    `;
  }

  #clearFilters(): void {
    this.text = '';
    this.states = [];
    this.source = '';
    this.hint = '';
  }

  #toolbar(): TemplateResult {
    const toggleState = (kind: ToolStateKind, on: boolean) =>
      (this.states = on ? STATE_ORDER.filter((k) => k === kind || this.states.includes(k)) : this.states.filter((k) => k !== kind));
    return html`<div part="toolbar" class="toolbar">
      <div class="field search">
        <label for="search">${this.t('mapper.filter.search')}</label>
        <input id="search" type="search" autocomplete="off" spellcheck="false" .value=${this.text} placeholder=${this.t('mapper.filter.searchHint')}
          @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)} />
      </div>
      <fieldset class="states">
        <legend>${this.t('mapper.filter.state')}</legend>
        ${STATE_ORDER.map((kind) => html`<label><input type="checkbox" .checked=${this.states.includes(kind)}
          @change=${(e: Event) => toggleState(kind, (e.target as HTMLInputElement).checked)} />${this.t(`mapper.state.${kind}`)}</label>`)}
      </fieldset>
      <div class="field">
        <label for="source">${this.t('mapper.filter.source')}</label>
        <select id="source" @change=${(e: Event) => (this.source = (e.target as HTMLSelectElement).value as InventorySource | '')}>
          <option value="" ?selected=${!this.source}>${this.t('mapper.filter.any')}</option>
          ${SOURCE_ORDER.map((s) => html`<option value=${s} ?selected=${this.source === s}>${this.t(`mapper.source.${s}`)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="hint">${this.t('mapper.filter.annotation')}</label>
        <select id="hint" @change=${(e: Event) => (this.hint = (e.target as HTMLSelectElement).value as HintChoice)}>
          <option value="" ?selected=${!this.hint}>${this.t('mapper.filter.any')}</option>
          ${ANNOTATION_HINTS.map((h) => {
            const label = this.t(`mapper.hint.${h}`);
            return html`<option value=${`${h}:true`} ?selected=${this.hint === `${h}:true`}>${label}</option>
              <option value=${`${h}:false`} ?selected=${this.hint === `${h}:false`}>${this.t('mapper.hint.not', { hint: label })}</option>`;
          })}
        </select>
      </div>
      <div class="field">
        <label for="sort">${this.t('mapper.filter.sort')}</label>
        <select id="sort" @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as ToolSort)}>
          ${(['state', 'name', 'source'] as const).map((s) => html`<option value=${s} ?selected=${this.sort === s}>${this.t(`mapper.sort.${s}`)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  #bulk(d: MapperData): TemplateResult {
    const noScope = !this.bulkScope;
    return html`<div class="bulk" role="group" aria-label=${this.t('mapper.bulk.heading', { count: this.selected.size })}>
      <strong>${this.t('mapper.bulk.heading', { count: this.selected.size })}</strong>
      <label for="bulk-scope" class="sr-only">${this.t('mapper.bulk.scope')}</label>
      <select id="bulk-scope" @change=${(e: Event) => (this.bulkScope = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${noScope}>${this.t('mapper.bulk.chooseScope')}</option>
        ${this.#scopeOptions(d, this.bulkScope)}
      </select>
      <authsec-ui-button size="small" variant="primary" .locale=${this.locale} ?disabled=${noScope} @click=${() => this.bulkMap()}>${this.t('mapper.bulk.map')}</authsec-ui-button>
      <authsec-ui-button size="small" .locale=${this.locale} ?disabled=${noScope} @click=${() => this.bulkMap(true)}>${this.t('mapper.bulk.unmap')}</authsec-ui-button>
      <authsec-ui-button size="small" .locale=${this.locale} @click=${() => this.bulkSuggest()}>${this.t('mapper.bulk.suggest')}</authsec-ui-button>
      <authsec-ui-button size="small" variant="ghost" .locale=${this.locale} @click=${() => (this.selected = new Set())}>${this.t('mapper.bulk.clear')}</authsec-ui-button>
    </div>`;
  }

  #panels(d: MapperData): TemplateResult {
    const toggle = (panel: Panel) => (e: Event) => {
      const open = (e.target as HTMLDetailsElement).open;
      if (open) this.panel = panel;
      else if (this.panel === panel) this.panel = undefined;
    };
    return html`<div class="panels">
      <details ?open=${this.panel === 'rule'} @toggle=${toggle('rule')}><summary>${this.t('mapper.rule.heading')}</summary>${this.panel === 'rule' ? this.#rule(d) : nothing}</details>
      <details ?open=${this.panel === 'scope'} @toggle=${toggle('scope')}><summary>${this.t('mapper.scope.heading')}</summary>${this.panel === 'scope' ? this.#inventory.renderScopeForm(d) : nothing}</details>
      <details ?open=${this.panel === 'scan'} @toggle=${toggle('scan')}><summary>${this.t('mapper.scan.heading')}</summary>${this.panel === 'scan' ? this.#inventory.renderScanForm() : nothing}</details>
      <details ?open=${this.panel === 'add'} @toggle=${toggle('add')}><summary>${this.t('mapper.add.heading')}</summary>${this.panel === 'add' ? this.#inventory.renderAddForm() : nothing}</details>
    </div>`;
  }

  #rule(d: MapperData): TemplateResult {
    const preview = this.rulePattern ? previewRule(d.base.tools, this.rulePattern) : undefined;
    const matches = preview?.ok ? preview.matches : [];
    const problem = !preview ? this.t('mapper.rule.empty') : preview.ok ? '' : this.t(`mapper.rule.${preview.reason}`);
    const names = matches.slice(0, RULE_PREVIEW_NAMES).map((t) => displayText(t.name, TOOL_NAME_MAX)).join(', ');
    const more = matches.length - RULE_PREVIEW_NAMES;
    return html`<form class="panel" @submit=${(e: Event) => { e.preventDefault(); this.applyRule(); }}>
      <div class="field">
        <label for="rule-pattern">${this.t('mapper.rule.pattern')}</label>
        <input id="rule-pattern" dir="ltr" autocomplete="off" spellcheck="false" .value=${this.rulePattern} aria-describedby="rule-hint rule-preview"
          @input=${(e: Event) => (this.rulePattern = (e.target as HTMLInputElement).value)} />
        <p id="rule-hint" class="muted">${this.t('mapper.rule.patternHint')}</p>
      </div>
      <div class="field">
        <label for="rule-scope">${this.t('mapper.rule.scope')}</label>
        <select id="rule-scope" @change=${(e: Event) => (this.ruleScope = (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.ruleScope}>${this.t('mapper.bulk.chooseScope')}</option>
          ${this.#scopeOptions(d, this.ruleScope)}
        </select>
      </div>
      <div id="rule-preview" class="preview" aria-live="polite">
        ${problem
          ? html`<p class="muted">${problem}</p>`
          : html`<p><strong>${this.t('mapper.rule.matches', { count: matches.length, total: d.base.tools.length })}</strong></p>
              ${matches.length ? html`<p class="names" dir="ltr">${names}${more > 0 ? ` ${this.t('mapper.rule.more', { count: more })}` : ''}</p>` : nothing}`}
        ${!problem && matches.length && !this.ruleScope ? html`<p class="muted">${this.t('mapper.rule.noScope')}</p>` : nothing}
      </div>
      <authsec-ui-button type="submit" variant="primary" .locale=${this.locale} ?disabled=${!matches.length || !this.ruleScope}>${this.t('mapper.rule.apply', { count: matches.length })}</authsec-ui-button>
    </form>`;
  }

  #editDialog(d: MapperData): TemplateResult {
    const e = this.editing;
    const name = e ? displayText(e.tool.name, TOOL_NAME_MAX) : '';
    const wasPublic = e ? d.base.serverPublic(d.base.indexOf(e.tool.id)) : false;
    // Handlers read the draft at event time: two clicks can land before the next render.
    const set = (patch: Partial<EditDraft>) => this.editing && (this.editing = { ...this.editing, ...patch });
    const toggleScope = (id: string, on: boolean) => {
      const ids = this.editing?.scopeIds.filter((x) => x !== id) ?? [];
      set({ mode: 'mapped', scopeIds: on ? [...ids, id] : ids });
    };
    const radio = (mode: EditMode, label: string, hint?: string) => html`<label class="choice">
      <input type="radio" name="mode" value=${mode} .checked=${e?.mode === mode} @change=${() => set({ mode })} />
      <span><strong>${label}</strong>${hint ? html`<br /><span class="muted">${hint}</span>` : nothing}</span></label>`;
    return html`<authsec-ui-confirm-dialog id="edit-dialog" .locale=${this.locale}
      .heading=${e ? this.t('mapper.edit.heading', { tool: name }) : ''} .confirmLabel=${this.t('mapper.edit.confirm')}
      .requireText=${e?.mode === 'public' && !wasPublic ? e.tool.name : ''}
      .requireTextLabel=${this.t('mapper.edit.typeName', { tool: name })}>
      ${e ? html`
        ${e.tool.description ? html`<p class="muted desc" dir="auto">${displayText(e.tool.description, 400)}</p>` : nothing}
        <fieldset class="modes"><legend>${this.t('mapper.edit.mode')}</legend>
          ${radio('mapped', this.t('mapper.edit.mapped'))}
          <div class="scope-choices" role="group" aria-label=${this.t('mapper.edit.mapped')}>
            ${d.base.scopes.length
              ? d.base.scopes.map((s) => html`<label class="scope-choice"><input type="checkbox" .checked=${e.mode === 'mapped' && e.scopeIds.includes(s.id)}
                  @change=${(ev: Event) => toggleScope(s.id, (ev.target as HTMLInputElement).checked)} />
                  <code dir="ltr">${displayText(s.scope_string, 120)}</code>${s.display_name ? html` <span class="muted">${displayText(s.display_name, 80)}</span>` : nothing}</label>`)
              : html`<p class="muted">${this.t('mapper.edit.noScopes')}</p>`}
          </div>
          ${e.mode === 'mapped' && !e.scopeIds.length ? html`<p class="muted">${this.t('mapper.edit.pickOne')}</p>` : nothing}
          ${radio('public', this.t('mapper.edit.public'), this.t('mapper.edit.publicHint'))}
          ${radio('unmapped', this.t('mapper.edit.unmapped'), this.t('mapper.edit.unmappedHint'))}
        </fieldset>` : nothing}
    </authsec-ui-confirm-dialog>`;
  }

  #driftDialog(): TemplateResult {
    const removals = this.removals;
    return html`<authsec-ui-confirm-dialog id="drift-dialog" danger .locale=${this.locale}
      .heading=${this.t('mapper.drift.heading')} .confirmLabel=${this.t('mapper.drift.confirm')}>
      <p>${this.t('mapper.drift.body')}</p>
      <ul>${removals.slice(0, 20).map((r) => {
        const name = displayText(r.toolName, TOOL_NAME_MAX);
        return html`<li>${r.deniedAfter ? this.t('mapper.drift.denied', { tool: name }) : name}</li>`;
      })}${removals.length > 20 ? html`<li>${this.t('mapper.rule.more', { count: removals.length - 20 })}</li>` : nothing}</ul>
    </authsec-ui-confirm-dialog>`;
  }
}

const draftKey = (applicationId: string): string => `authsec-mapper-draft:${applicationId}`;

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

/** The virtualiser may ask past the end of a list that just changed length (it catches up a frame later). */
const toolKey = (tool: McpTool | undefined) => tool?.id;

/** A failure in a later step of a save, already worded. */
class SaveStepError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
  }
}

