import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { AuthsecClient, type FetchLike, type GetToken } from '../api/client.js';
import { surfaceChoice, type SurfaceChoice } from '../api/surface-choice.js';
import { clientContext, localeContext } from './contexts.js';

/**
 * The context root of AuthSec Elements: one AuthSec base URL, one way to get the admin token,
 * one locale, for every element inside it.
 *
 * @summary Connects the AuthSec elements inside it to an AuthSec API.
 * @tag authsec-provider
 * @status stable
 *
 * @slot - Any AuthSec elements (and any host markup around them).
 *
 * @example
 * ```html
 * <authsec-provider base-url="https://api.example.com" locale="en">
 *   <authsec-applications-list></authsec-applications-list>
 * </authsec-provider>
 * <script type="module">
 *   document.querySelector('authsec-provider').getToken = async ({ forceRefresh }) => mySession.token(forceRefresh);
 * </script>
 * ```
 */
export class AuthsecProvider extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      baseUrl: { attribute: 'base-url' },
      locale: { reflect: true },
      getToken: { attribute: false },
      fetch: { attribute: false },
      apiSurface: { attribute: 'api-surface' },
    };
  }

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  readonly #clientProvider = new ContextProvider(this, { context: clientContext, initialValue: undefined });
  readonly #localeProvider = new ContextProvider(this, { context: localeContext, initialValue: undefined });

  /** AuthSec's origin (optionally with a path prefix). Defaults to this page's origin. */
  baseUrl?: string;

  /** BCP 47 locale for every element inside (falls back to English for missing strings). */
  locale?: string;

  /**
   * Returns the admin session JWT (AuthSec's Bearer token). Called before requests; called with
   * `{ forceRefresh: true }` once after a 401, so the host can renew the session. Setting it for the
   * first time after elements rendered makes them load again; replacing it later keeps their state.
   */
  getToken?: GetToken;

  /** A `fetch` to use instead of the global one (proxies, tests, the in-browser emulator). */
  fetch?: FetchLike;

  /**
   * AuthSec's admin API: `applications` (`/authsec/applications/*`, today's), `resource-servers`
   * (the compatibility shim), or `auto` (default): today's, falling back to the shim on a server
   * that does not have it; the choice is remembered for the page.
   */
  apiSurface: SurfaceChoice = 'auto';

  /** The client elements below use; undefined while the base URL is invalid. */
  get client(): AuthsecClient | undefined {
    return this.#clientProvider.value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A first token (the host's sign-in resolved after the page rendered) also makes a new client, so
    // elements that were refused without one load again by themselves. Swapping one token function
    // for another keeps the client: elements keep their state.
    const firstToken = changed.has('getToken') && changed.get('getToken') === undefined && this.getToken !== undefined && this.hasUpdated;
    if (changed.has('baseUrl') || changed.has('fetch') || changed.has('apiSurface') || firstToken || !this.#clientProvider.value) {
      this.#clientProvider.setValue(this.#createClient());
    }
    if (changed.has('locale')) this.#localeProvider.setValue(this.locale);
  }

  #createClient(): AuthsecClient | undefined {
    const baseUrl = this.baseUrl?.trim() || globalThis.location?.origin;
    try {
      return new AuthsecClient({
        baseUrl,
        // Read the property on every call so a host can swap token functions without a new client.
        getToken: (request) => this.getToken?.(request),
        fetch: this.fetch,
        surface: surfaceChoice(this.apiSurface),
      });
    } catch {
      return undefined;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
