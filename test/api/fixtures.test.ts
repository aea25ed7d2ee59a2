/**
 * The recorded contract: every JSON fixture in `test/fixtures/` is a response written from
 * authsec-api.md the way AuthSec's Go backend emits it (nil slices as `null`, omitempty fields
 * absent, base64 `[]byte`, RFC 3339 timestamps with nanoseconds and offsets, HTML-escaped strings,
 * fields our schemas do not know). Each one is parsed with its endpoint's `response` schema, then
 * served byte for byte through the real `AuthsecClient` (a transport test of the parser; the
 * emulator is tested elsewhere).
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import * as endpoints from '../../src/api/endpoints.js';
import { AuthsecClient, type FetchLike } from '../../src/api/client.js';
import { fillPath, type Endpoint, type ResponseOf } from '../../src/api/endpoint.js';
import { AuthsecError, describeIssues, type AuthsecErrorCode } from '../../src/api/errors.js';
import { unreadItems } from '../../src/api/list-items.js';
import { listApplicationRefs } from '../../src/api/application-refs.js';

// ------------------------------------------------------------------------------------------------
// Ids used by the fixtures (see test/fixtures/*.json).
const WS = '43d36656-9be4-47c3-8ac2-e1f9d2bac9b0';
const RS_GH = '26b0366e-15db-4dc7-bdf8-2b2c698fb87d';
const RS_LIN = '0faa1c0c-6898-4d04-8f88-34a4e4d6e752';
const RS_JIRA = '3b3dcb75-b7db-4afc-a714-4fc1da381563';
const ADMIN = '9793059f-ad9e-4479-80ee-0cce1dfd2105';
const USER_A = '426d3d86-c499-43dc-9ee5-421de39e5e81';
const SC_READ = 'e3794215-fee0-4bcb-bfa4-b892321832c0';
const SC_WRITE = '50272eab-b3f8-46c6-a12f-277f003cafc0';
const SC_NEW = '51e626d2-8706-44e7-99f8-f8a027abc98c';
const T_CREATE = '478d7245-38bb-40a7-b268-9ec5824c65ac';
const R_VIEWER = 'c3eb14bd-7e39-46f0-987d-cc15de958cd9';
const R_READONLY = '2200ea3b-d687-47ed-8d51-caed981b72db';
const CLIENT = 'bd9e7d08-00f7-4b49-9a9a-ddcf8b571644';
const S_READ = 'github_mcp_server:tools:read';
const S_WRITE = 'github_mcp_server:tools:write';
const S_ADMIN = 'github_mcp_server:admin';
const VIEWER = `rs-${RS_GH}:viewer`;
const READONLY = `rs-${RS_GH}:readonly`;
const SECRET = /^sec_[0-9a-f]{64}$/;

const BASE = 'https://authsec.test';
const TOKEN = 'admin-session-jwt';
const SDK_SECRET = 'sec_1c84801cd5a2743e7ba2f021dd828a0564f2445b9f6af1fd9bf7d524bc66f656';
/** Path parameter values used when calling an endpoint; any other parameter gets `<name>-1`. */
const PARAMS: Readonly<Record<string, string>> = { id: RS_GH, scope_id: SC_NEW, tool_id: T_CREATE, role_id: R_VIEWER };

// ------------------------------------------------------------------------------------------------
// Loading fixtures: the test runner serves the repo, so a fetch relative to this module works in
// every browser (JSON module imports do not).
const cache = new Map<string, Promise<string>>();
function fixtureText(name: string): Promise<string> {
  let text = cache.get(name);
  if (!text) {
    text = fetch(new URL(`../fixtures/${name}`, import.meta.url)).then(async (res) => {
      if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
      return res.text();
    });
    cache.set(name, text);
  }
  return text;
}
async function loadFixture(name: string): Promise<unknown> {
  return JSON.parse(await fixtureText(name)) as unknown;
}

function parse<E extends Endpoint>(ep: E, body: unknown): ResponseOf<E> {
  const result = z.safeParse(ep.response, body);
  if (!result.success) {
    const issues = describeIssues(result.error.issues).map((i) => `${i.path}: ${i.message}`);
    throw new Error(`${ep.name} rejected its fixture: ${issues.join('; ')}`);
  }
  return result.data as ResponseOf<E>;
}
async function parseFixture<E extends Endpoint>(ep: E, name: string): Promise<ResponseOf<E>> {
  return parse(ep, await loadFixture(name));
}

// ------------------------------------------------------------------------------------------------
// Serving bytes through the real client.
interface SeenRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
}
interface Server {
  readonly requests: SeenRequest[];
  readonly fetch: FetchLike;
}
/** A `fetch` answering every request with these bytes; `null` body for 204. */
function serve(body: string | null, status: number, contentType = 'application/json; charset=utf-8'): Server {
  const requests: SeenRequest[] = [];
  const fetchImpl: FetchLike = (url, init) => {
    requests.push({ url, method: init.method ?? 'GET', headers: new Headers(init.headers) });
    const headers = body === null ? undefined : { 'Content-Type': contentType };
    return Promise.resolve(new Response(body, { status, headers }));
  };
  return { requests, fetch: fetchImpl };
}

function paramsFor(ep: Endpoint): Record<string, string> {
  return Object.fromEntries([...ep.path.matchAll(/:([A-Za-z_]\w*)/g)].map(([, n = '']) => [n, PARAMS[n] ?? `${n}-1`]));
}

function callThrough(ep: Endpoint, server: Server): Promise<unknown> {
  // These fixtures are the resource-servers surface's bytes (the applications surface has its own:
  // applications-surface.test.ts).
  const client = new AuthsecClient({ baseUrl: BASE, fetch: server.fetch, getToken: () => TOKEN, retry: { attempts: 1 }, surface: 'resource-servers' });
  const options = {
    params: paramsFor(ep),
    ...(ep.auth === 'basic' ? { credentials: { username: RS_GH, password: SDK_SECRET } } : {}),
    ...(ep.request ? { body: {} } : {}),
  };
  return client.call(ep, options as never);
}

async function failure(promise: Promise<unknown>): Promise<AuthsecError> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AuthsecError);
    return error as AuthsecError;
  }
  throw new Error(`expected an AuthsecError, the call resolved to ${JSON.stringify(value)}`);
}

const label = (ep: Endpoint) => `${ep.method} ${ep.path}`;

// ------------------------------------------------------------------------------------------------
/** Every valid fixture and the endpoint whose `response` it is. */
const VALID: ReadonlyArray<readonly [file: string, endpoint: Endpoint]> = [
  ['listResourceServers.json', endpoints.listResourceServers],
  ['getResourceServer.json', endpoints.getResourceServer],
  ['getApplicationSummary.json', endpoints.getApplicationSummary],
  ['listConnections.json', endpoints.listConnections],
  ['listWorkspaceClients.json', endpoints.listWorkspaceClients],
  ['preRegisterClient.json', endpoints.preRegisterClient],
  ['revokeClient.json', endpoints.revokeClient],
  ['approveClient.json', endpoints.approveClient],
  ['denyClient.json', endpoints.denyClient],
  ['approveClientRedirects.json', endpoints.approveClientRedirects],
  ['listConsentGrants.json', endpoints.listConsentGrants],
  ['revokeConsentGrant.json', endpoints.revokeConsentGrant],
  ['listMyConsentGrants.json', endpoints.listMyConsentGrants],
  ['revokeMyConsentGrant.json', endpoints.revokeMyConsentGrant],
  ['listAccessUsers.json', endpoints.listAccessUsers],
  ['getEffectiveAccess.json', endpoints.getEffectiveAccess],
  ['simulateAccess.json', endpoints.simulateAccess],
  ['getScopeImpact.json', endpoints.getScopeImpact],
  ['createResourceServer.json', endpoints.createResourceServer],
  ['updateResourceServer.json', endpoints.updateResourceServer],
  ['rotateIntrospectionSecret.json', endpoints.rotateIntrospectionSecret],
  ['validate.json', endpoints.validate],
  ['listScopePresets.json', endpoints.listScopePresets],
  ['listScopes.json', endpoints.listScopes],
  ['createScope.json', endpoints.createScope],
  ['updateScope.json', endpoints.updateScope],
  ['getScopeMatrix.json', endpoints.getScopeMatrix],
  ['getScopeMatrix.empty.json', endpoints.getScopeMatrix],
  ['putToolScopeMap.json', endpoints.putToolScopeMap],
  ['createTool.json', endpoints.createTool],
  ['setToolPublic.json', endpoints.setToolPublic],
  ['rescan.json', endpoints.rescan],
  ['getSetup.json', endpoints.getSetup],
  ['getActivationPreview.json', endpoints.getActivationPreview],
  ['getActivationPreview.empty-nulls.json', endpoints.getActivationPreview],
  ['activate.json', endpoints.activate],
  ['getManifestStatus.json', endpoints.getManifestStatus],
  ['getManifestStatus.never-seen.json', endpoints.getManifestStatus],
  ['putSdkManifest.json', endpoints.putSdkManifest],
  ['getSdkPolicy.not-ready.json', endpoints.getSdkPolicy],
  ['getSdkPolicy.ready.json', endpoints.getSdkPolicy],
  ['getSdkPolicy.legacy-pending.json', endpoints.getSdkPolicy],
  ['listDriftEvents.json', endpoints.listDriftEvents],
  ['listDriftEvents.v2-bare-array.json', endpoints.listDriftEvents],
  ['listDriftEvents.empty-null.json', endpoints.listDriftEvents],
  ['listDriftEvents.v2-empty-null.json', endpoints.listDriftEvents],
  ['dismissDriftEvent.json', endpoints.dismissDriftEvent],
  ['getAccessPolicy.json', endpoints.getAccessPolicy],
  ['getAccessPolicy.no-policy.json', endpoints.getAccessPolicy],
  ['putAccessPolicy.json', endpoints.putAccessPolicy],
  ['listRoles.json', endpoints.listRoles],
  ['putRoleScopeGrants.json', endpoints.putRoleScopeGrants],
  ['listBindings.json', endpoints.listBindings],
  ['createBinding.json', endpoints.createBinding],
  ['deleteBinding.json', endpoints.deleteBinding],
  ['listEligibleUsers.json', endpoints.listEligibleUsers],
  ['getConsent.json', endpoints.getConsent],
  ['getConsent.extended.json', endpoints.getConsent],
  ['getConsent.auto-approved.json', endpoints.getConsent],
  ['acceptConsent.json', endpoints.acceptConsent],
  ['rejectConsent.json', endpoints.rejectConsent],
];
/** Endpoints that answer 204 with no body at all. */
const NO_BODY: readonly Endpoint[] = [endpoints.deleteScope, endpoints.deleteResourceServer];

