/**
 * The consent journeys, as one script for every engine (Chromium via Playwright in
 * e2e/consent-journey.spec.ts; Firefox and WebKit via suite.ts), on both consent contracts:
 *
 *   form  today's AuthSec: the HTML form at /authsec/hmgr/consent, enhanced by the drop-in; the
 *         decision is AuthSec's own form POST, answered with a 302 the browser follows
 *   json  the v2 backport: the hosted page /consent, the element on the JSON consent API
 *
 * The browser is driven only where a person would act (open the authorize URL, untick a permission,
 * press Allow / Deny / Return); the test itself plays the OAuth client over `fetch`: dynamic client
 * registration with a redirect URI on a small local "client app" server, PKCE S256, a state full of
 * hostile characters, the token exchange, and checks on the access token.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { DEFAULT_TIMEOUT_MS, type Driver } from './drivers.js';

// ---- What the journeys need from the engine's harness -------------------------------------------

export interface RequestRecord {
  method: string;
  url: string;
}

export type ConsentMode = 'form' | 'json';

export interface JourneyEnv {
  /** The authorization server's origin, which is also its issuer (`iss`). */
  origin: string;
  /** Which consent contract this run takes (the emulator serves both). */
  mode: ConsentMode;
  driver: Driver;
  /** Where `requests()` comes from: the browser's own request events, or the server's log. */
  requestSource: string;
  /** Every request to the authorization server so far (this test only). */
  requests(): readonly RequestRecord[];
  /** From now on, serve this consent page URL without X-Frame-Options and without `frame-ancestors`. */
  unframe(consentUrl: string): Promise<void>;
  /** From now on, answer the Allow decision (`POST …/consent/accept`, or the form's POST) only after `ms`. */
  slowAccept(ms: number): Promise<void>;
  /**
   * A driver on which this consent page runs without JavaScript: a page with scripting turned off
   * where the engine allows it, else the page served without the drop-in `<script>` (what a browser
   * without JavaScript gets from it). Says which in `how`.
   */
  withoutScript(consentUrl: string): Promise<{ driver: Driver; how: string; close(): Promise<void> }>;
  /** CSP violations the browser reported to the server (`report-uri`), where the harness collects them. */
  reportedViolations(): readonly string[];
  /** Where `reportedViolations()` comes from, or why there is none. */
  reportSource: string;
  /** Whether `reportedViolations()` is collected at all. */
  collectsReports: boolean;
  /** A diagnostic line for the test report. */
  log(message: string): void;
}

export type Journey = (env: JourneyEnv) => Promise<void>;

// ---- The seeded world (emulator/seed/workspace.ts) ----------------------------------------------

/** Docs Search's resource URI: the `aud` of its access tokens. */
export const DOCS_RESOURCE = 'https://docs-mcp.acme.example/mcp';
export const SEARCH = 'docs_search:docs:search';
export const WRITE = 'docs_search:docs:write';
/** The owner, who holds both Docs Search scopes. */
export const ADA = 'ada@acme.example';
/** Quotes, markup, URL delimiters, a percent escape, a plus, a backslash and non-ASCII. */
export const HOSTILE_STATE = `st "'<svg onload=alert(1)>&code=forged&iss=https://evil.example#frag %2F%00+\\/?é😀`;

// ---- Where a person looks and clicks ------------------------------------------------------------

