/**
 * A secret AuthSec shows once (the introspection secret after registering or rotating, a
 * pre-registered client's secret): held in a private field only, in the DOM only while revealed,
 * dropped from memory when the admin says they stored it, when another application is shown, or
 * when the element leaves the page.
 */
import { css, html, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { identifierStyles } from '../../styles/identifier.js';
import { SECRET_ENV } from '../../model/sdk-snippets.js';
import { writeClipboard } from '../../ui/clipboard.js';
import { SLOT, sentenceWithCode } from '../../ui/identifier.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import { AppSwitch, type AppSwitchHost } from '../../controllers/app-switch.js';
import type { ElementHost } from '../../controllers/host.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';

/** The panel's own look (the host element styles `.card` and `.status`), with identifierStyles for its words. */
export const secretStyles = [identifierStyles, css`
  .secret { border: 2px solid var(--_authsec-color-warning); }
  .secret-row { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
  .secret-row input { flex: 1 1 16rem; min-inline-size: 0; font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); }
  @media (forced-colors: active) {
    .secret { border-color: CanvasText; }
  }
`];

/** Stand-in while the secret is masked, so it is not in the DOM until the person reveals it. */
const MASK = '••••••••••••••••••••••••';

export type SecretHost = ElementHost & AppSwitchHost;

export type SecretWord =
  | 'heading' | 'once' | 'label' | 'show' | 'showNamed' | 'hide' | 'hideNamed' | 'copy' | 'copyNamed' | 'copied' | 'copyFailed'
  | 'stored' | 'notCopied.heading' | 'notCopied.body' | 'notCopied.confirm' | 'notCopied.cancel' | 'dismissed';

export interface SecretOptions {
  announce(message: string): void;
  /** Its words (`heading`, `once`, `label`, `show`…), one set per kind of secret. */
  word(key: SecretWord, params?: Record<string, string>): string;
}

export class OneTimeSecret implements ReactiveController {
  #secret: { appId: string; value: string } | undefined;
  #switch: AppSwitch;
  /** Shown in plain text right now (never in the SDK snippets: they read it from the environment). */
  revealed = false;
  /** Copied or revealed: the admin has had the chance to store it. */
  #handled = false;
  #status = '';
  /** The admin said they stored it: the panel says it is gone. */
  dismissed = false;

  readonly #host: SecretHost;
  readonly #options: SecretOptions;

  constructor(
    host: SecretHost,
    options: SecretOptions,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#switch = new AppSwitch(host);
  }

  hostUpdate(): void {
    // Another application: a secret of the previous one does not belong here.
    if (this.#switch.switched() && this.#secret && this.#secret.appId !== this.#host.applicationId) this.forget();
  }

  hostDisconnected(): void {
    // A removed panel cannot show the secret again: drop it from memory too.
    this.forget();
  }

  /** Holds a secret AuthSec just returned, masked, for `appId`. */
  hold(appId: string, value: string): void {
    this.#secret = { appId, value };
    this.revealed = this.#handled = this.dismissed = false;
    this.#status = '';
    this.#host.requestUpdate();
  }

  /** The secret of `appId` if this element holds it. */
  of(appId: string): string | undefined {
    return this.#secret?.appId === appId ? this.#secret.value : undefined;
  }

  forget(): void {
    if (!this.#secret) return;
    this.#secret = undefined;
    this.revealed = false;
    this.#status = '';
    this.#host.requestUpdate();
  }

  render(appId: string): TemplateResult {
    const t = (key: SecretWord, params?: Record<string, string>) => this.#options.word(key, params);
    const locale = this.#host.effectiveLocale;
    const secret = this.of(appId);
    if (!secret) {
      return this.dismissed ? html`<p class="notice" id="secret-dismissed" tabindex="-1">${t('dismissed')}</p>` : html``;
    }
    return html`<section part="secret" class="card secret" aria-labelledby="secret-heading">
      <h3 id="secret-heading" tabindex="-1">${t('heading')}</h3>
      <p class="notice warning"><strong>${sentenceWithCode(t('once', { env: SLOT }), SECRET_ENV)}</strong></p>
      <label for="secret">${t('label')}</label>
      <div class="secret-row" role="group" aria-label=${t('label')}>
        <input id="secret" type=${this.revealed ? 'text' : 'password'} readonly autocomplete="off" autocapitalize="off" spellcheck="false"
          .value=${live(this.revealed ? secret : MASK)} />
        <authsec-ui-button size="small" class="reveal" .label=${t(this.revealed ? 'hideNamed' : 'showNamed')} .locale=${locale}
          @click=${() => this.#toggleReveal()}>${t(this.revealed ? 'hide' : 'show')}</authsec-ui-button>
        <authsec-ui-button size="small" class="copy-secret" .label=${t('copyNamed')} .locale=${locale}
          @click=${() => void this.#copy()}>${t('copy')}</authsec-ui-button>
      </div>
      <p class="status" role="status">${this.#status}</p>
      <authsec-ui-button variant="primary" class="stored" .locale=${locale} @click=${() => void this.#acknowledge()}>${t('stored')}</authsec-ui-button>
      <authsec-ui-confirm-dialog class="not-copied" .heading=${t('notCopied.heading')}
        .confirmLabel=${t('notCopied.confirm')} .cancelLabel=${t('notCopied.cancel')} .locale=${locale}>
        <p>${t('notCopied.body')}</p>
      </authsec-ui-confirm-dialog>
    </section>`;
  }

  #toggleReveal(): void {
    this.revealed = !this.revealed;
    if (this.revealed) this.#handled = true;
    this.#host.requestUpdate();
  }

  async #copy(): Promise<void> {
    const secret = this.#secret?.value;
    if (!secret) return;
    this.#status = '';
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#handled = true;
    if (await writeClipboard(secret)) {
      this.#status = this.#options.word('copied');
      this.#host.requestUpdate();
      return;
    }
    // No clipboard (insecure context, denied permission): reveal and select for a manual copy.
    this.revealed = true;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const input = this.#host.renderRoot.querySelector<HTMLInputElement>('#secret');
    input?.focus();
    input?.select();
    this.#status = this.#options.word('copyFailed');
    this.#host.requestUpdate();
  }

  async #acknowledge(): Promise<void> {
    if (!this.#handled) {
      const dialog = this.#host.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog.not-copied');
      if (dialog && !(await dialog.open())) return;
    }
    // Mask first so no template part keeps the value, then drop the panel and the value.
    this.revealed = false;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.forget();
    this.dismissed = true;
    this.#options.announce(this.#options.word('dismissed'));
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('#secret-dismissed')?.focus();
  }
}
