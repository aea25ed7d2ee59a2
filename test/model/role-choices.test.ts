import { expect } from '@open-wc/testing';
import type { AccessPolicy, RoleOption } from '../../src/api/access-policy.js';
import type { RsRole } from '../../src/api/roles.js';
import { roleChoices, savedDefaultRoleId } from '../../src/model/role-choices.js';

const APP = 'app-1';
const role = (id: string, name: string, permissions = 0): RsRole => ({ id, name, is_default: false, permissions, bindings: 0, description: undefined, granted_scopes: undefined });
const option = (role_id: string, name: string, extra: Partial<RoleOption> = {}): RoleOption =>
  ({ role_id, name, description: undefined, is_generated: false, recommended: false, permissions: 1, ...extra });
const label = (name: string) => name.replace(/^rs-[^:]+:/, '');

describe('model: the default-role choices', () => {
  const roles = [role('z', 'zeta', 2), role('a', `rs-${APP}:admin`, 3), role('v', `rs-${APP}:viewer`), role('r', `rs-${APP}:readonly`, 1)];
  const options = [option('a', `rs-${APP}:admin`, { is_generated: true }), option('r', `rs-${APP}:readonly`, { recommended: true, is_generated: true }), option('o', 'Other', { permissions: 4 })];

  it("lists AuthSec's three roles first in their order, then the rest by the name people read", () => {
    const choices = roleChoices(roles, options, APP, label, 'en');
    expect(choices.map((c) => c.id)).to.deep.equal(['v', 'r', 'a', 'o', 'z']);
  });

  it('says which roles AuthSec offers as the default, and what each grants', () => {
    const byId = Object.fromEntries(roleChoices(roles, options, APP, label, 'en').map((c) => [c.id, c]));
    expect(byId['v']).to.include({ offered: false, generated: false, recommended: false, permissions: 0 });
    expect(byId['r']).to.include({ offered: true, generated: true, recommended: true });
    expect(byId['o']).to.include({ offered: true, permissions: 4, name: 'Other' });
    expect(byId['z']).to.include({ offered: false, permissions: 2 });
  });

  it('keeps the saved default only when the list shows it', () => {
    const choices = roleChoices(roles, options, APP, label, 'en');
    const policy = (id?: string) => ({ enabled: true, default_role_id: id }) as AccessPolicy;
    expect(savedDefaultRoleId(policy('r'), choices)).to.equal('r');
    expect(savedDefaultRoleId(policy('gone'), choices)).to.equal('');
    expect(savedDefaultRoleId(policy(undefined), choices)).to.equal('');
  });
});
