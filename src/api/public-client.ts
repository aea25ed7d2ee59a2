/**
 * `PublicClient`: how the library calls AuthSec. It retries idempotent reads on transient failures,
 * gives each attempt a time limit, honours `AbortSignal`, adds the admin Bearer token where an
 * endpoint needs one (refreshed once on 401), and validates every response at the boundary, so
 * elements only ever see parsed data or an `AuthsecError`. `AuthsecClient` (client.ts) adds what
 * admin calls need: the admin surface and its forms. A consent screen's own client is a
 * `PublicClient`, so the consent drop-in carries none of that.
 */
import * as z from 'zod/mini';
import { authorizedFetch } from './authorized-fetch.js';
import { fillPath, type BodyOf, type Endpoint, type HasParams, type ParamsOf, type ResponseOf } from './endpoint.js';
import {
  AuthsecError,
  RETRYABLE_STATUSES,
  codeForStatus,
  errorEnvelope,
  retryAfterSeconds,
  serverMessageOf,
  type ErrorEnvelope,
} from './errors.js';
import { describeIssues } from './schema-issues.js';

export interface TokenRequest {
  /** True after AuthSec answered 401 to the last token: the host should fetch a fresh one. */
  readonly forceRefresh: boolean;
}

/** Returns the admin session JWT, or null when there is none. May refresh when asked to. */
export type GetToken = (request: TokenRequest) => Promise<string | null | undefined> | string | null | undefined;

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RetryPolicy {
  /** Total attempts for an idempotent request, first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** An attempt still unanswered after this long is given up as a network failure (0: never). */
  readonly timeoutMs: number;
  /**
   * The longest `Retry-After` (429/503) a read waits out before trying again; a longer one ends the
   * call at once, and the element says when to try again.
   */
  readonly retryAfterCapMs: number;
}

export interface PublicClientOptions {
  /** AuthSec's origin (and optional path prefix), e.g. `https://api.example.com`. */
  readonly baseUrl: string;
  readonly getToken?: GetToken | undefined;
  /** A `fetch` to use instead of the global one (tests, the in-browser emulator, proxies). */
  readonly fetch?: FetchLike | undefined;
  readonly retry?: Partial<RetryPolicy> | undefined;
}

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

type QueryValue = string | number | boolean | readonly string[] | undefined | null;

export type CallOptions<E> = {
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly signal?: AbortSignal | undefined;
  /** For `basic` endpoints (the SDK's): `<rs_id>:<introspection_secret>`. */
  readonly credentials?: BasicCredentials;
} & (HasParams<E> extends true ? { readonly params: ParamsOf<E> } : { readonly params?: undefined }) &
  (BodyOf<E> extends undefined ? { readonly body?: undefined } : { readonly body: BodyOf<E> });

interface SendOptions {
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
  readonly credentials?: BasicCredentials | undefined;
}

// A stalled connection (captive portal, dead proxy) would otherwise leave a spinner up for minutes.
const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250, maxDelayMs: 2000, timeoutMs: 30_000, retryAfterCapMs: 10_000 };

export class PublicClient {
  /** How AuthSec's errors are read: what public calls need (AuthsecClient reads admin errors' extra fields too). */
  protected readonly errorEnvelope: z.ZodMiniType<ErrorEnvelope> = errorEnvelope;
  readonly baseUrl: string;
  readonly #getToken: GetToken | undefined;
  readonly #fetch: FetchLike;
  readonly #retry: RetryPolicy;

