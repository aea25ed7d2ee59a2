/**
 * The OAuth 2.1 authorization server at AuthSec's dev-lineage root paths (authsec-api.md §9.1):
 * metadata, dynamic client registration, `/oauth/authorize` (which hands over to the hosted consent
 * page and the v2 consent API), `/oauth/token`, `/oauth/jwks`, `/oauth/introspect`, and the hosted
 * consent page itself at `/consent`.
 *
 * The emulator has no login UI. The signed-in end user of an authorization request is the seeded
 * user named by the emulator-only `login_hint` parameter (email or user id), or else the first
 * seeded end user (Alan Turing).
 */
import type { Context, Hono } from 'hono';
import { jwtVerify } from 'jose';
import { parseBasic, secretsEqual } from '../auth.js';
import type { Deps } from '../http.js';
import { SIGNING_ALG, signAccessToken, type SigningKey } from '../oauth/keys.js';
import { CONSENT_PAGE_CSP, consentPageHtml, errorPageHtml, PAGE_HEADERS } from '../oauth/pages.js';
import { isPkceValue, randomHex, randomToken, verifyS256 } from '../oauth/pkce.js';
import { appendParams, redirectUriMatches, redirectUriProblem, safeDescription } from '../oauth/redirect.js';
import { validateRegistration } from '../oauth/registration.js';
import { parseScope } from '../oauth/scope.js';
import { ACCESS_TOKEN_TTL_S, TokenStore, type Grant } from '../oauth/tokens.js';
import { SEED } from '../seed/workspace.js';
import type { ClientRow, ConsentChallengeRow, PageDress, ResourceServerRow, User } from '../store.js';
import type { ConsentHooks } from './consent.js';
import { HMGR_CONSENT_PATH } from './hmgr-consent.js';

export { CONSENT_PAGE_CSP };

const CHALLENGE_TTL_MS = 10 * 60_000;
const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const;
const MAX_ECHOED = 200;

type TokenError =
  | 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client'
  | 'unsupported_grant_type' | 'invalid_scope' | 'invalid_target';

/** The grant types a client may use (seeded clients predate DCR metadata: code and refresh). */
function clientGrantTypes(client: ClientRow): readonly string[] {
  return client.metadata?.grant_types ?? ['authorization_code', 'refresh_token'];
}

