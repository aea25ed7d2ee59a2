/**
 * Which admin surface a client speaks (authsec-api-current.md §1–§2): `/authsec/applications/*`,
 * AuthSec's preferred admin API, or `/authsec/resource-servers/*`, the shim it keeps for SDKs.
 * `auto` asks the applications surface first and falls back to the shim when the server does not
 * have it (a route-level 404 on the first admin call). The answer is remembered for the page, per
 * transport and base URL, so every element on a page speaks the same surface.
 */
import type { ApiSurface, ApplicationsForm, Endpoint } from './endpoint.js';
import { AuthsecError } from './errors.js';

export type { SurfaceChoice } from './surface-choice.js';
import type { SurfaceChoice } from './surface-choice.js';

const GLOBAL_FETCH = {};
/** transport (a host's `fetch`, or the global one) → base URL → the surface, or the call finding out */
const known = new WeakMap<object, Map<string, ApiSurface | Promise<unknown>>>();

function memoFor(transport: object | undefined): Map<string, ApiSurface | Promise<unknown>> {
  const key = transport ?? GLOBAL_FETCH;
  let memo = known.get(key);
  if (!memo) known.set(key, (memo = new Map()));
  return memo;
}

/** The surface remembered for this transport and base URL, if any call has found out. */
export function knownSurface(transport: object | undefined, baseUrl: string): ApiSurface | undefined {
  const state = memoFor(transport).get(baseUrl);
  return typeof state === 'string' ? state : undefined;
}

/**
 * A 404 for the route itself, not for a record: Gin answers an unknown route with the plain text
 * `404 page not found`, never a JSON envelope. Every handler (and the workspace check, which says
 * `{"error":"not found"}`) answers in JSON, so an envelope means the route exists.
 */
export function missingRoute(error: unknown): boolean {
  if (!(error instanceof AuthsecError) || error.status !== 404) return false;
  return Object.keys(error.envelope).length === 0 || error.serverMessage?.trim() === '404 page not found';
}

/**
 * Runs `attempt` with the endpoint's form on the surface this client speaks: the applications form
 * (when the endpoint has one) or undefined for its resource-servers form.
 */
export async function onSurface<T>(
  choice: SurfaceChoice,
  transport: object | undefined,
  baseUrl: string,
  endpoint: Endpoint,
  attempt: (form: ApplicationsForm | undefined) => Promise<T>,
): Promise<T> {
  const form = endpoint.applications;
  if (!form) return attempt(undefined);
  if (choice !== 'auto') return attempt(choice === 'applications' ? form : undefined);
  const memo = memoFor(transport);
  for (;;) {
    const state = memo.get(baseUrl);
    if (state === 'applications') return attempt(form);
    if (state === 'resource-servers') return attempt(undefined);
    if (!state) break;
    // Another call is finding out: wait for it, never mix surfaces.
    await state.catch(() => undefined);
  }
  const finding = (async () => {
    try {
      const result = await attempt(form);
      memo.set(baseUrl, 'applications');
      return result;
    } catch (error) {
      if (missingRoute(error)) {
        memo.set(baseUrl, 'resource-servers');
        return attempt(undefined);
      }
      // Any other answer from the server means the route exists; no answer decides nothing.
      if (error instanceof AuthsecError && error.status > 0) memo.set(baseUrl, 'applications');
      else memo.delete(baseUrl);
      throw error;
    }
  })();
  memo.set(baseUrl, finding);
  return finding;
}