const HOST = 'authsec-consent-screen';
export const ALLOW = `${HOST} >>> button[part=allow]`;
export const DENY = `${HOST} >>> button[part=deny]`;
export const CARD = `${HOST} >>> [part=card]`;
export const STATUS = `${HOST} >>> [part=status]`;
export const RETURN = `${HOST} >>> [part=status] button`;
// Inside the screen's own parts: in form mode its light DOM also holds AuthSec's (hidden) form.
export const SCOPE_ITEMS = `${HOST} >>> [part=scopes] li.scope`;
export const scopeCheckbox = (index: number) => `${HOST} >>> [part=scopes] li.scope:nth-child(${index + 1}) input[type=checkbox]`;
export const ACCEPT_PATH = '/authsec/oauth/v2/consent/accept';
export const REJECT_PATH = '/authsec/oauth/v2/consent/reject';
export const CONSENT_API_PATH = '/authsec/oauth/v2/consent';
/** Today's consent page and its form's POST target. */
export const FORM_PATH = '/authsec/hmgr/consent';
/** Where each contract's page is, and where its Allow / Deny go. */
export const PAGE_PATH: Record<ConsentMode, string> = { form: FORM_PATH, json: '/consent' };
export const ALLOW_PATH: Record<ConsentMode, string> = { form: FORM_PATH, json: ACCEPT_PATH };
const DENY_PATH: Record<ConsentMode, string> = { form: FORM_PATH, json: REJECT_PATH };
const posts = (env: JourneyEnv, path: string) => env.requests().filter((r) => r.method === 'POST' && new URL(r.url).pathname === path).length;
export const FRAMED_TEXT = 'This page is shown inside another website';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => T | Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

// ---- The OAuth client the test plays --------------------------------------------------------------

