import { expect } from '@open-wc/testing';
import { AuthsecError, endpoints as ep } from '../../src/api/index.js';
import { harness, rejection, SEED } from '../helpers/emulator.js';

describe('emulator: admin auth and workspace isolation', () => {
  it('lists only the caller’s workspace', async () => {
    const h = harness();
    const token = await h.tokenFor(SEED.users.otherOwner, SEED.otherWorkspace);
    const apps = await h.client(() => token).call(ep.listResourceServers, {});
    expect(apps.map((a) => a.name)).to.deep.equal(['Globex Internal Tools']);
  });

  it('answers 404 for another workspace’s application, scope and bindings', async () => {
    const h = harness();
    const globex = h.client(await h.tokenFor(SEED.users.otherOwner, SEED.otherWorkspace).then((t) => () => t));
    const acmeScope = h.emulator.store.scopesOf(SEED.apps.github)[0]!;
    for (const call of [
      globex.call(ep.getScopeMatrix, { params: { id: SEED.apps.github } }),
      globex.call(ep.listBindings, { params: { id: SEED.apps.docsSearch } }),
      globex.call(ep.updateScope, { params: { scope_id: acmeScope.id }, body: { display_name: 'pwned' } }),
      globex.call(ep.deleteScope, { params: { scope_id: acmeScope.id } }),
    ]) {
      const error = (await rejection(call)) as AuthsecError;
      expect(error.status).to.equal(404);
    }
    expect(h.emulator.store.scopes.get(acmeScope.id)?.display_name).not.to.equal('pwned');
  });

  it('answers 404 when a workspace id in the query or body is not the token’s', async () => {
    const h = harness();
    const client = await h.owner();
    const inQuery = (await rejection(client.call(ep.listResourceServers, { query: { workspace_id: SEED.otherWorkspace } }))) as AuthsecError;
    expect(inQuery.status).to.equal(404);
    const inBody = (await rejection(
      client.call(ep.createScope, {
        params: { id: SEED.apps.github },
        body: { scope_string: 'github_mcp_server:x', display_name: 'x', tenant_id: SEED.otherWorkspace } as never,
      }),
    )) as AuthsecError;
    expect(inBody.status).to.equal(404);
  });

  it('refuses non-admins with 403 and unknown or foreign-signed sessions with 401', async () => {
    const h = harness();
    const member = await h.tokenFor(SEED.users.member);
    expect(((await rejection(h.client(() => member).call(ep.listResourceServers, {}))) as AuthsecError).status).to.equal(403);

    const other = harness(); // another emulator signs with another key
    const foreign = await other.emulator.ownerToken();
    const error = (await rejection(h.client(() => foreign).call(ep.listResourceServers, {}))) as AuthsecError;
    expect([error.status, error.serverMessage]).to.deep.equal([401, 'invalid token']);

    const res = await h.emulator.fetchFn(`${h.emulator.baseUrl}/authsec/resource-servers`, { headers: { authorization: `Bearer ${foreign}` } });
    expect(res.headers.get('www-authenticate')).to.match(/^Bearer realm="authsec", error="invalid_token"/);
  });

  it('rejects an expired session', async () => {
    const h = harness();
    const token = await h.emulator.issueAdminToken({ userId: SEED.users.owner, workspaceId: SEED.workspace, ttlSeconds: -10 });
    const error = (await rejection(h.client(() => token).call(ep.listResourceServers, {}))) as AuthsecError;
    // The client asked once for a fresh token and got the same expired one back.
    expect([error.code, error.serverMessage]).to.deep.equal(['session_expired', 'token has expired']);
  });
});
