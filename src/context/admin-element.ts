import type { PropertyDeclarations } from 'lit';
import { AuthsecClient, type AuthsecClientOptions, type GetToken } from '../api/client.js';
import { surfaceChoice } from '../api/surface-choice.js';
import { AuthsecError } from '../api/errors.js';
import { formatDate, formatList, formatNumber, registerDefaults, textDirection } from '../i18n/catalog.js';
import { sessionEn } from '../i18n/messages/session.en.js';
import { displayText } from '../model/text-safety.js';
import { AuthsecElement } from './authsec-element.js';

registerDefaults(sessionEn);

/**
 * What every admin element shares beyond `AuthsecElement`: read-only mode, and one rule each for
 * dates and numbers (the effective locale, also inside the console), untrusted text and error
 * reasons. (The consent drop-in carries none of it.)
 */
export class AuthsecAdminElement extends AuthsecElement {
  static override get properties(): PropertyDeclarations {
    return {
      readonly: { type: Boolean, reflect: true },
      getToken: { attribute: false },
      apiSurface: { attribute: 'api-surface' },
    };
  }

  /** Standalone use: admin token source when not inside a provider. */
  getToken?: GetToken;

  /** Standalone use: AuthSec's admin API (`auto`, `applications` or `resource-servers`), as on the provider. */
  apiSurface?: string;

  /** Auditors: everything is shown, nothing can be changed. */
  readonly = false;

  /** Whether `dir` on the host is ours (from the locale) rather than the page author's. */
  #ownDir = false;

  constructor() {
    super();
    // Arabic words read right to left even on a left-to-right page: the host takes its locale's
    // direction unless the page set `dir` on it. A controller, so no subclass can skip it.
    this.addController({
      hostUpdated: () => {
        if (this.hasAttribute('dir') && !this.#ownDir) return;
        const rtl = textDirection(this.effectiveLocale) === 'rtl';
        if (rtl) this.setAttribute('dir', 'rtl');
        else if (this.#ownDir) this.removeAttribute('dir');
        this.#ownDir = rtl;
      },
    });
  }

  protected override ownClientOptions(): Partial<AuthsecClientOptions> {
    return { getToken: (request) => this.getToken?.(request), surface: surfaceChoice(this.apiSurface) };
  }

  protected override makeClient(options: AuthsecClientOptions): AuthsecClient {
    return new AuthsecClient(options);
  }

  /**
   * The client to call AuthSec with: the provider's, or this element's own (both `AuthsecClient`s).
   * @internal For this library's controllers.
   */
  override get client(): AuthsecClient | undefined {
    return super.client as AuthsecClient | undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The first number formatter of a page costs tens of milliseconds (locale data): make it while
    // AuthSec's answer is on its way, not between the answer and the first rows.
    setTimeout(() => this.isConnected && this.number(0));
  }

  /**
   * A date (and time, unless `options` say otherwise) in the effective locale; "—" when there is none.
   * @internal
   */
  date(value: string | Date | null | undefined, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(value, this.effectiveLocale, options);
  }

  /**
   * Names or scopes as a list in the effective locale ("a, b, c"; "a、b、c"; "a وb وc").
   * @internal
   */
  list(items: readonly string[]): string {
    return formatList(items, this.effectiveLocale);
  }

  /**
   * A number in the effective locale.
   * @internal
   */
  number(value: number): string {
    return formatNumber(value, this.effectiveLocale);
  }

  /**
   * Untrusted text from AuthSec or an MCP server, ready to render (clamped, hidden characters shown).
   * @internal
   */
  text(value: string | null | undefined, max = 120): string {
    return displayText(value ?? '', max);
  }

  /**
   * Why something failed, in words: AuthSec's own reason when it refused the request, else what the
   * failure means. A 5xx message describes AuthSec's internals, not the admin's request: never shown.
   * @internal
   */
  reason(error: unknown): string {
    // A 5xx's words are not for people; a 429's or a 503's are our own, with when to try again.
    if (error instanceof AuthsecError && error.serverMessage && error.code !== 'server' && error.code !== 'rate_limited' && !error.retryAfter) {
      return displayText(error.serverMessage, 300);
    }
    return this.generic(error);
  }
}

/** An admin element about one application. */
export class AuthsecApplicationElement extends AuthsecAdminElement {
  static override get properties(): PropertyDeclarations {
    return {
      applicationId: { attribute: 'application-id' },
    };
  }

  /** The application (AuthSec resource server id) to show. */
  applicationId?: string;
}
