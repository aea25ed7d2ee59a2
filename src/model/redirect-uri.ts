/**
 * What a client may register as a redirect URI (RFC 9700 §2.6, RFC 8252 §7.3): https, or plain http
 * on a loopback host for native apps; no fragment, no user information. One rule for the
 * pre-registration form and the emulator's registration endpoints.
 */

export type RedirectUriProblem = 'empty' | 'long' | 'whitespace' | 'fragment' | 'not_absolute' | 'http_not_loopback' | 'scheme' | 'userinfo';

export const MAX_REDIRECT_URI_LENGTH = 2000;
/** Hosts that may use plain http (loopback only). */
const HTTP_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** Why `uri` cannot be registered, or undefined when it can. */
export function redirectUriProblem(uri: unknown): RedirectUriProblem | undefined {
  if (typeof uri !== 'string' || uri === '') return 'empty';
  if (uri.length > MAX_REDIRECT_URI_LENGTH) return 'long';
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(uri)) return 'whitespace';
  if (uri.includes('#')) return 'fragment';
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return 'not_absolute';
  }
  if (url.protocol === 'http:') {
    if (!HTTP_HOSTS.has(url.hostname)) return 'http_not_loopback';
  } else if (url.protocol !== 'https:') {
    return 'scheme';
  }
  if (url.username || url.password) return 'userinfo';
  return undefined;
}

/** One URI a line (blank lines ignored), as the pre-registration form takes them. */
export function redirectUriLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}
