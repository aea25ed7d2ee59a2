import { expect } from '@open-wc/testing';
import { AuthsecError, endpoints as ep } from '../../src/api/index.js';
import { harness, rejection, SEED } from '../helpers/emulator.js';

const gh = { id: SEED.apps.github };
const docs = { id: SEED.apps.docsSearch };

describe('emulator: mapping, public tools, scopes and drift', () => {
  it('silently skips foreign and invalid ids in tool-scope-map, so applied < requested tells the story', async () => {
    const h = harness();
    const client = await h.owner();
    const tool = (await client.call(ep.getScopeMatrix, { params: gh })).tools.find((t) => t.name === 'create_issue')!;
    const write = (await client.call(ep.listScopes, { params: gh })).find((s) => s.scope_string.endsWith(':tools:write'))!;
    const docsScope = (await client.call(ep.listScopes, { params: docs }))[0]!;
    const result = await client.call(ep.putToolScopeMap, {
      params: gh,
      body: { mappings: [{ tool_id: tool.id, scope_id: write.id }, { tool_id: tool.id, scope_id: docsScope.id }, { tool_id: 'nope', scope_id: write.id }] },
    });
    expect(result).to.deep.equal({ status: 'updated', applied: 1, requested: 3 });
    const after = (await client.call(ep.getScopeMatrix, { params: gh })).tools.find((t) => t.id === tool.id)!;
    expect(after.scopes.filter((s) => s.source === 'admin_override').map((s) => s.scope_string)).to.deep.equal([write.scope_string]);
  });

  it('makes a tool public only with the tool name as confirmation_token', async () => {
    const h = harness();
    const client = await h.owner();
    const tool = (await client.call(ep.getScopeMatrix, { params: gh })).tools.find((t) => t.name === 'get_me')!;
    const error = (await rejection(
      client.call(ep.setToolPublic, { params: { ...gh, tool_id: tool.id }, body: { is_public: true } }),
    )) as AuthsecError;
    expect(error.status).to.equal(400);
    expect(error.envelope.expected_tool_name).to.equal('get_me');
    expect(await client.call(ep.setToolPublic, { params: { ...gh, tool_id: tool.id }, body: { is_public: true, confirmation_token: 'get_me' } }))
      .to.deep.equal({ tool_id: tool.id, is_public: true });
    expect((await client.call(ep.getActivationPreview, { params: gh })).public_tool_names).to.include('get_me');
  });

  it('answers a duplicate manual tool with 409, existing_source and existing_tool_id', async () => {
    const h = harness();
    const client = await h.owner();
    const created = await client.call(ep.createTool, { params: gh, body: { name: 'internal_audit', inventory_source: 'manual' } });
    expect(created.inventory_source).to.equal('manual');
    const dup = (await rejection(client.call(ep.createTool, { params: gh, body: { name: 'create_issue' } }))) as AuthsecError;
    expect(dup.status).to.equal(409);
    expect(dup.envelope.existing_source).to.equal('sdk_manifest');
    expect(dup.envelope.existing_tool_id).to.be.a('string');
  });

  it('records drift only for a launched application, with a base64 payload the client decodes', async () => {
    const h = harness();
    const client = await h.owner();
    const ghScope = (await client.call(ep.createScope, { params: gh, body: { scope_string: 'github_mcp_server:gists', display_name: 'Gists' } }));
    await client.call(ep.deleteScope, { params: { scope_id: ghScope.id } });
    expect([...h.emulator.store.driftEvents.values()].filter((e) => e.rs_id === gh.id)).to.have.length(0);

    const before = (await client.call(ep.listDriftEvents, { params: docs })).events.length;
    const write = (await client.call(ep.listScopes, { params: docs })).find((s) => s.scope_string === 'docs_search:docs:write')!;
    await client.call(ep.deleteScope, { params: { scope_id: write.id } });
    const { events } = await client.call(ep.listDriftEvents, { params: docs });
    expect(events).to.have.length(before + 1);
    expect(events[0]?.event_type).to.equal('scope_deleted');
    expect(events[0]?.event_payload).to.deep.equal({ scope_id: write.id, scope_string: 'docs_search:docs:write' });

    // On the wire the payload really is base64 text, as Go encodes []byte.
    const token = await h.emulator.ownerToken();
    const raw = await (await h.emulator.fetchFn(`${h.emulator.baseUrl}/authsec/resource-servers/${docs.id}/drift-events`, { headers: { authorization: `Bearer ${token}` } })).json();
    expect(raw.events[0].event_payload).to.be.a('string');
    expect(JSON.parse(atob(raw.events[0].event_payload))).to.deep.equal({ scope_id: write.id, scope_string: 'docs_search:docs:write' });
  });

  it('emits default_role_disabled and secret_rotated on a launched application; dismiss hides per admin', async () => {
    const h = harness();
    const client = await h.owner();
    const policy = await client.call(ep.getAccessPolicy, { params: docs });
    await client.call(ep.putAccessPolicy, { params: docs, body: { enabled: false, default_role_id: policy.default_role_id! } });
    const rotated = await client.call(ep.rotateIntrospectionSecret, { params: docs });
    expect(rotated.introspection_secret).to.match(/^sec_[0-9a-f]{64}$/);
    const { events } = await client.call(ep.listDriftEvents, { params: docs });
    expect(events.slice(0, 2).map((e) => e.event_type)).to.have.members(['default_role_disabled', 'secret_rotated']);
    const disabled = events.find((e) => e.event_type === 'default_role_disabled')!;
    expect(disabled.event_payload).to.deep.equal({ prior_default_role: `rs-${docs.id}:viewer` });

    await client.call(ep.dismissDriftEvent, { params: { ...docs, event_id: disabled.id } });
    expect((await client.call(ep.listDriftEvents, { params: docs })).events.map((e) => e.id)).not.to.include(disabled.id);
    const grace = h.client(await h.tokenFor(SEED.users.admin).then((t) => () => t));
    expect((await grace.call(ep.listDriftEvents, { params: docs })).events.map((e) => e.id)).to.include(disabled.id);
  });

  it('refuses an enabled policy without a role, and a role from elsewhere, with AuthSec’s reasons', async () => {
    const h = harness();
    const client = await h.owner();
    const noRole = (await rejection(client.call(ep.putAccessPolicy, { params: gh, body: { enabled: true, default_role_id: '' } }))) as AuthsecError;
    expect(noRole.serverMessage).to.equal('default_role_id is required when access policy is enabled');
    const docsRole = (await client.call(ep.listRoles, { params: docs })).roles[0]!;
    const foreign = (await rejection(client.call(ep.putAccessPolicy, { params: gh, body: { enabled: true, default_role_id: docsRole.id } }))) as AuthsecError;
    expect(foreign.serverMessage).to.equal('default role is not compatible with this resource server');
  });

  it('creates and deletes bindings with AuthSec’s 404 hint, 409 duplicate and tenant-wide protection', async () => {
    const h = harness();
    const client = await h.owner();
    const admin = (await client.call(ep.listRoles, { params: docs })).roles.find((r) => r.name.endsWith(':admin'))!;
    const user = SEED.users.endUsers[8]!;
    const created = await client.call(ep.createBinding, { params: docs, body: { user_id: user, role_id: admin.id } });
    expect(created.scope_type).to.equal('resource_server');
    const dup = (await rejection(client.call(ep.createBinding, { params: docs, body: { user_id: user, role_id: admin.id } }))) as AuthsecError;
    expect(dup.status).to.equal(409);
    const ghost = (await rejection(client.call(ep.createBinding, { params: docs, body: { user_id: SEED.users.otherOwner, role_id: admin.id } }))) as AuthsecError;
    expect([ghost.status, ghost.serverMessage]).to.deep.equal([404, 'user not found for this tenant']);
    expect(ghost.envelope.hint).to.be.a('string').and.not.empty;

    const { bindings } = await client.call(ep.listBindings, { params: docs });
    const tenantWide = bindings.find((b) => b.assignment_source === 'default_policy')!;
    expect(tenantWide.scope_type).to.equal(undefined);
    expect(((await rejection(client.call(ep.deleteBinding, { params: { ...docs, binding_id: tenantWide.id } }))) as AuthsecError).status).to.equal(404);
    expect(await client.call(ep.deleteBinding, { params: { ...docs, binding_id: created.id } })).to.deep.equal({ status: 'deleted' });
  });

  it('seeds the story: a 101-tool GitHub server about half mapped, a launched Docs Search with two drift events', async () => {
    const h = harness();
    const client = await h.owner();
    const preview = await client.call(ep.getActivationPreview, { params: gh });
    expect(preview.tools).to.deep.equal({ total: 101, public: 2, mapped: 50, unmapped: 51 });
    expect((await client.call(ep.listDriftEvents, { params: docs })).events.map((e) => e.event_type)).to.deep.equal(['scope_deleted', 'secret_rotated']);
    expect((await client.call(ep.getResourceServer, { params: { id: SEED.apps.billingAgent } })).state).to.equal('pending_scan');
    expect((await client.call(ep.listEligibleUsers, { params: docs })).users.length).to.be.within(12, 200);
  });
});
