// The drop-in bundles validate with src/api/schema-lite.ts instead of zod (vite.config.ts aliases
// `zod/mini` for dist/cdn only). This bundles the same schema modules twice, once with each
// engine, and demands identical answers: the parsed value (deep, key presence included) or the
// described issues, for every recorded fixture and for mutations at every path of each.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { before, describe, it } from 'node:test';
import { build, type Rollup } from 'vite';
import { schemaLiteAliases } from '../../vite.config.js';

const root = resolve(import.meta.dirname, '../..');
const ENTRY = `
export * as endpoints from './src/api/endpoints.ts';
export { adminErrorEnvelope as errorEnvelope, describeIssues } from './src/api/errors.ts';
export { parseDraft } from './src/model/mapping-draft.ts';
export { safeParse } from 'zod/mini';
`;

interface Engine {
  endpoints: Record<string, { name: string; response: unknown }>;
  errorEnvelope: unknown;
  describeIssues: (issues: unknown[]) => { path: string; message: string }[];
  parseDraft: (text: string | null, applicationId: string) => unknown;
  safeParse: (schema: unknown, value: unknown) => { success: boolean; data?: unknown; error?: { issues: unknown[] } };
}

async function bundle(lite: boolean): Promise<Engine> {
  // Inside the repo (git-ignored .cache) so `zod/mini` resolves from its node_modules.
  mkdirSync(join(root, '.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, '.cache/schema-lite-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(entry, ENTRY.replaceAll("'./src/", `'${root}/src/`));
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: lite ? schemaLiteAliases : [] },
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['es'], fileName: 'engine' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  })) as Rollup.RollupOutput[];
  const code = output[0]!.output[0].code;
  if (lite) assert.doesNotMatch(code, /\$ZodType/, 'the lite bundle must not contain zod');
  else assert.match(code, /\$ZodType/, 'the reference bundle must be real zod');
  const file = join(dir, `${lite ? 'lite' : 'zod'}.mjs`);
  writeFileSync(file, code);
  const engine = (await import(pathToFileURL(file).href)) as Engine;
  rmSync(dir, { recursive: true, force: true });
  return engine;
}

type Key = string | number;
/** Every path to a value in a JSON document (root excluded), capped per document. */
function paths(value: unknown, at: Key[] = [], out: Key[][] = []): Key[][] {
  if (out.length > 400) return out;
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([...at, i]), paths(v, [...at, i], out)));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) (out.push([...at, k]), paths(v, [...at, k], out));
  }
  return out;
}
const REMOVE = Symbol('remove');
function mutate(doc: unknown, at: readonly Key[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<Key, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  const last = at[at.length - 1]!;
  if (value === REMOVE) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}
const REPLACEMENTS: unknown[] = [REMOVE, null, 0, -1.5, '', 'x', true, false, [], {}, ['x'], { a: 1 }, 'critical', 'dcr'];

describe('schema-lite agrees with zod', () => {
  let zod: Engine;
  let lite: Engine;
  const fixtures = readdirSync(join(root, 'test/fixtures'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, doc: JSON.parse(readFileSync(join(root, 'test/fixtures', file), 'utf8')) as unknown }));

  before(async () => {
    [zod, lite] = await Promise.all([bundle(false), bundle(true)]);
  });

  function schemaFor(engine: Engine, file: string): unknown {
    const name = file.split('.')[0]!;
    if (name === 'error') return engine.errorEnvelope;
    const ep = engine.endpoints[name];
    assert.ok(ep, `fixture ${file} names no endpoint`);
    return ep.response;
  }

  function same(file: string, doc: unknown, what: string): 'ok' | 'fail' {
    const a = zod.safeParse(schemaFor(zod, file), doc);
    const b = lite.safeParse(schemaFor(lite, file), doc);
    assert.equal(b.success, a.success, `${file} ${what}: zod success=${a.success}, lite success=${b.success}`);
    if (a.success) assert.deepStrictEqual(b.data, a.data, `${file} ${what}: parsed values differ`);
    else assert.deepStrictEqual(lite.describeIssues(b.error!.issues), zod.describeIssues(a.error!.issues), `${file} ${what}: issues differ`);
    return a.success ? 'ok' : 'fail';
  }

  it('parses every recorded fixture to the same value (or refuses it the same way)', () => {
    assert.ok(fixtures.length >= 70, `expected the recorded fixtures, found ${fixtures.length}`);
    const outcomes = fixtures.map(({ file, doc }) => same(file, doc, 'as recorded'));
    // The corpus holds both kinds, so both branches of `same` ran.
    assert.ok(outcomes.includes('ok') && outcomes.includes('fail'));
  });

  it('agrees on thousands of mutations: every path removed, nulled, or given a wrong type', () => {
    let compared = 0;
    const outcomes = { ok: 0, fail: 0 };
    for (const { file, doc } of fixtures) {
      for (const at of paths(doc)) {
        for (const value of REPLACEMENTS) {
          outcomes[same(file, mutate(doc, at, value), `with ${JSON.stringify(at)} = ${typeof value === 'symbol' ? 'absent' : JSON.stringify(value)}`)]++;
          compared++;
        }
      }
      for (const value of [null, [], 'text', 42, { unrelated: true }]) same(file, value, `replaced by ${JSON.stringify(value)}`);
    }
    assert.ok(compared > 5000, `only ${compared} mutations compared`);
    assert.ok(outcomes.ok > 1000 && outcomes.fail > 1000, `both accepted and refused mutations expected: ${JSON.stringify(outcomes)}`);
  });

  it('keeps a __proto__ key from changing the prototype, as zod does', () => {
    const doc = JSON.parse('{"success":true,"consent_challenge":"c","rejected_scopes":{"__proto__":{"polluted":"yes"},"a:b":"not_bound"},"__proto__":{"x":1}}') as unknown;
    same('getConsent.json', doc, 'with __proto__ keys');
    const parsed = lite.safeParse(lite.endpoints.getConsent!.response, doc).data as Record<string, Record<string, unknown>>;
    assert.equal(Object.getPrototypeOf(parsed.rejected_scopes), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reads the mapper draft from sessionStorage text identically', () => {
    const draft = {
      v: 1, applicationId: 'app', savedAt: '2026-11-22T00:00:00Z',
      tools: [{ id: 't', name: 'n', scopeIds: ['s'], isPublic: false, add: ['s2'], remove: [], setPublic: true }],
      scopes: [{ id: 's', scope_string: 'a:b' }],
    };
    const texts = [JSON.stringify(draft), '{}', 'null', 'not json', JSON.stringify({ ...draft, v: 99 }), JSON.stringify({ ...draft, tools: [{ id: 1 }] })];
    for (const text of texts) assert.deepStrictEqual(lite.parseDraft(text, 'app'), zod.parseDraft(text, 'app'), text);
    assert.ok(zod.parseDraft(texts[0]!, 'app'), 'the valid draft is read');
  });
});
