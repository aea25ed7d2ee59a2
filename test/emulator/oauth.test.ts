import { expect } from '@open-wc/testing';
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { endpoints as ep, type AuthsecError } from '../../src/api/index.js';
import { harness, rejection, SEED, type Harness } from '../helpers/emulator.js';
import { createBrowserEmulator } from '../../emulator/browser.js';

// RFC 7636 Appendix B: an independent S256 test vector.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const DOCS = 'https://docs-mcp.acme.example/mcp';
const SEARCH = 'docs_search:docs:search';
const WRITE = 'docs_search:docs:write';
const CALLBACK = 'http://127.0.0.1:1234/cb';
const docsBasic = `Basic ${btoa(`${SEED.apps.docsSearch}:${SEED.secrets.docsSearch}`)}`;
const githubBasic = `Basic ${btoa(`${SEED.apps.github}:${SEED.secrets.github}`)}`;

interface TokenResponse {
  access_token: string; token_type: string; expires_in: number; scope: string; refresh_token?: string;
  error?: string; error_description?: string;
}

const at = (h: Harness, path: string) => `${h.emulator.baseUrl}${path}`;

async function register(h: Harness, body: unknown): Promise<Response> {
  return h.emulator.fetchFn(at(h, '/oauth/register'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function registerClient(h: Harness, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await register(h, {
    client_name: 'Test Agent', redirect_uris: [CALLBACK], grant_types: ['authorization_code', 'refresh_token'], ...extra,
  });
  expect(res.status).to.equal(201);
  return ((await res.json()) as { client_id: string }).client_id;
}

function authorize(h: Harness, params: Record<string, string | string[] | undefined>): Promise<Response> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const value of v === undefined ? [] : [v].flat()) query.append(k, value);
  return h.emulator.fetchFn(at(h, `/oauth/authorize?${query}`), { redirect: 'manual' });
}

const request = (clientId: string, extra: Record<string, string | string[] | undefined> = {}) => ({
  client_id: clientId, response_type: 'code', code_challenge: CHALLENGE, code_challenge_method: 'S256',
  redirect_uri: CALLBACK, state: 'state-1', scope: `${SEARCH} ${WRITE}`, resource: DOCS, ...extra,
});

/** The Location of a 303 as a URL (fails when the answer is not a 303). */
function location(res: Response): URL {
  expect(res.status, 'a 303 redirect').to.equal(303);
  return new URL(res.headers.get('location')!);
}

async function challengeOf(res: Response): Promise<string> {
  const url = location(res);
  expect(url.pathname).to.equal('/authsec/hmgr/consent');
  return url.searchParams.get('consent_challenge')!;
}

async function token(h: Harness, form: Record<string, string>, headers: Record<string, string> = {}): Promise<{ status: number; body: TokenResponse; res: Response }> {
  const res = await h.emulator.fetchFn(at(h, '/oauth/token'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
  return { status: res.status, body: (await res.json()) as TokenResponse, res };
}

async function introspect(h: Harness, tokenValue: string, authorization: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await h.emulator.fetchFn(at(h, '/oauth/introspect'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization },
    body: new URLSearchParams({ token: tokenValue }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Registers a client, authorizes as Ada (who may use both Docs Search scopes), grants `grant`. */
async function codeFor(h: Harness, grant: string[], extra: Record<string, string> = {}) {
  const clientId = await registerClient(h);
  const challenge = await challengeOf(await authorize(h, request(clientId, { login_hint: 'ada@acme.example', ...extra })));
  const decision = await h.client().call(ep.acceptConsent, { body: { consent_challenge: challenge, grant_scope: grant } });
  const redirect = new URL(decision.redirect_to);
  return { clientId, challenge, redirect, code: redirect.searchParams.get('code')! };
}

async function tokensFor(h: Harness, grant: string[]) {
  const flow = await codeFor(h, grant);
  const { status, body } = await token(h, {
    grant_type: 'authorization_code', code: flow.code, code_verifier: VERIFIER, redirect_uri: CALLBACK, client_id: flow.clientId, resource: DOCS,
  });
  expect(status, JSON.stringify(body)).to.equal(200);
  return { ...flow, tokens: body };
}

describe('emulator: OAuth authorization server', () => {
  describe('metadata', () => {
    it('publishes RFC 8414 metadata with S256, resource indicators and iss, under both well-known names', async () => {
      const h = harness();
      const res = await h.emulator.fetchFn(at(h, '/.well-known/oauth-authorization-server'));
      const doc = (await res.json()) as Record<string, unknown>;
      expect(doc.issuer).to.equal(h.emulator.baseUrl);
      expect(doc.authorization_endpoint).to.equal(`${h.emulator.baseUrl}/oauth/authorize`);
      expect(doc.token_endpoint).to.equal(`${h.emulator.baseUrl}/oauth/token`);
      expect(doc.code_challenge_methods_supported).to.deep.equal(['S256']);
      expect(doc.resource_indicators_supported).to.equal(true);
      expect(doc.authorization_response_iss_parameter_supported).to.equal(true);
      expect(doc.scopes_supported).to.include.members([SEARCH, WRITE]);
      // OIDC Discovery: the same document plus what OIDC requires of it (§3).
      const oidc = await (await h.emulator.fetchFn(at(h, '/.well-known/openid-configuration'))).json();
      expect(oidc).to.deep.equal({ ...doc, id_token_signing_alg_values_supported: ['ES256'] });
    });
  });

  describe('dynamic client registration', () => {
    it('registers a public client, echoes its metadata and drops unknown keys without touching prototypes', async () => {
      const h = harness();
      const res = await register(
        h,
        `{"client_name":"Inspector","redirect_uris":["${CALLBACK}","https://app.example/cb"],"extra":"dropped",` +
          `"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"scope":"${SEARCH}"}`,
      );
      expect(res.status).to.equal(201);
      expect(res.headers.get('cache-control')).to.include('no-store');
      const body = (await res.json()) as Record<string, unknown>;
      expect(body.client_id).to.be.a('string').and.match(/^dcr-/);
      expect(body.client_id_issued_at).to.be.a('number');
      expect(body).to.include({ client_name: 'Inspector', token_endpoint_auth_method: 'none', registration_type: 'dcr', scope: SEARCH });
      expect(body.redirect_uris).to.deep.equal([CALLBACK, 'https://app.example/cb']);
      expect(body.grant_types).to.deep.equal(['authorization_code']);
      expect(body.response_types).to.deep.equal(['code']);
      expect(body).not.to.have.property('client_secret');
      expect(body).not.to.have.property('extra');
      expect(Object.prototype.hasOwnProperty.call(body, '__proto__')).to.equal(false);
      expect(Object.prototype.hasOwnProperty.call(body, 'constructor')).to.equal(false);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      const row = h.emulator.store.clients.get(body.client_id as string)!;
      expect(row).to.include({ client_name: 'Inspector', registration_type: 'dcr', rs_id: '', status: 'approved' });
      expect(Object.getPrototypeOf(row)).to.equal(Object.prototype);
    });

    it('issues a secret to a confidential client', async () => {
      const h = harness();
      const res = await register(h, { redirect_uris: ['https://app.example/cb'], token_endpoint_auth_method: 'client_secret_basic' });
      const body = (await res.json()) as Record<string, unknown>;
      expect(res.status).to.equal(201);
      expect(body.client_secret).to.be.a('string').with.length.above(40);
      expect(body.client_secret_expires_at).to.equal(0);
    });

    const invalid: [string, unknown, string][] = [
      ['no redirect_uris', { client_name: 'x' }, 'invalid_redirect_uri'],
      ['empty redirect_uris', { redirect_uris: [] }, 'invalid_redirect_uri'],
      ['a javascript: redirect', { redirect_uris: ['javascript:alert(1)'] }, 'invalid_redirect_uri'],
      ['a data: redirect', { redirect_uris: ['data:text/html,hi'] }, 'invalid_redirect_uri'],
      ['plain http off loopback', { redirect_uris: ['http://evil.example/cb'] }, 'invalid_redirect_uri'],
      ['a fragment', { redirect_uris: ['https://app.example/cb#frag'] }, 'invalid_redirect_uri'],
      ['a relative redirect', { redirect_uris: ['/cb'] }, 'invalid_redirect_uri'],
      ['a non-string redirect', { redirect_uris: [42] }, 'invalid_redirect_uri'],
      ['a 257-character client_name', { redirect_uris: [CALLBACK], client_name: 'n'.repeat(257) }, 'invalid_client_metadata'],
      ['a client_credentials grant', { redirect_uris: [CALLBACK], grant_types: ['client_credentials'] }, 'invalid_client_metadata'],
      ['the implicit response type', { redirect_uris: [CALLBACK], response_types: ['token'] }, 'invalid_client_metadata'],
      ['an unsupported auth method', { redirect_uris: [CALLBACK], token_endpoint_auth_method: 'private_key_jwt' }, 'invalid_client_metadata'],
      ['a malformed scope', { redirect_uris: [CALLBACK], scope: 'a  b' }, 'invalid_client_metadata'],
      ['a javascript: client_uri', { redirect_uris: [CALLBACK], client_uri: 'javascript:alert(1)' }, 'invalid_client_metadata'],
      ['a JSON array', [CALLBACK], 'invalid_client_metadata'],
      ['a body that is not JSON', '{redirect_uris:', 'invalid_client_metadata'],
    ];
    for (const [name, body, error] of invalid) {
      it(`rejects ${name} with 400 ${error}`, async () => {
        const h = harness();
        const before = h.emulator.store.clients.size;
        const res = await register(h, body);
        expect(res.status).to.equal(400);
        const json = (await res.json()) as { error: string; error_description: string };
        expect(json.error).to.equal(error);
        expect(json.error_description).to.be.a('string').and.not.empty;
        expect(h.emulator.store.clients.size).to.equal(before);
      });
    }

    it('accepts a client_name of exactly 256 characters and localhost / [::1] loopback redirects', async () => {
      const h = harness();
      const res = await register(h, { client_name: 'n'.repeat(256), redirect_uris: ['http://localhost:6274/oauth/callback', 'http://[::1]:8080/cb'] });
      expect(res.status).to.equal(201);
    });
  });

  describe('authorization endpoint', () => {
    it('answers a valid request with 303 to the consent form (the JSON page when configured); the v2 consent data names the client as unverified', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      const res = await authorize(h, request(clientId));
      expect(res.headers.get('cache-control')).to.include('no-store');
      const url = location(res);
      expect(url.origin + url.pathname).to.equal(`${h.emulator.baseUrl}/authsec/hmgr/consent`);
      const json = createBrowserEmulator({ consentPage: 'json' });
      const jsonClient = ((await (await json.fetchFn(`${json.baseUrl}/oauth/register`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ client_name: 'J', redirect_uris: [CALLBACK] }),
      })).json()) as { client_id: string }).client_id;
      const query = new URLSearchParams(request(jsonClient) as Record<string, string>);
      const toJson = await json.fetchFn(`${json.baseUrl}/oauth/authorize?${query}`, { redirect: 'manual' });
      expect(new URL(toJson.headers.get('location')!).pathname).to.equal('/consent');
      const challenge = url.searchParams.get('consent_challenge')!;
      expect(challenge).to.have.length.above(40);

      const data = await h.client().call(ep.getConsent, { query: { consent_challenge: challenge } });
      expect(data.client_id).to.equal(clientId);
      expect(data.client_name).to.equal('Test Agent');
      expect(data.client_verified).to.equal(false);
      expect(data.registration_type).to.equal('dcr');
      expect(data.redirect_uri).to.equal(CALLBACK);
      expect(data.resource_uri).to.equal(DOCS);
      expect(data.application_id).to.equal(SEED.apps.docsSearch);
      expect(data.requested_scopes).to.deep.equal([SEARCH, WRITE]);
      // Alan Turing is the default user: the viewer role gives him search only.
      expect(data.subject).to.equal(SEED.users.endUsers[0]);
      expect(data.grantable_scopes).to.deep.equal([SEARCH]);
      expect(data.rejected_scopes).to.deep.equal({ [WRITE]: 'not_bound' });
      // The client is now linked to the application it authorized for.
      expect(h.emulator.store.clients.get(clientId)!.rs_id).to.equal(SEED.apps.docsSearch);
    });

    it('keeps scopes the application does not declare in the request, so the screen shows them as not_registered', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      const challenge = await challengeOf(await authorize(h, request(clientId, { scope: `${SEARCH} calendar:read` })));
      const data = await h.client().call(ep.getConsent, { query: { consent_challenge: challenge } });
      expect(data.requested_scopes).to.deep.equal([SEARCH, 'calendar:read']);
      expect(data.rejected_scopes).to.deep.equal({ 'calendar:read': 'not_registered' });
    });

    it('takes the user from the emulator-only login_hint (email or id)', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      for (const hint of ['barbara@acme.example', SEED.users.endUsers[1]!]) {
        const challenge = await challengeOf(await authorize(h, request(clientId, { login_hint: hint })));
        const data = await h.client().call(ep.getConsent, { query: { consent_challenge: challenge } });
        expect(data.subject).to.equal(SEED.users.endUsers[1]);
        expect(data.user?.email).to.equal('barbara@acme.example');
      }
    });

    it('infers the resource from scopes that belong to one application, or from the client’s application', async () => {
      const h = harness();
      const byScope = await challengeOf(await authorize(h, request(SEED.clients.mcpInspector, {
        resource: undefined, redirect_uri: undefined, scope: 'github_mcp_server:tools:read',
      })));
      expect(h.emulator.store.consentChallenges.get(byScope)).to.include({ rs_id: SEED.apps.github, resource: 'https://mcp.github.acme.example/mcp' });
      const byClient = await challengeOf(await authorize(h, request(SEED.clients.mcpInspector, { resource: undefined, redirect_uri: undefined, scope: undefined })));
      const row = h.emulator.store.consentChallenges.get(byClient)!;
      expect(row.rs_id).to.equal(SEED.apps.docsSearch);
      expect(row.requested_scopes).to.deep.equal([SEARCH, WRITE]);
      expect(row.redirect_uri).to.equal('http://localhost:6274/oauth/callback');
    });

    it('shows a 400 error page, never a redirect, for an unknown client (and escapes what it echoes)', async () => {
      const h = harness();
      const res = await authorize(h, request('<img src=x onerror=alert(1)>'));
      expect(res.status).to.equal(400);
      expect(res.headers.get('location')).to.equal(null);
      expect(res.headers.get('content-type')).to.match(/^text\/html/);
      expect(res.headers.get('x-frame-options')).to.equal('DENY');
      const html = await res.text();
      expect(html).to.include('&#60;img src=x onerror=alert(1)&#62;');
      expect(html).not.to.include('<img');
      expect(html).not.to.include('127.0.0.1');
      expect(h.emulator.store.consentChallenges.size).to.equal(1); // only the seeded demo challenge
    });

    it('shows an error page for a revoked client and for a missing or repeated client_id', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      for (const params of [request(clientId, { client_id: undefined }), request(clientId, { client_id: [clientId, clientId] })]) {
        const res = await authorize(h, params);
        expect([res.status, res.headers.get('location')]).to.deep.equal([400, null]);
      }
      h.emulator.store.clients.get(clientId)!.status = 'revoked';
      const res = await authorize(h, request(clientId));
      expect([res.status, res.headers.get('location')]).to.deep.equal([400, null]);
    });

    it('does not redirect to a redirect_uri the client did not register', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      for (const redirect of ['https://evil.example/cb', 'http://127.0.0.1:1234/cb/', 'http://127.0.0.1:1234/cb?x=1', 'http://127.0.0.1:1234/other']) {
        const res = await authorize(h, request(clientId, { redirect_uri: redirect }));
        expect(res.status, redirect).to.equal(400);
        expect(res.headers.get('location'), redirect).to.equal(null);
        expect(await res.text()).not.to.include('evil.example');
      }
    });

    it('relaxes only the port, and only for literal loopback hosts (localhost is not 127.0.0.1)', async () => {
      const h = harness();
      const clientId = await registerClient(h, { redirect_uris: [CALLBACK, 'http://localhost:6274/cb'] });
      const other = location(await authorize(h, request(clientId, { redirect_uri: 'http://127.0.0.1:49152/cb' })));
      expect(other.pathname).to.equal('/authsec/hmgr/consent');
      const challenge = other.searchParams.get('consent_challenge')!;
      expect(h.emulator.store.consentChallenges.get(challenge)!.redirect_uri).to.equal('http://127.0.0.1:49152/cb');

      for (const redirect of ['http://localhost:1234/cb', 'http://localhost:9999/cb', 'https://127.0.0.1:49152/cb', 'http://127.0.0.1:70000/cb']) {
        const res = await authorize(h, request(clientId, { redirect_uri: redirect }));
        expect([res.status, res.headers.get('location')], redirect).to.deep.equal([400, null]);
      }
      expect(location(await authorize(h, request(clientId, { redirect_uri: 'http://localhost:6274/cb' }))).pathname).to.equal('/authsec/hmgr/consent');
      // With two registered URIs the request must say which one.
      const missing = await authorize(h, request(clientId, { redirect_uri: undefined }));
      expect([missing.status, missing.headers.get('location')]).to.deep.equal([400, null]);
    });

    it('redirects a request without PKCE back with invalid_request, state and iss', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      const res = await authorize(h, request(clientId, { code_challenge: undefined, code_challenge_method: undefined }));
      const url = location(res);
      expect(url.origin + url.pathname).to.equal('http://127.0.0.1:1234/cb');
      expect(url.searchParams.get('error')).to.equal('invalid_request');
      expect(url.searchParams.get('error_description')).to.match(/code_challenge/);
      expect(url.searchParams.get('state')).to.equal('state-1');
      expect(url.searchParams.get('iss')).to.equal(h.emulator.baseUrl);
      expect(url.searchParams.has('code')).to.equal(false);
      expect(res.headers.get('cache-control')).to.include('no-store');
    });

    const redirected: [string, Record<string, string | string[] | undefined>, string][] = [
      ['no code_challenge', { code_challenge: undefined }, 'invalid_request'],
      ['no code_challenge_method', { code_challenge_method: undefined }, 'invalid_request'],
      ['plain PKCE', { code_challenge_method: 'plain' }, 'invalid_request'],
      ['a 42-character code_challenge', { code_challenge: 'a'.repeat(42) }, 'invalid_request'],
      ['response_type=token', { response_type: 'token' }, 'unsupported_response_type'],
      ['no response_type', { response_type: undefined }, 'invalid_request'],
      ['response_mode=fragment', { response_mode: 'fragment' }, 'invalid_request'],
      ['a scope with a double quote', { scope: `${SEARCH} "x"` }, 'invalid_scope'],
      ['a scope with two spaces', { scope: `${SEARCH}  ${WRITE}` }, 'invalid_scope'],
      ['an unknown resource', { resource: 'https://unknown.example/mcp' }, 'invalid_target'],
      ['a resource with a fragment', { resource: `${DOCS}#x` }, 'invalid_target'],
      ['two resources', { resource: [DOCS, 'https://mcp.github.acme.example/mcp'] }, 'invalid_target'],
      ['a request_uri', { request_uri: 'urn:ietf:params:oauth:request_uri:abc' }, 'invalid_request_uri'],
      ['a repeated state', { state: ['state-1', 'state-2'] }, 'invalid_request'],
      ['a disabled user', { login_hint: 'ken@acme.example' }, 'access_denied'],
      ['a user of another workspace', { login_hint: 'hank@globex.example' }, 'access_denied'],
    ];
    for (const [name, extra, error] of redirected) {
      it(`redirects ${name} back with error=${error}, state and iss`, async () => {
        const h = harness();
        const clientId = await registerClient(h);
        const url = location(await authorize(h, request(clientId, extra)));
        expect(url.origin + url.pathname).to.equal('http://127.0.0.1:1234/cb');
        expect(url.searchParams.get('error')).to.equal(error);
        expect(url.searchParams.get('error_description')).to.match(/^[\x20\x21\x23-\x5B\x5D-\x7E]+$/);
        expect(url.searchParams.get('state')).to.equal('state-1');
        expect(url.searchParams.get('iss')).to.equal(h.emulator.baseUrl);
      });
    }

    it('echoes a hostile 2 KB state byte for byte, only inside the redirect URL', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      const state = `"><script>alert(1)</script><img src=x onerror=alert(2)>&amp;%00%zz+ ü ${'\u202E'}`.padEnd(2048, 'x');
      expect(state).to.have.length(2048);

      const error = await authorize(h, request(clientId, { state, code_challenge: undefined }));
      expect(location(error).searchParams.get('state')).to.equal(state);
      expect(await error.text()).to.equal('');

      const challenge = await challengeOf(await authorize(h, request(clientId, { state })));
      const data = await h.client().call(ep.getConsent, { query: { consent_challenge: challenge } });
      expect(JSON.stringify(data)).not.to.include('<script>');
      const decision = await h.client().call(ep.acceptConsent, { body: { consent_challenge: challenge } });
      const url = new URL(decision.redirect_to);
      expect(url.searchParams.get('state')).to.equal(state);
      expect(url.searchParams.get('code')).to.match(/^[0-9a-f]{32}$/);
    });
  });

  describe('scope deletion', () => {
    it('revokes the tokens of everyone who held the deleted scope (authsec-api-current.md §2.5)', async () => {
      const h = harness();
      const flow = await tokensFor(h, [SEARCH, WRITE]);
      const admin = await h.owner();
      const write = h.emulator.store.scopesOf(SEED.apps.docsSearch).find((s) => s.scope_string === WRITE)!;
      await admin.call(ep.deleteScope, { params: { scope_id: write.id } });
      const refreshed = await token(h, { grant_type: 'refresh_token', refresh_token: flow.tokens.refresh_token!, client_id: flow.clientId });
      expect([refreshed.status, refreshed.body.error]).to.deep.equal([400, 'invalid_grant']);
      const docs = h.emulator.store.resourceServers.get(SEED.apps.docsSearch)!;
      const seen = await introspect(h, flow.tokens.access_token, `Basic ${btoa(`${docs.id}:${docs.introspection_secret}`)}`);
      expect(seen.body.active).to.equal(false);
    });
  });

  describe('consent → code → tokens', () => {
    it('redirects an accepted request with code, state and iss, and binds the token to the resource and the granted subset', async () => {
      const h = harness();
      const flow = await codeFor(h, [SEARCH]);
      expect(flow.redirect.origin + flow.redirect.pathname).to.equal('http://127.0.0.1:1234/cb');
      expect(flow.redirect.searchParams.get('state')).to.equal('state-1');
      expect(flow.redirect.searchParams.get('iss')).to.equal(h.emulator.baseUrl);
      expect(flow.code).to.match(/^[0-9a-f]{32}$/);

      const exchange = { grant_type: 'authorization_code', code: flow.code, redirect_uri: CALLBACK, client_id: flow.clientId };
      const wrong = await token(h, { ...exchange, code_verifier: `${VERIFIER.slice(0, -1)}A` });
      expect([wrong.status, wrong.body.error]).to.deep.equal([400, 'invalid_grant']);
      expect(wrong.res.headers.get('cache-control')).to.include('no-store');
      // A wrong verifier burns the code: guessing again, even right, gets nothing.
      const again = await token(h, { ...exchange, code_verifier: VERIFIER, resource: DOCS });
      expect([again.status, again.body.error]).to.deep.equal([400, 'invalid_grant']);

      const fresh = await codeFor(h, [SEARCH]);
      const ok = await token(h, { ...exchange, code: fresh.code, client_id: fresh.clientId, code_verifier: VERIFIER, resource: DOCS });
      expect(ok.status).to.equal(200);
      expect(ok.res.headers.get('cache-control')).to.include('no-store');
      expect(ok.body).to.include({ token_type: 'Bearer', expires_in: 3600, scope: SEARCH });
      expect(ok.body.refresh_token).to.be.a('string');

      const claims = decodeJwt(ok.body.access_token);
      expect(claims.aud).to.equal(DOCS);
      expect(claims.scope).to.equal(SEARCH);
      expect(claims).to.include({ iss: h.emulator.baseUrl, sub: SEED.users.owner, client_id: fresh.clientId, email: 'ada@acme.example' });
      expect(claims.exp! - claims.iat!).to.equal(3600);
      expect(claims.jti).to.be.a('string');

      const jwks = (await (await h.emulator.fetchFn(at(h, '/oauth/jwks'))).json()) as JSONWebKeySet;
      expect(jwks.keys).to.have.length(1);
      expect(jwks.keys[0]).to.have.property('kid').that.is.a('string');
      expect(jwks.keys[0]).not.to.have.property('d');
      const { payload, protectedHeader } = await jwtVerify(ok.body.access_token, createLocalJWKSet(jwks), { issuer: h.emulator.baseUrl, audience: DOCS });
      expect(payload.scope).to.equal(SEARCH);
      expect(protectedHeader.kid).to.equal(jwks.keys[0]!.kid);

      // A tampered token does not verify.
      const [head, body, sig] = ok.body.access_token.split('.');
      const forged = `${head}.${body!.slice(0, -2)}${body!.endsWith('A') ? 'B' : 'A'}${body!.slice(-1)}.${sig}`;
      let failed = false;
      await jwtVerify(forged, createLocalJWKSet(jwks)).catch(() => (failed = true));
      expect(failed).to.equal(true);
    });

    it('rejects a replayed code with invalid_grant and revokes what it issued', async () => {
      const h = harness();
      const { code, clientId, tokens: issued } = await tokensFor(h, [SEARCH, WRITE]);
      expect((await introspect(h, issued.access_token, docsBasic)).body.active).to.equal(true);
      const again = await token(h, { grant_type: 'authorization_code', code, code_verifier: VERIFIER, redirect_uri: CALLBACK, client_id: clientId });
      expect([again.status, again.body.error]).to.deep.equal([400, 'invalid_grant']);
      expect((await introspect(h, issued.access_token, docsBasic)).body).to.deep.equal({ active: false });
      const refresh = await token(h, { grant_type: 'refresh_token', refresh_token: issued.refresh_token!, client_id: clientId });
      expect(refresh.body.error).to.equal('invalid_grant');
    });

    it('checks client, redirect_uri and resource on the exchange without burning the code', async () => {
      const h = harness();
      const flow = await codeFor(h, [SEARCH]);
      const other = await registerClient(h);
      const base = { grant_type: 'authorization_code', code: flow.code, code_verifier: VERIFIER, redirect_uri: CALLBACK, client_id: flow.clientId };
      const cases: [Record<string, string>, number, string][] = [
        [{ client_id: other }, 400, 'invalid_grant'],
        [{ redirect_uri: 'http://127.0.0.1:9999/cb' }, 400, 'invalid_grant'],
        [{ resource: 'https://mcp.github.acme.example/mcp' }, 400, 'invalid_target'],
        [{ client_id: 'nobody' }, 401, 'invalid_client'],
        [{ code: 'f'.repeat(32) }, 400, 'invalid_grant'],
        [{ grant_type: 'password' }, 400, 'unsupported_grant_type'],
      ];
      for (const [change, status, error] of cases) {
        const res = await token(h, { ...base, ...change });
        expect([res.status, res.body.error], JSON.stringify(change)).to.deep.equal([status, error]);
      }
      const { redirect_uri: _omit, ...withoutRedirect } = base;
      expect((await token(h, withoutRedirect)).body.error).to.equal('invalid_request');
      const notForm = await h.emulator.fetchFn(at(h, '/oauth/token'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(base) });
      expect([notForm.status, ((await notForm.json()) as TokenResponse).error]).to.deep.equal([400, 'invalid_request']);
      expect((await token(h, base)).status).to.equal(200);
    });

    it('authenticates a confidential client with client_secret_basic', async () => {
      const h = harness();
      const reg = (await (await register(h, { redirect_uris: [CALLBACK], token_endpoint_auth_method: 'client_secret_basic' })).json()) as { client_id: string; client_secret: string };
      const challenge = await challengeOf(await authorize(h, request(reg.client_id, { scope: SEARCH })));
      const decision = await h.client().call(ep.acceptConsent, { body: { consent_challenge: challenge } });
      const code = new URL(decision.redirect_to).searchParams.get('code')!;
      const form = { grant_type: 'authorization_code', code, code_verifier: VERIFIER, redirect_uri: CALLBACK };
      const noAuth = await token(h, { ...form, client_id: reg.client_id });
      expect([noAuth.status, noAuth.body.error]).to.deep.equal([401, 'invalid_client']);
      expect(noAuth.res.headers.get('www-authenticate')).to.match(/^Basic/);
      const wrong = await token(h, form, { authorization: `Basic ${btoa(`${reg.client_id}:nope`)}` });
      expect(wrong.status).to.equal(401);
      const ok = await token(h, form, { authorization: `Basic ${btoa(`${reg.client_id}:${reg.client_secret}`)}` });
      expect(ok.status).to.equal(200);
      // grant_types defaulted to authorization_code only: no refresh token.
      expect(ok.body).not.to.have.property('refresh_token');
    });

    it('rotates refresh tokens, keeps audience and scopes, narrows on request, and revokes the family on reuse', async () => {
      const h = harness();
      const { clientId, tokens: first } = await tokensFor(h, [SEARCH, WRITE]);
      expect(first.scope).to.equal(`${SEARCH} ${WRITE}`);

      const second = await token(h, { grant_type: 'refresh_token', refresh_token: first.refresh_token!, client_id: clientId });
      expect(second.status).to.equal(200);
      expect(second.body.refresh_token).to.be.a('string').and.not.equal(first.refresh_token);
      expect(second.body.scope).to.equal(`${SEARCH} ${WRITE}`);
      expect(decodeJwt(second.body.access_token).aud).to.equal(DOCS);

      const narrow = await token(h, { grant_type: 'refresh_token', refresh_token: second.body.refresh_token!, client_id: clientId, scope: SEARCH });
      expect(narrow.body.scope).to.equal(SEARCH);
      expect(decodeJwt(narrow.body.access_token).scope).to.equal(SEARCH);
      const wider = await token(h, { grant_type: 'refresh_token', refresh_token: narrow.body.refresh_token!, client_id: clientId, scope: `${SEARCH} github_mcp_server:admin` });
      expect(wider.body.error).to.equal('invalid_scope');
      // The narrowed refresh still carries the original grant.
      const full = await token(h, { grant_type: 'refresh_token', refresh_token: narrow.body.refresh_token!, client_id: clientId });
      expect(full.body.scope).to.equal(`${SEARCH} ${WRITE}`);

      const reused = await token(h, { grant_type: 'refresh_token', refresh_token: first.refresh_token!, client_id: clientId });
      expect([reused.status, reused.body.error]).to.deep.equal([400, 'invalid_grant']);
      const afterReuse = await token(h, { grant_type: 'refresh_token', refresh_token: full.body.refresh_token!, client_id: clientId });
      expect(afterReuse.body.error).to.equal('invalid_grant');
      expect((await introspect(h, full.body.access_token, docsBasic)).body.active).to.equal(false);
    });

    it('introspects for the application the token is for, and for no other', async () => {
      const h = harness();
      const { clientId, tokens: issued } = await tokensFor(h, [SEARCH]);
      const mine = await introspect(h, issued.access_token, docsBasic);
      expect(mine.status).to.equal(200);
      expect(mine.body).to.include({ active: true, scope: SEARCH, client_id: clientId, sub: SEED.users.owner, aud: DOCS, iss: h.emulator.baseUrl, token_type: 'Bearer' });
      expect(mine.body.exp).to.be.a('number');
      expect(mine.body.iat).to.be.a('number');

      expect(await introspect(h, issued.access_token, githubBasic)).to.deep.equal({ status: 200, body: { active: false } });
      expect(await introspect(h, 'not-a-token', docsBasic)).to.deep.equal({ status: 200, body: { active: false } });
      expect(await introspect(h, issued.refresh_token!, docsBasic)).to.deep.equal({ status: 200, body: { active: false } });

      const badSecret = await introspect(h, issued.access_token, `Basic ${btoa(`${SEED.apps.docsSearch}:sec_wrong`)}`);
      expect([badSecret.status, badSecret.body.error]).to.deep.equal([401, 'invalid_client']);
      const none = await introspect(h, issued.access_token, '');
      expect([none.status, none.body.error]).to.deep.equal([401, 'invalid_client']);
    });

    it('sends a denied request back with access_denied, state and iss', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      const challenge = await challengeOf(await authorize(h, request(clientId)));
      const decision = await h.client().call(ep.rejectConsent, { body: { consent_challenge: challenge } });
      const url = new URL(decision.redirect_to);
      expect(url.origin + url.pathname).to.equal('http://127.0.0.1:1234/cb');
      expect(url.searchParams.get('error')).to.equal('access_denied');
      expect(url.searchParams.get('state')).to.equal('state-1');
      expect(url.searchParams.get('iss')).to.equal(h.emulator.baseUrl);
      expect(url.searchParams.has('code')).to.equal(false);
    });

    it('sends iss when there is nothing to grant, and when a remembered decision auto-approves (never under prompt=consent)', async () => {
      const h = harness();
      const clientId = await registerClient(h);
      // GitHub has no bindings and its policy is off: nothing is grantable for Alan.
      const none = await challengeOf(await authorize(h, request(clientId, { scope: 'github_mcp_server:tools:read', resource: undefined })));
      const denied = await h.client().call(ep.getConsent, { query: { consent_challenge: none } });
      const deniedUrl = new URL(denied.redirect_to!);
      expect([deniedUrl.searchParams.get('error'), deniedUrl.searchParams.get('iss'), deniedUrl.searchParams.get('state')])
        .to.deep.equal(['access_denied', h.emulator.baseUrl, 'state-1']);

      const first = await challengeOf(await authorize(h, request(clientId, { scope: SEARCH })));
      await h.client().call(ep.acceptConsent, { body: { consent_challenge: first, remember: true } });
      const forced = await challengeOf(await authorize(h, request(clientId, { scope: SEARCH, prompt: 'consent' })));
      expect((await h.client().call(ep.getConsent, { query: { consent_challenge: forced } })).auto_approved).to.equal(false);
      const repeat = await challengeOf(await authorize(h, request(clientId, { scope: SEARCH, state: 'state-2' })));
      const auto = await h.client().call(ep.getConsent, { query: { consent_challenge: repeat } });
      expect(auto.auto_approved).to.equal(true);
      const url = new URL(auto.redirect_to!);
      expect(url.searchParams.get('code')).to.match(/^[0-9a-f]{32}$/);
      expect([url.searchParams.get('state'), url.searchParams.get('iss')]).to.deep.equal(['state-2', h.emulator.baseUrl]);
      const exchanged = await token(h, { grant_type: 'authorization_code', code: url.searchParams.get('code')!, code_verifier: VERIFIER, redirect_uri: CALLBACK, client_id: clientId });
      expect(exchanged.body.scope).to.equal(SEARCH);
    });
  });

  describe('hosted consent page', () => {
    it('serves the page shell with the consent CSP, no framing and no referrer', async () => {
      const h = harness();
      const res = await h.emulator.fetchFn(at(h, '/consent?consent_challenge=x'));
      expect(res.status).to.equal(200);
      expect(res.headers.get('content-security-policy')).to.include("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).to.equal('DENY');
      expect(res.headers.get('referrer-policy')).to.equal('no-referrer');
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.title).to.not.equal('');
      expect(doc.body.querySelector('authsec-consent-screen')).to.not.equal(null);
      const scripts = [...doc.querySelectorAll('script')];
      expect(scripts.map((s) => [s.type, s.getAttribute('src'), s.textContent])).to.deep.equal([['module', '/authsec-consent.js', '']]);
      expect(doc.querySelectorAll('style, [style]')).to.have.length(0);
      expect(doc.querySelector('noscript')?.textContent).to.match(/JavaScript/);
      // The page's own canvas follows the person's light/dark preference, as the element does.
      expect(doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content')).to.equal('light dark');
    });
  });
});

