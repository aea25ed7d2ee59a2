/** URLs the consent screen may show or follow: http(s) only, with what deserves a second look. */

export interface DisplayUrl {
  /** The host as the WHATWG parser sees it: ASCII, punycode for IDNs, no userinfo. */
  readonly host: string;
  readonly scheme: 'https' | 'http';
  readonly loopback: boolean;
  /** Internationalised host (shown as punycode): worth a second look. */
  readonly punycode: boolean;
  /** The URL carried a `user:pass@` part that hid the real host. */
  readonly hadUserinfo: boolean;
  /** Full URL, normalised by the parser. */
  readonly href: string;
}

/**
 * Parses a URL we may show or follow. Only `http:` and `https:` are accepted: anything else
 * (`javascript:`, `data:`, `file:`, relative or protocol-relative) is `null`.
 */
export function parseDisplayUrl(value: string | null | undefined): DisplayUrl | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname;
  return {
    host,
    scheme: url.protocol === 'https:' ? 'https' : 'http',
    loopback: isLoopback(host),
    punycode: host.split('.').some((label) => label.startsWith('xn--')),
    hadUserinfo: url.username !== '' || url.password !== '',
    href: url.href,
  };
}

/** Literal loopback hosts only: `localhost.evil.example` or `127.0.0.1.nip.io` are not. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** A URL that may be navigated to (http/https), or null. */
export function safeNavigationUrl(value: string | null | undefined): string | null {
  return parseDisplayUrl(value)?.href ?? null;
}
