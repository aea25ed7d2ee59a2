import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { AuthsecClient } from '../../api/client.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { getScopeMatrix, type McpTool } from '../../api/scope-matrix.js';
import { listScopePresets, type ScopePreset } from '../../api/scope-presets.js';
import { createScope, deleteScope, listScopes, updateScope, type OAuthScope } from '../../api/scopes.js';
import { getScopeImpact, type ScopeImpact } from '../../api/access-insight.js';
import type { RiskLevel } from '../../api/wire.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import { Action } from '../../controllers/action.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { registerDefaults } from '../../i18n/catalog.js';
import { scopesEn } from '../../i18n/messages/scopes.en.js';
import { presetScopes } from '../../model/preset-scopes.js';
import { checkScopeString, namespacedScope, scopeNamespace } from '../../model/scope-string.js';
import '../../ui/badge.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import type { Tone } from '../../ui/tone.js';
import { AuthsecScopesChangedEvent } from './events.js';
import { scopeEditorStyles } from './scope-editor.styles.js';
import { identifier } from '../../ui/identifier.js';
import { unreadItems, type UnreadItem } from '../../api/list-items.js';
import { unreadNotice } from '../shared/unread-notice.js';

registerDefaults(scopesEn);

interface ScopeData {
  app: ResourceServer;
  scopes: OAuthScope[];
  /** Tool names mapped (admin_override) to each scope id. */
  toolsByScope: Map<string, string[]>;
  presets: ScopePreset[];
  /** Scopes AuthSec sent that could not be read, and tools left out of the counts. */
  unread: UnreadItem[];
}

interface Draft {
  /** Undefined when creating. */
  id?: string;
  suffix: string;
  display_name: string;
  description: string;
  risk_level: RiskLevel;
}

const RISKS: readonly RiskLevel[] = ['low', 'medium', 'high', 'critical'];
const RISK_TONE: Readonly<Record<RiskLevel, Tone>> = { low: 'success', medium: 'warning', high: 'danger', critical: 'danger' };
const TOOLS_NAMED = 10;

/**
 * The Scopes tab: the permissions an application offers, what people read about them on the
 * consent screen, how risky they are and which tools use them.
 *
 * @summary Define an application's scopes: names, consent text, risk, presets.
 * @tag authsec-scope-editor
 * @status stable
 *
 * @fires authsec-scopes-changed - After a scope was created, edited or deleted (detail: action, scope).
 *
 * @csspart table - The scopes table.
 * @csspart form - The create/edit form.
 * @csspart preview - The consent-screen preview of a scope.
 */
export class AuthsecScopeEditor extends AuthsecApplicationElement {
  static override styles = scopeEditorStyles;
  static override get properties(): PropertyDeclarations {
    return {
      draft: { state: true },
      touched: { state: true },
      presetId: { state: true },
      deleting: { state: true },
      impact: { state: true },
    };
  }

  private draft?: Draft;
  private touched = false;
  private presetId = '';
  private deleting?: OAuthScope;
  /** AuthSec's count of what deleting `deleting` touches (today's surface); 'loading' while asked. */
  private impact?: ScopeImpact | 'loading';

