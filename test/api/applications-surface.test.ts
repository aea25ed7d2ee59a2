/**
 * AuthSec's applications surface (`/authsec/applications/*`, authsec-api-current.md §2): every admin
 * endpoint's form there, its real-shaped fixtures (test/fixtures/applications/, the facade's bytes:
 * omitempty counters, `{items}` vs bare arrays, Go nulls, unknown fields) read through the real
 * client into the same output as the resource-servers shim, and `auto` choosing a surface once.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import * as endpoints from '../../src/api/endpoints.js';
import { AuthsecClient, type FetchLike } from '../../src/api/client.js';
import { fillPath, type Endpoint } from '../../src/api/endpoint.js';
import { AuthsecError } from '../../src/api/errors.js';
import { missingRoute } from '../../src/api/surface.js';
import { rejection } from '../helpers/emulator.js';

const BASE = 'https://authsec.test';
const RS_GH = '26b0366e-15db-4dc7-bdf8-2b2c698fb87d';
const RS_LIN = '0faa1c0c-6898-4d04-8f88-34a4e4d6e752';
const RS_JIRA = '3b3dcb75-b7db-4afc-a714-4fc1da381563';
const PARAMS: Readonly<Record<string, string>> = { id: RS_GH, scope_id: 'scope-1', tool_id: 'tool-1', role_id: 'role-1', binding_id: 'b-1', event_id: 'e-1' };

const fixture = async (name: string): Promise<string> => {
  const res = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
  return res.text();
};

/** A server answering by path; anything else is Gin's route-level 404. */
function routes(table: Record<string, string | { status: number; body: string; json?: boolean }>) {
  const seen: string[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    const path = new URL(url).pathname;
    seen.push(`${init.method ?? 'GET'} ${path}`);
    const entry = table[path];
    if (entry === undefined) return new Response('404 page not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    const { status, body, json = true } = typeof entry === 'string' ? { status: 200, body: entry } : entry;
    return new Response(body, { status, headers: { 'Content-Type': json ? 'application/json' : 'text/plain' } });
  };
  return { seen, fetch: fetchImpl };
}

const client = (fetchImpl: FetchLike, surface?: 'applications' | 'resource-servers' | 'auto') =>
  new AuthsecClient({ baseUrl: BASE, fetch: fetchImpl, getToken: () => 'jwt', retry: { attempts: 1 }, ...(surface ? { surface } : {}) });

const paramsFor = (path: string) => Object.fromEntries([...path.matchAll(/:([A-Za-z_]\w*)/g)].map(([, n = '']) => [n, PARAMS[n] ?? `${n}-1`]));

const all = Object.values(endpoints) as Endpoint[];

describe('the applications surface: one descriptor per call, a form per surface', () => {
  it('has a form there for every admin call AuthSec moved, at the path authsec-api-current.md §2.1 gives', () => {
    const facade = Object.fromEntries(all.filter((ep) => ep.applications).map((ep) => [ep.name, ep.applications!.path]));
    expect(facade).to.deep.equal({
      listResourceServers: '/authsec/applications',
      getResourceServer: '/authsec/applications/:id',
      getApplicationSummary: '/authsec/applications/:id',
      createResourceServer: '/authsec/applications',
      updateResourceServer: '/authsec/applications/:id',
      deleteResourceServer: '/authsec/applications/:id',
      rotateIntrospectionSecret: '/authsec/applications/:id/rotate-introspection-secret',
      listConnections: '/authsec/applications/:id/connections',
      preRegisterClient: '/authsec/applications/:id/connections',
      revokeClient: '/authsec/applications/:id/connections/:client_id',
      getAccessPolicy: '/authsec/applications/:id/access-policy',
      putAccessPolicy: '/authsec/applications/:id/access-policy',
      listBindings: '/authsec/applications/:id/bindings',
      createBinding: '/authsec/applications/:id/bindings',
      deleteBinding: '/authsec/applications/:id/bindings/:binding_id',
      listEligibleUsers: '/authsec/applications/:id/eligible-users',
      listDriftEvents: '/authsec/applications/:id/drift-events',
      dismissDriftEvent: '/authsec/applications/:id/drift-events/:event_id/dismiss',
      listRoles: '/authsec/applications/:id/roles',
      putRoleScopeGrants: '/authsec/applications/:id/roles/:role_id/scope-grants',
      getScopeMatrix: '/authsec/applications/:id/scope-matrix',
      putToolScopeMap: '/authsec/applications/:id/tool-scope-map',
      listScopes: '/authsec/applications/:id/scopes',
      createScope: '/authsec/applications/:id/scopes',
      getManifestStatus: '/authsec/applications/:id/sdk-manifest-status',
      getSetup: '/authsec/applications/:id/setup',
      getActivationPreview: '/authsec/applications/:id/activation-preview',
      activate: '/authsec/applications/:id/activate',
      createTool: '/authsec/applications/:id/tools',
      setToolPublic: '/authsec/applications/:id/tools/:tool_id/public',
      rescan: '/authsec/applications/:id/rescan',
      validate: '/authsec/applications/:id/validate',
    });
    // What stays where it is on both surfaces: SDK endpoints, scope update/delete, presets, consent,
    // and the workspace-wide client list.
    expect(all.filter((ep) => !ep.applications && !ep.onlyOn).map((ep) => ep.name).sort()).to.deep.equal([
      'acceptConsent', 'approveClientRedirects', 'deleteScope', 'getConsent', 'getSdkPolicy', 'listConsentGrants', 'listMyConsentGrants',
      'listScopePresets', 'listWorkspaceClients', 'putSdkManifest', 'rejectConsent', 'revokeConsentGrant', 'revokeMyConsentGrant', 'updateScope',
    ]);
    // Only today's surface approves or denies a pending registration (§4.1): one path, no shim form.
    expect(all.filter((ep) => ep.onlyOn).map((ep) => [ep.name, ep.onlyOn, ep.path, !!ep.applications]).sort()).to.deep.equal([
      ['approveClient', 'applications', '/authsec/applications/:id/connections/:client_id/approve', false],
      ['denyClient', 'applications', '/authsec/applications/:id/connections/:client_id/deny', false],
      ['getEffectiveAccess', 'applications', '/authsec/applications/:id/users/:user_id/effective-access', false],
      ['getScopeImpact', 'applications', '/authsec/v1/applications/:id/scopes/:scope_id/impact', false],
      ['listAccessUsers', 'applications', '/authsec/applications/:id/access/users', false],
      ['simulateAccess', 'applications', '/authsec/v1/applications/:id/access-simulations', false],
    ]);
    for (const ep of all.filter((e) => e.applications)) {
      const names = (p: string) => [...p.matchAll(/:(\w+)/g)].map((m) => m[1]);
      expect(names(ep.applications!.path), `${ep.name} keeps its path parameters`).to.deep.equal(names(ep.path));
      expect(ep.auth, `${ep.name}: admin calls only`).to.equal('bearer');
    }
  });

  it('same-handler calls: the shim fixture\'s bytes at the facade path read the same', async () => {
    const sameHandler: [Endpoint, string][] = [
      [endpoints.rotateIntrospectionSecret, 'rotateIntrospectionSecret.json'], [endpoints.validate, 'validate.json'],
      [endpoints.listScopes, 'listScopes.json'], [endpoints.createScope, 'createScope.json'], [endpoints.putToolScopeMap, 'putToolScopeMap.json'],
      [endpoints.createTool, 'createTool.json'], [endpoints.setToolPublic, 'setToolPublic.json'], [endpoints.rescan, 'rescan.json'],
      [endpoints.getSetup, 'getSetup.json'], [endpoints.getActivationPreview, 'getActivationPreview.json'], [endpoints.activate, 'activate.json'],
      [endpoints.getManifestStatus, 'getManifestStatus.json'], [endpoints.listDriftEvents, 'listDriftEvents.json'],
      [endpoints.dismissDriftEvent, 'dismissDriftEvent.json'], [endpoints.getAccessPolicy, 'getAccessPolicy.json'],
      [endpoints.putAccessPolicy, 'putAccessPolicy.json'], [endpoints.listRoles, 'listRoles.json'],
      [endpoints.putRoleScopeGrants, 'putRoleScopeGrants.json'], [endpoints.listBindings, 'listBindings.json'],
      [endpoints.createBinding, 'createBinding.json'], [endpoints.deleteBinding, 'deleteBinding.json'],
      [endpoints.listEligibleUsers, 'listEligibleUsers.json'], [endpoints.updateResourceServer, 'updateResourceServer.json'],
      [endpoints.createResourceServer, 'createResourceServer.json'],
    ];
    for (const [ep, file] of sameHandler) {
      const text = await fixture(file);
      const facadePath = fillPath(ep.applications!.path, paramsFor(ep.path));
      const server = routes({ [facadePath]: { status: ep.status, body: text } });
      const options = { params: paramsFor(ep.path), ...(ep.request ? { body: {} } : {}) };
      const got = await client(server.fetch, 'applications').call(ep, options as never);
      expect(got, ep.name).to.deep.equal(z.parse(ep.response, JSON.parse(text)));
      expect(server.seen, ep.name).to.deep.equal([`${ep.method} ${facadePath}`]);
    }
  });
});

describe('the applications surface: shapes that differ, read into the common output', () => {
  it('list: counters (omitempty) and the default role; clients counted from one workspace-wide request', async () => {
    const server = routes({
      '/authsec/applications': await fixture('applications/listResourceServers.json'),
      '/authsec/clients': await fixture('listWorkspaceClients.json'),
    });
    const rows = await client(server.fetch, 'applications').call(endpoints.listResourceServers, {});
    expect(server.seen).to.deep.equal(['GET /authsec/applications', 'GET /authsec/clients']);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    // Approved clients only: GitHub has two, Linear one pending (not counted).
    expect([byId[RS_GH]!.client_count, byId[RS_LIN]!.client_count]).to.deep.equal([2, 0]);
    expect([byId[RS_GH]!.access_policy_enabled, byId[RS_GH]!.access_policy_role_name]).to.deep.equal([true, `rs-${RS_GH}:viewer`]);
    expect([byId[RS_LIN]!.access_policy_enabled, byId[RS_LIN]!.access_policy_role_name]).to.deep.equal([false, undefined]);
    // The facade's own fields stay for whoever wants them; an absent counter is 0.
    const gh = byId[RS_GH] as unknown as Record<string, unknown>;
    const lin = byId[RS_LIN] as unknown as Record<string, unknown>;
    expect([gh.tools_count, gh.end_users_count, lin.tools_count, lin.roles_count]).to.deep.equal([41, 9, 0, 3]);
    expect(lin.latest_access_issue).to.equal('No default application role');
  });

  it('get: the plain row (an unknown field dropped); the summary reads connections and the policy beside it', async () => {
    const row = await fixture('applications/getResourceServer.json');
    const server = routes({
      [`/authsec/applications/${RS_JIRA}`]: row,
      [`/authsec/applications/${RS_JIRA}/connections`]: await fixture('applications/listConnections.json'),
      [`/authsec/applications/${RS_JIRA}/access-policy`]: await fixture('getAccessPolicy.json'),
    });
    const api = client(server.fetch, 'applications');
    const plain = await api.call(endpoints.getResourceServer, { params: { id: RS_JIRA } });
    expect(plain.id).to.equal(RS_JIRA);
    expect(plain).not.to.have.property('prm_source');
    expect(server.seen).to.deep.equal([`GET /authsec/applications/${RS_JIRA}`]);

    const summary = await api.call(endpoints.getApplicationSummary, { params: { id: RS_JIRA } });
    // Two approved connections (the third is pending); the recorded policy is off, so no role is named.
    expect([summary.client_count, summary.access_policy_enabled, summary.access_policy_role_name]).to.deep.equal([2, false, undefined]);
    expect(server.seen.slice(1).sort()).to.deep.equal([
      `GET /authsec/applications/${RS_JIRA}`, `GET /authsec/applications/${RS_JIRA}/access-policy`, `GET /authsec/applications/${RS_JIRA}/connections`,
    ]);
  });

  it('connections: `{ items }` (newest) and a bare array (older builds) give the same list', async () => {
    for (const [file, ids] of [
      ['applications/listConnections.json', ['b3f4e0c2-6a1d-4a8e-9d55-1c2f0c8e7a11', 'https://cursor.example/oauth/client.json', '0d5b2c1e-57f5-4b52-9b55-2a9d8f0b7c33']],
      ['applications/listConnections.bare-array.json', ['b3f4e0c2-6a1d-4a8e-9d55-1c2f0c8e7a11', '0d5b2c1e-57f5-4b52-9b55-2a9d8f0b7c33']],
    ] as const) {
      const server = routes({ [`/authsec/applications/${RS_GH}/connections`]: await fixture(file) });
      const list = await client(server.fetch, 'applications').call(endpoints.listConnections, { params: { id: RS_GH } });
      expect(list.map((c) => c.client_id), file).to.deep.equal(ids);
    }
    const shim = routes({ [`/authsec/resource-servers/${RS_GH}/clients`]: await fixture('listConnections.json') });
    await client(shim.fetch, 'resource-servers').call(endpoints.listConnections, { params: { id: RS_GH } });
    expect(shim.seen).to.deep.equal([`GET /authsec/resource-servers/${RS_GH}/clients`]);
  });

  it('scope matrix: reads the new `scopes` (every scope of the application); absent on older builds', async () => {
    const server = routes({
      [`/authsec/applications/${RS_GH}/scope-matrix`]: await fixture('applications/getScopeMatrix.json'),
      [`/authsec/resource-servers/${RS_GH}/scope-matrix`]: await fixture('getScopeMatrix.json'),
    });
    const today = await client(server.fetch, 'applications').call(endpoints.getScopeMatrix, { params: { id: RS_GH } });
    expect(today.scopes.map((s) => [s.scope_string, s.risk_level])).to.deep.equal([
      ['github_mcp_server:tools:read', 'low'], ['github_mcp_server:tools:write', 'high'], ['github_mcp_server:admin', 'critical'],
    ]);
    const older = await client(server.fetch, 'resource-servers').call(endpoints.getScopeMatrix, { params: { id: RS_GH } });
    expect(older.scopes).to.deep.equal([]);
  });

  it('create: the facade does not bind agent_type, so it is not sent there', async () => {
    const bodies: unknown[] = [];
    const created = await fixture('createResourceServer.json');
    const fetchImpl: FetchLike = async (_url, init) => {
      bodies.push(JSON.parse(String(init.body)));
      return new Response(created, { status: 201, headers: { 'Content-Type': 'application/json' } });
    };
    const body = { name: 'Weather', public_base_url: 'https://weather.example', agent_type: 'claude' };
    await client(fetchImpl, 'applications').call(endpoints.createResourceServer, { body });
    await client(fetchImpl, 'resource-servers').call(endpoints.createResourceServer, { body });
    expect(bodies).to.deep.equal([{ name: 'Weather', public_base_url: 'https://weather.example' }, body]);
  });

  it('a missing application is `application not found` there: an answer, not a missing route', async () => {
    const server = routes({ [`/authsec/applications/${RS_GH}`]: { status: 404, body: await fixture('applications/error.application-not-found.json') } });
    const error = (await rejection(client(server.fetch, 'auto').call(endpoints.getResourceServer, { params: { id: RS_GH } }))) as AuthsecError;
    expect([error.code, error.serverMessage, missingRoute(error)]).to.deep.equal(['not_found', 'application not found', false]);
    expect(server.seen, 'no fallback to the shim').to.deep.equal([`GET /authsec/applications/${RS_GH}`]);
  });
});

describe('api surface `auto`', () => {
  it('uses the applications surface when the server has it, and remembers', async () => {
    const server = routes({ '/authsec/applications': '[]', '/authsec/clients': '[]', [`/authsec/applications/${RS_GH}/setup`]: await fixture('getSetup.json') });
    const first = client(server.fetch);
    expect(first.surface).to.equal(undefined);
    await first.call(endpoints.listResourceServers, {});
    expect(first.surface).to.equal('applications');
    // Another client on the same transport and base URL (a provider's next client) knows already.
    const second = client(server.fetch);
    expect(second.surface).to.equal('applications');
    await second.call(endpoints.getSetup, { params: { id: RS_GH } });
    expect(server.seen).to.deep.equal(['GET /authsec/applications', 'GET /authsec/clients', `GET /authsec/applications/${RS_GH}/setup`]);
  });

  it('falls back to the shim on a route-level 404, once, and every call after goes there', async () => {
    const server = routes({
      '/authsec/resource-servers': '[]',
      [`/authsec/resource-servers/${RS_GH}/setup`]: await fixture('getSetup.json'),
      // Public and SDK endpoints are where they always were.
      '/authsec/scope-presets': await fixture('listScopePresets.json'),
    });
    const api = client(server.fetch);
    // Two first calls at once: one finds out, the other waits for it (no surface is mixed).
    const [list] = await Promise.all([api.call(endpoints.listResourceServers, {}), api.call(endpoints.getSetup, { params: { id: RS_GH } })]);
    expect(list).to.deep.equal([]);
    await api.call(endpoints.listScopePresets, {});
    expect(api.surface).to.equal('resource-servers');
    expect(server.seen).to.deep.equal([
      'GET /authsec/applications', 'GET /authsec/resource-servers', `GET /authsec/resource-servers/${RS_GH}/setup`, 'GET /authsec/scope-presets',
    ]);
  });

  it('a session refused on the applications surface still settles it (the route answered)', async () => {
    const server = routes({ '/authsec/applications': { status: 401, body: '{"error":"workspace_id required in JWT"}' } });
    const api = client(server.fetch);
    const error = (await rejection(api.call(endpoints.listResourceServers, {}))) as AuthsecError;
    expect(error.status).to.equal(401);
    expect(api.surface).to.equal('applications');
  });

  it('no answer at all decides nothing: the next call asks again', async () => {
    let down = true;
    const seen: string[] = [];
    const fetchImpl: FetchLike = async (url) => {
      seen.push(new URL(url).pathname);
      if (down) throw new TypeError('Failed to fetch');
      return new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const api = client(fetchImpl);
    expect(((await rejection(api.call(endpoints.listWorkspaceClients, {}))) as AuthsecError).code).to.equal('network');
    expect(((await rejection(api.call(endpoints.listBindings, { params: { id: RS_GH } }))) as AuthsecError).code).to.equal('network');
    expect(api.surface).to.equal(undefined);
    down = false;
    await api.call(endpoints.listBindings, { params: { id: RS_GH } }).catch(() => undefined);
    expect(api.surface).to.equal('applications');
    expect(seen.at(-1)).to.equal(`/authsec/applications/${RS_GH}/bindings`);
  });

  it('an explicit surface is never second-guessed', async () => {
    const server = routes({});
    const error = (await rejection(client(server.fetch, 'applications').call(endpoints.listResourceServers, {}))) as AuthsecError;
    expect(error.status).to.equal(404);
    expect(server.seen).to.deep.equal(['GET /authsec/applications']);
  });
});
