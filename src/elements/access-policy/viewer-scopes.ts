/**
 * "What first-time users get": the scopes of the application's default role `rs-<id>:viewer`.
 * AuthSec creates that role with no scopes, and activation is refused until it grants at least
 * one (`step_5_viewer_role_empty`); the only way to give it scopes is
 * `PUT …/roles/:role_id/scope-grants` (authsec-api.md §6.2), which this section speaks.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { putRoleScopeGrants, type RsRole } from '../../api/roles.js';
import type { OAuthScope } from '../../api/scopes.js';
import { Action } from '../../controllers/action.js';
import { AppSwitch } from '../../controllers/app-switch.js';
import type { AdminHost } from '../../controllers/host.js';
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import { displayText } from '../../model/text-safety.js';
import '../../ui/button.js';

export interface ViewerScopesOptions {
  /** After a save: reload the tab's data, announce, tell the page. */
  saved(role: RsRole, count: number): Promise<void>;
}

export interface ViewerScopesData {
  readonly applicationId: string;
  readonly roles: readonly RsRole[];
  readonly scopes: readonly OAuthScope[];
}

/** The `rs-<id>:viewer` role of an application, if AuthSec created it. */
export function viewerRoleOf(applicationId: string, roles: readonly RsRole[]): RsRole | undefined {
  return roles.find((r) => r.name === `rs-${applicationId}:viewer`);
}

/** The section's state (unsaved choice, the save) and its rendering. */
export class ViewerScopes implements ReactiveController {
  /** Scope ids chosen but not saved; undefined while the choice equals what AuthSec has. */
  #draft?: readonly string[];
  readonly #save: Action;
  readonly #switch: AppSwitch;

  readonly #host: AdminHost;
  readonly #options: ViewerScopesOptions;

  constructor(
    host: AdminHost,
    options: ViewerScopesOptions,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#switch = new AppSwitch(host);
    this.#save = new Action(host, (error) => host.t('access.viewer.failed', { reason: host.reason(error) }));
  }


  /** Another application: its unsaved choice and failure are not this one's. */
  hostUpdate(): void {
    if (!this.#switch.switched()) return;
    this.#draft = undefined;
    this.#save.reset();
  }

  render(d: ViewerScopesData): TemplateResult | typeof nothing {
    const viewer = viewerRoleOf(d.applicationId, d.roles);
    if (!viewer || !viewer.granted_scopes) return nothing;
    const t = (key: MessageKey, params?: MessageParams) => this.#host.t(key, params);
    const readonly = this.#host.readonly;
    const saved = viewer.granted_scopes.map((s) => s.scope_id);
    const chosen = this.#draft ?? saved;
    const dirty = this.#draft !== undefined && !sameSet(this.#draft, saved);
    const toggle = (id: string, on: boolean) => {
      const next = chosen.filter((x) => x !== id);
      this.#draft = on ? [...next, id] : next;
      this.#host.requestUpdate();
    };
    return html`<section part="viewer-scopes" class="panel viewer-scopes" aria-labelledby="viewer-h">
      <h3 id="viewer-h">${t('access.viewer.heading')}</h3>
      <p id="viewer-intro">${t('access.viewer.intro')}</p>
      ${saved.length === 0 ? html`<p class="notice warning">${t('access.viewer.empty')}</p>` : nothing}
      ${d.scopes.length
        ? html`<fieldset class="viewer-choices" aria-describedby="viewer-intro">
            <legend class="sr-only">${t('access.viewer.heading')}</legend>
            ${d.scopes.map((s) => html`<label class="viewer-choice">
              <input type="checkbox" .checked=${chosen.includes(s.id)} ?disabled=${readonly || this.#save.busy}
                @change=${(e: Event) => toggle(s.id, (e.target as HTMLInputElement).checked)} />
              <code dir="ltr">${displayText(s.scope_string, 120)}</code>
              ${s.display_name ? html`<span class="muted" dir="auto">${displayText(s.display_name, 80)}</span>` : nothing}
            </label>`)}
          </fieldset>`
        : html`<p class="muted">${t('access.viewer.noScopes')}</p>`}
      <p class="error" role="alert">${this.#save.error}</p>
      <div class="actions" ?hidden=${readonly}>
        <authsec-ui-button variant="primary" .loading=${this.#save.busy} ?disabled=${!dirty} .locale=${this.#host.effectiveLocale}
          @click=${() => void this.#saveChoice(d.applicationId, viewer, chosen)}>${t('access.viewer.save')}</authsec-ui-button>
        ${dirty ? html`<span class="muted">${t('access.policy.unsaved')}</span>` : nothing}
      </div>
    </section>`;
  }

  async #saveChoice(applicationId: string, viewer: RsRole, scopeIds: readonly string[]): Promise<void> {
    const client = this.#host.client;
    if (!client || this.#host.readonly) return;
    // On failure the admin's choice stays on screen for another try.
    await this.#save.run(async () => {
      await client.call(putRoleScopeGrants, { params: { id: applicationId, role_id: viewer.id }, body: { scope_ids: [...scopeIds] } });
      this.#draft = undefined;
      await this.#options.saved(viewer, scopeIds.length);
    });
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
