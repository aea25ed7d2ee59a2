import { expect } from '@open-wc/testing';
import { AuthsecClient, AuthsecError, endpoints, type Endpoint } from '../../src/api/index.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import type { SurfaceMode } from '../../emulator/http.js';
import { harness, rejection, SEED } from '../helpers/emulator.js';

const all = Object.values(endpoints) as Endpoint[];
const routesOf = (mode: SurfaceMode) => new Set(createBrowserEmulator({ surfaces: mode }).app.routes.map((r) => `${r.method} ${r.path}`));

describe('emulator: serves the whole contract', () => {
  it('mounts a route for every endpoint of src/api (method and path template), on both surfaces by default', async () => {
    const h = harness();
    const mounted = new Set(h.emulator.app.routes.map((r) => `${r.method} ${r.path}`));
    const missing = all
      .flatMap((e) => [`${e.method} ${e.path}`, ...(e.applications ? [`${e.method} ${e.applications.path}`] : [])])
      .filter((key) => !mounted.has(key));
    expect(missing).to.deep.equal([]);
  });

  it('AUTHSEC_SURFACE=applications: no shim for admin calls; SDK and unchanged paths stay', () => {
    const mounted = routesOf('applications');
    for (const e of all) {
      expect(mounted.has(`${e.method} ${e.path}`), `${e.name} at ${e.path}`).to.equal(!e.applications || e.onlyOn === 'applications');
      if (e.applications) expect(mounted.has(`${e.method} ${e.applications.path}`), e.name).to.equal(true);
    }
  });

  it('AUTHSEC_SURFACE=resource-servers: an AuthSec from before the applications surface', () => {
    const mounted = routesOf('resource-servers');
    for (const e of all) {
      expect(mounted.has(`${e.method} ${e.path}`), e.name).to.equal(e.onlyOn !== 'applications');
      if (e.applications) expect(mounted.has(`${e.method} ${e.applications.path}`), `${e.name} at ${e.applications.path}`).to.equal(false);
    }
  });

  for (const mode of ['applications', 'resource-servers'] as const) {
    it(`every read of the contract validates against the schemas on the ${mode} surface`, async () => {
      const emu = createBrowserEmulator({ surfaces: mode });
      const token = await emu.ownerToken();
      const client = new AuthsecClient({ baseUrl: emu.baseUrl, fetch: emu.fetchFn, getToken: () => token, surface: mode });
      const id = { id: SEED.apps.docsSearch };
      const reads: [Endpoint, object][] = [
        [endpoints.listResourceServers, {}], [endpoints.getResourceServer, { params: id }], [endpoints.getApplicationSummary, { params: id }],
        [endpoints.listConnections, { params: id }], [endpoints.getScopeMatrix, { params: id }], [endpoints.listScopes, { params: id }],
        [endpoints.getSetup, { params: id }], [endpoints.getActivationPreview, { params: id }], [endpoints.getManifestStatus, { params: id }],
        [endpoints.listDriftEvents, { params: id }], [endpoints.getAccessPolicy, { params: id }], [endpoints.listRoles, { params: id }],
        [endpoints.listBindings, { params: id }], [endpoints.listEligibleUsers, { params: id }], [endpoints.listScopePresets, {}],
        ...(mode === 'applications' ? [[endpoints.listWorkspaceClients, {}] as [Endpoint, object]] : []),
      ];
      for (const [ep, options] of reads) await client.call(ep, options as never);
      const summary = await client.call(endpoints.getApplicationSummary, { params: id });
      // Docs Search: two approved clients, the policy on with its viewer role, on either surface.
      expect([summary.client_count, summary.access_policy_enabled]).to.deep.equal([2, true]);
      const wrongSurface = mode === 'applications' ? '/authsec/resource-servers' : '/authsec/applications';
      const res = await emu.fetchFn(`${emu.baseUrl}${wrongSurface}`, { headers: { authorization: `Bearer ${token}` } });
      expect([res.status, await res.text()]).to.deep.equal([404, '404 page not found']);
    });
  }

  it('the applications surface answers in its own words where its handlers are its own', async () => {
    const emu = createBrowserEmulator();
    const token = await emu.ownerToken();
    const client = new AuthsecClient({ baseUrl: emu.baseUrl, fetch: emu.fetchFn, getToken: () => token, surface: 'applications' });
    const missing = (await rejection(client.call(endpoints.getResourceServer, { params: { id: crypto.randomUUID() } }))) as AuthsecError;
    expect([missing.status, missing.serverMessage]).to.deep.equal([404, 'application not found']);
    const shared = (await rejection(client.call(endpoints.getSetup, { params: { id: crypto.randomUUID() } }))) as AuthsecError;
    expect(shared.serverMessage, 'handlers shared with the shim keep their text').to.equal('resource server not found');
    const unbound = (await rejection(client.call(endpoints.createResourceServer, { body: { name: '', public_base_url: 'https://x.example' } }))) as AuthsecError;
    expect([unbound.status, unbound.serverMessage]).to.deep.equal([400, 'invalid request body']);
    const filter = await emu.fetchFn(`${emu.baseUrl}/authsec/applications?application_type=robot`, { headers: { authorization: `Bearer ${token}` } });
    expect([filter.status, ((await filter.json()) as { error: string }).error]).to.deep.equal([400, 'invalid application_type filter']);
    const agents = await emu.fetchFn(`${emu.baseUrl}/authsec/applications?application_type=ai_agent`, { headers: { authorization: `Bearer ${token}` } });
    const expected = [...emu.store.resourceServers.values()].filter((r) => r.workspace_id === SEED.workspace && r.application_type === 'ai_agent');
    expect(((await agents.json()) as { id: string }[]).map((r) => r.id).sort()).to.deep.equal(expected.map((r) => r.id).sort());
  });
});
