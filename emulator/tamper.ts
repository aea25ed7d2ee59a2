/**
 * AuthSec answering with data it should not have sent: the emulator's real handler answers, and a
 * rule rewrites that answer's body (one malformed item, an empty body, a 204, `null`) the way a
 * misbehaving SDK, server or proxy would make AuthSec send it. Everything else passes untouched.
 */
import type { BrowserEmulator } from './browser.js';
import type { FetchLike } from '../src/api/client.js';

export interface TamperRule {
  /** Which requests: a path pattern, and the method (default GET). */
  path: RegExp;
  method?: string;
  /** The new body from the real one (parsed JSON); a string is sent as it is. */
  body?: (real: any) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Answer with this status and no body (e.g. 204) instead. */
  status?: number;
}

export function tamperedFetch(emu: BrowserEmulator, rules: readonly TamperRule[]): FetchLike {
  return async (input, init) => {
    const response = await emu.fetchFn(input, init);
    const path = new URL(input, emu.baseUrl).pathname;
    const rule = rules.find((r) => r.path.test(path) && (r.method ?? 'GET') === (init?.method ?? 'GET'));
    if (!rule || !response.ok) return response;
    if (rule.status !== undefined) return new Response(null, { status: rule.status });
    const real: unknown = await response.json();
    const next = rule.body!(real);
    return new Response(typeof next === 'string' ? next : JSON.stringify(next), { status: response.status, headers: { 'Content-Type': 'application/json' } });
  };
}