  readonly #announcer = new Announcer(this);
  /** Create, edit, delete and presets: one write at a time. */
  readonly #write = new Action(this, (e) => this.t('scopes.failed', { reason: this.reason(e) }));
  readonly #data = new AppData<ScopeData>(this, {
    load: loadScopes,
    appOf: (d) => d.app.id,
    // What was being edited or confirmed belonged to the previous application.
    reset: () => {
      this.draft = this.deleting = undefined;
      this.touched = false;
      this.presetId = '';
      this.#write.reset();
    },
  });

  override render() {
    return html`<section aria-labelledby="h">
      <h2 id="h" class="heading">${this.t('scopes.heading')}</h2>
      <p class="muted">${this.t('scopes.intro')}</p>
      ${this.#announcer.render()}
      ${this.#data.render((d) => this.#body(d), 'scopes.missingApp')}
    </section>`;
  }

  #body(d: ScopeData): TemplateResult {
    return html`
      ${this.#write.error ? html`<p class="notice danger" role="alert">${this.#write.error}</p>` : nothing}
      ${unreadNotice(this, d.unread)}
      ${d.scopes.length ? this.#table(d) : html`<authsec-ui-state kind="empty" .heading=${this.t('scopes.empty.heading')} .message=${this.t('scopes.empty.message')} .locale=${this.effectiveLocale}></authsec-ui-state>`}
      ${this.readonly ? nothing : this.draft ? this.#form(d, this.draft) : html`<p><authsec-ui-button variant="primary" .locale=${this.effectiveLocale} @click=${() => this.#startCreate()}>${this.t('scopes.create')}</authsec-ui-button></p>`}
      ${this.readonly ? nothing : html`${this.#presets(d)} ${this.#deleteDialog(d)}`}
    `;
  }

  #table(d: ScopeData): TemplateResult {
    const caption = this.t('scopes.table.caption', { application: d.app.name });
    return html`<div class="table-wrap">
      <table part="table">
        <caption class="sr-only">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${this.t('scopes.col.scope')}</th>
            <th scope="col">${this.t('scopes.col.name')}</th>
            <th scope="col">${this.t('scopes.col.risk')}</th>
            <th scope="col">${this.t('scopes.col.source')}</th>
            <th scope="col">${this.t('scopes.col.tools')}</th>
            <th scope="col"><span class="sr-only">${this.t('scopes.col.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${d.scopes.map((s) => {
            const tools = d.toolsByScope.get(s.id) ?? [];
            const label = this.text(s.scope_string, 120);
            const name = s.display_name.trim();
            const description = s.description?.trim() ?? '';
            // A title that says the same as its description is shown once.
            const same = description.toLocaleLowerCase() === name.toLocaleLowerCase();
            return html`<tr>
              <th scope="row"><code dir="ltr">${identifier(label)}</code></th>
              <td class="name-cell">
                ${name ? html`<div class="name" dir="auto">${this.text(name, 80)}</div>` : nothing}
                ${description && (!same || !name) ? html`<div class="muted desc" dir="auto">${this.text(description, 300)}</div>` : nothing}
              </td>
              <td class="nowrap risk-cell" data-label=${this.t('scopes.col.risk')}><authsec-ui-badge tone=${RISK_TONE[s.risk_level]} .label=${this.t(`scopes.risk.${s.risk_level}`)}></authsec-ui-badge></td>
              <td class="meta">${this.#source(s)}</td>
              <td class="nowrap meta">${this.t('scopes.tools.count', { count: tools.length })}</td>
              <td class="row-actions">${this.readonly ? nothing : html`
                <authsec-ui-button size="small" variant="ghost" .label=${this.t('scopes.edit', { scope: label })} .locale=${this.effectiveLocale} @click=${() => this.#startEdit(d, s)}>${this.t('scopes.editShort')}</authsec-ui-button>
                <authsec-ui-button size="small" variant="ghost" .label=${this.t('scopes.delete', { scope: label })} .locale=${this.effectiveLocale} ?disabled=${this.#write.busy} @click=${() => void this.#delete(s)}>${this.t('scopes.deleteShort')}</authsec-ui-button>`}
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #source(s: OAuthScope): string {
    if (s.is_auto_discovered) return this.t('scopes.source.discovered');
    if (s.source === 'manual' || s.source === 'manifest' || s.source === 'preset') return this.t(`scopes.source.${s.source}`);
    return this.t('scopes.source.other', { source: this.text(s.source ?? '—', 40) });
  }

  #startCreate(): void {
    this.#write.reset();
    this.touched = false;
    this.draft = { suffix: '', display_name: '', description: '', risk_level: 'low' };
  }

  #startEdit(d: ScopeData, s: OAuthScope): void {
    this.#write.reset();
    this.touched = false;
    this.draft = {
      id: s.id,
      suffix: s.scope_string.slice(scopeNamespace(d.app.name).length),
      display_name: s.display_name,
      description: s.description ?? '',
      risk_level: s.risk_level,
    };
  }

  #problems(d: ScopeData, draft: Draft): { scope?: string; name?: string } {
    const namespace = scopeNamespace(d.app.name);
    const out: { scope?: string; name?: string } = {};
    if (!draft.id) {
      const problem = checkScopeString(namespacedScope(d.app.name, draft.suffix), d.app.name, d.scopes.map((s) => s.scope_string));
      if (problem) out.scope = this.t(`scopes.problem.${problem}`, { namespace });
    }
    if (!draft.display_name.trim()) out.name = this.t('scopes.problem.name');
    return out;
  }

  #form(d: ScopeData, draft: Draft): TemplateResult {
    const namespace = scopeNamespace(d.app.name);
    const problems = this.touched ? this.#problems(d, draft) : {};
    const full = draft.id ? d.scopes.find((s) => s.id === draft.id)?.scope_string ?? '' : namespacedScope(d.app.name, draft.suffix);
    const set = (patch: Partial<Draft>) => (this.draft = { ...draft, ...patch });
    // Enter in a single-line field submits, as in any form (our submit button lives in a shadow root).
    const enter = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && e.target instanceof HTMLInputElement) void this.#submit(e, d);
    };
    return html`<form part="form" class="form" novalidate @submit=${(e: Event) => void this.#submit(e, d)} @keydown=${enter}>
      <h3>${draft.id ? this.t('scopes.form.editHeading', { scope: this.text(full, 120) }) : this.t('scopes.form.createHeading')}</h3>
      ${draft.id
        ? nothing
        : html`<div class="field">
            <label for="suffix">${this.t('scopes.form.scope')}</label>
            <div class="prefixed" dir="ltr">
              <span class="prefix" aria-hidden="true">${namespace}</span>
              <input id="suffix" name="suffix" autocomplete="off" spellcheck="false" .value=${draft.suffix}
                aria-describedby="suffix-hint suffix-error" aria-invalid=${problems.scope ? 'true' : 'false'}
                @input=${(e: Event) => { this.touched = true; set({ suffix: (e.target as HTMLInputElement).value }); }} />
            </div>
            <p id="suffix-hint" class="muted">${this.t('scopes.form.scopeHint', { namespace })} <code dir="ltr">${this.text(full, 120)}</code></p>
            <p id="suffix-error" class="error" aria-live="polite">${problems.scope ?? ''}</p>
          </div>`}
      <div class="field">
        <label for="name">${this.t('scopes.form.name')}</label>
        <input id="name" name="name" .value=${draft.display_name} aria-describedby="name-error" aria-invalid=${problems.name ? 'true' : 'false'}
          @input=${(e: Event) => { this.touched = true; set({ display_name: (e.target as HTMLInputElement).value }); }} />
        <p id="name-error" class="error" aria-live="polite">${problems.name ?? ''}</p>
      </div>
      <div class="field">
        <label for="description">${this.t('scopes.form.description')}</label>
        <textarea id="description" name="description" rows="3" aria-describedby="description-hint" .value=${draft.description}
          @input=${(e: Event) => set({ description: (e.target as HTMLTextAreaElement).value })}></textarea>
        <p id="description-hint" class="muted">${this.t('scopes.form.descriptionHint')}</p>
      </div>
      <div class="field">
        <label for="risk">${this.t('scopes.form.risk')}</label>
        <select id="risk" name="risk" .value=${draft.risk_level} @change=${(e: Event) => set({ risk_level: (e.target as HTMLSelectElement).value as RiskLevel })}>
          ${RISKS.map((r) => html`<option value=${r} ?selected=${r === draft.risk_level}>${this.t(`scopes.risk.${r}`)}</option>`)}
        </select>
      </div>
      <figure part="preview" class="preview">
        <figcaption class="muted">${this.t('scopes.form.preview')}</figcaption>
        <div class="preview-row">
          <span class="preview-box" aria-hidden="true">☑</span>
          <div>
            <strong dir="auto">${this.text(draft.display_name || full, 80)}</strong>
            <authsec-ui-badge tone=${RISK_TONE[draft.risk_level]} .label=${this.t(`scopes.risk.${draft.risk_level}`)}></authsec-ui-badge>
            ${draft.description ? html`<p class="muted" dir="auto">${this.text(draft.description, 400)}</p>` : nothing}
          </div>
        </div>
      </figure>
      <div class="actions">
        <authsec-ui-button type="submit" variant="primary" .loading=${this.#write.busy} .locale=${this.effectiveLocale}>
          ${draft.id ? this.t('scopes.form.save') : this.t('scopes.form.create')}
        </authsec-ui-button>
        <authsec-ui-button variant="secondary" .locale=${this.effectiveLocale} @click=${() => (this.draft = undefined)}>${this.t('scopes.form.cancel')}</authsec-ui-button>
      </div>
    </form>`;
  }

  async #submit(event: Event, d: ScopeData): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    const client = this.client;
    if (!draft || !client || this.#write.busy) return;
    this.touched = true;
    const problems = this.#problems(d, draft);
    if (problems.scope || problems.name) {
      this.renderRoot.querySelector<HTMLElement>(problems.scope ? '#suffix' : '#name')?.focus();
      return;
    }
    const body = { display_name: draft.display_name.trim(), description: draft.description.trim(), risk_level: draft.risk_level };
    const saved = await this.#write.run(() => draft.id
      ? client.call(updateScope, { params: { scope_id: draft.id }, body })
      : client.call(createScope, { params: { id: d.app.id }, body: { scope_string: namespacedScope(d.app.name, draft.suffix), ...body } }));
    if (!saved) return;
    this.draft = undefined;
    this.#announcer.say(this.t(draft.id ? 'scopes.saved' : 'scopes.created', { scope: this.text(saved.scope_string) }));
    this.dispatchEvent(new AuthsecScopesChangedEvent(draft.id ? 'updated' : 'created', saved.scope_string));
    await this.#data.run();
  }

  #deleteDialog(d: ScopeData): TemplateResult {
    const s = this.deleting;
    const tools = s ? d.toolsByScope.get(s.id) ?? [] : [];
    const named = this.list(tools.slice(0, TOOLS_NAMED).map((t) => this.text(t, 64)));
    const more = tools.length - TOOLS_NAMED;
    return html`<authsec-ui-confirm-dialog danger .heading=${s ? this.t('scopes.delete.heading', { scope: this.text(s.scope_string, 120) }) : ''}
      .confirmLabel=${this.t('scopes.delete.confirm')} .locale=${this.effectiveLocale}>
      <p>${this.t('scopes.delete.body')}</p>
      <p><strong>${this.t('scopes.delete.revokes')}</strong></p>
      <p>${tools.length
        ? `${this.t('scopes.delete.tools', { count: tools.length, tools: named })}${more > 0 ? ` ${this.t('scopes.delete.toolsMore', { count: more })}` : ''}`
        : this.t('scopes.delete.noTools')}</p>
      ${tools.length ? html`<p>${this.t('scopes.delete.unmapped')}</p>` : nothing}
      ${this.#impact()}
      ${d.app.state === 'ready' ? html`<p><strong>${this.t('scopes.delete.drift')}</strong></p>` : nothing}
    </authsec-ui-confirm-dialog>`;
  }

  #impact(): TemplateResult | typeof nothing {
    const impact = this.impact;
    if (!impact) return nothing;
    if (impact === 'loading') return html`<p class="muted impact" role="status">${this.t('scopes.impact.loading')}</p>`;
    if (impact.safe_to_delete) return html`<p class="impact" role="status">${this.t('scopes.impact.safe')}</p>`;
    const { tools_unlocked: tools, roles_using_it: roles, users_affected: users, consent_grants: grants } = impact.impact;
    return html`<div class="impact" role="status"><p>${this.t('scopes.impact.heading')}</p><ul>
      <li>${this.t('scopes.impact.tools', { count: tools })}</li><li>${this.t('scopes.impact.roles', { count: roles })}</li>
      <li>${this.t('scopes.impact.users', { count: users })}</li><li>${this.t('scopes.impact.grants', { count: grants })}</li></ul></div>`;
  }

  /** Asks AuthSec what deleting the scope touches (today's surface has the endpoint; the shim does not). */
  async #loadImpact(client: AuthsecClient, s: OAuthScope): Promise<void> {
    this.impact = undefined;
    if (client.surface !== 'applications') return;
    this.impact = 'loading';
    try {
      const impact = await client.call(getScopeImpact, { params: { id: s.resource_server_id ?? this.applicationId ?? '', scope_id: s.id } });
      if (this.deleting === s) this.impact = impact;
    } catch {
      // Without AuthSec's count the dialog still says which tools lose the mapping.
      if (this.deleting === s) this.impact = undefined;
    }
  }

  async #delete(s: OAuthScope): Promise<void> {
    const client = this.client;
    if (!client || this.#write.busy) return;
    this.deleting = s;
    void this.#loadImpact(client, s);
    await this.updateComplete;
    if (!(await this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog')?.open())) return;
    const done = await this.#write.run(async () => {
      await client.call(deleteScope, { params: { scope_id: s.id } });
      return true;
    });
    if (!done) return;
    this.#announcer.say(this.t('scopes.deleted', { scope: this.text(s.scope_string) }));
    this.dispatchEvent(new AuthsecScopesChangedEvent('deleted', s.scope_string));
    await this.#data.run();
  }

  #presets(d: ScopeData): TemplateResult {
    if (!d.presets.length) return html``;
    const preset = d.presets.find((p) => p.id === this.presetId) ?? d.presets.find((p) => p.recommended) ?? d.presets[0]!;
    const existing = new Set(d.scopes.map((s) => s.scope_string));
    const missing = presetScopes(d.app.name, preset.scopes).filter((p) => !existing.has(p.scope));
    return html`<details class="presets">
      <summary>${this.t('scopes.preset.heading')}</summary>
      <label for="preset">${this.t('scopes.preset.label')}</label>
      <select id="preset" .value=${preset.id} @change=${(e: Event) => (this.presetId = (e.target as HTMLSelectElement).value)}>
        ${d.presets.map((p) => html`<option value=${p.id} ?selected=${p.id === preset.id}>${p.recommended ? this.t('scopes.preset.recommended', { name: p.name }) : p.name}</option>`)}
      </select>
      <p class="muted">${this.text(preset.description, 300)}</p>
      <p>${missing.length ? this.t('scopes.preset.creates', { scopes: this.list(missing.map((m) => m.scope)) }) : this.t('scopes.preset.nothing')}</p>
      ${missing.length
        ? html`<authsec-ui-button .loading=${this.#write.busy} .locale=${this.effectiveLocale} @click=${() => void this.#applyPreset(d, preset, missing)}>
            ${this.t('scopes.preset.apply', { count: missing.length })}
          </authsec-ui-button>`
        : nothing}
    </details>`;
  }

  async #applyPreset(d: ScopeData, preset: ScopePreset, missing: ReturnType<typeof presetScopes<ScopePreset['scopes'][number]>>): Promise<void> {
    const client = this.client;
    if (!client || this.#write.busy) return;
    let created = 0;
    const done = await this.#write.run(
      async () => {
        for (const { scope, template } of missing) {
          await client.call(createScope, {
            params: { id: d.app.id },
            body: { scope_string: scope, display_name: template.description, description: template.description, risk_level: template.risk },
          });
          created++;
          this.dispatchEvent(new AuthsecScopesChangedEvent('created', scope));
        }
        return true;
      },
      { failed: (error) => this.t('scopes.preset.partial', { created, count: missing.length, reason: this.reason(error) }) },
    );
    if (done) this.#announcer.say(this.t('scopes.preset.applied', { count: created, preset: this.text(preset.name) }));
    // Some may have been created before a failure: show what AuthSec has either way.
    await this.#data.run();
  }
}

async function loadScopes(client: AuthsecClient, id: string, signal: AbortSignal): Promise<ScopeData> {
  const [app, scopes, matrix, presets] = await Promise.all([
    client.call(getResourceServer, { params: { id }, signal }),
    client.call(listScopes, { params: { id }, signal }),
    client.call(getScopeMatrix, { params: { id }, signal }),
    client.call(listScopePresets, { signal }).catch(() => ({ presets: [] as ScopePreset[] })),
  ]);
  const unread = [...unreadItems(scopes), ...unreadItems(matrix.tools).filter((u) => !u.kept)];
  return { app, scopes, toolsByScope: toolsByScope(matrix.tools), presets: presets.presets, unread };
}

function toolsByScope(tools: readonly McpTool[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const tool of tools) {
    for (const entry of tool.scopes) {
      if (entry.source !== 'admin_override') continue;
      const list = out.get(entry.scope_id) ?? [];
      list.push(tool.name);
      out.set(entry.scope_id, list);
    }
  }
  return out;
}