/** RFC 8707 resource as compared: absolute http(s) URI without fragment, scheme and host lowercased. */
function canonicalResource(value: string): string | undefined {
  if (!value || value.includes('#')) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** RFC 6749 §2.3.1: client credentials in Basic are form-urlencoded first. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function truncate(value: string): string {
  return value.length > MAX_ECHOED ? `${value.slice(0, MAX_ECHOED)}…` : value;
}

export function oauthRoutes(app: Hono, deps: Deps, signingKey: Promise<SigningKey>): ConsentHooks {
  const { store } = deps;
  const tokens = new TokenStore(store);
  store.revokeTokensOf = (userIds) => tokens.revokeUsers(userIds);
  store.revokeTokensWhere = (match) => tokens.revokeWhere(match);
  store.sweepers.push(() => tokens.sweep());
  store.counters.push(() => ({
    codes: tokens.codes.size, grants: tokens.grants.size, refresh_tokens: tokens.refreshTokens.size, access_tokens: tokens.accessTokens.size,
  }));
  const nowSeconds = () => Math.floor(store.clock.now().getTime() / 1000);
  const issuerOf = (c: Context) => deps.issuer(c).replace(/\/+$/, '');

  // ---- Metadata (RFC 8414) -------------------------------------------------------------------

  const metadata = (c: Context) => {
    const issuer = issuerOf(c);
    return {
      issuer,
      authorization_endpoint: `${issuer}/oauth/authorize`,
      token_endpoint: `${issuer}/oauth/token`,
      registration_endpoint: `${issuer}/oauth/register`,
      introspection_endpoint: `${issuer}/oauth/introspect`,
      jwks_uri: `${issuer}/oauth/jwks`,
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      token_endpoint_auth_methods_supported: ['none', 'client_secret_basic', 'client_secret_post'],
      introspection_endpoint_auth_methods_supported: ['client_secret_basic'],
      code_challenge_methods_supported: ['S256'],
      resource_indicators_supported: true,
      authorization_response_iss_parameter_supported: true,
      scopes_supported: [...new Set([...store.scopes.values()].map((s) => s.scope_string))].sort(),
      subject_types_supported: ['public'],
    };
  };
  app.get('/.well-known/oauth-authorization-server', (c) => c.json(metadata(c)));
  // OIDC Discovery requires the ID token signing algorithms (§3); tokens are signed with the same key.
  app.get('/.well-known/openid-configuration', (c) => c.json({ ...metadata(c), id_token_signing_alg_values_supported: [SIGNING_ALG] }));

  app.get('/oauth/jwks', async (c) => {
    const key = await signingKey;
    return c.json({ keys: [key.publicJwk] }, 200, { 'Cache-Control': 'public, max-age=300' });
  });

  // ---- Dynamic client registration (RFC 7591) ---------------------------------------------------

  app.post('/oauth/register', async (c) => {
    let raw: unknown;
    try {
      raw = JSON.parse(await c.req.text());
    } catch {
      return c.json({ error: 'invalid_client_metadata', error_description: 'the request body must be a JSON object' }, 400, NO_STORE);
    }
    const result = validateRegistration(raw);
    if (!result.ok) return c.json({ error: result.error, error_description: safeDescription(result.description) }, 400, NO_STORE);
    const { redirect_uris, client_name, metadata: meta } = result.value;
    const clientId = `dcr-${randomHex(12)}`;
    const issuedAt = nowSeconds();
    const secret = meta.token_endpoint_auth_method === 'none' ? undefined : `cs_${randomToken(32)}`;
    const row: ClientRow = {
      client_id: clientId,
      client_name: client_name ?? '',
      registration_type: 'dcr',
      redirect_uris,
      rs_id: '',
      status: 'approved',
      created_at: store.nowIso(),
      metadata: { ...meta, client_id_issued_at: issuedAt },
      ...(secret ? { client_secret: secret } : {}),
    };
    store.clients.set(clientId, row);
    return c.json(
      {
        client_id: clientId,
        client_id_issued_at: issuedAt,
        ...(secret ? { client_secret: secret, client_secret_expires_at: 0 } : {}),
        ...(client_name !== undefined ? { client_name } : {}),
        redirect_uris,
        ...meta,
        registration_type: 'dcr',
      },
      201,
      NO_STORE,
    );
  });

  // ---- Authorization endpoint ---------------------------------------------------------------

  /** Never a redirect: the client or its redirect URI cannot be trusted (RFC 6749 §4.1.2.1). */
  const errorPage = (c: Context, error: string, description: string, details: string[] = []) =>
    c.body(errorPageHtml(error, description, details), 400, { ...PAGE_HEADERS });

  const findUser = (hint: string | null): User | undefined => {
    if (hint) {
      const wanted = hint.toLowerCase();
      const match = store.users.get(hint) ?? [...store.users.values()].find((u) => u.email.toLowerCase() === wanted);
      if (match) return match;
    }
    return store.users.get(SEED.users.endUsers[0]);
  };

  app.get('/oauth/authorize', (c) => {
    const q = new URL(c.req.url).searchParams;

    // Phase 1: who is asking, and where the answer may go. Failures here are an error page.
    const clientIds = q.getAll('client_id');
    if (clientIds.length !== 1 || !clientIds[0]) {
      return errorPage(c, 'invalid_request', 'The request does not name exactly one client (client_id is missing or repeated).');
    }
    const client = store.clients.get(clientIds[0]);
    if (!client || client.status !== 'approved') {
      return errorPage(c, 'invalid_client', 'The application that sent you here is not registered with this authorization server, or its registration was revoked.', [
        `Client ID: ${truncate(clientIds[0])}`,
      ]);
    }
    const redirects = q.getAll('redirect_uri');
    let redirectUri: string;
    if (redirects.length > 1) {
      return errorPage(c, 'invalid_request', 'The request carries more than one return address (redirect_uri).');
    } else if (redirects.length === 1) {
      const requested = redirects[0]!;
      if (redirectUriProblem(requested) || !client.redirect_uris.some((r) => redirectUriMatches(requested, r))) {
        return errorPage(c, 'invalid_request', 'The return address (redirect_uri) in this request is not one the application registered.');
      }
      redirectUri = requested;
    } else if (client.redirect_uris.length === 1) {
      redirectUri = client.redirect_uris[0]!;
    } else {
      return errorPage(c, 'invalid_request', 'The request has no return address (redirect_uri), and the application registered more than one.');
    }

    // Phase 2: errors go back to the validated redirect URI, with state and iss.
    const state = q.get('state') ?? undefined;
    const iss = issuerOf(c);
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    const fail = (error: string, description: string) =>
      c.redirect(appendParams(redirectUri, { error, error_description: safeDescription(description), state, iss }), 303);

    for (const name of ['state', 'response_type', 'response_mode', 'code_challenge', 'code_challenge_method', 'scope', 'prompt', 'login_hint', 'nonce']) {
      if (q.getAll(name).length > 1) return fail('invalid_request', `${name} is repeated`);
    }
    if (q.has('request_uri')) return fail('invalid_request_uri', 'request_uri is not supported (pushed authorization requests are disabled)');
    if (q.has('request')) return fail('request_not_supported', 'request objects are not supported');

    const responseType = q.get('response_type');
    if (!responseType) return fail('invalid_request', 'response_type is required');
    if (responseType !== 'code') return fail('unsupported_response_type', 'only response_type=code is supported');
    const responseMode = q.get('response_mode');
    if (responseMode !== null && responseMode !== 'query') return fail('invalid_request', 'only response_mode=query is supported');

    const codeChallenge = q.get('code_challenge');
    const method = q.get('code_challenge_method');
    if (!codeChallenge) return fail('invalid_request', 'code_challenge is required (PKCE with S256)');
    if (method !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256');
    if (!isPkceValue(codeChallenge)) return fail('invalid_request', 'code_challenge must be 43 to 128 unreserved characters');

    const scopeParam = q.get('scope');
    let scopes: string[] | undefined;
    if (scopeParam !== null && scopeParam !== '') {
      scopes = parseScope(scopeParam);
      if (!scopes) return fail('invalid_scope', 'scope must be space-delimited scope tokens (RFC 6749 section 3.3)');
    }

    // RFC 8707: the application the token will be for.
    const resources = q.getAll('resource');
    let rs: ResourceServerRow | undefined;
    if (resources.length > 1) return fail('invalid_target', 'only one resource per request is supported');
    if (resources.length === 1) {
      const wanted = canonicalResource(resources[0]!);
      if (!wanted) return fail('invalid_target', 'resource must be an absolute http(s) URI without a fragment');
      rs = [...store.resourceServers.values()].find((r) => canonicalResource(r.resource_uri) === wanted);
      if (!rs) return fail('invalid_target', 'resource is not an application protected by this authorization server');
    } else {
      const owners = new Set<string>();
      for (const scope of scopes ?? []) {
        for (const s of store.scopes.values()) if (s.scope_string === scope) owners.add(s.rs_id);
      }
      if (owners.size > 1) return fail('invalid_target', 'the scopes belong to several applications; send the resource parameter');
      const inferred = owners.size === 1 ? [...owners][0]! : client.rs_id;
      rs = inferred ? store.resourceServers.get(inferred) : undefined;
      if (!rs) return fail('invalid_target', 'resource is required: the application could not be inferred');
    }
    if (!rs.active) return fail('invalid_target', 'the application is disabled');
    if (!rs.registration_modes.includes(client.registration_type)) {
      return fail('unauthorized_client', `the application does not accept ${client.registration_type} clients`);
    }

    const prompt = q.get('prompt') ?? undefined;
    if (prompt?.split(' ').includes('none')) return fail('consent_required', 'prompt=none is not supported: consent needs the user');

    const user = findUser(q.get('login_hint'));
    if (!user) return fail('access_denied', 'no user is signed in');
    if (!user.active) return fail('access_denied', 'the signed-in user account is disabled');
    if (user.workspace_id !== rs.workspace_id) return fail('access_denied', 'the signed-in user is not a member of the workspace of this application');

    // A DCR client is linked to the first application it authorizes for (the clients list shows it there).
    if (!client.rs_id) client.rs_id = rs.id;

    const challenge: ConsentChallengeRow = {
      challenge: `ch_${randomToken(32)}`,
      rs_id: rs.id,
      client_id: client.client_id,
      user_id: user.id,
      // The raw request (so scopes the application does not declare show as not_registered); all of the application's when none.
      requested_scopes: scopes ?? store.scopesOf(rs.id).map((s) => s.scope_string),
      redirect_uri: redirectUri,
      redirect_uri_sent: redirects.length === 1,
      ...(state !== undefined ? { state } : {}),
      expires_at: new Date(store.clock.now().getTime() + CHALLENGE_TTL_MS).toISOString(),
      extended: true,
      code_challenge: codeChallenge,
      resource: rs.resource_uri,
      issuer: iss,
      ...(prompt ? { prompt } : {}),
      ...pageDress(q),
    };
    store.consentChallenges.set(challenge.challenge, challenge);
    // Emulator-only `authsec_consent_page=form|json` (like login_hint): tests pick the page per request.
    const page = q.get('authsec_consent_page') ?? deps.consentPage;
    const consent = new URL(page === 'json' ? '/consent' : HMGR_CONSENT_PATH, c.req.url);
    consent.searchParams.set('consent_challenge', challenge.challenge);
    return c.redirect(consent.toString(), 303);
  });

  // ---- The hosted consent page ----------------------------------------------------------------

  app.get('/consent', (c) => c.body(consentPageHtml(store.consentChallenges.get(c.req.query('consent_challenge') ?? '')?.page), 200, { ...PAGE_HEADERS }));

  // ---- Token endpoint -------------------------------------------------------------------------

  const tokenError = (c: Context, error: TokenError, description: string) => {
    const status = error === 'invalid_client' ? 401 : 400;
    const headers: Record<string, string> = { ...NO_STORE };
    if (status === 401) headers['WWW-Authenticate'] = 'Basic realm="authsec"';
    return c.json({ error, error_description: safeDescription(description) }, status, headers);
  };

  const readForm = async (c: Context): Promise<URLSearchParams | undefined> => {
    if (!/^application\/x-www-form-urlencoded(\s*;|$)/i.test(c.req.header('content-type') ?? '')) return undefined;
    return new URLSearchParams(await c.req.text());
  };

  /** RFC 6749 §2.3: `client_id` in the body (public) or Basic / body secret (confidential). */
  const authenticateClient = (c: Context, form: URLSearchParams): ClientRow | Response => {
    const header = c.req.header('authorization');
    let id: string | null;
    let secret: string | null;
    let via: 'basic' | 'post' | 'none' = 'none';
    if (header) {
      const basic = parseBasic(header);
      if (!basic) return tokenError(c, 'invalid_client', 'malformed Basic credentials');
      id = formDecode(basic.username);
      secret = formDecode(basic.password);
      via = 'basic';
      const bodyId = form.get('client_id');
      if (bodyId !== null && bodyId !== id) return tokenError(c, 'invalid_request', 'client_id differs from the Authorization header');
    } else {
      id = form.get('client_id');
      secret = form.get('client_secret');
      if (secret !== null) via = 'post';
    }
    if (!id) return tokenError(c, 'invalid_client', 'client authentication failed: no client_id');
    const client = store.clients.get(id);
    if (!client || client.status !== 'approved') return tokenError(c, 'invalid_client', 'client authentication failed');
    const expected = client.metadata?.token_endpoint_auth_method ?? 'none';
    if (expected === 'none') {
      if (secret) return tokenError(c, 'invalid_client', 'this is a public client: it has no secret');
      return client;
    }
    const ok = via === (expected === 'client_secret_basic' ? 'basic' : 'post') && secret !== null && !!client.client_secret &&
      secretsEqual(client.client_secret, secret);
    return ok ? client : tokenError(c, 'invalid_client', 'client authentication failed');
  };

  const issueTokens = async (c: Context, grant: Grant, client: ClientRow, scopes: string[]) => {
    const key = await signingKey;
    const iat = nowSeconds();
    const jti = crypto.randomUUID();
    const user = store.users.get(grant.user_id);
    const scope = scopes.join(' ');
    const accessToken = await signAccessToken(key, {
      iss: grant.issuer, sub: grant.user_id, aud: grant.resource, client_id: grant.client_id, scope,
      ...(user ? { email: user.email } : {}), jti, iat, exp: iat + ACCESS_TOKEN_TTL_S,
    });
    tokens.recordAccessToken(jti, grant);
    client.last_token_issued_at = store.nowIso();
    const refresh = clientGrantTypes(client).includes('refresh_token') ? tokens.newRefreshToken(grant) : undefined;
    return c.json(
      { access_token: accessToken, token_type: 'Bearer', expires_in: ACCESS_TOKEN_TTL_S, scope, ...(refresh ? { refresh_token: refresh } : {}) },
      200,
      NO_STORE,
    );
  };

  const liveUser = (id: string) => {
    const user = store.users.get(id);
    return user?.active ? user : undefined;
  };

  app.post('/oauth/token', async (c) => {
    const form = await readForm(c);
    if (!form) return tokenError(c, 'invalid_request', 'the token request must be application/x-www-form-urlencoded');
    for (const name of ['grant_type', 'code', 'code_verifier', 'redirect_uri', 'refresh_token', 'scope', 'client_id', 'client_secret']) {
      if (form.getAll(name).length > 1) return tokenError(c, 'invalid_request', `${name} is repeated`);
    }
    const grantType = form.get('grant_type');
    if (!grantType) return tokenError(c, 'invalid_request', 'grant_type is required');
    if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
      return tokenError(c, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
    }
    const client = authenticateClient(c, form);
    if (client instanceof Response) return client;
    if (!clientGrantTypes(client).includes(grantType)) return tokenError(c, 'unauthorized_client', `the client did not register the ${grantType} grant`);

    const resources = form.getAll('resource');
    if (resources.length > 1) return tokenError(c, 'invalid_target', 'only one resource per request is supported');
    const resourceMatches = (bound: string) =>
      resources.length === 0 || (canonicalResource(resources[0]!) ?? '\u0000') === canonicalResource(bound);

    if (grantType === 'authorization_code') {
      const code = form.get('code');
      if (!code) return tokenError(c, 'invalid_request', 'code is required');
      const row = tokens.findCode(code);
      if (!row) return tokenError(c, 'invalid_grant', 'the authorization code is invalid or expired');
      if (row.used) {
        tokens.spendCode(row); // revokes what the first exchange issued
        return tokenError(c, 'invalid_grant', 'the authorization code was already used; tokens issued from it are revoked');
      }
      if (row.client_id !== client.client_id) return tokenError(c, 'invalid_grant', 'the authorization code was issued to another client');
      const redirectUri = form.get('redirect_uri');
      if (redirectUri === null && row.redirect_uri_sent) return tokenError(c, 'invalid_request', 'redirect_uri is required: the authorization request had one');
      if (redirectUri !== null && redirectUri !== row.redirect_uri) return tokenError(c, 'invalid_grant', 'redirect_uri does not match the authorization request');
      if (!row.code_challenge) return tokenError(c, 'invalid_grant', 'the authorization request carried no PKCE code_challenge');
      const verifier = form.get('code_verifier');
      if (!verifier) return tokenError(c, 'invalid_request', 'code_verifier is required');
      if (!resourceMatches(row.resource)) return tokenError(c, 'invalid_target', 'resource does not match the authorization request');
      if (!(await verifyS256(verifier, row.code_challenge))) {
        // A wrong verifier burns the code: whoever holds it does not get to guess again.
        tokens.spendCode(row);
        return tokenError(c, 'invalid_grant', 'code_verifier does not match the code_challenge');
      }
      // Spent only now, after every check (and the await): a concurrent exchange loses here.
      if (!tokens.spendCode(row)) return tokenError(c, 'invalid_grant', 'the authorization code was already used; tokens issued from it are revoked');
      if (!liveUser(row.user_id) || !store.resourceServers.has(row.rs_id)) return tokenError(c, 'invalid_grant', 'the user or application is no longer active');
      const grant = tokens.createGrant({
        client_id: row.client_id, user_id: row.user_id, rs_id: row.rs_id, resource: row.resource, scopes: row.scopes,
        issuer: row.issuer ?? issuerOf(c),
      });
      row.grant_id = grant.id;
      return issueTokens(c, grant, client, grant.scopes);
    }

    const refreshToken = form.get('refresh_token');
    if (!refreshToken) return tokenError(c, 'invalid_request', 'refresh_token is required');
    const found = tokens.findRefreshToken(refreshToken);
    if (!found) return tokenError(c, 'invalid_grant', 'the refresh token is invalid, expired or revoked');
    if (found.row.rotated) {
      tokens.spendRefreshToken(found.row); // reuse of a rotated token revokes the family
      return tokenError(c, 'invalid_grant', 'the refresh token was already used; its grant is revoked');
    }
    if (found.row.client_id !== client.client_id) return tokenError(c, 'invalid_grant', 'the refresh token was issued to another client');
    let scopes = found.grant.scopes;
    const scopeParam = form.get('scope');
    if (scopeParam !== null) {
      const narrower = parseScope(scopeParam);
      if (!narrower || narrower.some((s) => !found.grant.scopes.includes(s))) {
        return tokenError(c, 'invalid_scope', 'scope may only narrow the scopes originally granted');
      }
      scopes = narrower;
    }
    if (!resourceMatches(found.grant.resource)) return tokenError(c, 'invalid_target', 'resource does not match the grant');
    if (!liveUser(found.grant.user_id)) return tokenError(c, 'invalid_grant', 'the user is no longer active');
    tokens.spendRefreshToken(found.row);
    return issueTokens(c, found.grant, client, scopes);
  });

  // ---- Introspection (RFC 7662), for the application's SDK ------------------------------------

  app.post('/oauth/introspect', async (c) => {
    const basic = parseBasic(c.req.header('authorization'));
    const rs = basic ? store.resourceServers.get(formDecode(basic.username)) : undefined;
    if (!basic || !rs || !secretsEqual(rs.introspection_secret, formDecode(basic.password))) {
      return c.json({ error: 'invalid_client', error_description: 'Basic <application id>:<introspection secret> required' }, 401, {
        ...NO_STORE, 'WWW-Authenticate': 'Basic realm="authsec-introspection"',
      });
    }
    const form = await readForm(c);
    const token = form?.get('token');
    if (!form || !token) return c.json({ error: 'invalid_request', error_description: 'form parameter token is required' }, 400, NO_STORE);
    const inactive = () => c.json({ active: false }, 200, NO_STORE);
    const key = await signingKey;
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, key.publicKey, { algorithms: [SIGNING_ALG], typ: 'at+jwt', currentDate: store.clock.now() }));
    } catch {
      return inactive();
    }
    const grant = typeof payload.jti === 'string' ? tokens.grantOfAccessToken(payload.jti) : undefined;
    if (!grant || grant.rs_id !== rs.id || payload.aud !== rs.resource_uri || !liveUser(grant.user_id)) return inactive();
    return c.json(
      {
        active: true, scope: payload.scope, client_id: payload.client_id, sub: payload.sub, aud: payload.aud,
        iss: payload.iss, exp: payload.exp, iat: payload.iat, token_type: 'Bearer',
      },
      200,
      NO_STORE,
    );
  });

  return { issueCode: (ch, granted) => tokens.issueCode(ch, granted) };
}

/**
 * Emulator-only `authsec_consent_lang` and `authsec_consent_messages` (JSON, optionally
 * `{"lang": "fr", "words": {…}}`) on `/oauth/authorize`, like login_hint: how the operator's consent
 * page is dressed for this request (store.ts PageDress). Unreadable JSON dresses nothing.
 */
function pageDress(q: URLSearchParams): { page?: PageDress } {
  const lang = q.get('authsec_consent_lang');
  let messages: PageDress['messages'];
  try {
    const raw = q.get('authsec_consent_messages');
    const parsed = raw ? (JSON.parse(raw) as { lang?: unknown; words?: unknown }) : undefined;
    if (parsed) messages = { ...(typeof parsed.lang === 'string' ? { lang: parsed.lang } : {}), words: parsed.words };
  } catch {
    messages = undefined;
  }
  return lang || messages ? { page: { ...(lang ? { lang } : {}), ...(messages ? { messages } : {}) } } : {};
}