  constructor(options: PublicClientOptions) {
    this.baseUrl = normaliseBaseUrl(options.baseUrl);
    this.#getToken = options.getToken;
    const fetchImpl = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
    this.#fetch = fetchImpl;
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  /**
   * Calls one endpoint as it stands and returns its parsed response, or throws an `AuthsecError`.
   * (AuthsecClient.call first puts an admin endpoint in the form its surface has.)
   */
  async call<E extends Endpoint>(endpoint: E, options: CallOptions<E>): Promise<ResponseOf<E>> {
    const label = `${endpoint.method} ${endpoint.path}`;
    const url = this.url(endpoint.path, options.params as Record<string, string> | undefined, options.query);
    const attempts = endpoint.method === 'GET' ? Math.max(1, this.#retry.attempts) : 1;

    for (let attempt = 1; ; attempt++) {
      // Each attempt has its own time limit (where the browser can combine signals: not before
      // Safari 17.4, which then waits as long as the browser does).
      const limit = this.#retry.timeoutMs > 0 && 'any' in AbortSignal ? AbortSignal.timeout(this.#retry.timeoutMs) : undefined;
      const signal = limit ? AbortSignal.any(options.signal ? [options.signal, limit] : [limit]) : options.signal;
      try {
        options.signal?.throwIfAborted();
        const response = await this.#send(endpoint, url, { ...options, signal }, label);
        return (await this.#parse(endpoint.response, response, label)) as ResponseOf<E>;
      } catch (error) {
        const failure =
          limit?.aborted && !options.signal?.aborted
            ? new AuthsecError({ code: 'network', status: 0, endpoint: label, retryable: true, cause: error })
            : this.#asError(error, label, options.signal);
        const wait = failure.retryAfter ? failure.retryAfter * 1000 : this.#backoff(attempt);
        if (!failure.retryable || attempt >= attempts || wait > this.#retry.retryAfterCapMs) throw failure;
        await sleep(wait, options.signal, label);
      }
    }
  }

  /** Absolute URL for a path template. */
  url(template: string, params?: Readonly<Record<string, string>>, query?: Readonly<Record<string, QueryValue>>): string {
    let url = this.baseUrl + fillPath(template, params);
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) for (const item of value) search.append(key, item);
      else search.append(key, String(value));
    }
    const qs = search.toString();
    if (qs) url += `?${qs}`;
    return url;
  }

  async #send(endpoint: Endpoint, url: string, options: SendOptions, label: string): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const init: RequestInit = { method: endpoint.method, headers, signal: options.signal ?? null };
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
    return authorizedFetch({
      endpoint,
      url,
      init,
      headers,
      credentials: options.credentials,
      label,
      fetch: this.#fetch,
      getToken: this.#getToken,
      refused: (response, forced) => this.#httpError(response, label, forced),
    });
  }

  async #parse(schema: z.ZodMiniType, response: Response, label: string): Promise<unknown> {
    if (!response.ok) throw await this.#httpError(response, label);
    const text = await response.text();
    let body: unknown;
    if (response.status === 204 || text.trim() === '') body = undefined;
    else {
      try {
        body = JSON.parse(text);
      } catch (cause) {
        throw new AuthsecError({
          code: 'invalid_response',
          status: response.status,
          endpoint: label,
          issues: [{ path: '(body)', message: 'not JSON' }],
          cause,
        });
      }
    }
    // The v2 consent API may refuse with 200 `{success: false, error}`: that is a refusal, not data.
    const refusal = z.safeParse(this.errorEnvelope, body);
    if (refusal.success && refusal.data.success === false && refusal.data.error) {
      throw new AuthsecError({
        code: 'validation',
        status: response.status,
        endpoint: label,
        serverMessage: serverMessageOf(refusal.data),
        envelope: refusal.data,
      });
    }
    const parsed = z.safeParse(schema, body);
    if (!parsed.success) {
      throw new AuthsecError({
        code: 'invalid_response',
        status: response.status,
        endpoint: label,
        issues: describeIssues(parsed.error.issues),
      });
    }
    return parsed.data;
  }

  async #httpError(response: Response, label: string, forced?: 'session_expired'): Promise<AuthsecError> {
    let envelope: ErrorEnvelope | undefined;
    let text = '';
    try {
      text = await response.text();
      const parsed = z.safeParse(this.errorEnvelope, JSON.parse(text));
      if (parsed.success) envelope = parsed.data;
    } catch {
      // Plain-text bodies exist (the HTML consent handler); keep a short excerpt as the message.
    }
    // A proxy's or gateway's HTML error page is not AuthSec's words.
    const serverMessage = serverMessageOf(envelope) ?? ((!/^\s*</.test(text) && text.trim().slice(0, 300)) || undefined);
    const status = response.status;
    const retryAfter = status === 429 || status === 503 ? retryAfterSeconds(response.headers.get('Retry-After')) : undefined;
    return new AuthsecError({
      code: forced ?? codeForStatus(status),
      status,
      endpoint: label,
      serverMessage,
      envelope,
      // A 429 is worth another try only when AuthSec says when.
      retryable: RETRYABLE_STATUSES.has(status) || !!retryAfter,
      retryAfter,
    });
  }

  #asError(error: unknown, label: string, signal: AbortSignal | undefined): AuthsecError {
    if (error instanceof AuthsecError) return error;
    if (signal?.aborted || (error instanceof DOMException && error.name === 'AbortError')) {
      return new AuthsecError({ code: 'aborted', status: 0, endpoint: label, cause: signal?.reason ?? error });
    }
    return new AuthsecError({ code: 'network', status: 0, endpoint: label, retryable: true, cause: error });
  }

  #backoff(attempt: number): number {
    const exp = Math.min(this.#retry.maxDelayMs, this.#retry.baseDelayMs * 2 ** (attempt - 1));
    // Jitter keeps many embedded elements from retrying in lockstep after an outage.
    return Math.round(exp / 2 + Math.random() * (exp / 2));
  }
}

function normaliseBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  if (!/^https?:\/\//i.test(trimmed)) throw new TypeError(`AuthSec base URL must be http(s): "${baseUrl}"`);
  return trimmed;
}

function sleep(ms: number, signal: AbortSignal | undefined, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new AuthsecError({ code: 'aborted', status: 0, endpoint: label, cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}
