import { expect } from '@open-wc/testing';
import { endpoints } from '../../src/api/index.js';
import { harness } from '../helpers/emulator.js';

describe('emulator: serves the whole contract', () => {
  it('mounts a route for every endpoint of src/api (method and path template)', async () => {
    const h = harness();
    const mounted = new Set(h.emulator.app.routes.map((r) => `${r.method} ${r.path}`));
    const missing = Object.values(endpoints)
      .map((e) => `${e.method} ${e.path}`)
      .filter((key) => !mounted.has(key));
    expect(missing).to.deep.equal([]);
  });
});