describe('emulator: an application\'s connections (authsec-api-current.md §4.1)', () => {
  const docs = { id: SEED.apps.docsSearch };

  it('revoking a connection stops its tokens at once: refresh refused, introspection inactive, a drift event on the launched app', async () => {
    const h = harness();
    const flow = await tokensFor(h, [SEARCH]);
    const admin = await h.owner();
    const listed = await admin.call(ep.listWorkspaceClients, { query: { resource_server_id: SEED.apps.docsSearch } });
    const row = listed.find((c) => c.client_id === flow.clientId)!;
    expect([row.status, row.redirect_uris, typeof row.last_token_issued_at]).to.deep.equal(['approved', [CALLBACK], 'string']);
    expect((await introspect(h, flow.tokens.access_token, docsBasic)).body.active).to.equal(true);

    expect(await admin.call(ep.revokeClient, { params: { ...docs, client_id: flow.clientId } })).to.deep.equal({ status: 'revoked' });
    expect((await introspect(h, flow.tokens.access_token, docsBasic)).body.active).to.equal(false);
    const refreshed = await token(h, { grant_type: 'refresh_token', refresh_token: flow.tokens.refresh_token!, client_id: flow.clientId });
    expect([refreshed.status, refreshed.body.error]).to.deep.equal([401, 'invalid_client']);
    const drift = (await admin.call(ep.listDriftEvents, { params: docs })).events.find((e) => e.event_type === 'connection_revoked');
    expect(drift?.event_payload).to.include({ client_id: flow.clientId, client_name: 'Test Agent' });
    // A revoked client cannot start again: the authorization page refuses it.
    const again = await authorize(h, request(flow.clientId));
    expect(again.status).to.equal(400);
  });

  it('pre-registers with the consent rules for redirect URIs, a secret only for a confidential client, 403 when prereg is off', async () => {
    const h = harness();
    const admin = await h.owner();
    const bad = (await rejection(admin.call(ep.preRegisterClient, { params: docs, body: { client_name: 'X', redirect_uris: ['http://evil.example/cb'] } }))) as AuthsecError;
    expect([bad.status, bad.serverMessage]).to.deep.equal([400, 'http redirect_uris are allowed only for loopback hosts (127.0.0.1, [::1], localhost); use https']);
    const frag = (await rejection(admin.call(ep.preRegisterClient, { params: docs, body: { client_name: 'X', redirect_uris: ['https://a.example/cb#x'] } }))) as AuthsecError;
    expect(frag.serverMessage).to.equal('redirect_uri must not contain a fragment');
    const publicClient = await admin.call(ep.preRegisterClient, { params: docs, body: { client_name: 'Ops Bot', redirect_uris: ['https://ops.example/cb'], token_endpoint_auth_method: 'none' } });
    expect(publicClient.client_secret).to.equal(undefined);
    const confidential = await admin.call(ep.preRegisterClient, { params: docs, body: { client_name: 'Batch', redirect_uris: ['https://batch.example/cb'], token_endpoint_auth_method: 'client_secret_basic' } });
    expect(confidential.client_secret).to.match(/^cs_/);
    const row = h.emulator.store.clients.get(confidential.client_id)!;
    expect([row.registration_type, row.status, row.rs_id]).to.deep.equal(['prereg', 'approved', SEED.apps.docsSearch]);

    h.emulator.store.resourceServers.get(SEED.apps.docsSearch)!.registration_modes = ['dcr'];
    const off = (await rejection(admin.call(ep.preRegisterClient, { params: docs, body: { client_name: 'Y', redirect_uris: ['https://y.example/cb'] } }))) as AuthsecError;
    expect([off.status, off.serverMessage]).to.deep.equal([403, 'resource server does not allow pre-registration']);
  });

  it('approves or denies a pending registration (today\'s surface only) and approves a CIMD client\'s changed redirects', async () => {
    const h = harness();
    const admin = await h.owner();
    const pending = { ...docs, client_id: SEED.clients.pendingAgent };
    expect(await admin.call(ep.approveClient, { params: pending })).to.include({ status: 'approved' });
    expect(h.emulator.store.clients.get(SEED.clients.pendingAgent)!.status).to.equal('approved');
    h.emulator.store.clients.get(SEED.clients.pendingAgent)!.status = 'pending_approval';
    expect(await admin.call(ep.denyClient, { params: pending })).to.deep.equal({ status: 'denied' });
    expect(h.emulator.store.clients.has(SEED.clients.pendingAgent)).to.equal(false);
    const other = (await rejection(admin.call(ep.revokeClient, { params: { id: SEED.apps.github, client_id: SEED.clients.supportAgent } }))) as AuthsecError;
    expect(other.status, 'another application\'s client').to.equal(404);

    const support = h.emulator.store.clients.get(SEED.clients.supportAgent)!;
    support.pending_redirect_uris = ['https://support.acme.example/oauth/callback', 'https://support-eu.acme.example/oauth/callback'];
    expect(await admin.call(ep.approveClientRedirects, { params: { ...docs, client_id: support.client_id } })).to.deep.equal({ status: 'redirects approved' });
    expect([support.redirect_uris.length, support.pending_redirect_uris]).to.deep.equal([2, undefined]);

    const shim = createBrowserEmulator({ surfaces: 'resource-servers' });
    const res = await shim.fetchFn(`${shim.baseUrl}/authsec/applications/${SEED.apps.docsSearch}/connections/${SEED.clients.pendingAgent}/approve`, {
      method: 'PUT', headers: { authorization: `Bearer ${await shim.ownerToken()}` },
    });
    expect(res.status, 'an AuthSec from before the applications surface has no approve').to.equal(404);
  });
});

