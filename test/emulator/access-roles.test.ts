import { expect } from '@open-wc/testing';
import { endpoints as ep, endpoints, type AuthsecError } from '../../src/api/index.js';
import { harness, rejection, SEED } from '../helpers/emulator.js';

describe('emulator: roles of an application', () => {
  it('lists the scopes each role grants (granted_scopes extension, v2 shape) next to the dev counts', async () => {
    const h = harness();
    const client = await h.owner();
    const { roles } = await client.call(ep.listRoles, { params: { id: SEED.apps.docsSearch } });
    const byName = Object.fromEntries(roles.map((r) => [r.name.split(':').pop()!, r]));
    expect(byName.admin!.permissions).to.equal(2);
    expect(byName.admin!.granted_scopes!.map((s) => [s.scope_string, s.display_name, s.risk_level])).to.deep.equal([
      ['docs_search:docs:search', 'Search documents', 'low'],
      ['docs_search:docs:write', 'Edit documents', 'medium'],
    ]);
    expect(byName.viewer!.granted_scopes!.map((s) => s.scope_string)).to.deep.equal(['docs_search:docs:search']);
    expect(byName.viewer!.is_default).to.equal(true);
    const gh = await client.call(ep.listRoles, { params: { id: SEED.apps.github } });
    expect(gh.roles.find((r) => r.name.endsWith(':viewer'))!.granted_scopes).to.deep.equal([]);
  });
});

describe('emulator: who can call what, and why not (authsec-api-current.md §4.3, §4.5)', () => {
  const docs = { id: SEED.apps.docsSearch };
  const alan = SEED.users.endUsers[0]!;

  it('lists the people with access with their roles and scopes, and one person\'s effective access', async () => {
    const h = harness();
    const admin = await h.owner();
    const { users } = await admin.call(endpoints.listAccessUsers, { params: docs });
    const row = users.find((u) => u.user.id === alan)!;
    expect([row.user.name, row.roles.map((r) => r.label), row.scopes.map((s) => s.scope_string)]).to.deep.equal(['Alan Turing', ['viewer'], ['docs_search:docs:search']]);
    expect(row.first_consent_at, 'from the remembered consents').to.be.a('string');
    const access = await admin.call(endpoints.getEffectiveAccess, { params: { ...docs, user_id: alan } });
    expect(access.scopes.map((s) => [s.scope_string, s.status, s.granted_through.map((g) => g.source)])).to.deep.equal([
      ['docs_search:docs:search', 'granted', ['default_policy']],
      ['docs_search:docs:write', 'not_granted', []],
    ]);
  });

  it('simulates a call: denied with the failing check and the fix; a binding later, allowed', async () => {
    const h = harness();
    const admin = await h.owner();
    const tool = h.emulator.store.toolsOf(SEED.apps.docsSearch).find((t) => h.emulator.store.mappingsOf(t.id, 'admin_override')
      .some((m) => h.emulator.store.scopes.get(m.scope_id)?.scope_string === 'docs_search:docs:write'))!;
    const denied = await admin.call(endpoints.simulateAccess, { params: docs, body: { user_id: alan, tool_name: tool.name } });
    expect([denied.verdict, denied.failed_condition]).to.deep.equal(['denied', 'missing_role_scope']);
    expect(denied.decision_trace.map((c) => [c.check, c.state])).to.deep.equal([
      ['user_active', 'ok'], ['application_launched', 'ok'], ['tool_public', 'ok'], ['tool_mapped', 'ok'], ['role_grants_scope', 'blocked'],
    ]);
    const adminRole = h.emulator.store.rolesOf(SEED.apps.docsSearch).find((r) => r.name.endsWith(':admin'))!;
    await admin.call(endpoints.createBinding, { params: docs, body: { user_id: alan, role_id: adminRole.id } });
    expect((await admin.call(endpoints.simulateAccess, { params: docs, body: { user_id: alan, tool_name: tool.name } })).verdict).to.equal('allowed');
    const missing = (await rejection(admin.call(endpoints.simulateAccess, { params: docs, body: { user_id: alan, tool_name: 'nope' } }))) as AuthsecError;
    expect([missing.status, missing.serverMessage]).to.deep.equal([404, 'tool not found']);
  });

  it('says what deleting a scope would touch', async () => {
    const h = harness();
    const admin = await h.owner();
    const write = h.emulator.store.scopesOf(SEED.apps.docsSearch).find((s) => s.scope_string === 'docs_search:docs:write')!;
    const impact = await admin.call(endpoints.getScopeImpact, { params: { ...docs, scope_id: write.id } });
    expect(impact.impact.consent_grants, 'Barbara remembered it').to.equal(1);
    expect(impact.impact.roles_using_it).to.be.greaterThan(0);
    expect(impact.safe_to_delete).to.equal(false);
  });
});
