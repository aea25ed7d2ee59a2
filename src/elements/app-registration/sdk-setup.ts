/**
 * What the SDK needs: the credentials list (with the app slug scopes are namespaced with), and
 * configuration snippets for Python, Go, TypeScript and `.env` in keyboard-operable tabs with a copy
 * button. The snippets never hold the secret: they read it from the variable the panel names.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ElementHost } from '../../controllers/host.js';
import type { ResourceServerState } from '../../api/resource-servers.js';
import type { MessageKey } from '../../i18n/catalog.js';
import { appSlug } from '../../model/app-slug.js';
import { sdkSnippet, SECRET_ENV, SNIPPET_LANGUAGES, type SdkConfigValues, type SnippetLanguage } from '../../model/sdk-snippets.js';
import { displayText } from '../../model/text-safety.js';
import { writeClipboard } from '../../ui/clipboard.js';
import { SLOT, sentenceWithCode, wrapAtSeparators } from '../../ui/identifier.js';
import type { Tone } from '../../ui/tone.js';
import '../../ui/button.js';
import '../../ui/copy-field.js';
import '../../ui/status-pill.js';

const STATE_TONE: Readonly<Record<ResourceServerState, Tone>> = { pending_scan: 'info', needs_setup: 'warning', ready: 'success', scan_failed: 'danger' };

export function credentials(host: ElementHost, values: SdkConfigValues, state?: ResourceServerState): TemplateResult {
  const t = host.t.bind(host);
  const slug = appSlug(values.resourceName);
  const rows: [MessageKey, string][] = [
    ['registration.credentials.resourceUri', values.resourceUri],
    ['registration.credentials.id', values.resourceServerId],
    // Scopes are named `<slug>:…`; the example server takes it as AUTHSEC_SCOPE_PREFIX. A name
    // with no Latin letters or digits has none.
    ...(slug ? [['registration.credentials.appSlug', slug] as [MessageKey, string]] : []),
    ['registration.credentials.issuer', values.issuer],
    ['registration.credentials.jwks', values.jwksUrl],
    ['registration.credentials.introspection', values.introspectionUrl],
    ['registration.credentials.scopeMatrix', values.scopeMatrixUrl],
    ['registration.credentials.manifest', values.manifestUrl],
  ];
  return html`<section part="credentials" class="card" aria-labelledby="credentials-heading">
    <h3 id="credentials-heading">${t('registration.credentials.heading')}</h3>
    <div class="credentials">
      ${state
        ? html`<div class="state-row"><span id="state-label">${t('registration.credentials.state')}</span>
            <authsec-ui-status-pill tone=${STATE_TONE[state]} .label=${t(`registration.state.${state}`)}></authsec-ui-status-pill></div>`
        : nothing}
      ${rows.map(([label, value]) => html`<authsec-ui-copy-field .label=${t(label)} .value=${displayText(value, 2000)} .locale=${host.effectiveLocale}></authsec-ui-copy-field>`)}
    </div>
  </section>`;
}

export type SnippetHost = ElementHost;

/** The snippet tabs: the chosen language and the copy status. */
export class SdkSnippets implements ReactiveController {
  #tab: SnippetLanguage = 'python';
  #status = '';

  readonly #host: SnippetHost;

  constructor(host: SnippetHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#status = '';
  }

  render(values: SdkConfigValues): TemplateResult {
    const t = this.#host.t.bind(this.#host);
    const tab = this.#tab;
    const text = sdkSnippet(tab, values);
    const language = t(`registration.snippets.${tab}`);
    return html`<section part="snippets" class="card" aria-labelledby="snippets-heading">
      <h3 id="snippets-heading">${t('registration.snippets.heading')}</h3>
      <p id="snippets-secret">${sentenceWithCode(t('registration.snippets.secretEnv', { env: SLOT }), SECRET_ENV)}</p>
      <div role="tablist" aria-label=${t('registration.snippets.tabs')} @keydown=${(e: KeyboardEvent) => this.#tabKey(e)}>
        ${SNIPPET_LANGUAGES.map((lang) => html`<button type="button" role="tab" id=${`tab-${lang}`} aria-controls="snippet-panel"
          aria-selected=${lang === tab ? 'true' : 'false'} tabindex=${lang === tab ? '0' : '-1'}
          @click=${() => this.#select(lang)}>${t(`registration.snippets.${lang}`)}</button>`)}
      </div>
      <div role="tabpanel" id="snippet-panel" aria-labelledby=${`tab-${tab}`}>
        <pre tabindex="0" aria-labelledby=${`tab-${tab}`} dir="ltr"><code>${wrapAtSeparators(text)}</code></pre>
        <div class="actions">
          <authsec-ui-button size="small" class="copy-snippet" .locale=${this.#host.effectiveLocale} @click=${() => void this.#copy(text, language)}>
            ${t('registration.snippets.copy', { language })}
          </authsec-ui-button>
          <span class="status" role="status">${this.#status}</span>
        </div>
      </div>
    </section>`;
  }

  #select(lang: SnippetLanguage, focus = false): void {
    this.#tab = lang;
    this.#status = '';
    this.#host.requestUpdate();
    if (focus) void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(`#tab-${lang}`)?.focus());
  }

  #tabKey(e: KeyboardEvent): void {
    const i = SNIPPET_LANGUAGES.indexOf(this.#tab);
    const n = SNIPPET_LANGUAGES.length;
    const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    this.#select(SNIPPET_LANGUAGES[next]!, true);
  }

  async #copy(text: string, language: string): Promise<void> {
    this.#status = '';
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    if (await writeClipboard(text)) {
      this.#status = this.#host.t('registration.snippets.copied', { language });
      this.#host.requestUpdate();
      return;
    }
    const pre = this.#host.renderRoot.querySelector('pre');
    const root = this.#host.renderRoot as DocumentFragment & { getSelection?: () => Selection | null };
    const selection = pre ? root.getSelection?.() ?? document.getSelection() : null;
    if (pre && selection) {
      selection.selectAllChildren(pre);
      pre.focus();
    }
    this.#status = this.#host.t('registration.snippets.copyFailed');
    this.#host.requestUpdate();
  }
}
