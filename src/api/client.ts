/**
 * `AuthsecClient`: the one way the library talks to AuthSec (its transport, retries and validation
 * are `PublicClient`'s, ./public-client.ts). For admin calls it also speaks the admin surface of the
 * server at hand: an endpoint goes out in its applications form (`/authsec/applications/*`) or as the
 * resource-servers shim has it, and the answer comes back in one shape either way.
 */
import type { AdaptContext, ApiSurface, ApplicationsForm, Endpoint, ResponseOf } from './endpoint.js';
import { adminErrorEnvelope } from './errors.js';
import { PublicClient, type CallOptions, type FetchLike, type GetToken, type PublicClientOptions } from './public-client.js';
import { knownSurface, onSurface, type SurfaceChoice } from './surface.js';

export * from './public-client.js';

export interface AuthsecClientOptions extends PublicClientOptions {
  /**
   * AuthSec's admin surface: `applications` (`/authsec/applications/*`), `resource-servers` (the
   * shim), or `auto` (default): the applications surface, falling back to the shim on a server
   * without it, remembered for the page.
   */
  readonly surface?: SurfaceChoice | undefined;
}

export class AuthsecClient extends PublicClient {
  protected override readonly errorEnvelope = adminErrorEnvelope;
  readonly #getToken: GetToken | undefined;
  readonly #surface: SurfaceChoice;
  /** What the surface memo is keyed by: the host's transport (undefined: the global fetch). */
  readonly #transport: FetchLike | undefined;

  constructor(options: AuthsecClientOptions) {
    super(options);
    this.#getToken = options.getToken;
    this.#transport = options.fetch;
    this.#surface = options.surface ?? 'auto';
  }

  /** The admin surface this client speaks, once known (`auto` finds out on the first admin call). */
  get surface(): ApiSurface | undefined {
    return this.#surface === 'auto' ? knownSurface(this.#transport, this.baseUrl) : this.#surface;
  }

  /** Calls one endpoint, in the form this client's surface has, and returns its parsed response, or throws an `AuthsecError`. */
  override async call<E extends Endpoint>(endpoint: E, options: CallOptions<E>): Promise<ResponseOf<E>> {
    if (endpoint.auth === 'basic' && !options.credentials) throw new TypeError(`${endpoint.method} ${endpoint.path} needs Basic credentials`);
    return this.#on(this.#surface, endpoint, options);
  }

  #on<E extends Endpoint>(surface: SurfaceChoice, endpoint: E, options: CallOptions<E>): Promise<ResponseOf<E>> {
    return onSurface(surface, this.#transport, this.baseUrl, endpoint, (form) => this.#inForm(endpoint, form, options));
  }

  async #inForm<E extends Endpoint>(endpoint: E, form: ApplicationsForm | undefined, options: CallOptions<E>): Promise<ResponseOf<E>> {
    if (!form) return super.call(endpoint, options);
    const body = form.body && options.body ? form.body(options.body as Record<string, unknown>) : options.body;
    const asSent = { ...endpoint, path: form.path, response: form.response ?? endpoint.response };
    const parsed = await super.call(asSent, { ...options, body } as CallOptions<E>);
    if (!form.adapt) return parsed as ResponseOf<E>;
    // Adapters belong to applications forms: what they read is on that surface too (and must not
    // wait for the surface to be found out, which this very call is doing).
    const ctx: AdaptContext = {
      call: (next, nextOptions) => this.#on('applications', next, nextOptions as never),
      params: (options.params ?? {}) as Readonly<Record<string, string>>,
      signal: options.signal,
    };
    return (await form.adapt(parsed as never, ctx)) as ResponseOf<E>;
  }

  /**
   * The current admin session token, for reading its claims in the browser (`sessionClaims` in
   * ./session-claims.ts); undefined when there is none or the host's `getToken` fails.
   */
  async sessionToken(): Promise<string | undefined> {
    try {
      return (await this.#getToken?.({ forceRefresh: false })) ?? undefined;
    } catch {
      return undefined;
    }
  }
}