describe('fixtures: coverage of the contract', () => {
  it('has a real-shaped fixture for every endpoint with a JSON body, and 204 for the others', () => {
    const all = Object.values(endpoints) as Endpoint[];
    expect(all.length).to.equal(52);
    const withFixture = new Set(VALID.map(([, ep]) => ep));
    const missing = all.filter((ep) => !withFixture.has(ep) && !NO_BODY.includes(ep)).map((ep) => ep.name);
    expect(missing, 'endpoints without a fixture').to.deep.equal([]);
    for (const ep of NO_BODY) expect(ep.status, ep.name).to.equal(204);
    for (const [file, ep] of VALID) {
      expect(all, `${file} names an endpoint from endpoints.ts`).to.include(ep);
      expect(file.split('.')[0], `${file} is named after its endpoint`).to.equal(ep.name);
    }
  });
});

describe('fixtures: each parses and round-trips through AuthsecClient', () => {
  for (const [file, ep] of VALID) {
    it(`${file} → ${ep.name} (${ep.method} ${ep.status})`, async () => {
      const text = await fixtureText(file);
      const direct = parse(ep, JSON.parse(text));
      const server = serve(text, ep.status);
      const viaClient = await callThrough(ep, server);
      expect(viaClient).to.deep.equal(direct);

      expect(server.requests).to.have.length(1);
      const [req] = server.requests;
      expect(req?.method).to.equal(ep.method);
      expect(req?.url).to.equal(BASE + fillPath(ep.path, paramsFor(ep)));
      const auth = req?.headers.get('Authorization');
      if (ep.auth === 'bearer' || ep.auth === 'user') expect(auth).to.equal(`Bearer ${TOKEN}`);
      else if (ep.auth === 'basic') expect(auth).to.equal(`Basic ${btoa(`${RS_GH}:${SDK_SECRET}`)}`);
      else expect(auth, 'public endpoints carry no credential').to.equal(null);
    });
  }
});

// ------------------------------------------------------------------------------------------------
describe('fixtures: normalised output (§2 applications)', () => {
  it('listResourceServers: bare array of summaries; nil slices → [], nulls → undefined, defaults applied', async () => {
    const list = await parseFixture(endpoints.listResourceServers, 'listResourceServers.json');
    expect(list.map((rs) => rs.name)).to.deep.equal(['GitHub MCP Server', 'Linear Triage Agent']);
    const [gh, lin] = list;
    expect(gh?.state).to.equal('ready');
    expect(gh?.client_count).to.equal(3);
    expect(gh?.access_policy_enabled).to.equal(true);
    expect(gh?.access_policy_role_name).to.equal(VIEWER);
    expect(gh?.registration_modes).to.deep.equal(['dcr', 'cimd', 'prereg']);
    // Go timestamps kept verbatim (offset form, nanoseconds).
    expect(gh?.setup_completed_at).to.equal('2026-05-18T12:21:07+02:00');
    expect(gh?.last_validated_at).to.equal('2026-05-18T10:21:07.123456789Z');
    expect(gh?.workspace_id).to.equal(WS);

    expect(lin?.scopes_supported, 'null scopes_supported').to.deep.equal([]);
    expect(lin?.registration_modes, 'null registration_modes').to.deep.equal([]);
    expect(lin?.application_type, 'pre-migration row defaults').to.equal('mcp_server');
    expect(lin?.setup_completed_at, 'null pointer').to.equal(undefined);
    expect(lin?.workspace_id, 'omitempty').to.equal(undefined);
    expect(lin?.last_scan_status).to.equal(undefined);
    expect(lin?.access_policy_role_name).to.equal(undefined);
    expect(lin?.legacy_client_id).to.equal('209fc8d0-be19-409f-aa13-b255c6a26183');
    expect(lin?.state).to.equal('needs_setup');
  });

  it('listApplicationRefs (reading back a lost registration): id, name and Resource URI of each row on both surfaces; a row without them is passed over', async () => {
    for (const file of ['listResourceServers.json', 'applications/listResourceServers.json']) {
      const rows = (await loadFixture(file)) as Record<string, unknown>[];
      const refs = parse(listApplicationRefs, rows);
      expect(refs, file).to.deep.equal(rows.map(({ id, name, resource_uri }) => ({ id, name, resource_uri })));
      // A state we do not know does not matter here; a row without its Resource URI cannot be matched.
      const odd = parse(listApplicationRefs, [{ ...rows[0], state: 'archived' }, { ...rows[1], resource_uri: undefined }]);
      expect(odd.map((r) => r.id), file).to.deep.equal([rows[0]!.id]);
    }
    expect(z.safeParse(listApplicationRefs.response, null).success, 'null is not a list').to.equal(false);
  });

  it('listResourceServers: a `null` body is not a list: invalid_response, never an empty workspace (issue #17)', async () => {
    expect(await fixtureText('listResourceServers.empty-null.json')).to.match(/^null\s*$/);
    const error = await failure(callThrough(endpoints.listResourceServers, serve(await fixtureText('listResourceServers.empty-null.json'), 200)));
    expect(error.code).to.equal('invalid_response');
  });

  it('getResourceServer: a scan_failed row with its error texts (Go-escaped <url> decoded)', async () => {
    const rs = await parseFixture(endpoints.getResourceServer, 'getResourceServer.json');
    expect(rs.id).to.equal(RS_JIRA);
    expect(rs.state).to.equal('scan_failed');
    expect(rs.application_type).to.equal('api_service');
    expect(rs.last_scan_error).to.equal('MCP bearer token required to refresh tool inventory');
    expect(rs.last_validation_status).to.equal('failing');
    expect(rs.last_validation_error).to.equal(
      'challenge: expected 401 with resource_metadata=<url> in WWW-Authenticate, got 200',
    );
    expect(rs.scopes_supported).to.deep.equal([]);
    expect(rs.last_successful_generation).to.equal(0);
    expect(rs, 'the row alone: summary fields are the summary endpoint\'s').not.to.have.property('access_policy_enabled');
  });

  it('getApplicationSummary: the same response read with its summary fields', async () => {
    const rs = await parseFixture(endpoints.getApplicationSummary, 'getApplicationSummary.json');
    expect([rs.id, rs.access_policy_enabled, rs.client_count]).to.deep.equal([RS_JIRA, false, 1]);
  });

  it('listConnections (shim `…/clients`): a bare array; a null name → undefined; unknown fields kept', async () => {
    const clients = await parseFixture(endpoints.listConnections, 'listConnections.json');
    expect(clients.map((c) => [c.client_id, c.registration_type, c.status])).to.deep.equal([
      ['b3f4e0c2-6a1d-4a8e-9d55-1c2f0c8e7a11', 'dcr', 'approved'],
      ['https://cursor.example/oauth/client.json', 'cimd', 'approved'],
      ['prereg-ops-console', 'prereg', 'revoked'],
    ]);
    expect(clients[2]!.client_name).to.equal(undefined);
  });

  it('listWorkspaceClients: every application\'s clients; null resource_server_id → undefined', async () => {
    const clients = await parseFixture(endpoints.listWorkspaceClients, 'listWorkspaceClients.json');
    expect(clients.map((c) => c.resource_server_id)).to.deep.equal([RS_GH, RS_GH, RS_LIN, undefined]);
    expect(clients.map((c) => c.status)).to.deep.equal(['approved', 'approved', 'pending_approval', 'approved']);
  });

  it('createResourceServer: 201 with the one-time sec_ secret and SDK URLs', async () => {
    const created = await parseFixture(endpoints.createResourceServer, 'createResourceServer.json');
    expect(created.id).to.equal(RS_GH);
    expect(created.introspection_secret).to.match(SECRET);
    expect(created.scope_matrix_url).to.equal(`https://test.api.authsec.dev/authsec/resource-servers/${RS_GH}/sdk-policy`);
    expect(created.manifest_url).to.equal(`https://test.api.authsec.dev/authsec/resource-servers/${RS_GH}/sdk-manifest`);
    expect(created.jwks_uri).to.equal('https://test.api.authsec.dev/oauth/jwks');
    expect(created.validation_mode).to.equal('auto');
    expect(created.status).to.equal('pending_scan');
    expect(created.scopes_supported).to.deep.equal([S_READ, S_WRITE]);
  });

  it('updateResourceServer: the raw row, without summary fields', async () => {
    const rs = await parseFixture(endpoints.updateResourceServer, 'updateResourceServer.json');
    expect(rs.name).to.equal('GitHub MCP (prod)');
    expect(rs.registration_modes).to.deep.equal(['cimd', 'prereg']);
    expect(rs.updated_at).to.equal('2026-05-21T09:00:01.000000002Z');
    expect(rs).not.to.have.property('client_count');
    expect(rs).not.to.have.property('access_policy_enabled');
  });

  it('rotateIntrospectionSecret: a fresh sec_ secret', async () => {
    const { introspection_secret } = await parseFixture(endpoints.rotateIntrospectionSecret, 'rotateIntrospectionSecret.json');
    expect(introspection_secret).to.match(SECRET);
    expect(introspection_secret).not.to.equal(SDK_SECRET);
  });

  it('validate: eight checks in order; raw `observed` kept; missing message defaults to ""', async () => {
    const result = await parseFixture(endpoints.validate, 'validate.json');
    expect(result.status).to.equal('failing');
    expect(result.last_validated_at).to.equal('2026-05-20T07:05:00.250194Z');
    expect(result.checks.map((c) => c.key)).to.deep.equal([
      'metadata', 'challenge', 'discovery', 'default_access', 'client_registration', 'browser_login',
      'tools_list_filter', 'tools_call_deny',
    ]);
    expect(result.checks.filter((c) => c.status === 'failing').map((c) => c.key)).to.deep.equal(['challenge', 'tools_list_filter']);
    expect(result.checks[1]?.message).to.equal('expected 401 with resource_metadata=<url> in WWW-Authenticate, got 200');
    expect(result.checks[0]?.observed).to.deep.equal({
      url: 'https://github-mcp.acme-robotics.dev/.well-known/oauth-protected-resource/mcp', status: 200,
    });
    expect(result.checks[1]?.observed).to.equal(200);
    expect(result.checks[2]?.observed).to.equal(undefined);
    expect(result.checks[6]?.observed).to.deep.equal(['create_issue', 'get_me', 'list_issues', 'search_code']);
    expect(result.checks[7]?.message).to.equal('');
  });

  it('listScopePresets: `{ presets }`; nil scopes → []; recommended defaults to false', async () => {
    const { presets } = await parseFixture(endpoints.listScopePresets, 'listScopePresets.json');
    expect(presets.map((p) => p.id)).to.deep.equal([
      'read_only', 'read_write', 'read_write_admin', 'per_resource_crud', 'code_repos', 'blank',
    ]);
    expect(presets.filter((p) => p.recommended).map((p) => p.id)).to.deep.equal(['read_write']);
    const codeRepos = presets.find((p) => p.id === 'code_repos');
    expect(codeRepos?.category).to.equal('domain');
    expect(codeRepos?.description).to.equal('Repositories, issues & pull requests.');
    expect(presets.find((p) => p.id === 'blank')?.scopes).to.deep.equal([]);
    const rwa = presets.find((p) => p.id === 'read_write_admin');
    expect(rwa?.scopes.map((s) => `${s.suffix}=${s.risk}`)).to.deep.equal([
      '<app>:read=low', '<app>:write=medium', '<app>:tools:read=low', '<app>:tools:write=high', '<app>:admin=critical',
    ]);
  });
});

