import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { acceptConsent, getConsent, rejectConsent, type ConsentPageData } from '../../api/consent.js';
import type { PublicClient } from '../../api/public-client.js';
import { AuthsecError } from '../../api/errors.js';
import { AuthsecElement } from '../../context/authsec-element.js';
import { registerDefaults, textDirection, type MessageKey } from '../../i18n/catalog.js';
import { consentEn } from '../../i18n/messages/consent.en.js';
import { buildConsentView, type ConsentScope, type ConsentView, type ScopeDescription } from '../../model/consent-view.js';
import { parseDisplayUrl } from '../../model/display-url.js';
import { displayText } from '../../model/text-safety.js';
import { consentScreenStyles } from './consent-screen.styles.js';
import { AuthsecConsentDecidedEvent, type ConsentOutcome } from './events.js';
import type { Phase } from './phase.js';
import { framing, gone, inlineData, pageData } from './consent-page.js';
import { formRequest, submitConsentForm } from './hosted-form.js';
import { scopePhrase } from '../shared/scope-phrase.js';
import { detailsSection } from './consent-details.js';

registerDefaults(consentEn);

/** Scopes shown before "Show all" when a request is long. */
const COLLAPSE_AFTER = 8;
/** Warn when this little time is left before the request lapses. */
const EXPIRY_WARNING_MS = 2 * 60_000;
const TOOLS_SHOWN = 6;

/**
 * The end-user consent screen: an AI client asks for access to an Application; the person sees
 * who is asking, where the result goes and what each permission allows, then allows or denies.
 * Works alone on a hosted consent page (`<script type="module" src="authsec-consent.js">` + the
 * tag) or inside `<authsec-provider>`.
 *
 * @summary Lets a person allow or deny an AI client's access request.
 * @tag authsec-consent-screen
 * @status stable
 *
 * @slot - An optional `<script type="application/json">` with AuthSec's consent data, for servers
 *   that render the page themselves (then nothing is fetched before the decision).
 * @slot brand - The host's identity above the question: its name and logo, as the host's own
 *   markup (an `<img>` the host serves itself). The screen never loads an image from a URL it is given.
 *
 * @fires authsec-consent-decided - After AuthSec recorded the decision, before navigating away.
 *   Cancelable: cancel it to take over navigation and call `event.continue()` when ready.
 *
 * @csspart card - The consent card.
 * @csspart header - Who is asking and for what.
 * @csspart scopes - The list of permissions.
 * @csspart actions - The Allow and Deny buttons.
 * @csspart allow - The Allow button.
 * @csspart deny - The Deny button.
 * @csspart status - Loading, error and result messages.
 *
 * @attr {boolean} page - The screen is the page (a hosted consent page): the card sits in the middle
 *   of the window. The consent drop-in sets it on AuthSec's own page.
 *
 * @cssprop [--authsec-consent-max-width=34rem] - Width of the card.
 */
export class AuthsecConsentScreen extends AuthsecElement {
  static override styles = consentScreenStyles;

  // Declared here rather than with decorators: this element ships alone in the size-budgeted
  // consent drop-in, and lit's decorator runtime is bytes it does not need.
  static override get properties(): PropertyDeclarations {
    return {
      phase: { state: true },
      data: { state: true },
      selected: { state: true },
      remember: { state: true },
      pending: { state: true },
      decisionError: { state: true },
      showAll: { state: true },
      now: { state: true },
      consentChallenge: { attribute: 'consent-challenge' },
      scopeDescriptions: { attribute: false },
      headingLevel: { type: Number, attribute: 'heading-level' },
    };
  }

