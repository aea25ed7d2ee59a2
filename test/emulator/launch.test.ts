import { expect } from '@open-wc/testing';
import { AuthsecError, endpoints as ep, type AuthsecClient } from '../../src/api/index.js';
import { harness, rejection, SEED } from '../helpers/emulator.js';

const gh = { id: SEED.apps.github };
const ghCreds = { username: SEED.apps.github, password: SEED.secrets.github };

async function gates(client: AuthsecClient, id: string): Promise<readonly string[]> {
  const error = await rejection(client.call(ep.activate, { params: { id } }));
  expect(error).to.be.instanceOf(AuthsecError);
  return (error as AuthsecError).failed;
}

describe('emulator: setup, activation gates and the SDK policy', () => {
  it('blocks activation with AuthSec’s exact failed[] codes until every tool is mapped and the viewer has a scope', async () => {
    const h = harness();
    const client = await h.owner();
    expect(await gates(client, gh.id)).to.deep.equal(['step_4_unmapped_tool_count: 51', 'step_5_viewer_role_empty']);

    // Map every unmapped non-public tool to the read scope: one PUT, as the mapper will send it.
    const matrix = await client.call(ep.getScopeMatrix, { params: gh });
    const read = (await client.call(ep.listScopes, { params: gh })).find((s) => s.scope_string === 'github_mcp_server:tools:read')!;
    const unmapped = matrix.tools.filter((t) => !t.is_public && !t.scopes.some((s) => s.source === 'admin_override'));
    expect(unmapped).to.have.length(51);
    const result = await client.call(ep.putToolScopeMap, {
      params: gh,
      body: { mappings: unmapped.map((t) => ({ tool_id: t.id, scope_id: read.id })) },
    });
    expect(result).to.deep.equal({ status: 'updated', applied: 51, requested: 51 });
    expect(await gates(client, gh.id)).to.deep.equal(['step_5_viewer_role_empty']);

    const preview = await client.call(ep.getActivationPreview, { params: gh });
    expect(preview.tools).to.deep.equal({ total: 101, public: 2, mapped: 101, unmapped: 0 });
    expect(preview.can_activate).to.equal(false);

    const viewer = (await client.call(ep.listRoles, { params: gh })).roles.find((r) => r.name.endsWith(':viewer'))!;
    await client.call(ep.putRoleScopeGrants, { params: { ...gh, role_id: viewer.id }, body: { scope_ids: [read.id] } });
    const setup = await client.call(ep.getSetup, { params: gh });
    expect(setup.can_activate).to.equal(true);
    expect(setup.steps.find((s) => s.step === 5)?.detail).to.equal('viewer: 1 scopes');

    expect(await client.call(ep.activate, { params: gh })).to.deep.equal({ status: 'ready' });
    const app = await client.call(ep.getResourceServer, { params: gh });
    expect(app.state).to.equal('ready');
    expect(app.setup_completed_by).to.equal(SEED.users.owner);
    expect((await client.call(ep.getSetup, { params: gh })).steps.every((s) => s.complete)).to.equal(true);
  });

  it('reports no tools and no scopes for a blank new application', async () => {
    const h = harness();
    const client = await h.owner();
    const created = await client.call(ep.createResourceServer, {
      body: { name: 'Empty App', public_base_url: 'https://empty.example', scope_preset_id: 'blank' },
    });
    expect(await gates(client, created.id)).to.deep.equal(['step_2_no_tools', 'step_3_no_scopes', 'step_5_viewer_role_empty']);
  });

  it('serves a deny-all sdk-policy (policy_complete false) until the application is launched', async () => {
    const h = harness();
    const client = await h.owner();
    const before = await client.call(ep.getSdkPolicy, { params: gh, credentials: ghCreds });
    expect(before).to.include({ state: 'needs_setup', policy_complete: false, reason: 'rs_needs_setup', ttl_seconds: 60 });
    expect(before.tool_policy).to.deep.equal([]);
    expect(before.tools).to.deep.equal({});
    expect(before.scopes_supported).to.deep.equal([]);

    const docs = await client.call(ep.getSdkPolicy, {
      params: { id: SEED.apps.docsSearch },
      credentials: { username: SEED.apps.docsSearch, password: SEED.secrets.docsSearch },
    });
    expect(docs.policy_complete).to.equal(true);
    expect(docs.tool_policy.find((t) => t.name === 'delete_document')?.required_scopes).to.deep.equal(['docs_search:docs:write']);
    expect(docs.tool_policy.find((t) => t.name === 'health_check')).to.deep.include({ is_public: true });
  });

  it('enforces Basic auth on the SDK endpoints with AuthSec’s messages', async () => {
    const h = harness();
    const client = await h.owner();
    const missing = await h.emulator.fetchFn(`${h.emulator.baseUrl}/authsec/resource-servers/${gh.id}/sdk-policy`);
    expect(missing.status).to.equal(401);
    expect(missing.headers.get('www-authenticate')).to.equal('Basic realm="sdk-policy"');
    expect((await missing.json()).error).to.equal('resource server credentials required');

    const wrong = (await rejection(
      client.call(ep.putSdkManifest, { params: gh, credentials: { ...ghCreds, password: 'sec_nope' }, body: { tools: [{ name: 'x' }] } }),
    )) as AuthsecError;
    expect([wrong.status, wrong.serverMessage]).to.deep.equal([401, 'invalid credentials']);
    const status = await client.call(ep.getManifestStatus, { params: gh });
    expect(status.last_attempt?.status).to.equal('auth_failed');
    expect(status.last_success?.status).to.equal('success');

    // Another application's valid credentials, an unknown application: the same answer as a wrong
    // secret, so the endpoint never tells which application a secret belongs to.
    const mismatch = (await rejection(
      client.call(ep.getSdkPolicy, { params: gh, credentials: { username: SEED.apps.docsSearch, password: SEED.secrets.docsSearch } }),
    )) as AuthsecError;
    const unknownApp = (await rejection(
      client.call(ep.getSdkPolicy, { params: { id: crypto.randomUUID() }, credentials: { username: SEED.apps.docsSearch, password: SEED.secrets.docsSearch } }),
    )) as AuthsecError;
    for (const refused of [mismatch, unknownApp]) expect([refused.status, refused.serverMessage]).to.deep.equal([401, 'invalid credentials']);
  });

  it('upserts the manifest by name, bumps the generation and records every attempt', async () => {
    const h = harness();
    const client = await h.owner();
    const before = await client.call(ep.getResourceServer, { params: gh });
    const first = await client.call(ep.putSdkManifest, {
      params: gh, credentials: ghCreds,
      body: { tools: [{ name: 'get_me', description: 'Who am I, v2', suggested_scopes: ['github_mcp_server:tools:read', 'other_app:x'] }, { name: 'brand_new_tool' }], sdk_build_id: 'test/1' },
    });
    expect(first).to.deep.equal({ status: 'ok', tools_seen: 2, generation: before.last_successful_generation + 1 });
    const matrix = await client.call(ep.getScopeMatrix, { params: gh });
    expect(matrix.total_tools).to.equal(102);
    expect(matrix.tools.filter((t) => t.name === 'get_me')).to.have.length(1);
    expect(matrix.tools.find((t) => t.name === 'get_me')?.description).to.equal('Who am I, v2');
    // Suggestions outside the application's namespace are dropped, as the newest AuthSec does.
    expect(matrix.tools.flatMap((t) => t.scopes.map((s) => s.scope_string))).not.to.include('other_app:x');

    const empty = (await rejection(client.call(ep.putSdkManifest, { params: gh, credentials: ghCreds, body: { tools: [] } }))) as AuthsecError;
    expect([empty.status, empty.serverMessage]).to.deep.equal([422, 'manifest must contain at least one tool']);
    const attempts = await client.call(ep.getManifestStatus, { params: gh });
    expect(attempts.last_attempt?.status).to.equal('empty_tool_list');
    expect(attempts.last_success?.sdk_build_id).to.equal('test/1');
  });

  it('moves a pending_scan application to needs_setup on its first manifest', async () => {
    const h = harness();
    const client = await h.owner();
    const id = SEED.apps.billingAgent;
    expect((await client.call(ep.getResourceServer, { params: { id } })).state).to.equal('pending_scan');
    await client.call(ep.putSdkManifest, {
      params: { id }, credentials: { username: id, password: SEED.secrets.billingAgent }, body: { tools: [{ name: 'list_invoices' }] },
    });
    expect((await client.call(ep.getResourceServer, { params: { id } })).state).to.equal('needs_setup');
  });
});
