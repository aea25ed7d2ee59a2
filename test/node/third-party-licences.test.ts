// The drop-ins inline lit and friends and minification strips their licence banners: each ships a
// `<file>.LICENSE.txt` naming every third-party package it contains, with its licence text. The
// check reads the built bundles' source maps, so a package that starts being inlined without its
// notice fails here.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { buildTargets } from '../../scripts/build.mjs';
import { packageDirOf } from '../../scripts/third-party-licences.mjs';

const root = resolve(import.meta.dirname, '../..');

describe('third-party licence notices of the drop-ins', () => {
  it('finds the package of a module id (scoped or not), and nothing outside node_modules', () => {
    assert.equal(packageDirOf('/x/node_modules/@lit/task/task.js'), '/x/node_modules/@lit/task');
    assert.equal(packageDirOf('/x/node_modules/lit-html/directives/repeat.js?commonjs'), '/x/node_modules/lit-html');
    assert.equal(packageDirOf('/x/src/api/client.ts'), undefined);
  });

  for (const file of ['authsec-consent.js', 'authsec-elements.js']) {
    it(`${file}: a LICENSE.txt beside it names every package its source map says it inlines`, { timeout: 300_000 }, async () => {
      await buildTargets(['consent', 'elements'], { log: () => undefined });
      const map = JSON.parse(readFileSync(resolve(root, 'dist/cdn', `${file}.map`), 'utf8')) as { sources: string[] };
      const packages = new Set(map.sources.map((s) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(s)?.[1]).filter((p): p is string => !!p));
      assert.ok(packages.has('lit-html'), `lit is inlined: ${[...packages].join(', ')}`);
      const notice = resolve(root, 'dist/cdn', `${file}.LICENSE.txt`);
      assert.ok(existsSync(notice), `${notice} exists`);
      const text = readFileSync(notice, 'utf8');
      for (const name of packages) assert.match(text, new RegExp(`^${name.replace(/[/.]/g, '\\$&')} \\S+ \\(`, 'm'), `${name} is listed`);
      assert.match(text, /Copyright \(c\) \d{4} Google LLC|Copyright 20\d\d Google LLC/i, 'the licence texts themselves are there');
    });
  }

  it('the package has its own LICENSE (Apache-2.0, as package.json says)', () => {
    assert.match(readFileSync(resolve(root, 'LICENSE'), 'utf8'), /Apache License\s+Version 2\.0/);
    assert.equal(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).license, 'Apache-2.0');
  });
});