  private phase: Phase = { kind: 'loading' };
  private data?: ConsentPageData;
  private selected = new Set<string>();
  private remember = false;
  private pending: 'allow' | 'deny' | undefined;
  private decisionError: string | undefined;
  private showAll = false;
  private now = Date.now();
  #load?: AbortController;
  /** The client of the last load, to notice a provider arriving later. */
  #loadedWith?: PublicClient;
  #timer?: ReturnType<typeof setInterval>;
  /** AuthSec's consent form this screen decides through (form mode), if the page gave one. */
  #form?: HTMLFormElement;
  #focusOnReady = true;
  #viewCache?: { data: ConsentPageData; descriptions: Readonly<Record<string, ScopeDescription>>; view: ConsentView };

  /** The consent challenge; defaults to the page URL's `consent_challenge` query parameter. */
  consentChallenge?: string;

  /**
   * What each scope means, from the host, for servers that send scope strings only. A string is a
   * description; an object may carry a title, a description and a risk level. Server data wins.
   */
  scopeDescriptions: Readonly<Record<string, ScopeDescription>> = {};

  /** Level of the main heading (1 on a hosted page; lower it when embedding under other headings). */
  headingLevel = 1;

  /** A hosted consent page talks to its own origin unless told otherwise. */
  protected override get fallbackBaseUrl(): string | undefined {
    return globalThis.location?.origin;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => (this.now = Date.now()), 10_000);
    // Moved in the page while loading (a layout switch, a portal): the disconnect aborted the load.
    if (this.hasUpdated && this.phase.kind === 'loading') void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.#load?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Also when the client changed before anything could be shown (a provider defined after this
    // element): the first attempt went to the page's own origin.
    const newClient = this.client !== this.#loadedWith && !['ready', 'done', 'missing'].includes(this.phase.kind);
    if (changed.has('consentChallenge') || changed.has('baseUrl') || !this.hasUpdated || newClient) void this.#start();
  }

  protected override updated(): void {
    if (this.phase.kind === 'ready' && this.#focusOnReady) {
      this.#focusOnReady = false;
      // Focus the question, never Allow: nobody should approve by pressing Enter on arrival. In the
      // next frame: focusing now would force a layout before the screen is even shown. Without a
      // scroll: a person (or a slow machine's frame) may already have scrolled to the buttons.
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (!active || active === document.body) this.renderRoot.querySelector<HTMLElement>('#title')?.focus({ preventScroll: true });
      });
    }
  }

  /** The view of the current data (derived, never stored). */
  get #view(): ConsentView | undefined {
    if (!this.data) return undefined;
    // Derived, but rebuilt only when its inputs change: renders (and the expiry tick) reuse it.
    if (this.#viewCache?.data !== this.data || this.#viewCache.descriptions !== this.scopeDescriptions) {
      this.#viewCache = { data: this.data, descriptions: this.scopeDescriptions, view: buildConsentView(this.data, this.scopeDescriptions) };
    }
    return this.#viewCache.view;
  }

  get #challenge(): string | undefined {
    return this.consentChallenge?.trim() || new URLSearchParams(globalThis.location?.search).get('consent_challenge')?.trim() || undefined;
  }

  async #start(): Promise<void> {
    // The server (Lit SSR) renders the loading state: no light DOM to read, nothing to fetch. The
    // browser waits a microtask so its first render matches it (hydration), then the data takes over.
    if (isServer) return;
    await 0;
    this.#load?.abort();
    this.#loadedWith = this.client;
    const inline = inlineData(this);
    const form = this.querySelector<HTMLFormElement>(':scope > form');
    if (form) {
      // Form mode: AuthSec's consent form is the request (the page's JSON may add to it).
      const request = formRequest(this, form, inline);
      if (!request) {
        this.phase = { kind: 'foreign' };
        return;
      }
      this.#form = form;
      this.#accept(pageData(request));
      this.remember = !!form.querySelector('input[name="remember"]:checked');
      return;
    }
    if (inline) {
      this.#accept(pageData(inline));
      return;
    }
    const challenge = this.#challenge;
    if (!challenge) {
      this.phase = { kind: 'missing' };
      return;
    }
    const client = this.#loadedWith;
    if (!client) {
      this.phase = { kind: 'error', message: this.t('error.unknown') };
      return;
    }
    const controller = (this.#load = new AbortController());
    this.phase = { kind: 'loading' };
    try {
      const data = await client.call(getConsent, { query: { consent_challenge: challenge }, signal: controller.signal });
      if (!controller.signal.aborted) this.#accept(data);
    } catch (error) {
      if (!controller.signal.aborted) this.#fail(error);
    }
  }

  #accept(data: ConsentPageData | undefined): void {
    if (!data) {
      this.phase = { kind: 'error', message: this.t('error.invalid_response') };
      return;
    }
    if (data.auto_approved || (data.redirect_to && !data.grantable_scopes.length)) {
      // AuthSec already decided (remembered consent, or nothing grantable): go on at once.
      this.data = data;
      this.#finish(data.auto_approved ? 'auto-approved' : 'deny', data.auto_approved ? data.grantable_scopes : [], data.redirect_to);
      return;
    }
    this.data = data;
    this.selected = new Set(data.grantable_scopes);
    this.phase = { kind: 'ready' };
  }

  #fail(error: unknown): void {
    this.phase = gone(error) ?? { kind: 'error', message: this.generic(error), detail: (error as Partial<AuthsecError>)?.serverMessage };
  }

  async #decide(decision: 'allow' | 'deny'): Promise<void> {
    const data = this.data;
    // One decision at a time: double clicks and Enter repeats send nothing more.
    if (!data || this.pending || this.phase.kind !== 'ready') return;
    if (decision === 'allow' && (!this.#allowAllowed() || this.selected.size === 0)) return;
    const client = this.client;
    if (!client) return;
    this.pending = decision;
    this.decisionError = undefined;
    const granted = decision === 'allow' ? data.grantable_scopes.filter((s) => this.selected.has(s)) : [];
    const form = this.#form;
    if (form) {
      // The browser posts AuthSec's form and follows its answer: no request of ours.
      const redirect = this.#view?.redirect;
      this.#done(decision, granted, typeof redirect === 'object' ? redirect.host : undefined, () =>
        submitConsentForm(form, decision === 'allow', new Set(granted), this.remember),
      );
      return;
    }
    try {
      const result =
        decision === 'allow'
          ? await client.call(acceptConsent, { body: { consent_challenge: data.consent_challenge, grant_scope: granted, remember: this.remember } })
          : await client.call(rejectConsent, { body: { consent_challenge: data.consent_challenge } });
      this.#finish(decision, granted, result.redirect_to);
    } catch (error) {
      const ended = gone(error);
      if (ended) this.phase = ended;
      else this.decisionError = this.t('consent.decisionError', { reason: this.generic(error) });
    } finally {
      this.pending = undefined;
    }
  }

  #finish(decision: ConsentOutcome, granted: readonly string[], redirectTo: string | undefined): void {
    const target = parseDisplayUrl(redirectTo);
    if (!target) {
      this.phase = { kind: 'error', message: this.t('consent.unsafeRedirect'), stopped: true };
      return;
    }
    // After a denial for a self-registered client, do not bounce the person to its site
    // automatically (RFC 9700 §4.11.2): offer a labelled button instead.
    const manual = decision === 'deny' && this.#view?.client.trust === 'unverified';
    this.#done(decision, granted, target.host, () => globalThis.location.assign(target.href), manual);
  }

  /** The decision is made: say so, tell the host (which may take over), then go on. */
  #done(decision: ConsentOutcome, granted: readonly string[], host: string | undefined, leave: () => void, manual = false): void {
    const go = () => {
      if (this.phase.kind === 'done') this.phase = { ...this.phase, navigating: true, manual: undefined };
      leave();
    };
    this.phase = { kind: 'done', decision, host, navigating: !manual, ...(manual ? { manual: go } : {}) };
    const event = new AuthsecConsentDecidedEvent({ decision, grantedScopes: granted, redirectHost: host ?? '' }, go);
    if (this.dispatchEvent(event) && !manual) go();
    else if (!manual) this.phase = { kind: 'done', decision, host, navigating: false };
  }

  /** Allow is refused inside another origin's frame (clickjacking). */
  #allowAllowed(): boolean {
    return framing() !== 'cross-origin' && !this.#expired();
  }

  #expired(): boolean {
    const at = this.#view?.expiresAt;
    return !!at && at.getTime() <= this.now;
  }

  #toggle(scope: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(scope);
    else next.delete(scope);
    this.selected = next;
  }

  override render() {
    if (this.phase.kind === 'foreign') return html`<slot></slot>`;
    const dir = textDirection(this.effectiveLocale);
    return html`<section part="card" class="card" dir=${dir} aria-busy=${this.phase.kind === 'loading' ? 'true' : 'false'}>
      <slot name="brand"></slot>
      ${this.#body()}
    </section>`;
  }

  #body(): TemplateResult {
    const phase = this.phase;
    switch (phase.kind) {
      case 'loading':
        return html`<p part="status" class="status" role="status"><span class="spinner" aria-hidden="true"></span>${this.t('consent.loading')}</p>`;
      case 'missing':
        return this.#message('consent.missing.heading', this.t('consent.missing.message'));
      case 'gone':
        return this.#message(
          phase.reason === 'used' ? 'consent.used.heading' : 'consent.expired.heading',
          this.t(phase.reason === 'used' ? 'consent.used.message' : 'consent.expired.message'),
        );
      case 'error':
        return phase.stopped
          ? this.#message('consent.stopped.heading', phase.message, undefined, true)
          : html`${this.#message('consent.error.heading', phase.message, phase.detail, true)}
              <div class="actions"><button class="button primary" @click=${() => void this.#start()}>${this.t('common.retry')}</button></div>`;
      case 'done':
        return this.#result(phase);
      default:
        return this.#ready(this.#view!);
    }
  }

  #message(heading: MessageKey, message: string, detail?: string, alert = false): TemplateResult {
    return html`<div part="status" class="status-block" role=${alert ? 'alert' : 'status'}>
      ${this.#heading(this.t(heading))}
      <p>${message}</p>
      ${detail ? html`<p class="muted"><bdi>${this.t('error.detail', { detail: displayText(detail, 300) })}</bdi></p>` : nothing}
    </div>`;
  }

  #heading(text: string | TemplateResult): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 1));
    return html`<div id="title" class="title" role="heading" aria-level=${level} tabindex="-1">${text}</div>`;
  }

  #result(phase: Extract<Phase, { kind: 'done' }>): TemplateResult {
    const outcome = phase.decision === 'deny' ? 'consent.result.denied' : 'consent.result.allowed';
    return html`<div part="status" class="status-block" role="status">
      ${this.#heading(this.t(outcome))}
      ${phase.navigating ? html`<p>${phase.host ? this.t('consent.result.redirecting', { host: phase.host }) : this.t('consent.result.sending')}</p>` : nothing}
      ${phase.manual
        ? html`<p>${this.t('consent.result.closeTab')}</p>
            <div class="actions">
              <button class="button" @click=${phase.manual}>${this.t('consent.result.return', { host: phase.host ?? '' })}</button>
            </div>`
        : nothing}
    </div>`;
  }

  #ready(view: ConsentView): TemplateResult {
    const clientName = view.client.name ?? view.client.id;
    const framed = framing() === 'cross-origin';
    const expired = this.#expired();
    const left = view.expiresAt ? view.expiresAt.getTime() - this.now : Infinity;
    const busy = this.pending !== undefined;
    const allowDisabled = busy || framed || expired || this.selected.size === 0;
    return html`
      <header part="header" class="header">
        ${this.#heading(
          view.application.name
            ? this.t('consent.title', { client: clientName.text, application: view.application.name.text })
            : this.t('consent.titleNoApp', { client: clientName.text }),
        )}
        ${this.#identity(view)}
        ${this.#redirect(view)}
        ${view.application.resource
          ? html`<p class="muted">${this.t('consent.resourceUri', { uri: view.application.resource.host })}</p>`
          : nothing}
        ${view.user
          ? html`<p class="muted">${this.t('consent.signedInAs', {
              user: [view.user.name?.text, view.user.email ? `(${view.user.email.text})` : ''].filter(Boolean).join(' '),
            })}</p>`
          : nothing}
      </header>
      ${this.#scopes(view)} ${this.#blocked(view)}
      ${left <= EXPIRY_WARNING_MS && !expired
        ? html`<p class="notice warning" role="status">${this.t('consent.expiresSoon', { minutes: Math.max(1, Math.ceil(left / 60_000)) })}</p>`
        : nothing}
      ${expired ? html`<p class="notice danger" role="alert">${this.t('consent.expired.heading')}. ${this.t('consent.expired.message')}</p>` : nothing}
      ${framed ? html`<p class="notice danger" role="alert">${this.t('consent.framed')}</p>` : nothing}
      ${this.selected.size === 0 && view.scopes.length ? html`<p class="notice" role="status">${this.t('consent.selectOne')}</p>` : nothing}
      ${this.decisionError ? html`<p class="notice danger" role="alert">${this.decisionError}</p>` : nothing}
      <label class="remember">
        <input type="checkbox" .checked=${this.remember} ?disabled=${busy} @change=${(e: Event) => (this.remember = (e.target as HTMLInputElement).checked)} />
        ${this.t('consent.remember')}
      </label>
      <div part="actions" class="actions">
        <button part="deny" class="button" ?disabled=${busy} aria-busy=${this.pending === 'deny' ? 'true' : 'false'} @click=${() => void this.#decide('deny')}>
          ${this.t('consent.deny')}
        </button>
        <button part="allow" class="button primary" ?disabled=${allowDisabled} aria-busy=${this.pending === 'allow' ? 'true' : 'false'} @click=${() => void this.#decide('allow')}>
          ${this.t('consent.allow')}
        </button>
      </div>
      ${detailsSection(this, view)}
    `;
  }

  #identity(view: ConsentView): TemplateResult {
    const { client } = view;
    const cue =
      client.trust === 'verified'
        ? html`<span class="badge success"><span aria-hidden="true">✓ </span>${this.t('consent.trust.verified')}</span>`
        : client.trust === 'cimd'
          ? html`<span class="badge info">${this.t('consent.trust.cimd', { host: client.idHost ?? '' })}</span>`
          : client.trust === 'unverified'
            ? html`<span class="badge warning"><span aria-hidden="true">! </span>${this.t('consent.trust.unverified')}</span>`
            : html`<span class="badge"><bdi>${this.t('consent.trust.unknown', { id: client.id.text })}</bdi></span>`;
    const name = client.name;
    const url = client.idUrl;
    return html`<p class="identity">${cue}</p>
      ${url?.hadUserinfo ? html`<p class="notice warning">${this.t('consent.client.userinfo', { host: url.host })}</p>` : nothing}
      ${url?.punycode ? html`<p class="notice warning">${this.t('consent.client.punycode', { host: url.host })}</p>` : nothing}
      ${(name ?? client.id).mixedScript ? html`<p class="notice warning">${this.t('consent.warning.mixedScript')}</p>` : nothing}
      ${name && name.hiddenChars > 0 ? html`<p class="notice warning">${this.t('consent.warning.hidden', { count: name.hiddenChars })}</p>` : nothing}`;
  }

  #redirect(view: ConsentView): TemplateResult {
    const r = view.redirect;
    if (r === undefined) return html`<p class="redirect muted">${this.t('consent.redirect.unknown')}</p>`;
    if (r === 'invalid') return html`<p class="notice danger" role="alert">${this.t('consent.redirect.invalid')}</p>`;
    return html`<p class="redirect">${this.t('consent.redirect', { host: r.host })}</p>
      ${r.hadUserinfo ? html`<p class="notice warning">${this.t('consent.redirect.userinfo', { host: r.host })}</p>` : nothing}
      ${r.punycode ? html`<p class="notice warning">${this.t('consent.redirect.punycode')}</p>` : nothing}
      ${view.localOnly ? html`<p class="notice warning">${this.t('consent.warning.localOnly')}</p>` : nothing}`;
  }

  #scopes(view: ConsentView): TemplateResult {
    if (!view.scopes.length) return html`<p class="notice">${this.t('consent.scopes.none')}</p>`;
    const long = view.scopes.length > COLLAPSE_AFTER + 2;
    const shown = long && !this.showAll ? view.scopes.slice(0, COLLAPSE_AFTER) : view.scopes;
    return html`<fieldset part="scopes" class="scopes">
      <legend>${this.t('consent.scopes.heading')}</legend>
      <p class="muted hint">${this.t('consent.scopes.hint')}</p>
      <ul>
        ${shown.map((s, i) => this.#scope(s, i))}
      </ul>
      ${long
        ? html`<button class="link" aria-expanded=${this.showAll ? 'true' : 'false'} @click=${() => (this.showAll = !this.showAll)}>
            ${this.showAll ? this.t('consent.scopes.showFewer') : this.t('consent.scopes.showAll', { count: view.scopes.length })}
          </button>`
        : nothing}
    </fieldset>`;
  }

  #scope(scope: ConsentScope, index: number): TemplateResult {
    const id = `scope-${index}`;
    const title = scope.title?.text ?? this.#words(scope);
    const tools = scope.tools.slice(0, TOOLS_SHOWN).map((t) => t.text).join(', ');
    const more = scope.tools.length - TOOLS_SHOWN;
    return html`<li class="scope risk-${scope.risk}">
      <input type="checkbox" id=${id} .checked=${this.selected.has(scope.scope)} ?disabled=${this.pending !== undefined}
        aria-describedby=${`${id}-d`} @change=${(e: Event) => this.#toggle(scope.scope, (e.target as HTMLInputElement).checked)} />
      <div class="scope-text">
        <label for=${id}><bdi>${title}</bdi></label>
        <span class="risk"><span aria-hidden="true">${RISK_GLYPH[scope.risk]} </span>${this.t(`common.risk.${scope.risk}`)}</span>
        <div id=${`${id}-d`} class="muted">
          ${scope.description ? html`<p class="description" dir="auto">${scope.description.text}</p>` : nothing}
          ${tools ? html`<p class="tools">${this.t('consent.scope.tools', { tools })}${more > 0 ? ` ${this.t('consent.scope.toolsMore', { count: more })}` : ''}</p>` : nothing}
          <p class="scope-id" dir="ltr"><code>${scope.id.text}</code></p>
        </div>
      </div>
    </li>`;
  }

  #words(scope: { readonly words?: ConsentScope['words'] }): string {
    return scopePhrase((key, params) => this.t(key, params), scope.words!);
  }

  #blocked(view: ConsentView): TemplateResult | typeof nothing {
    if (!view.blocked.length) return nothing;
    return html`<section class="blocked" aria-labelledby="blocked-h">
      <p id="blocked-h" class="subheading">${this.t('consent.blocked.heading')}</p>
      <ul>
        ${view.blocked.map(
          (b) => html`<li>
            <bdi class="blocked-title">${b.title?.text ?? (b.words ? this.#words(b) : b.scope.text)}</bdi>
            ${b.title || b.words ? html`<code dir="ltr">${b.scope.text}</code>` : nothing}
            <span>${this.t(`consent.blocked.${b.reason}`)}</span>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

const RISK_GLYPH = { low: '•', medium: '▲', high: '!', critical: '‼' } as const;
