/**
 * The HTML the authorization server itself serves: the hosted consent page (a shell that loads
 * `<authsec-consent-screen>` from `/authsec-consent.js`) and the authorize error page. No inline
 * script or style; every string from a request is escaped.
 */

/**
 * The page CSP: same-origin script only (no unsafe-inline/eval), Trusted Types for every DOM sink
 * (lit-html's policy), no framing, forms post only to this origin. The demo portal uses the same
 * string (`PAGE_CSP` in server.ts).
 */
export const CONSENT_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** Headers for every page on the authorization path (RFC 9700 §4.16, §4.2.4; consent-security §2.7). */
export const PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': CONSENT_PAGE_CSP,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
});

export const CONSENT_SCRIPT_PATH = '/authsec-consent.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The hosted consent page. The element reads `consent_challenge` from the page URL. */
export function consentPageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Authorize access · AuthSec</title>
</head>
<body>
<authsec-consent-screen></authsec-consent-screen>
<noscript>This consent page needs JavaScript. Turn it on and reload, or close this tab to cancel the request.</noscript>
<script type="module" src="${CONSENT_SCRIPT_PATH}"></script>
</body>
</html>
`;
}

/** The authorize error page: shown instead of redirecting when the client or redirect URI is not trusted. */
export function errorPageHtml(error: string, description: string, details: string[] = []): string {
  const items = details.map((d) => `<li>${escapeHtml(d)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Authorization request rejected · AuthSec</title>
</head>
<body>
<main>
<h1>This authorization request cannot continue</h1>
<p>${escapeHtml(description)}</p>
${items ? `<ul>${items}</ul>\n` : ''}<p>You have not been sent back to the application because its identity or return address could not be verified. You can close this tab.</p>
<p>Error code: <code>${escapeHtml(error)}</code></p>
</main>
</body>
</html>
`;
}
