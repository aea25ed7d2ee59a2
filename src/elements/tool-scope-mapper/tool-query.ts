/**
 * The Tools tab's search, filters and sort, and the list they produce. The list is recomputed when
 * the query or the data changes, not on every staged edit (10,000 tools stay quick).
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { InventorySource, McpTool } from '../../api/scope-matrix.js';
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import { ANNOTATION_HINTS, SOURCE_ORDER, STATE_ORDER, type AnnotationHint, type ToolFinder, type ToolSort } from '../../model/tool-filters.js';
import type { StagedEdits, ToolStateKind } from '../../model/tool-mapping.js';

/** Hint filter choices: `readOnlyHint:true` etc. */
type HintChoice = '' | `${AnnotationHint}:${'true' | 'false' | 'undeclared'}`;

export class ToolQuery implements ReactiveController {
  text = '';
  states: readonly ToolStateKind[] = [];
  source: InventorySource | '' = '';
  hint: HintChoice = '';
  sort: ToolSort = 'state';
  #shown: McpTool[] = [];
  #key = '';
  #finder?: ToolFinder;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#finder = undefined;
    this.#shown = [];
  }

  /** Any filter set (the "no match" state offers to clear them). */
  get filtered(): boolean {
    return !!(this.text || this.states.length || this.source || this.hint);
  }

  /** The tools shown, for the finder of the data shown now. */
  shown(finder: ToolFinder, staged: StagedEdits): McpTool[] {
    const key = `${this.text}\u0000${this.states.join()}\u0000${this.source}\u0000${this.hint}\u0000${this.sort}`;
    if (key !== this.#key || finder !== this.#finder) {
      this.#key = key;
      this.#finder = finder;
      const [hint, value] = this.hint ? (this.hint.split(':') as [AnnotationHint, string]) : [];
      this.#shown = finder.find({
        text: this.text,
        states: this.states,
        sources: this.source ? [this.source] : [],
        ...(hint ? { annotations: { [hint]: value === 'undeclared' ? 'undeclared' : value === 'true' } } : {}),
        sort: this.sort,
      }, staged);
    }
    return this.#shown;
  }

  clear(): void {
    this.#set(() => {
      this.text = '';
      this.states = [];
      this.source = '';
      this.hint = '';
    });
  }

  #set(patch: () => void): void {
    patch();
    this.#host.requestUpdate();
  }

  render(t: (key: MessageKey, params?: MessageParams) => string): TemplateResult {
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    const toggleState = (kind: ToolStateKind, on: boolean) =>
      this.#set(() => (this.states = on ? STATE_ORDER.filter((k) => k === kind || this.states.includes(k)) : this.states.filter((k) => k !== kind)));
    return html`<div part="toolbar" class="toolbar">
      <div class="field search">
        <label for="search">${t('mapper.filter.search')}</label>
        <input id="search" type="search" autocomplete="off" spellcheck="false" .value=${this.text} placeholder=${t('mapper.filter.searchHint')}
          @input=${(e: Event) => this.#set(() => (this.text = value(e)))} />
      </div>
      <fieldset class="states">
        <legend>${t('mapper.filter.state')}</legend>
        ${STATE_ORDER.map((kind) => html`<label><input type="checkbox" .checked=${this.states.includes(kind)}
          @change=${(e: Event) => toggleState(kind, (e.target as HTMLInputElement).checked)} />${t(`mapper.state.${kind}`)}</label>`)}
      </fieldset>
      <div class="field">
        <label for="source">${t('mapper.filter.source')}</label>
        <select id="source" @change=${(e: Event) => this.#set(() => (this.source = value(e) as InventorySource | ''))}>
          <option value="" ?selected=${!this.source}>${t('mapper.filter.any')}</option>
          ${SOURCE_ORDER.map((s) => html`<option value=${s} ?selected=${this.source === s}>${t(`mapper.source.${s}`)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="hint">${t('mapper.filter.annotation')}</label>
        <select id="hint" @change=${(e: Event) => this.#set(() => (this.hint = value(e) as HintChoice))}>
          <option value="" ?selected=${!this.hint}>${t('mapper.filter.any')}</option>
          ${ANNOTATION_HINTS.map((h) => {
            const label = t(`mapper.hint.${h}`);
            return html`<option value=${`${h}:true`} ?selected=${this.hint === `${h}:true`}>${label}</option>
              <option value=${`${h}:false`} ?selected=${this.hint === `${h}:false`}>${t('mapper.hint.not', { hint: label })}</option>`;
          })}
        </select>
      </div>
      <div class="field">
        <label for="sort">${t('mapper.filter.sort')}</label>
        <select id="sort" @change=${(e: Event) => this.#set(() => (this.sort = value(e) as ToolSort))}>
          ${(['state', 'name', 'source'] as const).map((s) => html`<option value=${s} ?selected=${this.sort === s}>${t(`mapper.sort.${s}`)}</option>`)}
        </select>
      </div>
    </div>`;
  }
}
