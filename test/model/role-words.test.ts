import { expect } from '@open-wc/testing';
import { roleOwnName, roleRank, roleWords } from '../../src/model/role-words.js';

const app = '3f6c1a52-8d0e-4c7b-9a51-2f1e0d9c8b7a';

describe('model: role words', () => {
  it('names AuthSec\'s own roles by kind, without the rs-<id>: prefix', () => {
    expect(roleWords(`rs-${app}:viewer`, app)).to.deep.equal({ builtin: 'viewer' });
    expect(roleWords(`rs-${app}:readonly`, app)).to.deep.equal({ builtin: 'readonly' });
    expect(roleWords(`rs-${app}:admin`)).to.deep.equal({ builtin: 'admin' });
  });

  it('puts other application roles in words, and leaves workspace roles as they are', () => {
    expect(roleWords(`rs-${app}:billing-ops`, app)).to.deep.equal({ words: 'Billing ops' });
    expect(roleWords(`rs-${app}:release_managers`, app)).to.deep.equal({ words: 'Release managers' });
    expect(roleWords('Support team', app)).to.deep.equal({ words: 'Support team' });
    // A bare prefix is not a name: it stays as AuthSec sent it.
    expect(roleOwnName(`rs-${app}:`, app)).to.equal(`rs-${app}:`);
  });

  it('orders AuthSec\'s roles by what they grant, then the rest', () => {
    const names = [`rs-${app}:admin`, `rs-${app}:custom`, `rs-${app}:viewer`, `rs-${app}:readonly`];
    expect([...names].sort((a, b) => roleRank(a, app) - roleRank(b, app))).to.deep.equal([
      `rs-${app}:viewer`, `rs-${app}:readonly`, `rs-${app}:admin`, `rs-${app}:custom`,
    ]);
  });
});
