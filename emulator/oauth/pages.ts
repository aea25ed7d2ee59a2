/**
 * The HTML the authorization server itself serves: the hosted consent page (a shell that loads
 * `<authsec-consent-screen>` from `/authsec-consent.js`) and the authorize error page. No inline
 * script or style (JSON data blocks are data, never run); every string from a request is escaped.
 */
import type { PageDress } from '../store.js';

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

/** The consent form page's CSP: the strict page CSP, with the client's redirect origins allowed as
 * form targets (browsers enforce form-action on the redirect chain, which ends at the client). */
export function consentFormCsp(redirectOrigins: readonly string[]): string {
  return CONSENT_PAGE_CSP.replace("form-action 'self'", ["form-action 'self'", ...redirectOrigins].join(' '));
}

export interface ConsentRow {
  readonly scope: string;
  readonly display: string;
  readonly risk?: string;
  readonly description?: string;
  /** AuthSec's sentence for a scope it will not grant. */
  readonly blocked?: string;
}

/** AuthSec's inline `<style>` (hmgr_controller.go), as a same-origin stylesheet: the page keeps a strict CSP. */
export const HMGR_STYLESHEET_PATH = '/authsec/hmgr/consent.css';
export const HMGR_STYLESHEET = `body{font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',sans-serif;background:#f5f7fb;color:#16202a;margin:0;padding:32px;}
main{max-width:720px;margin:0 auto;background:#fff;border:1px solid #d7deea;border-radius:16px;padding:28px;box-shadow:0 10px 30px rgba(16,24,40,.08);}
h1{margin:0 0 8px;font-size:28px;}
p{margin:0 0 16px;line-height:1.5;color:#445468;}
fieldset{border:none;padding:0;margin:20px 0;}
label.scope{display:block;border:1px solid #d7deea;border-radius:12px;padding:14px 16px;margin:0 0 12px;background:#fbfcfe;}
label.scope.blocked{background:#f4f6fa;border-color:#e0e4ed;color:#445468;}
label.scope .scope-header{display:flex;align-items:center;gap:8px;}
label.scope strong{font-size:15px;overflow-wrap:anywhere;}
label.scope .scope-desc{display:block;font-size:13px;margin-top:6px;color:#4d5a68;}
label.scope .scope-blocked-reason{display:block;font-size:12px;margin-top:4px;color:#a3281b;font-style:italic;}
.risk-badge{display:inline-block;padding:2px 8px;border-radius:999px;font-size:11px;font-weight:600;color:#fff;white-space:nowrap;background:#4d5a68;}
.risk-low{background:#2e7d32}.risk-medium{background:#a35200}.risk-high{background:#b33c00}.risk-critical{background:#b71c1c}
input[type=checkbox]{margin-right:8px;}
.actions{display:flex;gap:12px;margin-top:24px;}
button{border:none;border-radius:10px;padding:12px 18px;font-weight:600;cursor:pointer;font-size:15px;}
button.allow{background:#0a5ed7;color:#fff;}
button.deny{background:#edf1f7;color:#16202a;}
.meta{font-size:13px;color:#4d5a68;margin-top:18px;}
main:has(> authsec-consent-screen){max-width:none;background:none;border:0;box-shadow:none;padding:0;}
@media (prefers-color-scheme:dark){body{background:#0f141a;color:#e6edf3}main{background:#161b22;border-color:#30363d}p,.meta,label.scope .scope-desc{color:#b1bac4}label.scope{background:#161b22;border-color:#30363d}label.scope.blocked{background:#0f141a;color:#b1bac4}label.scope .scope-blocked-reason{color:#ff8c7a}button.deny{background:#30363d;color:#e6edf3}}
`;

/** JSON in a `<script type="application/json">`: `<` escaped, so no value can close the element. */
const jsonBlock = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The consent page in AuthSec's document structure and form fields (renderMCPConsentPage in
 * hmgr_controller.go): what works with JavaScript off and what the drop-in reads and enhances.
 */