/** The client application's own little web server: its redirect URI, and a page on another origin. */
export interface ClientApp {
  readonly origin: string;
  readonly redirectUri: string;
  /** Every request to the redirect URI, in order. */
  readonly hits: URL[];
  waitForHit(timeoutMs?: number): Promise<URL>;
  /** A page of this (other) origin that frames `src` in `<iframe id="consent">`. */
  framingPage(src: string): string;
  close(): Promise<void>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export async function startClientApp(): Promise<ClientApp> {
  const hits: URL[] = [];
  let origin = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname === '/cb') {
      hits.push(url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Client app</title><p>Authorization response received.</p>');
    } else if (url.pathname === '/frame') {
      const src = url.searchParams.get('src') ?? 'about:blank';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>Another website</title><p>Some other website, framing the consent page:</p>` +
          `<iframe id="consent" title="consent" src="${escapeHtml(src)}" width="900" height="1100"></iframe>`,
      );
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    redirectUri: `${origin}/cb`,
    hits,
    waitForHit: async (timeoutMs = DEFAULT_TIMEOUT_MS) => until(() => hits[0], timeoutMs, 'the authorization response at the redirect URI'),
    framingPage: (src) => `${origin}/frame?${new URLSearchParams({ src })}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** RFC 7591 registration: a public client (no secret), so it shows as unverified on the consent page. */
export async function registerClient(origin: string, redirectUri: string): Promise<string> {
  const res = await fetch(`${origin}/oauth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_name: 'Journey Test Client', redirect_uris: [redirectUri], token_endpoint_auth_method: 'none' }),
  });
  assert.equal(res.status, 201, `registration: ${await res.clone().text()}`);
  const body = (await res.json()) as { client_id: string };
  return body.client_id;
}

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  challenge: string;
  state: string;
  scopes: string[];
  /** Emulator-only authorize parameters that dress the operator's page (its `lang`, its own words). */
  page?: Readonly<Record<string, string>>;
}

export function authorizeUrl(origin: string, r: AuthorizeRequest, mode: ConsentMode = 'form'): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: r.clientId,
    redirect_uri: r.redirectUri,
    scope: r.scopes.join(' '),
    state: r.state,
    code_challenge: r.challenge,
    code_challenge_method: 'S256',
    resource: DOCS_RESOURCE,
    login_hint: ADA,
    // Emulator-only, like login_hint: which consent page this request goes to.
    authsec_consent_page: mode,
    ...r.page,
  });
  return `${origin}/oauth/authorize?${query}`;
}

/** The consent page URL the authorize endpoint sends the browser to (read without a browser). */
async function consentUrlFor(env: JourneyEnv, r: AuthorizeRequest): Promise<string> {
  const { origin } = env;
  const res = await fetch(authorizeUrl(origin, r, env.mode), { redirect: 'manual' });
  assert.equal(res.status, 303, 'authorize answers with a 303 to the consent page');
  const location = new URL(res.headers.get('location') ?? '', origin);
  assert.equal(location.origin + location.pathname, `${origin}${PAGE_PATH[env.mode]}`);
  assert.ok(location.searchParams.get('consent_challenge'));
  return location.href;
}

async function exchangeCode(origin: string, code: string, clientId: string, redirectUri: string, verifier: string) {
  const res = await fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
      resource: DOCS_RESOURCE,
    }),
  });
  const body = (await res.json()) as Record<string, unknown>;
  assert.equal(res.status, 200, `token exchange: ${JSON.stringify(body)}`);
  return body as { access_token: string; token_type: string; scope: string };
}

/** A fresh client, PKCE pair and authorization request for the seeded Docs Search application. */
async function newRequest(env: JourneyEnv, client: ClientApp, scopes = [SEARCH, WRITE]) {
  const clientId = await registerClient(env.origin, client.redirectUri);
  const { verifier, challenge } = pkce();
  const request: AuthorizeRequest = { clientId, redirectUri: client.redirectUri, challenge, state: HOSTILE_STATE, scopes };
  return { clientId, verifier, request };
}

/** Opens the authorize URL like a person following the client's link; ends on the rendered consent screen. */
async function openConsent(env: JourneyEnv, request: AuthorizeRequest) {
  const nav = await env.driver.goto(authorizeUrl(env.origin, request, env.mode));
  const at = await env.driver.waitForUrl((u) => u.origin === env.origin && u.pathname === PAGE_PATH[env.mode]);
  assert.ok(at.searchParams.get('consent_challenge'), 'the hosted page carries the consent challenge');
  await env.driver.waitFor(ALLOW);
  return { nav, consentUrl: at.href };
}

/** Scope strings shown on the screen, in screen order, and whether each is ticked. */
async function scopesOnScreen(driver: Driver): Promise<{ scope: string; checked: boolean }[]> {
  const texts = await driver.texts(SCOPE_ITEMS);
  const out: { scope: string; checked: boolean }[] = [];
  for (const [i, text] of texts.entries()) {
    const scope = [SEARCH, WRITE].find((s) => text.includes(s));
    assert.ok(scope, `a scope item names its scope string: "${text}"`);
    out.push({ scope, checked: await driver.isChecked(scopeCheckbox(i)) });
  }
  return out;
}

/** Every violation any source saw; `ignore` drops expected ones (e.g. frame-ancestors in the framing test). */
async function violations(env: JourneyEnv, ignore?: RegExp): Promise<string[]> {
  // Reports are posted asynchronously, and nothing signals that none is still on its way: this is
  // the one settle before a "nothing happened" check. The in-page sources (Chromium, Firefox) see a
  // violation synchronously; the wait only gives a report already sent time to arrive, so a slow
  // machine can never make this fail, only (unlikely) miss a report.
  await sleep(400);
  return [...env.driver.violations(), ...env.reportedViolations()].filter((v) => !ignore?.test(v));
}

function logSources(env: JourneyEnv): void {
  env.log(`${env.driver.engine}: violations from ${env.driver.violationSources}; server-side: ${env.reportSource}`);
}

function assertAuthorizationResponse(hit: URL, env: JourneyEnv): void {
  assert.equal(hit.searchParams.get('state'), HOSTILE_STATE, 'state comes back byte for byte');
  assert.equal(hit.searchParams.get('iss'), env.origin, 'iss is the authorization server (RFC 9207)');
  assert.equal(hit.searchParams.getAll('state').length, 1);
  assert.equal(hit.searchParams.getAll('iss').length, 1);
}

// ---- The journeys -------------------------------------------------------------------------------

/** Untick one permission, Allow: the redirect URI gets code + state + iss; the token has only what stayed ticked. */
export const allowJourney: Journey = async (env) => {
  const client = await startClientApp();
  try {
    const { clientId, verifier, request } = await newRequest(env, client);
    await openConsent(env, request);

    const before = await scopesOnScreen(env.driver);
    assert.deepEqual(before.map((s) => s.scope).sort(), [SEARCH, WRITE], 'both requested scopes are offered to Ada');
    assert.ok(before.every((s) => s.checked), 'every grantable scope starts ticked');

    const writeIndex = before.findIndex((s) => s.scope === WRITE);
    await env.driver.click(scopeCheckbox(writeIndex));
    await until(async () => !(await env.driver.isChecked(scopeCheckbox(writeIndex))), DEFAULT_TIMEOUT_MS, 'the write permission to be unticked');
    const ticked = (await scopesOnScreen(env.driver)).filter((s) => s.checked).map((s) => s.scope);
    assert.deepEqual(ticked, [SEARCH]);
    assert.equal(client.hits.length, 0, 'nothing reached the client before the decision');

    await env.driver.click(ALLOW);
    const hit = await client.waitForHit();
    assertAuthorizationResponse(hit, env);
    assert.equal(posts(env, ALLOW_PATH[env.mode]), 1, `one decision, to ${ALLOW_PATH[env.mode]} (counted from ${env.requestSource})`);
    const code = hit.searchParams.get('code');
    assert.ok(code, 'an authorization code');
    assert.equal(hit.searchParams.getAll('code').length, 1, 'the hostile state did not smuggle in a second code');
    assert.equal(hit.searchParams.get('error'), null);
    const landed = await env.driver.waitForUrl((u) => u.origin === client.origin && u.pathname === '/cb');
    assert.equal(landed.searchParams.get('code'), code, 'the browser itself landed on the redirect URI with the code');
    assert.equal(landed.searchParams.get('state'), HOSTILE_STATE);
    assert.equal(client.hits.length, 1, 'exactly one authorization response');

    const token = await exchangeCode(env.origin, code, clientId, client.redirectUri, verifier);
    assert.equal(token.token_type, 'Bearer');
    assert.equal(token.scope, ticked.join(' '), 'the token response lists only the ticked scopes');
    const claims = decodeJwt(token.access_token);
    assert.deepEqual(String(claims.scope).split(' ').sort(), [...ticked].sort(), 'the access token carries exactly the ticked scopes');
    assert.equal(claims.aud, DOCS_RESOURCE, 'the token is for Docs Search');
    assert.equal(claims.iss, env.origin);
    assert.equal(claims.client_id, clientId);
    assert.equal(claims.email, ADA);

    assert.deepEqual(await violations(env), [], 'no CSP / Trusted Types violation');
  } finally {
    await client.close();
  }
};

/** The operator's own word for Allow, in French (the page's JSON messages). */
export const FRENCH_ALLOW = 'Oui, autoriser';

/**
 * A French operator page (`<html lang="fr-FR">`) with one word of its own: the screen speaks French
 * from its first paint, having loaded one more same-origin file (authsec-consent.fr.js); the
 * operator's word wins over ours; the decision works as in English, with no CSP violation.
 */
export const frenchJourney: Journey = async (env) => {
  const client = await startClientApp();
  try {
    const { clientId, verifier, request } = await newRequest(env, client);
    const page = { authsec_consent_lang: 'fr-FR', authsec_consent_messages: JSON.stringify({ lang: 'fr', words: { 'consent.allow': FRENCH_ALLOW } }) };
    await openConsent(env, { ...request, page });

    const card = await env.driver.text(CARD);
    assert.ok(card.includes('souhaite accéder à Docs Search'), `the question in French: ${card}`);
    assert.ok(card.includes('Ce client pourra'), 'the permissions heading in French');
    assert.ok(!/wants to access|It will be able to|Allow access/.test(card), `no English left: ${card}`);
    assert.equal((await env.driver.text(DENY)).trim(), 'Refuser', 'our French word for Deny');
    assert.equal((await env.driver.text(ALLOW)).trim(), FRENCH_ALLOW, "the operator's word for Allow wins");
    const files = env.requests().filter((r) => /\/authsec-consent\.[a-z]+\.js$/.test(new URL(r.url).pathname));
    assert.deepEqual(files.map((r) => new URL(r.url).pathname), ['/authsec-consent.fr.js'], `one more file, for French (counted from ${env.requestSource})`);

    const before = await scopesOnScreen(env.driver);
    const writeIndex = before.findIndex((s) => s.scope === WRITE);
    await env.driver.click(scopeCheckbox(writeIndex));
    await until(async () => !(await env.driver.isChecked(scopeCheckbox(writeIndex))), DEFAULT_TIMEOUT_MS, 'the write permission to be unticked');
    await env.driver.click(ALLOW);
    const hit = await client.waitForHit();
    assertAuthorizationResponse(hit, env);
    const code = hit.searchParams.get('code');
    assert.ok(code, 'an authorization code');
    const token = await exchangeCode(env.origin, code, clientId, client.redirectUri, verifier);
    assert.equal(token.scope, SEARCH, 'only the ticked scope, decided in French');
    assert.deepEqual(await violations(env), [], 'no CSP / Trusted Types violation');
  } finally {
    await client.close();
  }
};

/**
 * Deny. JSON contract, self-registered client: no automatic bounce; "Return to …" carries
 * access_denied + state + iss. Form contract: AuthSec answers the form with its 302, so the browser
 * arrives at the client with access_denied + state + iss (the server decides where it goes).
 */
export const denyJourney: Journey = async (env) => {
  const client = await startClientApp();
  try {
    const { request } = await newRequest(env, client);
    const { consentUrl } = await openConsent(env, request);
    if (env.mode === 'form') {
      await env.driver.click(DENY);
      const hit = await client.waitForHit();
      assert.equal(hit.searchParams.get('error'), 'access_denied');
      assert.equal(hit.searchParams.get('code'), null, 'no code after a denial');
      assertAuthorizationResponse(hit, env);
      assert.equal(posts(env, FORM_PATH), 1, 'one form POST');
      assert.deepEqual(await violations(env), [], 'no CSP / Trusted Types violation');
      return;
    }

    await env.driver.click(DENY);
    const outcome = await until(
      async () => {
        if (client.hits.length > 0) return 'sent to the client automatically';
        try {
          return (await env.driver.count(RETURN)) > 0 ? 'a "Return to" button' : undefined;
        } catch {
          return undefined; // the page is navigating
        }
      },
      DEFAULT_TIMEOUT_MS,
      'the outcome of Deny',
    );
    assert.equal(outcome, 'a "Return to" button', 'a denial for an unverified (DCR) client is not bounced back automatically (RFC 9700 §4.11.2)');
    assert.match(await env.driver.text(STATUS), /Access denied\./);
    assert.equal(await env.driver.text(RETURN), 'Return to 127.0.0.1');
    // Nothing signals "no navigation is coming": a short settle before checking none came.
    await sleep(300);
    assert.equal(await env.driver.url(), consentUrl, 'an unverified client does not get the person bounced to it automatically');
    assert.equal(client.hits.length, 0);
    assert.equal(posts(env, DENY_PATH.json), 1);

    await env.driver.click(RETURN);
    const hit = await client.waitForHit();
    assert.equal(hit.searchParams.get('error'), 'access_denied');
    assert.equal(hit.searchParams.get('code'), null, 'no code after a denial');
    assertAuthorizationResponse(hit, env);
    const landed = await env.driver.waitForUrl((u) => u.origin === client.origin && u.pathname === '/cb');
    assert.equal(landed.searchParams.get('error'), 'access_denied');
    assert.equal(posts(env, ACCEPT_PATH), 0);

    assert.deepEqual(await violations(env), [], 'no CSP / Trusted Types violation');
  } finally {
    await client.close();
  }
};

const REQUIRED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];

function assertPageHeaders(headers: Record<string, string>, where: string): void {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const csp = lower['content-security-policy'] ?? '';
  const directives = csp.split(';').map((d) => d.trim().replace(/\s+/g, ' '));
  for (const d of REQUIRED_CSP) assert.ok(directives.includes(d), `${where}: CSP has "${d}" (got "${csp}")`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|\*/, `${where}: no unsafe-* or wildcard`);
  assert.equal(lower['x-frame-options'], 'DENY', `${where}: X-Frame-Options`);
  assert.equal(lower['x-content-type-options'], 'nosniff', `${where}: nosniff`);
  assert.equal(lower['referrer-policy'], 'no-referrer', `${where}: Referrer-Policy`);
}

/** The hosted page under its strict CSP + Trusted Types: right headers, and nothing blocked from render to decision. */
export const cspJourney: Journey = async (env) => {
  logSources(env);
  const client = await startClientApp();
  try {
    const { request } = await newRequest(env, client);
    const consentUrl = await consentUrlFor(env, request);
    const res = await fetch(consentUrl);
    assert.equal(res.status, 200);
    assertPageHeaders(Object.fromEntries(res.headers), 'as the server sends them');
    const html = await res.text();
    // A JSON data block (the form page's consent data) is not a script: it never runs.
    assert.doesNotMatch(html, /<script(?![^>]*\b(src=|type="application\/json"))[^>]*>|\sstyle=|\son[a-z]+=/i, 'no inline script, style or handler');
    assert.match(html, /<script type="module" src="\/authsec-consent\.js"><\/script>/, 'the page is the drop-in bundle + the tag');

    const nav = await env.driver.goto(consentUrl);
    if (nav.headers) assertPageHeaders(nav.headers, `as ${env.driver.engine} received them`);
    else env.log(`${env.driver.engine}: response headers not visible to this driver (classic WebDriver); checked as sent by the server`);
    if (nav.status !== undefined) assert.equal(nav.status, 200);
    await env.driver.waitFor(ALLOW);
    await until(async () => (await env.driver.count(SCOPE_ITEMS)) === 2, DEFAULT_TIMEOUT_MS, 'both scopes rendered');
    assert.match(await env.driver.text(CARD), /Journey Test Client wants to access Docs Search/);

    await env.driver.click(ALLOW);
    const hit = await client.waitForHit();
    assert.ok(hit.searchParams.get('code'));
    const seen = await violations(env);
    env.log(`${env.driver.engine}: ${seen.length} violations`);
    assert.deepEqual(seen, [], 'zero CSP / Trusted Types violations while the page rendered and the decision was made');
  } finally {
    await client.close();
  }
};

/**
 * Positive control for the zero-violation checks: on the hosted page, a deliberate img-src
 * violation and a Trusted Types sink violation must be seen by this engine's sources, and the
 * Trusted Types sink must throw (i.e. the engine enforces `require-trusted-types-for`).
 */
export const detectorJourney: Journey = async (env) => {
  logSources(env);
  const client = await startClientApp();
  try {
    const { request } = await newRequest(env, client);
    await openConsent(env, request);
    const probe = (await env.driver.evaluate(`
      const img = new Image();
      img.src = 'http://blocked.invalid/csp-probe.png';
      document.body.append(img);
      let threw = '';
      try { document.createElement('div').innerHTML = '<b>probe</b>'; } catch (e) { threw = String(e && e.message || e); }
      return { trustedTypes: typeof trustedTypes !== 'undefined', threw };
    `)) as { trustedTypes: boolean; threw: string };
    env.log(`${env.driver.engine}: trustedTypes API ${probe.trustedTypes ? 'present' : 'absent'}; sink error: ${probe.threw || '(none)'}`);
    assert.ok(probe.trustedTypes, 'the engine has the Trusted Types API');
    assert.ok(probe.threw, 'assigning a string to innerHTML throws under require-trusted-types-for');
    // Every source this engine has must see both, so none of the zero checks is vacuous.
    const sources: [string, () => readonly string[]][] = [];
    if (env.driver.seesViolations) sources.push(['in the page', () => env.driver.violations()]);
    if (env.collectsReports) sources.push(['reported to the server', () => env.reportedViolations()]);
    assert.ok(sources.length > 0, 'at least one way to see violations');
    for (const [where, read] of sources) {
      const seen = await until(
        () => {
          const all = read();
          const img = all.some((v) => /img-src/.test(v) && /blocked\.invalid/.test(v));
          const tt = all.some((v) => /require-trusted-types-for|TrustedHTML|trusted-types-sink|Sink type mismatch/i.test(v));
          return img && tt ? all : undefined;
        },
        DEFAULT_TIMEOUT_MS,
        `the deliberate img-src and Trusted Types violations ${where} (seen: ${JSON.stringify(read())})`,
      );
      env.log(`${env.driver.engine}: ${where}: ${seen.length} seen: ${seen.join(' | ')}`);
    }
  } finally {
    await client.close();
  }
};

/**
 * Another origin frames the consent page. The real response is refused by the browser
 * (X-Frame-Options: DENY + frame-ancestors 'none'); served without those headers, the element's
 * own defence keeps Allow disabled and says why.
 */
export const framedJourney: Journey = async (env) => {
  const client = await startClientApp();
  try {
    const { request } = await newRequest(env, client);
    const blockedUrl = await consentUrlFor(env, request);
    const unframedUrl = await consentUrlFor(env, { ...request, challenge: pkce().challenge });
    const challengeOf = (url: string) => new URL(url).searchParams.get('consent_challenge')!;
    const apiCallsFor = (url: string) =>
      env.requests().filter((r) => {
        const u = new URL(r.url);
        return u.pathname === CONSENT_API_PATH && u.searchParams.get('consent_challenge') === challengeOf(url);
      }).length;

    // 1. The page as the server really sends it: the browser must not render it in the frame.
    await env.driver.goto(client.framingPage(blockedUrl));
    await until(() => env.requests().some((r) => r.url === blockedUrl), DEFAULT_TIMEOUT_MS, `the framed document request (${env.requestSource})`);
    // A refused document does nothing, and nothing signals that: a settle before "it did not run".
    await sleep(1500);
    // (In form mode the page's own data needs no API call, so only the frame itself can tell.)
    if (env.mode === 'json') assert.equal(apiCallsFor(blockedUrl), 0, 'the refused document never ran: no consent API call for its challenge');
    try {
      const blocked = await env.driver.frame('#consent');
      assert.equal(await blocked.count(HOST), 0, 'the frame shows no consent screen');
    } catch (error) {
      if (error instanceof assert.AssertionError) throw error;
      env.log(`${env.driver.engine}: the refused frame cannot be inspected (${String(error).split('\n')[0]}); the request log shows it never ran`);
    }

    // 2. The same page without its framing headers (intercepted): the element itself refuses Allow.
    await env.unframe(unframedUrl);
    await env.driver.goto(client.framingPage(unframedUrl));
    const frame = await env.driver.frame('#consent');
    await frame.waitFor(ALLOW);
    assert.equal(await frame.isEnabled(ALLOW), false, 'Allow is disabled inside a cross-origin frame');
    assert.equal(await frame.isEnabled(DENY), true, 'Deny stays available');
    assert.match(await frame.text(CARD), new RegExp(FRAMED_TEXT));
    if (env.mode === 'json') assert.ok(apiCallsFor(unframedUrl) >= 1, 'the unframed document did run');
    await sleep(300); // nothing may be posted by itself: a settle before checking none was
    assert.equal(posts(env, ALLOW_PATH[env.mode]), 0);
    assert.equal(client.hits.length, 0);

    const framing = /frame-ancestors|X-Frame-Options/i;
    const refusals = (await violations(env)).filter((v) => framing.test(v));
    env.log(`${env.driver.engine}: framing refusals seen: ${refusals.length ? refusals.join(' | ') : 'none'}`);
    assert.deepEqual(await violations(env, framing), [], 'no CSP / Trusted Types violation apart from the refused framing');
  } finally {
    await client.close();
  }
};

/** A double click on Allow while the first decision is in flight sends exactly one accept POST. */
export const doubleClickJourney: Journey = async (env) => {
  const client = await startClientApp();
  try {
    const { clientId, verifier, request } = await newRequest(env, client);
    await openConsent(env, request);
    await env.slowAccept(600);
    await env.driver.doubleClick(ALLOW);
    const hit = await client.waitForHit();
    const code = hit.searchParams.get('code');
    assert.ok(code);
    assertAuthorizationResponse(hit, env);
    await sleep(300); // a second POST would be on its way by now: a settle before counting
    assert.equal(posts(env, ALLOW_PATH[env.mode]), 1, `exactly one POST to ${ALLOW_PATH[env.mode]} (counted from ${env.requestSource})`);
    assert.equal(client.hits.length, 1, 'one authorization response');
    const token = await exchangeCode(env.origin, code, clientId, client.redirectUri, verifier);
    assert.equal(token.scope, `${SEARCH} ${WRITE}`, 'both scopes, as both stayed ticked');
    assert.deepEqual(await violations(env), [], 'no CSP / Trusted Types violation');
  } finally {
    await client.close();
  }
};

/**
 * The form contract with JavaScript off: AuthSec's plain form does the same job. Untick a scope and
 * "Allow selected" → code, state, iss, and the token has only the ticked scope; a second request,
 * "Deny" → access_denied.
 */
export const noScriptJourney: Journey = async (env) => {
  const client = await startClientApp();
  try {
    const allowed = await newRequest(env, client);
    const consentUrl = await consentUrlFor(env, allowed.request);
    const plain = await env.withoutScript(consentUrl);
    env.log(`${env.driver.engine}: without JavaScript: ${plain.how}`);
    try {
      await plain.driver.goto(consentUrl);
      await plain.driver.waitFor('form button[name="action"][value="allow"]');
      assert.equal(await plain.driver.count(HOST), 0, 'nothing enhanced the page');
      assert.equal(await plain.driver.isChecked(`input[name="grant_scope"][value="${WRITE}"]`), true);
      await plain.driver.click(`input[name="grant_scope"][value="${WRITE}"]`);
      await until(async () => !(await plain.driver.isChecked(`input[name="grant_scope"][value="${WRITE}"]`)), DEFAULT_TIMEOUT_MS, 'the write scope unticked');
      await plain.driver.click('form button[name="action"][value="allow"]');
      const hit = await client.waitForHit();
      assertAuthorizationResponse(hit, env);
      const token = await exchangeCode(env.origin, hit.searchParams.get('code')!, allowed.clientId, client.redirectUri, allowed.verifier);
      assert.equal(token.scope, SEARCH, 'the plain form granted only the ticked scope');

      const denied = await newRequest(env, client);
      const deniedUrl = await consentUrlFor(env, denied.request);
      const plainDeny = await env.withoutScript(deniedUrl);
      try {
        await plainDeny.driver.goto(deniedUrl);
        await plainDeny.driver.click('form button[name="action"][value="deny"]');
        await until(() => client.hits[1], DEFAULT_TIMEOUT_MS, 'the denial at the redirect URI');
        assert.equal(client.hits[1]!.searchParams.get('error'), 'access_denied');
        assertAuthorizationResponse(client.hits[1]!, env);
      } finally {
        await plainDeny.close();
      }
    } finally {
      await plain.close();
    }
  } finally {
    await client.close();
  }
};

/** Name → journey for one consent contract, run in this order by every engine. */
export function journeysFor(mode: ConsentMode): ReadonlyArray<readonly [string, Journey]> {
  const list: [string, Journey][] = [
    ['allow: untick a scope, Allow → code, state, iss at the redirect URI; the token has only the ticked scope', allowJourney],
    [mode === 'json' ? 'deny (DCR client): "Return to" → access_denied, state, iss at the redirect URI' : 'deny: AuthSec\'s 302 → access_denied, state, iss at the redirect URI', denyJourney],
    ['hosted page: strict CSP + Trusted Types headers, zero violations from render to decision', cspJourney],
    ['violation detector is live: a deliberate img-src and Trusted Types violation are seen', detectorJourney],
    ['framed by another origin: the real response is refused; without framing headers Allow is disabled', framedJourney],
    ['double-click on Allow: exactly one decision POST', doubleClickJourney],
    ['in French: the page\'s lang and the operator\'s own words, one more file, the decision as in English', frenchJourney],
  ];
  if (mode === 'form') list.push(['JavaScript off: the plain form allows the ticked scope and denies', noScriptJourney]);
  return list.map(([name, journey]) => [`${mode}: ${name}`, journey]);
}

/** Every journey on both contracts: today's form first. */
export const JOURNEYS: ReadonlyArray<readonly [string, Journey, ConsentMode]> = (['form', 'json'] as const).flatMap((mode) =>
  journeysFor(mode).map(([name, journey]) => [name, journey, mode] as const),
);
