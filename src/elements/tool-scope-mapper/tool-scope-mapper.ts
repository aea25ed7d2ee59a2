import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { McpTool } from '../../api/scope-matrix.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import type { Action } from '../../controllers/action.js';
import { Announcer } from '../../controllers/announcer.js';
import { registerDefaults } from '../../i18n/catalog.js';
import { mapperEn } from '../../i18n/messages/mapper.en.js';
import { scopesEn } from '../../i18n/messages/scopes.en.js';
import { previewRule } from '../../model/glob-rule.js';
import type { AccessRemoval, RebaseConflict, StagedEdits, ToolCounters, ToolStateKind } from '../../model/tool-mapping.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import { refocus } from '../../ui/refocus.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import { ToolEditDialog } from './edit-dialog.js';
import { AuthsecCountersChangedEvent, AuthsecMappingSavedEvent } from './events.js';
import { InventoryPanels, TOOL_NAME_MAX } from './inventory.js';
import { MappingSession, type Adopted, type MapperData, type SaveOutcome } from './mapping-session.js';
import { ToolQuery } from './tool-query.js';
import { scopeLabels, ToolList, type RowContext } from './tool-list.js';
import { toolScopeMapperStyles } from './tool-scope-mapper.styles.js';
import { unreadNotice } from '../shared/unread-notice.js';

registerDefaults(scopesEn);
registerDefaults(mapperEn);

type Panel = 'rule' | 'scan' | 'add' | 'scope';

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
 * @fires authsec-counters-changed - When mapped / public / unmapped change, staged edits included (detail: counters, staged). Every tool is in one state: mapped + public + unmapped = total.
 *
 * @csspart counters - The mapped / public / unmapped summary.
 * @csspart toolbar - Search, filters and sort.
 * @csspart list - The scrolling tool list.
 * @csspart pending - The unsaved-changes bar.
 * @cssprop [--authsec-mapper-list-height=min(70vh, 44rem)] - Most height of the tool list: a shorter list is as tall as its rows, a longer one scrolls (rows are virtualised: style them with the tokens).
 */
export class AuthsecToolScopeMapper extends AuthsecApplicationElement {
  static override styles = toolScopeMapperStyles;
  static override get properties(): PropertyDeclarations {
    return {
      selected: { state: true },
      bulkScope: { state: true },
      rulePattern: { state: true },
      ruleScope: { state: true },
      panel: { state: true },
      showDiff: { state: true },
      conflicts: { state: true },
      removals: { state: true },
      notice: { state: true },
      failure: { state: true },
    };
  }

  private selected: ReadonlySet<string> = new Set();
  private bulkScope = '';
  private rulePattern = '';
  private ruleScope = '';
  private panel?: Panel;
  private showDiff = false;
  private conflicts: readonly RebaseConflict[] = [];
  /** What the drift confirmation lists, built only when it opens. */
  private removals: readonly AccessRemoval[] = [];
  private notice = '';
  private failure = '';