describe('fixtures: normalised output (§3 scopes, tools, scope matrix)', () => {
  it('listScopes: bare array; unknown `permissions`/`deleted_at` stripped; nulls → undefined; defaults', async () => {
    const scopes = await parseFixture(endpoints.listScopes, 'listScopes.json');
    const raw = (await loadFixture('listScopes.json')) as Array<Record<string, unknown>>;
    expect(raw[1]).to.have.property('permissions');
    expect(raw[1]).to.have.property('deleted_at');

    expect(scopes.map((s) => s.scope_string)).to.deep.equal([S_ADMIN, S_READ, S_WRITE]);
    for (const scope of scopes) {
      expect(scope).not.to.have.property('permissions');
      expect(scope).not.to.have.property('deleted_at');
    }
    const [admin, read, write] = scopes;
    expect(admin?.description).to.equal('Manage repository settings, webhooks & collaborators');
    expect(admin?.icon).to.equal(undefined);
    expect(admin?.parent_scope_id).to.equal(undefined);
    expect(admin?.risk_level).to.equal('critical');
    expect(admin?.source).to.equal('preset');
    expect(read?.is_auto_discovered).to.equal(true);
    expect(read?.workspace_id).to.equal(WS);
    expect(read?.icon).to.equal('eye');
    expect(write?.display_name).to.equal('');
    expect(write?.description).to.equal(undefined);
    expect(write?.source).to.equal('manifest');
    expect(write?.resource_server_id).to.equal(RS_GH);
  });

  it('createScope: 201 OAuthScope, manual source', async () => {
    const scope = await parseFixture(endpoints.createScope, 'createScope.json');
    expect(scope.id).to.equal(SC_NEW);
    expect(scope.scope_string).to.equal('github_mcp_server:issues:write');
    expect(scope.source).to.equal('manual');
    expect(scope.risk_level).to.equal('medium');
    expect(scope.description).to.equal('Open, edit & close issues');
    expect(scope.created_at).to.equal('2026-05-21T09:12:33.456789012Z');
    expect(scope).not.to.have.property('permissions');
  });

  it('updateScope: omitted risk_level defaults to low; omitted created_at is undefined', async () => {
    const scope = await parseFixture(endpoints.updateScope, 'updateScope.json');
    expect(scope.risk_level).to.equal('low');
    expect(scope.created_at).to.equal(undefined);
    expect(scope.updated_at).to.equal('2026-05-21T11:12:33+02:00');
    expect(scope.display_name).to.equal('Write issues & comments');
  });

  it('getScopeMatrix: tools with null mappings → [], defaults, suggestions, loose annotations', async () => {
    const matrix = await parseFixture(endpoints.getScopeMatrix, 'getScopeMatrix.json');
    expect(matrix.resource_server).to.deep.equal({
      id: RS_GH, name: 'GitHub MCP Server', url: 'https://github-mcp.acme-robotics.dev', status: 'ready',
      last_scan_status: 'success', scan_generation: 7, last_successful_generation: 7,
      last_scan_started_at: '2026-05-18T10:19:58.004182Z', last_scan_completed_at: '2026-05-18T10:20:03.771093Z',
    });
    expect(matrix.tools.map((t) => `${t.name}:${t.inventory_source}`)).to.deep.equal([
      'create_issue:mcp_scan', 'get_me:mcp_scan', 'list_issues:sdk_manifest', 'search_code:manual',
    ]);
    expect(matrix.total_tools).to.equal(matrix.tools.length);
    expect(matrix.total_scopes).to.equal(3);

    const [create, getMe, list, search] = matrix.tools;
    expect(create?.scopes).to.deep.equal([{
      scope_id: SC_WRITE, scope_string: S_WRITE, display_name: 'Write tools', risk_level: 'high', auto_matched: false,
      source: 'admin_override',
    }]);
    expect(create).not.to.have.property('workspace_id');
    expect(create?.input_schema).to.deep.include({ required: ['owner', 'repo', 'title'] });
    expect(create?.annotations?.destructiveHint).to.equal(false);

    expect(getMe?.scopes, '`scopes: null` on a public tool').to.deep.equal([]);
    expect(getMe?.is_public).to.equal(true);
    expect(getMe?.annotations, 'annotations are loose: unknown hints kept').to.deep.equal({ readOnlyHint: true, 'x-github-cost': 1 });
    expect(getMe?.suggested_scopes).to.deep.equal([]);

    expect(list?.description).to.equal('List issues & pull requests <open|closed>');
    expect(list?.suggested_scopes.map((s) => [s.scope_string, s.source, s.auto_matched])).to.deep.equal([
      [S_ADMIN, 'sdk_suggested', true],
    ]);
    expect(list?.annotations).to.equal(undefined);

    expect(search).to.deep.equal({
      id: '06a9cb0a-5653-4c26-8238-4b19904b5853', name: 'search_code', title: '', description: '',
      scopes: [], inventory_source: 'manual', is_public: false, suggested_scopes: [],
    });
    expect(search?.input_schema).to.equal(undefined);
    expect(search?.annotations).to.equal(undefined);
    expect(matrix.unmapped_scopes).to.deep.equal([{
      id: '60d682dd-30c5-46e0-8367-ad43adb3e9c6', scope_string: S_ADMIN, display_name: 'Administer GitHub MCP',
      risk_level: 'critical', is_auto_discovered: false,
    }]);
  });

  it('getScopeMatrix (fresh RS): `unmapped_scopes: null` → [], omitted scan fields → undefined', async () => {
    const matrix = await parseFixture(endpoints.getScopeMatrix, 'getScopeMatrix.empty.json');
    expect(matrix.tools).to.deep.equal([]);
    expect(matrix.unmapped_scopes).to.deep.equal([]);
    expect(matrix.resource_server.id).to.equal(RS_LIN);
    expect(matrix.resource_server.last_scan_status).to.equal(undefined);
    expect(matrix.resource_server.last_scan_started_at).to.equal(undefined);
    expect(matrix.resource_server.scan_generation).to.equal(0);
  });

  it('putToolScopeMap / createTool / setToolPublic: acknowledgements', async () => {
    expect(await parseFixture(endpoints.putToolScopeMap, 'putToolScopeMap.json')).to.deep.equal({
      status: 'updated', applied: 2, requested: 3,
    });
    expect(await parseFixture(endpoints.createTool, 'createTool.json')).to.deep.equal({
      tool_id: '272ec344-4481-4a3a-80dc-0319e7857b3a', name: 'search_code', inventory_source: 'manual',
    });
    expect(await parseFixture(endpoints.setToolPublic, 'setToolPublic.json')).to.deep.equal({
      tool_id: '744aa302-8345-4865-9ec0-e265a49d7bbb', is_public: true,
    });
  });

  it('rescan: DiscoverySyncResult with `warnings: null` → [] and no failure_reason', async () => {
    const scan = await parseFixture(endpoints.rescan, 'rescan.json');
    expect(scan.result).to.deep.equal({
      tools_added: 1, tools_updated: 3, tools_removed: 0, scopes_added: 0, scopes_removed: 0,
      unmapped_scopes: [S_ADMIN], warnings: [],
    });
    expect(scan.result.failure_reason).to.equal(undefined);
    expect(scan.scan_generation).to.equal(8);
    expect(scan.last_successful_generation).to.equal(8);
  });
});

