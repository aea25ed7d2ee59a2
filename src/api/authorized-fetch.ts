/**
 * How a request is authorised: AuthSec's admin Bearer token (one refresh and one retry on 401) or
 * the SDK's Basic credentials. Its own module so that a bundle whose only element calls public
 * endpoints (the consent drop-in) can leave it out: see `./authorized-fetch.public.ts`.
 */
import { AuthsecError } from './errors.js';
import type { BasicCredentials, FetchLike, GetToken } from './client.js';
import type { Endpoint } from './endpoint.js';

/** What sending one request needs from the client. */
export interface SendContext {
  readonly endpoint: Endpoint;
  readonly url: string;
  readonly init: RequestInit;
  readonly headers: Record<string, string>;
  readonly credentials: BasicCredentials | undefined;
  readonly label: string;
  readonly fetch: FetchLike;
  /** The host's admin token source, if any. */
  readonly getToken: GetToken | undefined;
  /** The error for a refused response (`session_expired` when the session is over). */
  readonly refused: (response: Response, forced?: 'session_expired') => Promise<AuthsecError>;
}

export async function authorizedFetch(ctx: SendContext): Promise<Response> {
  const { endpoint, url, init, headers, credentials, getToken, label } = ctx;
  if (endpoint.auth === 'basic' && credentials) {
    headers.Authorization = `Basic ${btoa(`${credentials.username}:${credentials.password}`)}`;
    return ctx.fetch(url, init);
  }
  if ((endpoint.auth !== 'bearer' && endpoint.auth !== 'user') || !getToken) return ctx.fetch(url, init);
  const token = async (forceRefresh: boolean) => {
    try {
      return await getToken({ forceRefresh });
    } catch (cause) {
      throw new AuthsecError({ code: 'session_expired', status: 401, endpoint: label, cause });
    }
  };

  const first = await token(false);
  if (first) headers.Authorization = `Bearer ${first}`;
  const response = await ctx.fetch(url, init);
  if (response.status !== 401) return response;

  // One refresh, one retry: a token that fails twice means the session is over.
  await response.body?.cancel().catch(() => undefined);
  const fresh = await token(true);
  // No token now and none before: nobody has signed in yet, which is not an expired session.
  if (!fresh) throw await ctx.refused(response, first ? 'session_expired' : undefined);
  headers.Authorization = `Bearer ${fresh}`;
  const retried = await ctx.fetch(url, init);
  if (retried.status === 401) throw await ctx.refused(retried, 'session_expired');
  return retried;
}
