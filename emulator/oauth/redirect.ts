/**
 * Redirect URIs: what a client may register, how an authorization request's `redirect_uri` is
 * matched (exact string comparison; only the port of a literal loopback host may differ, RFC 8252
 * §7.3 / RFC 9700 §4.1.3; `localhost` is matched exactly and is not `127.0.0.1`), and how response
 * parameters are added without touching the registered query.
 */

import { MAX_REDIRECT_URI_LENGTH, redirectUriProblem as problemOf, type RedirectUriProblem } from '../../src/model/redirect-uri.js';

/** `http://<loopback literal>[:port]<path-and-query>`; no fragment, no userinfo. */
const LOOPBACK_LITERAL = /^http:\/\/(127\.0\.0\.1|\[::1\])(?::(\d{1,5}))?([/?][^#]*)?$/;

/** The rule's problems in the words an OAuth error description uses. */
const DESCRIPTION: Readonly<Record<RedirectUriProblem, string>> = {
  empty: 'each redirect_uri must be a non-empty string',
  long: `redirect_uri is longer than ${MAX_REDIRECT_URI_LENGTH} characters`,
  whitespace: 'redirect_uri must not contain whitespace or control characters',
  fragment: 'redirect_uri must not contain a fragment',
  not_absolute: 'redirect_uri must be an absolute URI',
  http_not_loopback: 'http redirect_uris are allowed only for loopback hosts (127.0.0.1, [::1], localhost); use https',
  scheme: 'redirect_uri must use https (or http on a loopback host)',
  userinfo: 'redirect_uri must not contain credentials',
};

/** Why `uri` cannot be registered, or undefined when it can (src/model/redirect-uri.ts). */
export function redirectUriProblem(uri: unknown): string | undefined {
  const problem = problemOf(uri);
  return problem && DESCRIPTION[problem];
}

function splitLoopback(uri: string): { host: string; rest: string } | undefined {
  const match = LOOPBACK_LITERAL.exec(uri);
  if (!match) return undefined;
  if (match[2] !== undefined && Number(match[2]) > 65_535) return undefined;
  return { host: match[1]!, rest: match[3] ?? '' };
}

/** RFC 9700 §4.1.3: exact string match, except any port for a literal loopback host. */
export function redirectUriMatches(requested: string, registered: string): boolean {
  if (requested === registered) return true;
  const a = splitLoopback(requested);
  const b = splitLoopback(registered);
  return !!a && !!b && a.host === b.host && a.rest === b.rest;
}

/** Appends response parameters, keeping the redirect URI's own query byte for byte. */
export function appendParams(uri: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.append(k, v);
  const extra = query.toString();
  if (!extra) return uri;
  const hash = uri.indexOf('#');
  const base = hash < 0 ? uri : uri.slice(0, hash);
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${extra}`;
}

/**
 * RFC 6749 §4.1.2.1 / §5.2: `error_description` is `%x20-21 / %x23-5B / %x5D-7E` only. Anything
 * else (quotes, backslashes, non-ASCII, control characters) is dropped.
 */
export function safeDescription(text: string): string {
  return text.replace(/[^\x20\x21\x23-\x5B\x5D-\x7E]/g, '').slice(0, 300);
}