describe('emulator: remembered consents (authsec-api-current.md §4.2)', () => {
  /** Authorize as Ada; the consent page's JSON tells whether a remembered decision answered it. */
  async function authorizeAgain(h: Harness, clientId: string) {
    const challenge = await challengeOf(await authorize(h, request(clientId, { login_hint: 'ada@acme.example', scope: SEARCH })));
    return h.client().call(ep.getConsent, { query: { consent_challenge: challenge } });
  }

  it('remember → the next authorization skips the page; the admin revokes → refresh refused and the page asks again', async () => {
    const h = harness();
    const clientId = await registerClient(h);
    const first = await challengeOf(await authorize(h, request(clientId, { login_hint: 'ada@acme.example', scope: SEARCH })));
    const decision = await h.client().call(ep.acceptConsent, { body: { consent_challenge: first, grant_scope: [SEARCH], remember: true } });
    const code = new URL(decision.redirect_to).searchParams.get('code')!;
    const issued = await token(h, { grant_type: 'authorization_code', code, code_verifier: VERIFIER, redirect_uri: CALLBACK, client_id: clientId, resource: DOCS });
    expect(issued.status).to.equal(200);
    expect((await authorizeAgain(h, clientId)).auto_approved).to.equal(true);

    const admin = await h.owner();
    const { consent_grants: grants } = await admin.call(ep.listConsentGrants, { query: { user_id: SEED.users.owner } });
    const grant = grants.find((g) => g.client_name === 'Test Agent')!;
    expect([grant.granted_scopes, grant.resource_name, grant.user_id]).to.deep.equal([[SEARCH], 'Docs Search', SEED.users.owner]);
    expect(grant.client_id, 'the client record UUID, not the OAuth client_id').to.match(/^[0-9a-f-]{36}$/).and.not.equal(clientId);
    const byClient = await admin.call(ep.listConsentGrants, { query: { client_id: grant.client_id } });
    expect(byClient.consent_grants.map((g) => g.id)).to.deep.equal([grant.id]);

    expect(await admin.call(ep.revokeConsentGrant, { params: { grant_id: grant.id } })).to.deep.equal({ status: 'revoked' });
    const refreshed = await token(h, { grant_type: 'refresh_token', refresh_token: issued.body.refresh_token!, client_id: clientId });
    expect([refreshed.status, refreshed.body.error]).to.deep.equal([400, 'invalid_grant']);
    expect((await authorizeAgain(h, clientId)).auto_approved, 'the consent page asks again').to.not.equal(true);
    const again = (await rejection(admin.call(ep.revokeConsentGrant, { params: { grant_id: grant.id } }))) as AuthsecError;
    expect([again.status, again.serverMessage]).to.deep.equal([404, 'consent grant not found or already revoked']);
    const bad = (await rejection(admin.call(ep.listConsentGrants, { query: { user_id: 'ada' } }))) as AuthsecError;
    expect([bad.status, bad.serverMessage]).to.deep.equal([400, 'invalid user_id']);
  });

  it('self-service: an end user lists and revokes only their own, with their own session token', async () => {
    const h = harness();
    const alan = SEED.users.endUsers[0]!;
    const own = h.client(() => h.tokenFor(alan));
    const mine = (await own.call(ep.listMyConsentGrants, {})).consent_grants;
    expect(mine.map((g) => [g.client_name, g.granted_scopes])).to.have.deep.members([
      ['MCP Inspector', [SEARCH]], ['Acme Support Agent', [SEARCH]],
    ]);
    const barbaras = h.emulator.store.consentGrants.find((g) => g.user_id === SEED.users.endUsers[1])!;
    const other = (await rejection(own.call(ep.revokeMyConsentGrant, { params: { grant_id: barbaras.id } }))) as AuthsecError;
    expect(other.status, 'someone else\'s grant is not found').to.equal(404);
    const admin = (await rejection(own.call(ep.listConsentGrants, {}))) as AuthsecError;
    expect(admin.status, 'an end user is not an admin').to.equal(403);
    await own.call(ep.revokeMyConsentGrant, { params: { grant_id: mine[0]!.id } });
    expect((await own.call(ep.listMyConsentGrants, {})).consent_grants).to.have.length(1);
  });
});
