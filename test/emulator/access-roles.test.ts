import { expect } from '@open-wc/testing';
import { endpoints as ep } from '../../src/api/index.js';
import { harness, SEED } from '../helpers/emulator.js';

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
