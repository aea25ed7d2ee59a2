/**
 * One tool's dialog: mapped to chosen scopes, Public (confirmed by typing the tool's name when it
 * becomes public), or Unmapped. Resolves to the staged edits with the choice applied.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { McpTool } from '../../api/scope-matrix.js';
import type { ElementHost } from '../../controllers/host.js';
import { displayText } from '../../model/text-safety.js';
import type { MappingBase, StagedEdits } from '../../model/tool-mapping.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import { TOOL_NAME_MAX } from './inventory.js';
import '../../ui/confirm-dialog.js';

type EditMode = 'mapped' | 'public' | 'unmapped';
interface EditDraft {
  readonly tool: McpTool;
  readonly mode: EditMode;
  readonly scopeIds: readonly string[];
}


export class ToolEditDialog implements ReactiveController {
  #draft?: EditDraft;

  readonly #host: ElementHost;

  constructor(host: ElementHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#draft = undefined;
  }

  /** A scope created while the dialog is open is what the admin wants this tool mapped to. */
  addScope(scopeId: string): void {
    if (!this.#draft) return;
    this.#draft = { ...this.#draft, mode: 'mapped', scopeIds: [...this.#draft.scopeIds, scopeId] };
    this.#host.requestUpdate();
  }

  /** Opens the dialog for `tool`; the staged edits with the choice, or undefined when cancelled. */
  async edit(tool: McpTool, staged: StagedEdits): Promise<StagedEdits | undefined> {
    const s = staged.stateOf(tool.id);
    if (!s) return undefined;
    this.#draft = { tool, mode: s.kind, scopeIds: s.scopeIds };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const confirmed = await this.#host.renderRoot.querySelector<AuthsecUiConfirmDialog>('#edit-dialog')!.open();
    const draft = this.#draft;
    this.#draft = undefined;
    this.#host.requestUpdate();
    if (!confirmed || !draft) return undefined;
    if (draft.mode === 'public') return staged.setPublic([tool.id], true);
    return staged.setPublic([tool.id], false).setScopes([tool.id], draft.mode === 'mapped' ? draft.scopeIds : []);
  }

  render(base: MappingBase): TemplateResult {
    const t = this.#host.t.bind(this.#host);
    const e = this.#draft;
    const name = e ? displayText(e.tool.name, TOOL_NAME_MAX) : '';
    const wasPublic = e ? base.serverPublic(base.indexOf(e.tool.id)) : false;
    // Handlers read the draft at event time: two clicks can land before the next render.
    const set = (patch: Partial<EditDraft>) => {
      if (!this.#draft) return;
      this.#draft = { ...this.#draft, ...patch };
      this.#host.requestUpdate();
    };
    const toggleScope = (id: string, on: boolean) => {
      const ids = this.#draft?.scopeIds.filter((x) => x !== id) ?? [];
      set({ mode: 'mapped', scopeIds: on ? [...ids, id] : ids });
    };
    const radio = (mode: EditMode, label: string, hint?: string) => html`<label class="choice">
      <input type="radio" name="mode" value=${mode} .checked=${e?.mode === mode} @change=${() => set({ mode })} />
      <span><strong>${label}</strong>${hint ? html`<br /><span class="muted">${hint}</span>` : nothing}</span></label>`;
    return html`<authsec-ui-confirm-dialog id="edit-dialog" .locale=${this.#host.effectiveLocale}
      .heading=${e ? t('mapper.edit.heading', { tool: name }) : ''} .confirmLabel=${t('mapper.edit.confirm')}
      .requireText=${e?.mode === 'public' && !wasPublic ? e.tool.name : ''}
      .requireTextLabel=${t('mapper.edit.typeName', { tool: name })}>
      ${e ? html`
        ${e.tool.description ? html`<p class="muted desc" dir="auto">${displayText(e.tool.description, 400)}</p>` : nothing}
        <fieldset class="modes"><legend>${t('mapper.edit.mode')}</legend>
          ${radio('mapped', t('mapper.edit.mapped'))}
          <div class="scope-choices" role="group" aria-label=${t('mapper.edit.mapped')}>
            ${base.scopes.length
              ? base.scopes.map((s) => html`<label class="scope-choice"><input type="checkbox" .checked=${e.mode === 'mapped' && e.scopeIds.includes(s.id)}
                  @change=${(ev: Event) => toggleScope(s.id, (ev.target as HTMLInputElement).checked)} />
                  <code dir="ltr">${displayText(s.scope_string, 120)}</code>${s.display_name ? html` <span class="muted">${displayText(s.display_name, 80)}</span>` : nothing}</label>`)
              : html`<p class="muted">${t('mapper.edit.noScopes')}</p>`}
          </div>
          ${e.mode === 'mapped' && !e.scopeIds.length ? html`<p class="muted">${t('mapper.edit.pickOne')}</p>` : nothing}
          ${radio('public', t('mapper.edit.public'), t('mapper.edit.publicHint'))}
          ${radio('unmapped', t('mapper.edit.unmapped'), t('mapper.edit.unmappedHint'))}
        </fieldset>` : nothing}
    </authsec-ui-confirm-dialog>`;
  }
}