describe('fixtures: normalised output (§4 setup, activation, drift, manifest)', () => {
  it('getSetup: six steps, omitted detail → undefined', async () => {
    const setup = await parseFixture(endpoints.getSetup, 'getSetup.json');
    expect(setup.steps.map((s) => s.step)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(setup.steps[0]).to.deep.equal({ step: 1, name: 'Register', complete: true });
    expect(setup.steps[0]?.detail).to.equal(undefined);
    expect(setup.steps.filter((s) => !s.complete).map((s) => s.name)).to.deep.equal(['Map tools to scopes', 'Activate']);
    expect(setup.steps[3]?.detail).to.equal('1 unmapped');
    expect(setup.can_activate).to.equal(false);
  });

  it('getActivationPreview: counters, role NAME, first-time grant', async () => {
    const preview = await parseFixture(endpoints.getActivationPreview, 'getActivationPreview.json');
    expect(preview.tools).to.deep.equal({ total: 4, public: 1, mapped: 3, unmapped: 1 });
    expect(preview.default_role).to.equal(VIEWER);
    expect(preview.viewer_scopes).to.deep.equal([S_READ]);
    expect(preview.first_time_user_grant).to.deep.equal(preview.viewer_scopes);
    expect(preview.public_tool_names).to.deep.equal(['get_me']);
    expect(preview.scopes.map((s) => s.tool_count)).to.deep.equal([1, 1, 0]);
  });

  it('getActivationPreview (new RS): every nil slice → []', async () => {
    const preview = await parseFixture(endpoints.getActivationPreview, 'getActivationPreview.empty-nulls.json');
    expect(preview.scopes).to.deep.equal([]);
    expect(preview.viewer_scopes).to.deep.equal([]);
    expect(preview.public_tool_names).to.deep.equal([]);
    expect(preview.first_time_user_grant).to.deep.equal([]);
    expect(preview.default_role).to.equal(`rs-${RS_LIN}:viewer`);
  });

  it('activate / dismissDriftEvent / putSdkManifest: acknowledgements', async () => {
    expect(await parseFixture(endpoints.activate, 'activate.json')).to.deep.equal({ status: 'ready' });
    expect(await parseFixture(endpoints.dismissDriftEvent, 'dismissDriftEvent.json')).to.deep.equal({ status: 'dismissed' });
    expect(await parseFixture(endpoints.putSdkManifest, 'putSdkManifest.json')).to.deep.equal({
      status: 'ok', tools_seen: 4, generation: 8,
    });
  });

  it('getManifestStatus: attempts with omitempty fields; unknown workspace_id stripped', async () => {
    const status = await parseFixture(endpoints.getManifestStatus, 'getManifestStatus.json');
    expect(status.never_seen).to.equal(false);
    expect(status.last_attempt).to.deep.equal({
      id: '89975719-cce2-4ad1-92eb-ae38176bb900', rs_id: RS_GH, attempted_at: '2026-05-20T14:03:09.870021Z',
      status: 'auth_failed', reason: 'invalid credentials',
    });
    expect(status.last_attempt?.tool_count).to.equal(undefined);
    expect(status.last_success?.tool_count).to.equal(4);
    expect(status.last_success?.sdk_build_id).to.equal('authsec-go-sdk/v0.9.3+a1b2c3d');
    expect(status.last_success).not.to.have.property('workspace_id');
  });

  it('getManifestStatus (never seen): null attempts → undefined', async () => {
    const status = await parseFixture(endpoints.getManifestStatus, 'getManifestStatus.never-seen.json');
    expect(status).to.deep.equal({ last_attempt: undefined, last_success: undefined, never_seen: true });
  });

  it('listDriftEvents (dev `{ events }`): base64 `event_payload` decoded to the object', async () => {
    const raw = (await loadFixture('listDriftEvents.json')) as { events: Array<{ event_payload: unknown }> };
    expect(raw.events[0]?.event_payload, 'on the wire: base64 text').to.be.a('string');
    expect(raw.events[0]?.event_payload).to.match(/^eyJ/);

    const { events } = await parseFixture(endpoints.listDriftEvents, 'listDriftEvents.json');
    expect(events.map((e) => e.event_type)).to.deep.equal([
      'scope_deleted', 'tool_unmapped', 'default_role_disabled', 'secret_rotated',
    ]);
    expect(events[0]?.event_payload).to.deep.equal({ scope_id: SC_NEW, scope_string: 'github_mcp_server:issues:write' });
    expect(events[1]?.event_payload).to.deep.equal({ scope_id: SC_WRITE, tool_id: T_CREATE });
    expect(events[2]?.event_payload).to.deep.equal({ prior_default_role: R_VIEWER });
    expect(events[0]?.rs_id).to.equal(RS_GH);
    expect(events[0]?.application_id).to.equal(undefined);
    expect(events[0]?.occurred_by).to.equal(ADMIN);
    expect(events[0]?.occurred_at).to.equal('2026-05-21T09:30:00.000000001Z');
    expect(events[1]?.occurred_at).to.equal('2026-05-21T11:02:17+02:00');
    expect(events[2]).not.to.have.property('workspace_id');
    expect(events[3]?.event_payload, 'nil []byte').to.equal(undefined);
    expect(events[3]?.occurred_by, 'system event').to.equal(undefined);
  });

  it('listDriftEvents (v2 bare array): becomes `{ events }` with application_id and dismissed_by_me', async () => {
    const raw = await loadFixture('listDriftEvents.v2-bare-array.json');
    expect(Array.isArray(raw)).to.equal(true);
    const list = await parseFixture(endpoints.listDriftEvents, 'listDriftEvents.v2-bare-array.json');
    expect(Object.keys(list)).to.deep.equal(['events']);
    expect(list.events.map((e) => [e.event_type, e.application_id, e.rs_id, e.dismissed_by_me])).to.deep.equal([
      ['connection_revoked', RS_GH, undefined, false],
      ['secret_rotated', RS_GH, undefined, true],
    ]);
    expect(list.events[0]?.event_payload).to.deep.equal({ client_id: CLIENT, reason: 'lost laptop' });
    expect(list.events[1]?.event_payload).to.deep.equal({ rotated_at: '2026-05-20T08:14:55.918273645Z' });
  });

  it('listDriftEvents: `{ "events": null }` and a bare `null` both become `{ events: [] }`', async () => {
    expect(await parseFixture(endpoints.listDriftEvents, 'listDriftEvents.empty-null.json')).to.deep.equal({ events: [] });
    expect(await parseFixture(endpoints.listDriftEvents, 'listDriftEvents.v2-empty-null.json')).to.deep.equal({ events: [] });
  });
});

describe('fixtures: normalised output (§5 SDK policy)', () => {
  it('getSdkPolicy (not ready): deny-all policy with empty collections', async () => {
    const policy = await parseFixture(endpoints.getSdkPolicy, 'getSdkPolicy.not-ready.json');
    expect(policy.policy_complete).to.equal(false);
    expect(policy.state).to.equal('needs_setup');
    expect(policy.reason).to.equal('rs_needs_setup');
    expect(policy.tools).to.deep.equal({});
    expect(policy.tool_policy).to.deep.equal([]);
    expect(policy.tool_metadata).to.deep.equal({});
    expect(policy.ttl_seconds).to.equal(60);
    expect(policy.fetched_at).to.equal('2026-05-18T10:21:07Z');
  });

  it('getSdkPolicy (ready): legacy map nulls → [], tool_policy authoritative, metadata omitempty', async () => {
    const policy = await parseFixture(endpoints.getSdkPolicy, 'getSdkPolicy.ready.json');
    expect(policy.policy_complete).to.equal(true);
    expect(policy.reason).to.equal('');
    expect(policy.tools).to.deep.equal({
      create_issue: [S_WRITE], get_me: [], list_issues: [S_READ], search_code: [],
    });
    expect(policy.tool_policy).to.deep.equal([
      { name: 'create_issue', is_public: false, required_scopes: [S_WRITE] },
      { name: 'get_me', is_public: true, required_scopes: [] },
      { name: 'list_issues', is_public: false, required_scopes: [S_READ] },
      { name: 'search_code', is_public: false, required_scopes: [] },
    ]);
    expect(policy.tool_metadata['list_issues']).to.deep.equal({ inventory_source: 'sdk_manifest' });
    expect(policy.tool_metadata['list_issues']?.annotations).to.equal(undefined);
    expect(policy.tool_metadata['get_me']).to.deep.equal({ annotations: { readOnlyHint: true }, inventory_source: 'mcp_scan' });
    expect(policy.scopes_supported).to.deep.equal([S_ADMIN, S_READ, S_WRITE]);
    expect(policy.ttl_seconds).to.equal(300);
  });

  it('getSdkPolicy (older build): absent reason → "", absent scopes_supported → [], null tool_policy → []', async () => {
    const policy = await parseFixture(endpoints.getSdkPolicy, 'getSdkPolicy.legacy-pending.json');
    expect(policy.state).to.equal('pending_scan');
    expect(policy.policy_complete).to.equal(false);
    expect(policy.reason).to.equal('');
    expect(policy.scopes_supported).to.deep.equal([]);
    expect(policy.tool_policy).to.deep.equal([]);
    expect(policy.generation).to.equal(0);
  });
});

describe('fixtures: normalised output (§6 access)', () => {
  it('getAccessPolicy: role options with defaults; nil description → undefined', async () => {
    const policy = await parseFixture(endpoints.getAccessPolicy, 'getAccessPolicy.json');
    expect(policy.enabled).to.equal(false);
    expect(policy.default_role_id).to.equal(R_VIEWER);
    expect(policy.default_role_name).to.equal(VIEWER);
    expect(policy.role_options.map((r) => [r.name, r.is_generated, r.recommended, r.permissions])).to.deep.equal([
      [READONLY, true, true, 1],
      [`rs-${RS_GH}:admin`, true, false, 3],
      [VIEWER, false, false, 1],
      [`rs-${RS_GH}:support`, false, false, 2],
    ]);
    expect(policy.role_options[2]?.description).to.equal(undefined);
    expect(policy.role_options[3]?.description).to.equal('');
  });

  it('getAccessPolicy (no policy row): null role → undefined, literals defaulted, null options → []', async () => {
    const policy = await parseFixture(endpoints.getAccessPolicy, 'getAccessPolicy.no-policy.json');
    expect(policy).to.deep.equal({
      enabled: false, default_role_id: undefined, default_role_name: undefined,
      assignment_trigger: 'first_successful_login', assignment_source: 'default_policy', role_options: [],
    });
  });

  it('putAccessPolicy: the updated policy', async () => {
    const policy = await parseFixture(endpoints.putAccessPolicy, 'putAccessPolicy.json');
    expect(policy.enabled).to.equal(true);
    expect(policy.default_role_id).to.equal(R_READONLY);
    expect(policy.default_role_name).to.equal(READONLY);
  });

  it('listRoles: counts, defaults, unknown fields stripped', async () => {
    const { roles } = await parseFixture(endpoints.listRoles, 'listRoles.json');
    expect(roles.map((r) => [r.name, r.is_default, r.permissions, r.bindings])).to.deep.equal([
      [VIEWER, true, 1, 0], [READONLY, false, 1, 2], [`rs-${RS_GH}:admin`, false, 3, 1], [`rs-${RS_GH}:support`, false, 2, 0],
    ]);
    expect(roles[0]).not.to.have.property('workspace_id');
    expect(roles[3]?.description).to.equal(undefined);
  });

  it('putRoleScopeGrants: replace result', async () => {
    const result = await parseFixture(endpoints.putRoleScopeGrants, 'putRoleScopeGrants.json');
    expect(result.scope_ids).to.deep.equal([SC_READ, SC_WRITE]);
    expect(result.granted_scopes).to.deep.equal([S_READ, S_WRITE]);
    expect(result.permissions_count).to.equal(2);
  });

  it('listBindings: tenant-wide nulls → undefined; assignment_source optional', async () => {
    const { bindings } = await parseFixture(endpoints.listBindings, 'listBindings.json');
    expect(bindings.map((b) => [b.user_email, b.scope_type, b.scope_id, b.assignment_source])).to.deep.equal([
      ['jonas.weber@acme-robotics.dev', 'resource_server', RS_GH, 'manual_admin'],
      ['amara.okafor@acme-robotics.dev', undefined, undefined, 'default_policy'],
      ['svc-ci@acme-robotics.dev', 'resource_server', RS_GH, undefined],
    ]);
    expect(bindings[1]).not.to.have.property('workspace_id');
    expect(bindings[1]?.created_at).to.equal('2026-05-19T08:01:02.5+02:00');
    expect(bindings[2]?.username).to.equal('');
  });

  it('createBinding / deleteBinding / listEligibleUsers', async () => {
    const created = await parseFixture(endpoints.createBinding, 'createBinding.json');
    expect(created.scope_type).to.equal('resource_server');
    expect(created.scope_id).to.equal(RS_GH);
    expect(created.role_name).to.equal(READONLY);
    expect(await parseFixture(endpoints.deleteBinding, 'deleteBinding.json')).to.deep.equal({ status: 'deleted' });
    const { users } = await parseFixture(endpoints.listEligibleUsers, 'listEligibleUsers.json');
    expect(users.map((u) => u.name)).to.deep.equal(['', 'Amara Okafor', 'Jonas Weber']);
    expect(users[2]).not.to.have.property('created_at');
  });
});

describe('fixtures: normalised output (§8.3 consent)', () => {
  it('getConsent (AuthSec v2): scope strings only, no extension fields', async () => {
    const page = await parseFixture(endpoints.getConsent, 'getConsent.json');
    expect(page.success).to.equal(true);
    expect(page.auto_approved).to.equal(false);
    expect(page.redirect_to).to.equal(undefined);
    expect(page.client_id).to.equal(CLIENT);
    expect(page.subject).to.equal(USER_A);
    expect(page.application_name).to.equal('GitHub MCP Server');
    expect(page.requested_scopes).to.deep.equal([S_READ, S_WRITE, S_ADMIN]);
    expect(page.grantable_scopes).to.deep.equal([S_READ, S_WRITE]);
    expect(page.rejected_scopes).to.deep.equal({ [S_ADMIN]: 'not_bound' });
    expect(page.submit?.accept).to.equal('https://prod.api.authsec.ai/authsec/oauth/v2/consent/accept');
    expect(page.client_name).to.equal(undefined);
    expect(page.client_verified).to.equal(undefined);
    expect(page.user).to.equal(undefined);
    expect(page.scope_details).to.deep.equal([]);
  });

  it('getConsent (extended): client identity, verification, user, scope details', async () => {
    const page = await parseFixture(endpoints.getConsent, 'getConsent.extended.json');
    expect(page.client_name).to.equal('Claude Desktop');
    expect(page.client_verified, 'unverified is false, not absent').to.equal(false);
    expect(page.registration_type).to.equal('dcr');
    expect(page.redirect_uri).to.equal('http://127.0.0.1:33418/callback');
    expect(page.client_uri).to.equal('https://claude.ai');
    expect(page.user).to.deep.equal({ email: 'jonas.weber@acme-robotics.dev', name: 'Jonas Weber' });
    expect(page.expires_at).to.equal('2026-05-22T08:10:00.5+02:00');
    expect(page.scope_details.map((d) => [d.scope, d.risk_level, d.tools])).to.deep.equal([
      [S_READ, 'low', ['list_issues']], [S_WRITE, 'high', ['create_issue']], [S_ADMIN, 'critical', []],
    ]);
    expect(page.scope_details[2]?.description).to.equal(undefined);
  });

  it('getConsent (auto-approved): redirect with Go-escaped `&` decoded; null lists normalised', async () => {
    expect(await fixtureText('getConsent.auto-approved.json')).to.include('\\u0026consent_verifier=');
    const page = await parseFixture(endpoints.getConsent, 'getConsent.auto-approved.json');
    expect(page.auto_approved).to.equal(true);
    expect(page.redirect_to).to.equal(
      `https://oauth.authsec.ai/oauth2/auth?client_id=${CLIENT}&consent_verifier=c8a41f0e5b2d4a7c&state=Zx81`,
    );
    expect(page.requested_scopes).to.deep.equal([]);
    expect(page.grantable_scopes).to.deep.equal([]);
    expect(page.rejected_scopes).to.deep.equal({});
    expect(page.submit).to.equal(undefined);
  });

  it('acceptConsent / rejectConsent: `{ success: true, redirect_to }`', async () => {
    const accepted = await parseFixture(endpoints.acceptConsent, 'acceptConsent.json');
    expect(accepted.success).to.equal(true);
    expect(accepted.redirect_to).to.include('&consent_verifier=');
    const rejected = await parseFixture(endpoints.rejectConsent, 'rejectConsent.json');
    expect(new URL(rejected.redirect_to).searchParams.get('error')).to.equal('access_denied');
  });
});

// ------------------------------------------------------------------------------------------------
interface BrokenFixture {
  readonly file: string;
  readonly endpoint: Endpoint;
  /** The field `issues[0].path` must name. */
  readonly path: string;
  /** Something the issue message must say (the expected type or allowed values). */
  readonly says: string;
}
const BROKEN_FILES: readonly BrokenFixture[] = [
  { file: 'getScopeMatrix.invalid-missing-inventory-source.json', endpoint: endpoints.getScopeMatrix, path: 'tools[0].inventory_source', says: '"mcp_scan"' },
  { file: 'getScopeMatrix.invalid-mapping-source.json', endpoint: endpoints.getScopeMatrix, path: 'tools[2].scopes[0].source', says: '"admin_override"' },
  { file: 'listResourceServers.invalid-state.json', endpoint: endpoints.listResourceServers, path: '[1].state', says: '"needs_setup"' },
  { file: 'updateResourceServer.invalid-validation-status.json', endpoint: endpoints.updateResourceServer, path: 'last_validation_status', says: '"failing"' },
  { file: 'getSdkPolicy.invalid-missing-policy-complete.json', endpoint: endpoints.getSdkPolicy, path: 'policy_complete', says: 'boolean' },
  // The `{events}` | bare-array union names the item's field, not `(body)` (drift-events.ts).
  { file: 'listDriftEvents.invalid-event-type.json', endpoint: endpoints.listDriftEvents, path: 'events[1].event_type', says: '"tool_unmapped"' },
];

/**
 * The lists read item by item (issue #17), by endpoint: the list's field ('' for a bare array). A
 * broken field inside one of their items costs that item (or only the field, when it is optional).
 */
const ITEM_LISTS: Readonly<Record<string, readonly string[]>> = {
  listResourceServers: [''], listConnections: [''], listWorkspaceClients: [''], listScopes: [''],
  getScopeMatrix: ['tools', 'unmapped_scopes', 'scopes'], getSetup: ['steps'], listRoles: ['roles'],
  listBindings: ['bindings'], listEligibleUsers: ['users'], listDriftEvents: ['events', ''],
  listConsentGrants: ['consent_grants'], listMyConsentGrants: ['consent_grants'], listAccessUsers: ['users'], getEffectiveAccess: ['scopes'],
};
const ITEM_PATH = /^([a-z_]*)\[(\d+)\]\.?(.*)$/;

/** A broken response: invalid_response naming the field, or, inside a list item, that item reported. */
async function expectBroken(ep: Endpoint, body: string, path: string, says: string): Promise<void> {
  const item = ITEM_PATH.exec(path);
  if (!item || !(ITEM_LISTS[ep.name] ?? []).includes(item[1]!)) return expectInvalid(ep, body, path, says);
  const result = await callThrough(ep, serve(body, ep.status));
  const field = item[3]!.replace(/\[(\d+)\]/g, '.$1');
  const reported = unreadItems(result).map((u) => `${u.index} ${u.field}`);
  expect(reported, 'reported unread items').to.include(`${item[2]} ${field}`);
}

async function expectInvalid(ep: Endpoint, body: string, path: string, says: string): Promise<void> {
  const error = await failure(callThrough(ep, serve(body, ep.status)));
  expect(error.code).to.equal('invalid_response');
  expect(error.status).to.equal(ep.status);
  expect(error.endpoint).to.equal(label(ep));
  expect(error.retryable).to.equal(false);
  expect(error.issues.map((i) => i.path), 'issue paths').to.deep.equal([path]);
  expect(error.issues[0]?.message).to.include(says);
  expect(error.message).to.include(path);
  expect(error.message).to.include(label(ep));
}

describe('fixtures: broken responses → invalid_response naming the field, or the list item reported (through AuthsecClient)', () => {
  for (const { file, endpoint, path, says } of BROKEN_FILES) {
    it(`${file} → ${path}`, async () => {
      await expectBroken(endpoint, await fixtureText(file), path, says);
    });
  }
});

type Key = string | number;
const REMOVE = Symbol('remove');
interface Mutation {
  readonly file: string;
  readonly endpoint: Endpoint;
  readonly at: readonly Key[];
  /** New value, or `REMOVE` to drop the field (a missing required field). */
  readonly value: unknown;
  readonly path: string;
  readonly says: string;
}
const m = (file: string, endpoint: Endpoint, at: readonly Key[], value: unknown, path: string, says: string): Mutation =>
  ({ file, endpoint, at, value, path, says });

/** One or more realistic breakages per endpoint: a missing required field, a wrong enum, a wrong type. */
const MUTATIONS: readonly Mutation[] = [
  m('listResourceServers.json', endpoints.listResourceServers, [0, 'state'], 'launched', '[0].state', '"ready"'),
  m('listResourceServers.json', endpoints.listResourceServers, [1, 'name'], REMOVE, '[1].name', 'string'),
  m('listResourceServers.json', endpoints.listResourceServers, [0, 'registration_modes', 1], 'oidc', '[0].registration_modes[1]', '"cimd"'),
  m('getResourceServer.json', endpoints.getResourceServer, ['public_base_url'], REMOVE, 'public_base_url', 'string'),
  m('getResourceServer.json', endpoints.getResourceServer, ['application_type'], 'mcp', 'application_type', '"api_service"'),
  m('getApplicationSummary.json', endpoints.getApplicationSummary, ['client_count'], '0', 'client_count', 'number'),
  m('listConnections.json', endpoints.listConnections, [1, 'client_id'], REMOVE, '[1].client_id', 'string'),
  m('listWorkspaceClients.json', endpoints.listWorkspaceClients, [2, 'status'], 7, '[2].status', 'string'),
  m('listWorkspaceClients.json', endpoints.listWorkspaceClients, [0, 'redirect_uris', 0], 42, '[0].redirect_uris[0]', 'string'),
  m('preRegisterClient.json', endpoints.preRegisterClient, ['client_id'], REMOVE, 'client_id', 'string'),
  m('preRegisterClient.json', endpoints.preRegisterClient, ['client_secret'], '', 'client_secret', 'too small'),
  m('revokeClient.json', endpoints.revokeClient, ['status'], 'deleted', 'status', '"revoked"'),
  m('approveClient.json', endpoints.approveClient, ['status'], 'pending', 'status', '"approved"'),
  m('denyClient.json', endpoints.denyClient, ['status'], REMOVE, 'status', '"denied"'),
  m('approveClientRedirects.json', endpoints.approveClientRedirects, ['status'], 'approved', 'status', '"redirects approved"'),
  m('listConsentGrants.json', endpoints.listConsentGrants, ['consent_grants', 0, 'user_id'], REMOVE, 'consent_grants[0].user_id', 'string'),
  m('listConsentGrants.json', endpoints.listConsentGrants, ['consent_grants', 1, 'granted_scopes'], 'read', 'consent_grants[1].granted_scopes', 'array'),
  m('listMyConsentGrants.json', endpoints.listMyConsentGrants, ['consent_grants'], {}, 'consent_grants', 'array'),
  m('revokeConsentGrant.json', endpoints.revokeConsentGrant, ['status'], 'deleted', 'status', '"revoked"'),
  m('revokeMyConsentGrant.json', endpoints.revokeMyConsentGrant, ['status'], REMOVE, 'status', '"revoked"'),
  m('listAccessUsers.json', endpoints.listAccessUsers, ['users', 0, 'user'], REMOVE, 'users[0].user', 'object'),
  m('getEffectiveAccess.json', endpoints.getEffectiveAccess, ['scopes', 1, 'status'], 'denied', 'scopes[1].status', '"not_granted"'),
  m('simulateAccess.json', endpoints.simulateAccess, ['verdict'], 'maybe', 'verdict', '"denied"'),
  m('simulateAccess.json', endpoints.simulateAccess, ['decision_trace', 4, 'check'], REMOVE, 'decision_trace[4].check', 'string'),
  m('getScopeImpact.json', endpoints.getScopeImpact, ['impact', 'users_affected'], '3', 'impact.users_affected', 'number'),
  m('getScopeImpact.json', endpoints.getScopeImpact, ['safe_to_delete'], REMOVE, 'safe_to_delete', 'boolean'),
  m('createResourceServer.json', endpoints.createResourceServer, ['introspection_secret'], REMOVE, 'introspection_secret', 'string'),
  m('createResourceServer.json', endpoints.createResourceServer, ['introspection_secret'], '', 'introspection_secret', 'too small'),
  m('updateResourceServer.json', endpoints.updateResourceServer, ['active'], REMOVE, 'active', 'boolean'),
  m('rotateIntrospectionSecret.json', endpoints.rotateIntrospectionSecret, ['introspection_secret'], REMOVE, 'introspection_secret', 'string'),
  m('validate.json', endpoints.validate, ['checks', 2, 'key'], 'prm', 'checks[2].key', '"discovery"'),
  m('validate.json', endpoints.validate, ['checks', 0, 'status'], 'passed', 'checks[0].status', '"passing"'),
  m('validate.json', endpoints.validate, ['status'], 'passing', 'status', '"passed"'),
  m('listScopePresets.json', endpoints.listScopePresets, ['presets', 1, 'category'], 'featured', 'presets[1].category', '"domain"'),
  m('listScopePresets.json', endpoints.listScopePresets, ['presets', 0, 'scopes', 0, 'risk'], 'severe', 'presets[0].scopes[0].risk', '"critical"'),
  m('listScopePresets.json', endpoints.listScopePresets, ['presets', 4, 'id'], 'github', 'presets[4].id', '"code_repos"'),
  m('listScopes.json', endpoints.listScopes, [2, 'scope_string'], REMOVE, '[2].scope_string', 'string'),
  m('listScopes.json', endpoints.listScopes, [0, 'risk_level'], 'severe', '[0].risk_level', '"critical"'),
  m('createScope.json', endpoints.createScope, ['id'], REMOVE, 'id', 'string'),
  m('updateScope.json', endpoints.updateScope, ['scope_string'], '', 'scope_string', 'too small'),
  m('getScopeMatrix.json', endpoints.getScopeMatrix, ['tools', 3, 'inventory_source'], 'scan', 'tools[3].inventory_source', '"manual"'),
  m('getScopeMatrix.json', endpoints.getScopeMatrix, ['tools', 0, 'scopes', 0, 'source'], REMOVE, 'tools[0].scopes[0].source', '"sdk_suggested"'),
  m('getScopeMatrix.json', endpoints.getScopeMatrix, ['resource_server', 'name'], REMOVE, 'resource_server.name', 'string'),
  m('getScopeMatrix.json', endpoints.getScopeMatrix, ['total_tools'], '4', 'total_tools', 'number'),
  m('getScopeMatrix.json', endpoints.getScopeMatrix, ['unmapped_scopes', 0, 'risk_level'], 'urgent', 'unmapped_scopes[0].risk_level', '"low"'),
  m('putToolScopeMap.json', endpoints.putToolScopeMap, ['applied'], REMOVE, 'applied', 'number'),
  m('putToolScopeMap.json', endpoints.putToolScopeMap, ['status'], 'ok', 'status', '"updated"'),
  m('createTool.json', endpoints.createTool, ['inventory_source'], 'admin', 'inventory_source', '"manual"'),
  m('setToolPublic.json', endpoints.setToolPublic, ['is_public'], REMOVE, 'is_public', 'boolean'),
  m('rescan.json', endpoints.rescan, ['scan_generation'], REMOVE, 'scan_generation', 'number'),
  m('rescan.json', endpoints.rescan, ['result', 'warnings'], 'none', 'result.warnings', 'array'),
  m('getSetup.json', endpoints.getSetup, ['steps', 3, 'complete'], REMOVE, 'steps[3].complete', 'boolean'),
  m('getSetup.json', endpoints.getSetup, ['can_activate'], REMOVE, 'can_activate', 'boolean'),
  m('getActivationPreview.json', endpoints.getActivationPreview, ['tools', 'unmapped'], REMOVE, 'tools.unmapped', 'number'),
  m('activate.json', endpoints.activate, ['status'], 'active', 'status', '"ready"'),
  m('getManifestStatus.json', endpoints.getManifestStatus, ['last_attempt', 'status'], 'failed', 'last_attempt.status', '"auth_failed"'),
  m('getManifestStatus.json', endpoints.getManifestStatus, ['never_seen'], REMOVE, 'never_seen', 'boolean'),
  m('putSdkManifest.json', endpoints.putSdkManifest, ['tools_seen'], REMOVE, 'tools_seen', 'number'),
  m('getSdkPolicy.ready.json', endpoints.getSdkPolicy, ['state'], 'active', 'state', '"ready"'),
  m('getSdkPolicy.ready.json', endpoints.getSdkPolicy, ['reason'], 'rs_disabled', 'reason', '"rs_needs_setup"'),
  m('getSdkPolicy.ready.json', endpoints.getSdkPolicy, ['tool_metadata', 'create_issue', 'inventory_source'], 'scan', 'tool_metadata.create_issue.inventory_source', '"mcp_scan"'),
  m('getSdkPolicy.ready.json', endpoints.getSdkPolicy, ['tool_policy', 1, 'is_public'], REMOVE, 'tool_policy[1].is_public', 'boolean'),
  m('dismissDriftEvent.json', endpoints.dismissDriftEvent, ['status'], 'ok', 'status', '"dismissed"'),
  m('getAccessPolicy.json', endpoints.getAccessPolicy, ['enabled'], REMOVE, 'enabled', 'boolean'),
  m('getAccessPolicy.json', endpoints.getAccessPolicy, ['assignment_source'], 'manual_admin', 'assignment_source', '"default_policy"'),
  m('getAccessPolicy.json', endpoints.getAccessPolicy, ['role_options', 1, 'role_id'], REMOVE, 'role_options[1].role_id', 'string'),
  m('putAccessPolicy.json', endpoints.putAccessPolicy, ['assignment_trigger'], 'on_consent', 'assignment_trigger', '"first_successful_login"'),
  m('listRoles.json', endpoints.listRoles, ['roles', 0, 'name'], REMOVE, 'roles[0].name', 'string'),
  m('putRoleScopeGrants.json', endpoints.putRoleScopeGrants, ['permissions_count'], REMOVE, 'permissions_count', 'number'),
  m('listBindings.json', endpoints.listBindings, ['bindings', 0, 'assignment_source'], 'MANUAL_ADMIN', 'bindings[0].assignment_source', '"manual_admin"'),
  m('listBindings.json', endpoints.listBindings, ['bindings', 1, 'role_name'], REMOVE, 'bindings[1].role_name', 'string'),
  m('createBinding.json', endpoints.createBinding, ['scope_type'], 'tenant', 'scope_type', '"resource_server"'),
  m('deleteBinding.json', endpoints.deleteBinding, ['status'], 'revoked', 'status', '"deleted"'),
  m('listEligibleUsers.json', endpoints.listEligibleUsers, ['users', 0, 'email'], REMOVE, 'users[0].email', 'string'),
  m('getConsent.json', endpoints.getConsent, ['consent_challenge'], REMOVE, 'consent_challenge', 'string'),
  m('getConsent.extended.json', endpoints.getConsent, ['registration_type'], 'manual', 'registration_type', '"prereg"'),
  m('getConsent.extended.json', endpoints.getConsent, ['scope_details', 1, 'risk_level'], 'extreme', 'scope_details[1].risk_level', '"high"'),
  m('acceptConsent.json', endpoints.acceptConsent, ['success'], false, 'success', 'true'),
  m('rejectConsent.json', endpoints.rejectConsent, ['redirect_to'], REMOVE, 'redirect_to', 'string'),
];

function mutate(body: unknown, at: readonly Key[], value: unknown): unknown {
  const copy = structuredClone(body);
  let node: unknown = copy;
  for (const key of at.slice(0, -1)) node = (node as Record<Key, unknown>)[key];
  const last = at[at.length - 1];
  if (last === undefined || node === null || typeof node !== 'object') throw new Error(`bad mutation path ${at.join('.')}`);
  const target = node as Record<Key, unknown>;
  if (!(last in target)) throw new Error(`mutation path ${at.join('.')} does not exist in the fixture`);
  if (value === REMOVE) delete target[last];
  else target[last] = value;
  return copy;
}

describe('fixtures: every endpoint rejects a broken field by name, or reports the list item (through AuthsecClient)', () => {
  it('every endpoint with a JSON body has at least one breakage', () => {
    const broken = new Set(MUTATIONS.map((x) => x.endpoint.name));
    for (const b of BROKEN_FILES) broken.add(b.endpoint.name);
    const names = [...new Set(VALID.map(([, ep]) => ep.name))].filter((n) => !broken.has(n));
    expect(names).to.deep.equal([]);
  });

  for (const { file, endpoint, at, value, path, says } of MUTATIONS) {
    const what = value === REMOVE ? 'missing' : `= ${JSON.stringify(value)}`;
    it(`${endpoint.name}: ${path} ${what} (from ${file})`, async () => {
      const body = mutate(await loadFixture(file), at, value);
      await expectBroken(endpoint, JSON.stringify(body), path, says);
    });
  }

  // The `{events}` | bare-array union names the item's field, not `(body)` (drift-events.ts).
  it('listDriftEvents (v2 bare array): a wrong event_type names [0].event_type', async () => {
    const body = mutate(await loadFixture('listDriftEvents.v2-bare-array.json'), [0, 'event_type'], 'connection_removed');
    await expectBroken(endpoints.listDriftEvents, JSON.stringify(body), '[0].event_type', '"connection_revoked"');
  });

  it('listDriftEvents: a body that is neither shape is still invalid_response', async () => {
    const error = await failure(callThrough(endpoints.listDriftEvents, serve('{"events":"none"}', 200)));
    expect(error.code).to.equal('invalid_response');
    expect(error.issues).to.have.length.greaterThan(0);
  });
});

describe('fixtures: bodies that are not the contract', () => {
  it('a non-JSON 200 body (an HTML sign-in page from a proxy) → invalid_response "(body): not JSON"', async () => {
    const html = '<!doctype html><html><head><title>Sign in</title></head><body>Please sign in</body></html>';
    const error = await failure(callThrough(endpoints.getScopeMatrix, serve(html, 200, 'text/html; charset=utf-8')));
    expect(error.code).to.equal('invalid_response');
    expect(error.status).to.equal(200);
    expect(error.issues).to.deep.equal([{ path: '(body)', message: 'not JSON' }]);
    expect(error.message).to.equal('GET /authsec/resource-servers/:id/scope-matrix failed (invalid_response): (body): not JSON');
    expect(error.cause).to.be.instanceOf(SyntaxError);
  });

  it('a truncated JSON body → invalid_response', async () => {
    const text = await fixtureText('getScopeMatrix.json');
    const error = await failure(callThrough(endpoints.getScopeMatrix, serve(text.slice(0, 120), 200)));
    expect(error.code).to.equal('invalid_response');
    expect(error.issues[0]?.path).to.equal('(body)');
  });

  it('an empty 200 body where an object is due → invalid_response at (body)', async () => {
    const error = await failure(callThrough(endpoints.getScopeMatrix, serve('', 200)));
    expect(error.code).to.equal('invalid_response');
    expect(error.issues).to.deep.equal([{ path: '(body)', message: 'expected object' }]);
  });

  it('deleteScope: 204 with an empty body resolves to undefined', async () => {
    const server = serve(null, 204);
    expect(await callThrough(endpoints.deleteScope, server)).to.equal(undefined);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal([
      `DELETE ${BASE}/authsec/scopes/${SC_NEW}`,
    ]);
  });

  it('deleteResourceServer: 204 with an empty body resolves to undefined', async () => {
    const server = serve(null, 204);
    expect(await callThrough(endpoints.deleteResourceServer, server)).to.equal(undefined);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).to.deep.equal([
      `DELETE ${BASE}/authsec/resource-servers/${RS_GH}`,
    ]);
  });
});

