/**
 * "What first-time users get": the scopes of the application's default role `rs-<id>:viewer`.
 * AuthSec creates that role with no scopes, and activation is refused until it grants at least
 * one (`step_5_viewer_role_empty`); the only way to give it scopes is
 * `PUT …/roles/:role_id/scope-grants` (authsec-api.md §6.2), which this section speaks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AuthsecClient } from '../../api/client.js';
import { putRoleScopeGrants, type RsRole } from '../../api/roles.js';
import type { OAuthScope } from '../../api/scopes.js';
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import { displayText } from '../../model/text-safety.js';
import '../../ui/button.js';

/** What the section needs from the element that shows it. */
export interface ViewerScopesHost {
  client(): AuthsecClient | undefined;
  readonly(): boolean;
  locale(): string | undefined;
  requestUpdate(): void;
  t(key: MessageKey, params?: MessageParams): string;
  /** Explains a failure in words (the server's, else the error code's). */
  reason(error: unknown): string;
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

/** The section's state (unsaved choice, busy, error) and its rendering. */
export class ViewerScopes {
  /** Scope ids chosen but not saved; undefined while the choice equals what AuthSec has. */
  #draft?: readonly string[];
  #busy = false;
  #error = '';

  constructor(private readonly host: ViewerScopesHost) {}

  /** Forget an unsaved choice (another application was opened). */
  reset(): void {
    this.#draft = undefined;
    this.#error = '';
  }

  render(d: ViewerScopesData): TemplateResult | typeof nothing {
    const viewer = viewerRoleOf(d.applicationId, d.roles);
    if (!viewer || !viewer.granted_scopes) return nothing;
    const t = (key: MessageKey, params?: MessageParams) => this.host.t(key, params);
    const saved = viewer.granted_scopes.map((s) => s.scope_id);
    const chosen = this.#draft ?? saved;
    const dirty = this.#draft !== undefined && !sameSet(this.#draft, saved);
    const toggle = (id: string, on: boolean) => {
      const next = chosen.filter((x) => x !== id);
      this.#draft = on ? [...next, id] : next;
      this.host.requestUpdate();
    };
    return html`<section part="viewer-scopes" class="panel viewer-scopes" aria-labelledby="viewer-h">
      <h3 id="viewer-h">${t('access.viewer.heading')}</h3>
      <p id="viewer-intro">${t('access.viewer.intro')}</p>
      ${saved.length === 0 ? html`<p class="notice warning">${t('access.viewer.empty')}</p>` : nothing}
      ${d.scopes.length
        ? html`<fieldset class="viewer-choices" aria-describedby="viewer-intro">
            <legend class="sr-only">${t('access.viewer.heading')}</legend>
            ${d.scopes.map((s) => html`<label class="viewer-choice">
              <input type="checkbox" .checked=${chosen.includes(s.id)} ?disabled=${this.host.readonly() || this.#busy}
                @change=${(e: Event) => toggle(s.id, (e.target as HTMLInputElement).checked)} />
              <code dir="ltr">${displayText(s.scope_string, 120)}</code>
              ${s.display_name ? html`<span class="muted" dir="auto">${displayText(s.display_name, 80)}</span>` : nothing}
            </label>`)}
          </fieldset>`
        : html`<p class="muted">${t('access.viewer.noScopes')}</p>`}
      <p class="error" role="alert">${this.#error}</p>
      <div class="actions" ?hidden=${this.host.readonly()}>
        <authsec-ui-button variant="primary" .loading=${this.#busy} ?disabled=${!dirty} .locale=${this.host.locale()}
          @click=${() => void this.#save(d.applicationId, viewer, chosen)}>${t('access.viewer.save')}</authsec-ui-button>
        ${dirty ? html`<span class="muted">${t('access.policy.unsaved')}</span>` : nothing}
      </div>
    </section>`;
  }

  async #save(applicationId: string, viewer: RsRole, scopeIds: readonly string[]): Promise<void> {
    const client = this.host.client();
    if (!client || this.host.readonly() || this.#busy) return;
    this.#busy = true;
    this.#error = '';
    this.host.requestUpdate();
    try {
      await client.call(putRoleScopeGrants, { params: { id: applicationId, role_id: viewer.id }, body: { scope_ids: [...scopeIds] } });
      this.#draft = undefined;
      await this.host.saved(viewer, scopeIds.length);
    } catch (error) {
      // The admin's choice stays on screen for another try.
      this.#error = this.host.t('access.viewer.failed', { reason: this.host.reason(error) });
    } finally {
      this.#busy = false;
      this.host.requestUpdate();
    }
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