export function hmgrConsentPageHtml(page: { challenge: string; clientId: string; rows: readonly ConsentRow[]; data?: unknown; dress?: PageDress | undefined }): string {
  const rows = page.rows
    .map((r) => {
      const badge = r.risk ? ` <span class="risk-badge risk-${escapeHtml(r.risk)}">${escapeHtml(r.risk)}</span>` : '';
      const desc = r.description ? `<span class="scope-desc">${escapeHtml(r.description)}</span>` : '';
      return r.blocked
        ? `<label class="scope blocked"><div class="scope-header"><input type="checkbox" disabled><strong>${escapeHtml(r.display)}</strong>${badge}</div>${desc}<span class="scope-blocked-reason">${escapeHtml(r.blocked)}</span></label>`
        : `<label class="scope"><div class="scope-header"><input type="checkbox" name="grant_scope" value="${escapeHtml(r.scope)}" checked><strong>${escapeHtml(r.display)}</strong>${badge}</div>${desc}</label>`;
    })
    .join('');
  const data = page.data === undefined ? '' : `<script type="application/json" id="authsec-consent-data">${jsonBlock(page.data)}</script>\n`;
  return `<!doctype html>
<html lang="${escapeHtml(page.dress?.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<title>Authorize Access</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${HMGR_STYLESHEET_PATH}">
${operatorWords(page.dress)}<script type="module" src="${CONSENT_SCRIPT_PATH}"></script>
</head>
<body><main><h1>Authorize access</h1><p><strong>${escapeHtml(page.clientId)}</strong> is requesting access to your resources.</p><form method="post" action="/authsec/hmgr/consent"><input type="hidden" name="consent_challenge" value="${escapeHtml(page.challenge)}"><fieldset><legend>Select the permissions to grant</legend>${rows}</fieldset><label class="scope"><div class="scope-header"><input type="checkbox" name="remember" value="true" checked><strong>Remember this decision for 30 days</strong></div><span class="scope-desc">Clearing this stores nothing beyond the current OAuth transaction.</span></label><div class="actions"><button class="allow" type="submit" name="action" value="allow">Allow selected</button><button class="deny" type="submit" name="action" value="deny">Deny</button></div><p class="meta">Only the checked scopes will be granted to this client.</p></form></main>
${data}</body>
</html>
`;
}

/** AuthSec's 403 page for an application that is not live yet (§3.2). */
export function notActivatedPageHtml(application: string, state: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>Service not yet activated</title>
<link rel="stylesheet" href="${HMGR_STYLESHEET_PATH}">
</head>
<body><main><h1>Service not yet activated</h1><p><strong>${escapeHtml(application)}</strong> is not available yet (state: ${escapeHtml(state)}). Its administrator has not finished setting it up. You can close this tab.</p></main></body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The operator's wording for the drop-in, as JSON it parses and never runs (src/i18n/page-messages.ts). */
function operatorWords(dress: PageDress | undefined): string {
  const own = dress?.messages;
  if (!own) return '';
  const lang = own.lang ? ` lang="${escapeHtml(own.lang)}"` : '';
  return `<script type="application/json" id="authsec-messages"${lang}>${jsonBlock(own.words)}</script>\n`;
}

/** The hosted consent page. The element reads `consent_challenge` from the page URL. */
export function consentPageHtml(dress?: PageDress): string {
  return `<!doctype html>
<html lang="${escapeHtml(dress?.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<title>Authorize access · AuthSec</title>
</head>
<body>
<main>
<authsec-consent-screen page><strong slot="brand">Acme Cloud</strong></authsec-consent-screen>
<noscript>This consent page needs JavaScript. Turn it on and reload, or close this tab to cancel the request.</noscript>
</main>
${operatorWords(dress)}<script type="module" src="${CONSENT_SCRIPT_PATH}"></script>
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