// ------------------------------------------------------------------------------------------------
interface ErrorCase {
  readonly file: string;
  readonly endpoint: Endpoint;
  readonly status: number;
  readonly code: AuthsecErrorCode;
  readonly serverMessage: string;
  /** Envelope fields that must survive as sent. */
  readonly extras: Readonly<Record<string, unknown>>;
  readonly retryable?: boolean;
}
const ERRORS: readonly ErrorCase[] = [
  {
    file: 'error.activation-blocked.json', endpoint: endpoints.activate, status: 409, code: 'conflict',
    serverMessage: 'activation blocked',
    extras: { failed: ['step_4_unmapped_tool_count: 12', 'step_5_viewer_role_empty'] },
  },
  {
    file: 'error.binding-user-not-found.json', endpoint: endpoints.createBinding, status: 404, code: 'not_found',
    serverMessage: 'user not found for this tenant',
    extras: { hint: 'The user must sign in to this workspace once before a role can be bound to them.' },
  },
  {
    file: 'error.public-confirmation.json', endpoint: endpoints.setToolPublic, status: 400, code: 'validation',
    serverMessage: 'confirmation_token must equal the tool name to make it public',
    extras: {
      confirmation_hint: 'Type the tool name exactly to confirm that anyone with a token for this application can call it.',
      expected_tool_name: 'get_me',
    },
  },
  {
    file: 'error.manual-tool-conflict.json', endpoint: endpoints.createTool, status: 409, code: 'conflict',
    serverMessage: 'a tool named "create_issue" already exists',
    extras: { existing_source: 'mcp_scan', existing_tool_id: T_CREATE },
  },
  {
    file: 'error.rescan-failed.json', endpoint: endpoints.rescan, status: 502, code: 'server', serverMessage: 'discovery failed',
    extras: { failure_reason: 'MCP bearer token required to refresh tool inventory' }, retryable: true,
  },
  {
    file: 'error.scan-in-progress.json', endpoint: endpoints.rescan, status: 409, code: 'conflict',
    serverMessage: 'scan already in progress', extras: {},
  },
  {
    // The facade's `launch` answers this; served on `activate` to exercise the `state` extra.
    file: 'error.launch-not-ready.json', endpoint: endpoints.activate, status: 409, code: 'conflict',
    serverMessage: 'application not ready', extras: { state: 'needs_setup' },
  },
  {
    file: 'error.workspace-admin-required.json', endpoint: endpoints.listResourceServers, status: 403, code: 'forbidden',
    serverMessage: 'workspace admin role required', extras: {},
  },
  {
    file: 'error.rbac-forbidden.json', endpoint: endpoints.putRoleScopeGrants, status: 403, code: 'forbidden',
    // `error` is a bare code here; the human sentence is in `message`, and that is what people should read.
    serverMessage: 'RBAC mutations are restricted to workspace administrators', extras: { error: 'forbidden', message: 'RBAC mutations are restricted to workspace administrators' },
  },
  {
    file: 'error.sdk-invalid-credentials.json', endpoint: endpoints.getSdkPolicy, status: 401, code: 'unauthorized',
    serverMessage: 'invalid credentials', extras: {},
  },
  {
    file: 'error.not-found.json', endpoint: endpoints.getResourceServer, status: 404, code: 'not_found',
    serverMessage: 'not found', extras: {},
  },
  {
    file: 'error.empty-manifest.json', endpoint: endpoints.putSdkManifest, status: 422, code: 'validation',
    serverMessage: 'manifest must contain at least one tool', extras: {},
  },
  {
    file: 'error.no-valid-fields.json', endpoint: endpoints.updateResourceServer, status: 400, code: 'validation',
    serverMessage: 'no valid fields to update', extras: {},
  },
  {
    file: 'error.duplicate-scope.json', endpoint: endpoints.createScope, status: 409, code: 'conflict',
    serverMessage:
      'failed to create scope: ERROR: duplicate key value violates unique constraint "idx_oauth_scopes_rs_scope" (SQLSTATE 23505)',
    extras: {},
  },
  {
    file: 'error.sdk-policy-not-discovered.json', endpoint: endpoints.getSdkPolicy, status: 503, code: 'server',
    serverMessage: 'resource server has not completed initial discovery', extras: { status: 'pending_scan' }, retryable: true,
  },
  {
    file: 'error.clientms-removed.json', endpoint: endpoints.listResourceServers, status: 410, code: 'not_found',
    serverMessage: 'clientms routes have been removed', extras: { correct_url: '/authsec/applications' },
  },
  {
    file: 'error.oauth-invalid-request.json', endpoint: endpoints.getConsent, status: 400, code: 'validation',
    serverMessage: 'code_challenge must be 43-128 characters', extras: { error: 'invalid_request' },
  },
  {
    file: 'error.consent-v2.json', endpoint: endpoints.acceptConsent, status: 400, code: 'validation',
    serverMessage: 'consent request not found or expired', extras: { success: false },
  },
];

