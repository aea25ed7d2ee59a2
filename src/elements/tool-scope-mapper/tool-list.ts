/**
 * The Tools tab's list: each row a plain template function (not an element: with 10,000 tools only
 * the rows in view exist, and each costs a handful of nodes), and the list box around them (short
 * lists drawn whole, long ones virtualised, the virtualizer started once its box is on the page).
 */
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { isPartlyRead } from '../../api/list-items.js';
import type { McpTool } from '../../api/scope-matrix.js';
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import { ANNOTATION_HINTS } from '../../model/tool-filters.js';
import type { MappingBase, StagedEdits, ToolStateKind } from '../../model/tool-mapping.js';
import { displayText } from '../../model/text-safety.js';
import '../../ui/button.js';
import '../../ui/status-pill.js';
import type { Tone } from '../../ui/tone.js';
import { SLOT, identifier, sentenceWithCode, wrapAtSeparators } from '../../ui/identifier.js';

export const STATE_TONE: Readonly<Record<ToolStateKind, Tone>> = { unmapped: 'danger', mapped: 'success', public: 'warning' };

export interface RowContext {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly locale: string | undefined;
  readonly base: MappingBase;
  readonly staged: StagedEdits;
  readonly selected: ReadonlySet<string>;
  readonly total: number;
  readonly busy: boolean;
  /** Auditors: no selection, no suggestion to apply, no Edit. */
  readonly readonly?: boolean;
  onSelect(tool: McpTool, selected: boolean): void;
  onEdit(tool: McpTool): void;
  onSuggest(tool: McpTool): void;
}

/** Scope strings of ids, for display (unknown ids shown as they are). */
export function scopeLabels(base: MappingBase, ids: readonly string[]): string {
  return ids.map((id) => displayText(base.scope(id)?.scope_string ?? id, 120)).join(', ');
}

export function renderToolRow(ctx: RowContext, tool: McpTool, index: number): TemplateResult {
  const { t, base, staged } = ctx;
  const state = staged.stateOf(tool.id)!;
  const changed = staged.editOf(tool.id) !== undefined;
  const name = displayText(tool.name, 128);
  const suggestion = base.suggestionFor(tool.id);
  const pending = suggestion.scopeIds.filter((id) => !state.scopeIds.includes(id));
  const hintChips = ANNOTATION_HINTS.filter((h) => typeof tool.annotations?.[h] === 'boolean');
  return html`<div class="row ${changed ? 'changed' : ''}" role="listitem" aria-posinset=${index + 1} aria-setsize=${ctx.total} data-tool=${tool.id}>
    ${ctx.readonly ? html`<span></span>` : html`<input class="select" type="checkbox" .checked=${ctx.selected.has(tool.id)} aria-label=${t('mapper.row.select', { tool: name })}
      @change=${(e: Event) => ctx.onSelect(tool, (e.target as HTMLInputElement).checked)} />`}
    <div class="main">
      <div class="title-line">
        <code class="tool-name" dir="ltr">${identifier(name)}</code>
        ${tool.title ? html`<span class="tool-title" dir="auto">${displayText(tool.title, 120)}</span>` : nothing}
      </div>
      ${tool.description ? html`<p class="desc" dir="auto">${displayText(tool.description, 280)}</p>` : nothing}
      <div class="meta">
        <span class="source">${t(`mapper.source.${tool.inventory_source}`)}</span>
        ${hintChips.length
          ? html`<span class="hints"><span class="hints-label">${t('mapper.hint.declared')}</span>
              ${hintChips.map((h) => {
                const label = t(`mapper.hint.${h}`);
                return html`<span class="hint">${tool.annotations![h] ? label : t('mapper.hint.not', { hint: label })}</span>`;
              })}</span>`
          : nothing}
        ${isPartlyRead(tool) ? html`<span class="partly-read"><span aria-hidden="true">! </span>${t('common.unread.row')}</span>` : nothing}
      </div>
    </div>
    <div class="state">
      <authsec-ui-status-pill tone=${STATE_TONE[state.kind]} .label=${t(`mapper.state.${state.kind}`)}></authsec-ui-status-pill>
      ${state.kind === 'mapped' ? html`<span class="scopes" dir="ltr">${wrapAtSeparators(scopeLabels(base, state.scopeIds))}</span>` : nothing}
      ${state.kind === 'unmapped' ? html`<span class="muted">${t('mapper.state.deniedHint')}</span>` : nothing}
      ${state.kind === 'public' ? html`<span class="muted">${t('mapper.state.publicHint')}</span>` : nothing}
      ${changed ? html`<span class="staged">${t('mapper.state.staged')}</span>` : nothing}
      ${pending.length && !state.isPublic
        ? html`<span class="suggestion">${sentenceWithCode(t('mapper.row.suggested', { scopes: SLOT }), scopeLabels(base, pending))}
            <authsec-ui-button size="small" ?hidden=${!!ctx.readonly} variant="ghost" .locale=${ctx.locale} ?disabled=${ctx.busy}
              .label=${t('mapper.row.applySuggestion', { tool: name })} @click=${() => ctx.onSuggest(tool)}>${t('mapper.row.applySuggestionShort')}</authsec-ui-button></span>`
        : nothing}
      ${suggestion.unresolved.length
        ? html`<span class="muted">${t('mapper.row.unresolved', { scopes: suggestion.unresolved.map((s) => displayText(s, 120)).join(', ') })}</span>`
        : nothing}
    </div>
    <authsec-ui-button class="edit" size="small" ?hidden=${!!ctx.readonly} .locale=${ctx.locale} ?disabled=${ctx.busy}
      .label=${t('mapper.row.edit', { tool: name })} @click=${() => ctx.onEdit(tool)}>${t('mapper.row.editShort')}</authsec-ui-button>
  </div>`;
}

