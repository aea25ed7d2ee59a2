/** Resource URI composition and the Public Base URL rule, as AuthSec enforces them. */

export type BaseUrlProblem = 'empty' | 'invalid' | 'not_https' | 'has_query' | 'has_userinfo';

/** `https` required, except loopback hosts for local development. */
export function checkPublicBaseUrl(value: string): BaseUrlProblem | null {
  const trimmed = value.trim();
  if (!trimmed) return 'empty';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid';
  if (url.search || url.hash) return 'has_query';
  // `https://trusted.example@evil.example` is evil.example: AuthSec would store it as the Resource URI.
  if (url.username || url.password) return 'has_userinfo';
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'not_https';
  return null;
}

/** AuthSec allows plain http for exactly these two hosts (authsec-api.md §2.1); not `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1';
}

/** Default `/mcp`; a leading `/` is enforced. */
export function normaliseProtectedPath(path: string | undefined): string {
  const trimmed = (path ?? '').trim();
  if (!trimmed) return '/mcp';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/** `public_base_url` (trailing `/` trimmed) + `protected_base_path`. */
export function composeResourceUri(publicBaseUrl: string, protectedPath: string | undefined): string {
  return publicBaseUrl.trim().replace(/\/+$/, '') + normaliseProtectedPath(protectedPath);
}
