import { LitElement, type PropertyDeclarations } from 'lit';
import type { AuthsecClient, AuthsecClientOptions } from '../api/client.js';
import { PublicClient, type FetchLike } from '../api/public-client.js';
import { AuthsecError } from '../api/errors.js';
import { errorMessageKey, formatRelative, type MessageKey, type MessageParams } from '../i18n/catalog.js';
import { orPageLang } from '../i18n/page-lang.js';
import { MessagesController } from '../ui/messages-controller.js';
import { linkToProvider } from './provider-link.js';

/**
 * What every public AuthSec element shares: where its client comes from (the nearest
 * `<authsec-provider>`, or its own `base-url` for standalone use such as a hosted consent page)
 * and how it speaks (its own `locale`, else the provider's, else English).
 */
export class AuthsecElement extends LitElement {
  // Declared here rather than with decorators, so the consent drop-in carries no decorator runtime.
  static override get properties(): PropertyDeclarations {
    return {
      contextClient: { state: true },
      contextLocale: { state: true },
      baseUrl: { attribute: 'base-url' },
      locale: { reflect: true },
      fetch: { attribute: false },
    };
  }

  private contextClient?: AuthsecClient;
  private contextLocale?: string;
  #ownClient?: PublicClient;
  #ownClientKey?: string;
  #ownClientFetch?: FetchLike;

  /** Standalone use: AuthSec's origin for this element alone (wins over a provider). */
  baseUrl?: string;

  /** BCP 47 locale of this element (wins over the provider's). */
  locale?: string;

  /** Standalone use: `fetch` override when not inside a provider. */
  fetch?: FetchLike;

  protected readonly messages = new MessagesController(this, () => this.effectiveLocale);

  constructor() {
    super();
    linkToProvider(
      this,
      (c) => (this.contextClient = c),
      (l) => (this.contextLocale = l),
    );
  }

  /** Base URL used when there is neither a `base-url` nor a provider (none by default). */
  protected get fallbackBaseUrl(): string | undefined {
    return undefined;
  }

  /**
   * What this element's own client (its `base-url`) is made with besides the URL and `fetch`; a
   * change of `surface` makes a new client. (Admin elements add their token and admin surface.)
   */
  protected ownClientOptions(): Partial<AuthsecClientOptions> {
    return {};
  }

  /** This element's own client: a `PublicClient` (admin elements make an `AuthsecClient`). */
  protected makeClient(options: AuthsecClientOptions): PublicClient {
    return new PublicClient(options);
  }

  /**
   * The client to call AuthSec with, or undefined when the element is not connected to one.
   * @internal For this library's controllers.
   */
  get client(): PublicClient | undefined {
    const own = this.baseUrl || (this.contextClient ? undefined : this.fallbackBaseUrl);
    if (!own) return this.contextClient;
    const options = this.ownClientOptions();
    const key = `${options.surface ?? ''} ${own}`;
    if (this.#ownClientKey !== key || this.#ownClientFetch !== this.fetch) {
      this.#ownClientKey = key;
      this.#ownClientFetch = this.fetch;
      try {
        this.#ownClient = this.makeClient({ ...options, baseUrl: own, fetch: this.fetch });
      } catch {
        this.#ownClient = undefined;
      }
    }
    return this.#ownClient;
  }

  /** The locale this element speaks: its own `locale`, else its provider's, else the page's `lang` (across shadow roots). */
  get effectiveLocale(): string | undefined {
    return orPageLang(this.locale ?? this.contextLocale, this);
  }

  /**
   * Translate a catalog key in this element's locale.
   * @internal For this library's controllers and templates.
   */
  t(key: MessageKey, params?: MessageParams): string {
    return this.messages.t(key, params);
  }

  /**
   * What a failure means, never the server's prose (whole-screen errors; the consent screen).
   * @internal
   */
  generic(error: unknown): string {
    const failure = error instanceof AuthsecError ? error : undefined;
    const wait = failure?.retryAfter;
    if (!wait) return this.t(errorMessageKey(failure?.code));
    // AuthSec said when (Retry-After on a 429 or 503): in seconds, or minutes once that reads better.
    const long = wait >= 120;
    return this.t('error.retryAfter', { when: formatRelative(long ? Math.ceil(wait / 60) : wait, long ? 'minute' : 'second', this.effectiveLocale) });
  }
}