describe('fixtures: error envelopes keep code, serverMessage and extras (through AuthsecClient)', () => {
  for (const c of ERRORS) {
    it(`${c.file} (${c.status} on ${c.endpoint.name}) → ${c.code}`, async () => {
      const error = await failure(callThrough(c.endpoint, serve(await fixtureText(c.file), c.status)));
      expect(error.code).to.equal(c.code);
      expect(error.status).to.equal(c.status);
      expect(error.endpoint).to.equal(label(c.endpoint));
      expect(error.serverMessage).to.equal(c.serverMessage);
      expect(error.envelope).to.deep.include(c.extras);
      expect(error.issues).to.deep.equal([]);
      expect(error.retryable).to.equal(c.retryable ?? false);
      expect(error.message).to.equal(`${label(c.endpoint)} failed (${c.code}): ${c.serverMessage}`);
    });
  }

  it('activation gates are exposed as `failed`', async () => {
    const error = await failure(callThrough(endpoints.activate, serve(await fixtureText('error.activation-blocked.json'), 409)));
    expect(error.failed).to.deep.equal(['step_4_unmapped_tool_count: 12', 'step_5_viewer_role_empty']);
  });

  it('a revoked session (401 twice, refresh gives the same token) → session_expired after one retry', async () => {
    const server = serve(await fixtureText('error.session-revoked.json'), 401);
    const error = await failure(callThrough(endpoints.listScopes, server));
    expect(error.code).to.equal('session_expired');
    expect(error.serverMessage).to.equal('session has been revoked');
    expect(server.requests).to.have.length(2);
  });

  it('a plain-text 400 from the HTML consent handler → serverMessage is that text', async () => {
    const server = serve('Missing consent_challenge parameter', 400, 'text/plain; charset=utf-8');
    const error = await failure(callThrough(endpoints.getConsent, server));
    expect(error.code).to.equal('validation');
    expect(error.serverMessage).to.equal('Missing consent_challenge parameter');
    expect(error.envelope).to.deep.equal({});
    expect(error.message).to.equal('GET /authsec/oauth/v2/consent failed (validation): Missing consent_challenge parameter');
  });

  it('a plain-text 403 → forbidden with the server words', async () => {
    const text = 'You do not have permission to access this resource server. Contact your administrator to request access.';
    const error = await failure(callThrough(endpoints.getConsent, serve(`${text}\n`, 403, 'text/plain; charset=utf-8')));
    expect(error.code).to.equal('forbidden');
    expect(error.serverMessage).to.equal(text);
  });
});