/**
 * Lists longer than this are virtualised. Shorter ones (most servers') are drawn whole: the list box
 * is exactly as tall as its rows, find-in-page and screen readers reach every row, and no row waits
 * for the list to scroll into view before it is drawn.
 */
const VIRTUAL_FROM = 120;
/**
 * The virtualizer's layout, given rather than left to its default: the default is loaded with a
 * dynamic import on the first render, one more round trip between the data and the first rows.
 */
const LAYOUT = flow();

/** The virtualiser may ask past the end of a list that just changed length (it catches up a frame later). */
const toolKey = (tool: McpTool | undefined) => tool?.id;

type ListHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

export class ToolList implements ReactiveController {
  /**
   * The virtual list's box was drawn empty, and its rows start on the next update (same task). The
   * virtualizer finds its scroller when it starts: started in a template not yet on the page it
   * finds none and draws the first rows only a frame later.
   */
  #boxOnly = false;

  readonly #host: ListHost;

  constructor(host: ListHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#boxOnly) queueMicrotask(() => this.#host.requestUpdate());
  }

  /**
   * Focusable: the virtual list draws only the rows in view, so before it is scrolled into view it
   * holds nothing to Tab to, and keyboard users must still be able to reach and scroll it. The box is
   * as tall as its rows up to --authsec-mapper-list-height, then scrolls; a virtual list is always
   * longer than that, so its box is exactly the cap.
   */
  render(shown: McpTool[], ctx: RowContext, label: string): TemplateResult {
    const virtual = shown.length > VIRTUAL_FROM;
    this.#boxOnly = virtual && !this.#host.renderRoot.querySelector('.virtual>.rows');
    return html`<div part="list" class="list ${virtual ? 'virtual' : ''}" role="list" tabindex="0" aria-label=${label}>
      ${virtual
        ? html`<div class="rows">${this.#boxOnly ? nothing
            : virtualize({ items: shown, keyFunction: toolKey, renderItem: (t: McpTool | undefined, i: number) => (t ? renderToolRow(ctx, t, i) : html``), layout: LAYOUT })}</div>`
        : html`<div class="rows whole">${repeat(shown, toolKey, (t, i) => renderToolRow(ctx, t, i))}</div>`}
    </div>`;
  }
}
