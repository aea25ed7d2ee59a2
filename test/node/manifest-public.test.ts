// custom-elements.json is what IDEs, Storybook and the framework type generators read: it must
// describe the package as shipped (entry paths that exist in package.json's exports), public API only
// (no private members, no internal tags, no source code as defaults), and document the theme tokens.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { dispatchedEvents } from '../../scripts/element-events.mjs';
import { frameworkSources } from '../../scripts/framework-types.mjs';
import { defineEntries } from '../../scripts/package-entries.mjs';
import { publicTokens } from '../../src/styles/token-values.js';

const root = resolve(import.meta.dirname, '../..');
interface Member { name: string; privacy?: string; default?: string; kind: string }
interface Declaration { name: string; tagName?: string; customElement?: boolean; members?: Member[]; attributes?: { name: string; fieldName?: string; default?: string }[]; cssProperties?: { name: string }[] }
interface Module { path: string; declarations: Declaration[]; exports: { kind: string; name: string; declaration: { name: string; module?: string } }[] }
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as { modules: Module[] };
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { import?: string }> };
const shipped = new Set(Object.values(pkg.exports).map((e) => (typeof e === 'string' ? e : e.import)).filter(Boolean).map((p) => p!.replace(/^\.\//, '')));
const declarations = manifest.modules.flatMap((m) => m.declarations);
const elements = declarations.filter((d) => d.customElement && d.tagName);

describe('custom-elements.json: the public API as shipped', () => {
  it('has one module per public entry, each a file the package exports', () => {
    for (const mod of manifest.modules) assert.ok(shipped.has(mod.path), `${mod.path} is an export of package.json`);
    assert.deepEqual(elements.map((d) => d.tagName).sort(), defineEntries(root).map((e) => e.tag).sort(), 'every public tag, no internal one');
    assert.ok(!elements.some((d) => d.tagName!.startsWith('authsec-ui-')), 'no internal building block is listed as public');
  });

  it('every export points at a declaration that exists, in a module that exists', () => {
    const at = new Map(manifest.modules.map((m) => [m.path, new Set(m.declarations.map((d) => d.name))]));
    for (const mod of manifest.modules) {
      for (const e of mod.exports) assert.ok(at.get(e.declaration.module!)?.has(e.declaration.name), `${mod.path} exports ${e.name} from ${e.declaration.module}`);
    }
    assert.doesNotMatch(JSON.stringify(manifest), /"src\//, 'no path of the unshipped sources');
  });

  it('lists public members only, with literal defaults', () => {
    for (const d of declarations) {
      for (const m of d.members ?? []) {
        assert.ok(!m.privacy || m.privacy === 'public', `${d.name}.${m.name} is ${m.privacy}`);
        assert.ok(!m.name.startsWith('#') && !m.name.startsWith('_'), `${d.name}.${m.name} is private`);
        if (m.default !== undefined) assert.doesNotMatch(m.default, /new |=>|\n/, `${d.name}.${m.name} default is source code`);
      }
      const fields = new Set((d.members ?? []).map((m) => m.name));
      for (const a of d.attributes ?? []) assert.ok(!a.fieldName || fields.has(a.fieldName), `${d.name}[${a.name}] belongs to a public field (not a reactive @state)`);
    }
    const grants = elements.find((d) => d.tagName === 'authsec-consent-grants')!;
    assert.ok(!grants.attributes!.some((a) => a.name === 'query' || a.name === 'pending'), 'internal state is no attribute');
  });

  it('documents every theme token on every element, after its own custom properties', () => {
    const tokens = publicTokens().map((t) => t.name);
    assert.ok(tokens.length >= 45, `${tokens.length} tokens`);
    for (const d of elements) {
      const names = d.cssProperties?.map((p) => p.name) ?? [];
      for (const t of tokens) assert.ok(names.includes(t), `${d.tagName} documents ${t}`);
    }
    const consent = elements.find((d) => d.tagName === 'authsec-consent-screen')!;
    assert.equal(consent.cssProperties![0]!.name, '--authsec-consent-max-width');
  });

  it('AuthsecEventMap (src/events.ts) names exactly the events the elements dispatch', () => {
    const source = readFileSync(join(root, 'src/events.ts'), 'utf8');
    const body = source.slice(source.indexOf('export interface AuthsecEventMap'));
    const mapped = [...body.matchAll(/'(authsec-[a-z-]+)': (\w+);/g)].map((m) => `${m[1]}:${m[2]}`).sort();
    const dispatched = [...new Set([...dispatchedEvents(join(root, 'src')).values()].flat().map((e) => `${e.name}:${e.type}`))].sort();
    assert.deepEqual(mapped, dispatched);
  });

  it('the framework typings and React wrappers are what the generators make of it (`npm run frameworks`)', () => {
    for (const [file, text] of Object.entries(frameworkSources(manifest as never))) {
      assert.equal(readFileSync(join(root, file), 'utf8'), text, `${file} is stale: run \`npm run frameworks\``);
    }
  });
});