  /** The element's writes (save, scan, add a tool, create a scope): one at a time. */
  readonly #writes = new Set<Action>();
  readonly #announcer = new Announcer(this);
  readonly #query = new ToolQuery(this);
  readonly #editDialog = new ToolEditDialog(this);
  readonly #session = new MappingSession(this, {
    confirmRemovals: (removals) => this.#confirmRemovals(removals),
    adopted: (outcome, data) => this.#adopted(outcome, data),
  }, this.#writes);
  readonly #inventory = new InventoryPanels(this, {
    announce: (message) => this.#announcer.say(message),
    fail: (message) => (this.failure = message),
    refresh: () => this.#refresh(false),
    scopeCreated: (id) => {
      this.bulkScope = this.ruleScope = id;
      this.#editDialog.addScope(id);
    },
  }, this.#writes);

  readonly #list = new ToolList(this);
  #lastCounters?: ToolCounters;
  /** Whether suggestions are left to apply, per staged state (working it out reads every tool). */
  readonly #suggestable = new WeakMap<StagedEdits, boolean>();

  /** The staged edits (read-only; for hosts that want to warn before navigating away). */
  get pendingChanges(): number {
    return this.#session.staged?.changeCount ?? 0;
  }

  get #busy(): boolean {
    return [...this.#writes].some((a) => a.busy);
  }

  protected override updated(): void {
    const counters = this.#session.staged?.counters;
    if (!counters || counters === this.#lastCounters) return;
    const prev = this.#lastCounters;
    this.#lastCounters = counters;
    if (!prev || prev.mapped !== counters.mapped || prev.public !== counters.public || prev.unmapped !== counters.unmapped || prev.total !== counters.total) {
      this.dispatchEvent(new AuthsecCountersChangedEvent({ counters, staged: (this.#session.staged?.changeCount ?? 0) > 0 }));
    }
  }

  // ── Data ─────────────────────────────────────────────────────────────────────────────────

  /** Words what fresh data did to the staged edits, and keeps the selection to tools that exist. */
  #adopted(o: Adopted, data: MapperData): void {
    if (o.after === 'load') {
      // Another application (or the first): nothing of the previous one's page carries over.
      this.selected = new Set();
      this.conflicts = [];
      this.failure = this.notice = '';
    }
    if (o.conflicts.length) this.conflicts = o.conflicts;
    if (o.restored) this.notice = this.t('mapper.draft.restored', { count: o.restored });
    else if (o.alreadyApplied) this.notice = this.t('mapper.alreadyApplied', { count: o.alreadyApplied });
    if (this.selected.size) this.selected = new Set([...this.selected].filter((id) => data.base.indexOf(id) >= 0));
    if (this.bulkScope && !data.base.scope(this.bulkScope)) this.bulkScope = '';
    if (this.ruleScope && !data.base.scope(this.ruleScope)) this.ruleScope = '';
  }

  async #refresh(announce = true): Promise<void> {
    try {
      const adopted = await this.#session.refresh();
      if (adopted && announce) this.#announcer.say(this.t('mapper.refreshed'));
    } catch (error) {
      this.failure = this.t('mapper.failed', { reason: this.reason(error) });
    }
  }

  // ── Staging ──────────────────────────────────────────────────────────────────────────────

  #stage(next: StagedEdits): void {
    if (!this.#session.stage(next)) return;
    const c = next.counters;
    this.#announcer.say(this.t('mapper.counters.announce', { mapped: c.mapped, public: c.public, unmapped: c.unmapped }));
  }

  #select(ids: Iterable<string>): void {
    this.selected = new Set(ids);
  }

  #bulkMap(staged: StagedEdits, remove = false): void {
    if (!this.bulkScope) return;
    const ids = [...this.selected];
    this.#stage(remove ? staged.unmap(ids, this.bulkScope) : staged.map(ids, this.bulkScope));
  }

  /** Whether "Apply all suggestions" would stage anything (a view never offers an action that does nothing). */
  #hasSuggestions(staged: StagedEdits): boolean {
    let has = this.#suggestable.get(staged);
    if (has === undefined) {
      has = staged.hasSuggestionsToApply;
      this.#suggestable.set(staged, has);
    }
    return has;
  }

  async #suggestAll(staged: StagedEdits): Promise<void> {
    const next = staged.applyAllSuggestions();
    this.notice = next === staged
      ? this.t('mapper.suggestAll.none')
      : this.t('mapper.suggestAll.done', { count: next.counters.mapped - staged.counters.mapped });
    this.#stage(next);
    // The button is gone once nothing is left to apply: focus goes to what it did, not to the page.
    await this.updateComplete;
    if (!this.renderRoot.querySelector('.suggest-all')) refocus(this, this.renderRoot.querySelector<HTMLElement>('.notice.info'));
  }

  #applyRule(d: MapperData, staged: StagedEdits): void {
    if (!this.ruleScope) return;
    const preview = previewRule(d.base.tools, this.rulePattern);
    if (!preview.ok || preview.matches.length === 0) return;
    this.#stage(staged.map(preview.matches.map((t) => t.id), this.ruleScope));
    this.notice = this.t('mapper.rule.applied', { count: preview.matches.length, scope: this.text(d.base.scope(this.ruleScope)?.scope_string ?? '') });
  }

  async #editTool(tool: McpTool, staged: StagedEdits): Promise<void> {
    if (this.readonly) return;
    const next = await this.#editDialog.edit(tool, staged);
    // Staged edits may have moved on while the dialog was open (a reload): apply to the current ones.
    if (next && this.#session.staged === staged) this.#stage(next);
  }

  async #discardAll(staged: StagedEdits): Promise<void> {
    if (!staged.changeCount) return;
    if (!(await this.renderRoot.querySelector<AuthsecUiConfirmDialog>('#discard-dialog')!.open())) return;
    this.#stage(staged.discardAll());
    this.showDiff = false;
    this.conflicts = [];
    this.notice = this.t('mapper.pending.discarded');
  }

  // ── Saving ───────────────────────────────────────────────────────────────────────────────

  async #confirmRemovals(removals: readonly AccessRemoval[]): Promise<boolean> {
    this.removals = removals;
    await this.updateComplete;
    const go = await this.renderRoot.querySelector<AuthsecUiConfirmDialog>('#drift-dialog')!.open();
    this.removals = [];
    return go;
  }

  async #save(): Promise<void> {
    if (this.readonly || this.#busy) return;
    this.failure = this.notice = '';
    this.conflicts = [];
    const outcome = await this.#session.save();
    this.#saved(outcome);
  }

  /** The outcome of a save, in words (and the event the page listens to). */
  #saved(o: SaveOutcome): void {
    if (o.kind === 'failed' && o.unknown) {
      // The answer was lost, the mapping read again: say what is saved and what is still staged,
      // and open the review, which now lists exactly the edits that did not land.
      const left = this.#session.staged?.changeCount ?? 0;
      this.failure = left ? this.t('mapper.save.unknown', { count: left }) : '';
      this.showDiff = left > 0;
      if (!left) this.#announcer.say(this.t('mapper.save.unknownSaved'));
      return;
    }
    if (o.kind === 'failed') {
      const reason = this.reason(o.error);
      this.failure = this.t('mapper.save.failed', {
        reason: o.tool ? this.t('mapper.save.publicFailed', { tool: this.text(o.tool, TOOL_NAME_MAX), reason }) : reason,
        count: this.#session.staged?.changeCount ?? 0,
      });
      return;
    }
    if (o.kind !== 'saved') return;
    const { applied, requested, sent, complete } = o.landed;
    this.dispatchEvent(new AuthsecMappingSavedEvent({ applied, requested, counters: o.counters }));
    if (o.elsewhere) return;
    if (o.unconfirmed) {
      this.failure = this.t('mapper.saved.unconfirmed', { applied, requested });
    } else if (!complete || o.left > 0) {
      this.failure = o.left > 0 ? this.t('mapper.saved.gap', { applied, requested: sent, left: o.left }) : this.t('mapper.saved.gapDropped', { applied, requested: sent });
    } else {
      this.showDiff = false;
      this.#announcer.say(o.publicOnly ? this.t('mapper.saved.public') : this.t('mapper.saved', { applied, requested }));
    }
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────────────

  override render() {
    return html`<section aria-labelledby="h">
      <h2 id="h" class="heading">${this.t('mapper.heading')}</h2>
      <p class="muted">${this.t('mapper.intro')}</p>
      ${this.#announcer.render()}
      ${this.#session.render((d, staged) => this.#body(d, staged))}
    </section>`;
  }

  #body(d: MapperData, staged: StagedEdits): TemplateResult {
    const launched = d.app.state === 'ready';
    return html`
      ${this.#counters(staged.counters)}
      ${unreadNotice(this, d.unread)}
      ${launched ? html`<p class="notice warning">${this.t('mapper.launched')}</p>` : nothing}
      ${this.failure ? html`<p class="notice danger" role="alert">${this.failure}</p>` : nothing}
      ${this.notice ? html`<p class="notice info" tabindex="-1">${this.notice}</p>` : nothing}
      ${this.#conflicts()}
      ${this.readonly ? nothing : this.#pending(d, staged)}
      ${d.base.tools.length ? this.#tools(d, staged) : html`<authsec-ui-state kind="empty" .heading=${this.t('mapper.empty.heading')}
            .message=${this.t('mapper.empty.message')} no-retry .locale=${this.effectiveLocale}></authsec-ui-state>`}
      ${this.readonly ? nothing : this.#panels(d, staged)}
      ${this.readonly ? nothing : this.#editDialog.render(d.base)} ${this.#driftDialog()}
      <authsec-ui-confirm-dialog id="discard-dialog" danger .locale=${this.effectiveLocale}
        .heading=${this.t('mapper.discard.heading', { count: staged.changeCount })} .confirmLabel=${this.t('mapper.discard.confirm')}>
        <p>${this.t('mapper.discard.body')}</p>
      </authsec-ui-confirm-dialog>
    `;
  }

  #counters(c: ToolCounters): TemplateResult {
    const item = (kind: ToolStateKind, value: number) => html`<div class="counter ${kind}">
      <dt>${this.t(`mapper.counters.${kind}`)}</dt><dd>${this.number(value)}</dd></div>`;
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
        tool: this.text(c.toolName, TOOL_NAME_MAX), scope: c.kind === 'scope_deleted' ? this.text(c.scopeString, 120) : '',
      })}</li>`)}</ul>
      <p>${this.t('mapper.conflicts.body')}</p>
      <authsec-ui-button size="small" .locale=${this.effectiveLocale} @click=${() => (this.conflicts = [])}>${this.t('mapper.conflicts.dismiss')}</authsec-ui-button>
    </div>`;
  }

  #pending(d: MapperData, staged: StagedEdits): TemplateResult | typeof nothing {
    if (!staged.changeCount) return nothing;
    const removals = staged.removalCount;
    return html`<div part="pending" class="pending" role="region" aria-label=${this.t('mapper.diff.caption')}>
      <p><strong>${this.t('mapper.pending.count', { count: staged.changeCount, tools: this.t('mapper.pending.tools', { count: staged.toolCount }) })}</strong>
        ${removals ? html` <span class="removals">${this.t('mapper.pending.removals', { count: removals })}</span>` : nothing}</p>
      <div class="actions">
        <authsec-ui-button variant="ghost" .locale=${this.effectiveLocale} .pressed=${this.showDiff} @click=${() => (this.showDiff = !this.showDiff)}>
          ${this.showDiff ? this.t('mapper.pending.hide') : this.t('mapper.pending.review')}</authsec-ui-button>
        <authsec-ui-button .locale=${this.effectiveLocale} ?disabled=${this.#busy} @click=${() => void this.#discardAll(staged)}>${this.t('mapper.pending.discard')}</authsec-ui-button>
        <authsec-ui-button class="save" variant="primary" .locale=${this.effectiveLocale} .loading=${this.#session.saving.busy} .loadingLabel=${this.t('mapper.pending.saving')}
          ?disabled=${this.#busy && !this.#session.saving.busy} @click=${() => void this.#save()}>${this.t('mapper.pending.save')}</authsec-ui-button>
      </div>
      ${this.showDiff ? this.#diff(d, staged) : nothing}
    </div>`;
  }

  #describe(d: MapperData, s: { kind: ToolStateKind; scopeIds: readonly string[] }): string {
    return s.kind === 'mapped' ? scopeLabels(d.base, s.scopeIds) : this.t(`mapper.state.${s.kind}`);
  }

  #diff(d: MapperData, staged: StagedEdits): TemplateResult {
    const caption = this.t('mapper.diff.caption');
    return html`<div class="table-wrap"><table class="diff">
      <caption class="sr-only">${caption}</caption>
      <thead><tr>
        <th scope="col">${this.t('mapper.diff.tool')}</th><th scope="col">${this.t('mapper.diff.before')}</th>
        <th scope="col">${this.t('mapper.diff.after')}</th><th scope="col"><span class="sr-only">${this.t('mapper.diff.undoShort')}</span></th>
      </tr></thead>
      <tbody>${staged.diff().map((c) => {
        const name = this.text(c.toolName, TOOL_NAME_MAX);
        return html`<tr>
          <th scope="row"><code dir="ltr">${name}</code></th>
          <td>${this.#describe(d, c.before)}</td>
          <td class=${c.after.kind}>${this.#describe(d, c.after)}</td>
          <td><authsec-ui-button size="small" variant="ghost" .locale=${this.effectiveLocale} .label=${this.t('mapper.diff.undo', { tool: name })}
            @click=${() => this.#stage(staged.discard([c.toolId]))}>${this.t('mapper.diff.undoShort')}</authsec-ui-button></td>
        </tr>`;
      })}</tbody>
    </table></div>`;
  }

  #scopeOptions(d: MapperData, selected: string): TemplateResult[] {
    return d.base.scopes.map((s) => html`<option value=${s.id} ?selected=${s.id === selected}>${this.text(s.scope_string, 120)}${s.display_name ? ` — ${this.text(s.display_name, 60)}` : ''}</option>`);
  }

  #tools(d: MapperData, staged: StagedEdits): TemplateResult {
    const total = d.base.tools.length;
    const shown = this.#query.shown(d.finder, staged);
    const allSelected = shown.length > 0 && shown.every((t) => this.selected.has(t.id));
    const someSelected = !allSelected && this.selected.size > 0;
    const ctx: RowContext = {
      t: (k, p) => this.t(k, p), locale: this.locale, base: d.base, staged, selected: this.selected, total: shown.length,
      busy: this.#session.saving.busy,
      readonly: this.readonly,
      onSelect: (tool, on) => this.#select(on ? [...this.selected, tool.id] : [...this.selected].filter((id) => id !== tool.id)),
      onEdit: (tool) => void this.#editTool(tool, staged),
      onSuggest: (tool) => this.#stage(staged.applySuggestions([tool.id])),
    };
    return html`
      ${this.#query.render((key, params) => this.t(key, params))}
      ${this.selected.size && !this.readonly ? this.#bulk(d, staged) : nothing}
      <div class="list-head">
        <label class="select-all" ?hidden=${this.readonly}><input type="checkbox" .checked=${allSelected} .indeterminate=${someSelected} ?disabled=${!shown.length}
          @change=${(e: Event) => this.#select((e.target as HTMLInputElement).checked ? shown.map((t) => t.id) : [])} />
          ${this.t('mapper.list.selectShown', { count: shown.length })}</label>
        <span class="muted" aria-live="polite">${this.t('mapper.filter.shown', { shown: shown.length, total })}</span>
        ${this.readonly || !this.#hasSuggestions(staged)
          ? nothing
          : html`<authsec-ui-button class="suggest-all" size="small" variant="ghost" .locale=${this.effectiveLocale} ?disabled=${this.#busy}
              @click=${() => void this.#suggestAll(staged)}>${this.t('mapper.suggestAll')}</authsec-ui-button>`}
        <authsec-ui-button size="small" variant="ghost" .locale=${this.effectiveLocale} ?disabled=${this.#busy}
          @click=${() => void this.#refresh()}>${this.t('mapper.refresh')}</authsec-ui-button>
      </div>
      ${shown.length
        ? this.#list.render(shown, ctx, this.t('mapper.list.label', { application: this.text(d.app.name, 80) }))
        : html`<div class="no-match"><p>${this.t('mapper.noMatch')}</p>
            ${this.#query.filtered ? html`<authsec-ui-button size="small" .locale=${this.effectiveLocale} @click=${() => this.#query.clear()}>${this.t('mapper.clearFilters')}</authsec-ui-button>` : nothing}</div>`}
    `;
  }

  #bulk(d: MapperData, staged: StagedEdits): TemplateResult {
    const noScope = !this.bulkScope;
    return html`<div class="bulk" role="group" aria-label=${this.t('mapper.bulk.heading', { count: this.selected.size })}>
      <strong>${this.t('mapper.bulk.heading', { count: this.selected.size })}</strong>
      <label for="bulk-scope" class="sr-only">${this.t('mapper.bulk.scope')}</label>
      <select id="bulk-scope" @change=${(e: Event) => (this.bulkScope = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${noScope}>${this.t('mapper.bulk.chooseScope')}</option>
        ${this.#scopeOptions(d, this.bulkScope)}
      </select>
      <authsec-ui-button size="small" variant="primary" .locale=${this.effectiveLocale} ?disabled=${noScope} @click=${() => this.#bulkMap(staged)}>${this.t('mapper.bulk.map')}</authsec-ui-button>
      <authsec-ui-button size="small" .locale=${this.effectiveLocale} ?disabled=${noScope} @click=${() => this.#bulkMap(staged, true)}>${this.t('mapper.bulk.unmap')}</authsec-ui-button>
      <authsec-ui-button size="small" .locale=${this.effectiveLocale} @click=${() => this.#stage(staged.applySuggestions([...this.selected]))}>${this.t('mapper.bulk.suggest')}</authsec-ui-button>
      <authsec-ui-button size="small" variant="ghost" .locale=${this.effectiveLocale} @click=${() => (this.selected = new Set())}>${this.t('mapper.bulk.clear')}</authsec-ui-button>
    </div>`;
  }

  #panels(d: MapperData, staged: StagedEdits): TemplateResult {
    const toggle = (panel: Panel) => (e: Event) => {
      const open = (e.target as HTMLDetailsElement).open;
      if (open) this.panel = panel;
      else if (this.panel === panel) this.panel = undefined;
    };
    return html`<div class="panels">
      <details ?open=${this.panel === 'rule'} @toggle=${toggle('rule')}><summary>${this.t('mapper.rule.heading')}</summary>${this.panel === 'rule' ? this.#rule(d, staged) : nothing}</details>
      <details ?open=${this.panel === 'scope'} @toggle=${toggle('scope')}><summary>${this.t('mapper.scope.heading')}</summary>${this.panel === 'scope' ? this.#inventory.renderScopeForm(d) : nothing}</details>
      <details ?open=${this.panel === 'scan'} @toggle=${toggle('scan')}><summary>${this.t('mapper.scan.heading')}</summary>${this.panel === 'scan' ? this.#inventory.renderScanForm() : nothing}</details>
      <details ?open=${this.panel === 'add'} @toggle=${toggle('add')}><summary>${this.t('mapper.add.heading')}</summary>${this.panel === 'add' ? this.#inventory.renderAddForm() : nothing}</details>
    </div>`;
  }

  #rule(d: MapperData, staged: StagedEdits): TemplateResult {
    const preview = this.rulePattern ? previewRule(d.base.tools, this.rulePattern) : undefined;
    const matches = preview?.ok ? preview.matches : [];
    const problem = !preview ? this.t('mapper.rule.empty') : preview.ok ? '' : this.t(`mapper.rule.${preview.reason}`);
    const names = matches.slice(0, RULE_PREVIEW_NAMES).map((t) => this.text(t.name, TOOL_NAME_MAX)).join(', ');
    const more = matches.length - RULE_PREVIEW_NAMES;
    return html`<form class="panel" @submit=${(e: Event) => { e.preventDefault(); this.#applyRule(d, staged); }}>
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
      <authsec-ui-button type="submit" variant="primary" .locale=${this.effectiveLocale} ?disabled=${!matches.length || !this.ruleScope}>${this.t('mapper.rule.apply', { count: matches.length })}</authsec-ui-button>
    </form>`;
  }

  #driftDialog(): TemplateResult {
    const removals = this.removals;
    return html`<authsec-ui-confirm-dialog id="drift-dialog" danger .locale=${this.effectiveLocale}
      .heading=${this.t('mapper.drift.heading')} .confirmLabel=${this.t('mapper.drift.confirm')}>
      <p>${this.t('mapper.drift.body')}</p>
      <ul>${removals.slice(0, 20).map((r) => {
        const name = this.text(r.toolName, TOOL_NAME_MAX);
        return html`<li>${r.deniedAfter ? this.t('mapper.drift.denied', { tool: name }) : name}</li>`;
      })}${removals.length > 20 ? html`<li>${this.t('mapper.rule.more', { count: removals.length - 20 })}</li>` : nothing}</ul>
    </authsec-ui-confirm-dialog>`;
  }
}
