// The OAuth authorization server over real HTTP: real 303s, the consent page's headers, and a
// full code flow with the token verified against the JWKS fetched over the socket.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { SEED } from '../../emulator/seed/workspace.js';
import { CONSENT_PAGE_CSP, PAGE_CSP, startServer, type RunningServer } from '../../emulator/server.js';

// RFC 7636 Appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const CALLBACK = 'http://127.0.0.1:1234/cb';
const DOCS = 'https://docs-mcp.acme.example/mcp';
const SCRIPT = 'customElements.define("authsec-consent-screen", class extends HTMLElement {});\n';

describe('emulator OAuth over HTTP', () => {
  let server: RunningServer;
  let unbuilt: RunningServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'authsec-consent-'));
    writeFileSync(join(dir, 'authsec-consent.js'), SCRIPT);
    server = await startServer({ port: 0, consentScript: join(dir, 'authsec-consent.js') });
    unbuilt = await startServer({ port: 0, consentScript: join(dir, 'missing.js') });
  });
  after(async () => {
    await server.close();
    await unbuilt.close();
  });

  async function authorizeUrl(clientId: string, extra: Record<string, string> = {}): Promise<string> {
    const query = new URLSearchParams({
      client_id: clientId, response_type: 'code', code_challenge: CHALLENGE, code_challenge_method: 'S256',
      redirect_uri: CALLBACK, state: 'abc', scope: 'docs_search:docs:search', resource: DOCS, ...extra,
    });
    return `${server.url}/oauth/authorize?${query}`;
  }

  async function register(): Promise<string> {
    const res = await fetch(`${server.url}/oauth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_name: 'HTTP test', redirect_uris: [CALLBACK], grant_types: ['authorization_code', 'refresh_token'] }),
    });
    assert.equal(res.status, 201);
    return ((await res.json()) as { client_id: string }).client_id;
  }

  it('publishes the metadata document with absolute endpoints on the server origin', async () => {
    const res = await fetch(`${server.url}/.well-known/oauth-authorization-server`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as Record<string, unknown>;
    assert.equal(doc.issuer, server.url);
    assert.equal(doc.authorization_endpoint, `${server.url}/oauth/authorize`);
    assert.equal(doc.token_endpoint, `${server.url}/oauth/token`);
    assert.equal(doc.registration_endpoint, `${server.url}/oauth/register`);
    assert.equal(doc.introspection_endpoint, `${server.url}/oauth/introspect`);
    assert.equal(doc.jwks_uri, `${server.url}/oauth/jwks`);
    assert.deepEqual(doc.response_types_supported, ['code']);
    assert.deepEqual(doc.response_modes_supported, ['query']);
    assert.deepEqual(doc.grant_types_supported, ['authorization_code', 'refresh_token']);
    assert.deepEqual(doc.token_endpoint_auth_methods_supported, ['none', 'client_secret_basic', 'client_secret_post']);
    assert.deepEqual(doc.introspection_endpoint_auth_methods_supported, ['client_secret_basic']);
    assert.deepEqual(doc.code_challenge_methods_supported, ['S256']);
    assert.equal(doc.resource_indicators_supported, true);
    assert.equal(doc.authorization_response_iss_parameter_supported, true);
    assert.ok((doc.scopes_supported as string[]).includes('docs_search:docs:search'));
    // OIDC Discovery: the same document plus the ID token signing algorithms OIDC requires (§3).
    assert.deepEqual(await (await fetch(`${server.url}/.well-known/openid-configuration`)).json(), { ...doc, id_token_signing_alg_values_supported: ['ES256'] });
  });

  it('serves the consent page with the exported CSP, no framing, no referrer, no inline script or style', async () => {
    assert.equal(
      CONSENT_PAGE_CSP,
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; " +
        "base-uri 'none'; form-action 'self'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
    );
    assert.equal(PAGE_CSP, CONSENT_PAGE_CSP);
    const res = await fetch(`${server.url}/consent?consent_challenge=whatever`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(res.headers.get('content-security-policy'), CONSENT_PAGE_CSP);
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const html = await res.text();
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<title>[^<]+<\/title>/);
    assert.match(html, /<noscript>[^<]+<\/noscript>/);
    assert.match(html, /<body>\s*<main>\s*<authsec-consent-screen page><strong slot="brand">[^<]*<\/strong><\/authsec-consent-screen>[\s\S]*<\/main>[\s\S]*<\/body>/);
    assert.match(html, /<body>[\s\S]*<script type="module" src="\/authsec-consent\.js"><\/script>[\s\S]*<\/body>/);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    for (const tag of scripts) assert.match(tag, /\ssrc="/, `inline script: ${tag}`);
    assert.doesNotMatch(html, /<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('serves the consent bundle compressed and cacheable, or a clear 404 when it is not built', async () => {
    const res = await fetch(`${server.url}/authsec-consent.js`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(await res.text(), SCRIPT);
    // As a consent host would: brotli or gzip, cached for an hour, revalidated by ETag.
    assert.equal(res.headers.get('cache-control'), 'public, max-age=3600');
    assert.match(res.headers.get('vary') ?? '', /\bAccept-Encoding\b/);
    const etag = res.headers.get('etag');
    assert.match(etag ?? '', /^"[\w-]{27}"$/);
    for (const [accept, encoding] of [['br, gzip', 'br'], ['gzip', 'gzip'], ['identity', null]] as const) {
      const raw = await new Promise<{ encoding: string | undefined; status: number }>((resolve, reject) => {
        const req = request(`${server.url}/authsec-consent.js`, { headers: { 'accept-encoding': accept } }, (r) => {
          r.resume();
          resolve({ encoding: r.headers['content-encoding'], status: r.statusCode ?? 0 });
        });
        req.on('error', reject);
        req.end();
      });
      assert.deepEqual(raw, { encoding: encoding ?? undefined, status: 200 }, accept);
    }
    const again = await fetch(`${server.url}/authsec-consent.js`, { headers: { 'if-none-match': etag! } });
    assert.equal(again.status, 304);
    const missing = await fetch(`${unbuilt.url}/authsec-consent.js`);
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /not built: run `npm run build:cdn`/);
  });

  it('answers authorize with a real 303 to the consent page, and an unknown client with a 400 page', async () => {
    const clientId = await register();
    const res = await fetch(await authorizeUrl(clientId), { redirect: 'manual' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    const location = new URL(res.headers.get('location')!);
    // Today's AuthSec: the HTML consent form (the JSON page stays at /consent).
    assert.equal(`${location.origin}${location.pathname}`, `${server.url}/authsec/hmgr/consent`);
    assert.ok(location.searchParams.get('consent_challenge'));

    const unknown = await fetch(await authorizeUrl('no-such-client'), { redirect: 'manual' });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.headers.get('location'), null);
    assert.match(unknown.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(unknown.headers.get('content-security-policy'), CONSENT_PAGE_CSP);
  });

  it('runs the whole code flow over sockets; the token verifies against the JWKS', async () => {
    const clientId = await register();
    const res = await fetch(await authorizeUrl(clientId), { redirect: 'manual' });
    const challenge = new URL(res.headers.get('location')!).searchParams.get('consent_challenge')!;
    const accept = await fetch(`${server.url}/authsec/oauth/v2/consent/accept`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ consent_challenge: challenge }),
    });
    const redirect = new URL(((await accept.json()) as { redirect_to: string }).redirect_to);
    assert.equal(redirect.searchParams.get('state'), 'abc');
    assert.equal(redirect.searchParams.get('iss'), server.url);
    const tokenRes = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code', code: redirect.searchParams.get('code')!, code_verifier: VERIFIER,
        redirect_uri: CALLBACK, client_id: clientId, resource: DOCS,
      }),
    });
    assert.equal(tokenRes.status, 200);
    const tokens = (await tokenRes.json()) as { access_token: string; scope: string };
    assert.equal(tokens.scope, 'docs_search:docs:search');
    const { payload } = await jwtVerify(tokens.access_token, createRemoteJWKSet(new URL(`${server.url}/oauth/jwks`)), {
      issuer: server.url, audience: DOCS,
    });
    assert.equal(payload.sub, SEED.users.endUsers[0]);
    const introspection = await fetch(`${server.url}/oauth/introspect`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${SEED.apps.docsSearch}:${SEED.secrets.docsSearch}`).toString('base64')}` },
      body: new URLSearchParams({ token: tokens.access_token }),
    });
    assert.deepEqual(((await introspection.json()) as { active: boolean }).active, true);
  });
});
