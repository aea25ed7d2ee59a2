// The drop-ins are minified twice (Oxc, then scripts/terser-pass.mjs over the written files). The
// second pass must leave a file that still points at its map, and a map that still leads each piece
// of code back to the source it came from: a stack trace from a customer's hosted page is read
// through it.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');
let outDir = '';

/** Where the first occurrence of `needle` in the built code came from. */
function origin(code: string, map: SourceMap, needle: string): string {
  const at = code.indexOf(needle);
  assert.notEqual(at, -1, `"${needle}" is in the bundle`);
  const before = code.slice(0, at);
  const entry = map.findEntry(before.split('\n').length - 1, at - before.lastIndexOf('\n') - 1);
  return 'originalSource' in entry ? entry.originalSource : '';
}

describe('terser pass over the consent drop-in', () => {
  before(async () => {
    mkdirSync(join(root, '.cache'), { recursive: true });
    outDir = mkdtempSync(join(root, '.cache/terser-pass-'));
    const previous = process.env.BUNDLE;
    process.env.BUNDLE = 'consent';
    try {
      await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir } });
    } finally {
      if (previous === undefined) delete process.env.BUNDLE;
      else process.env.BUNDLE = previous;
    }
  });
  after(() => rmSync(outDir, { recursive: true, force: true }));

  it('keeps the source map link and a map whose sources all carry their text', () => {
    const code = readFileSync(join(outDir, 'authsec-consent.js'), 'utf8');
    assert.match(code, /\n\/\/# sourceMappingURL=authsec-consent\.js\.map$/);
    const raw = JSON.parse(readFileSync(join(outDir, 'authsec-consent.js.map'), 'utf8')) as { sources: string[]; sourcesContent: string[] };
    assert.ok(raw.sources.length > 10);
    assert.equal(raw.sourcesContent.length, raw.sources.length);
    assert.ok(raw.sourcesContent.every((text) => typeof text === 'string' && text.length > 0));
  });

  it('maps code back to the module it came from', () => {
    const code = readFileSync(join(outDir, 'authsec-consent.js'), 'utf8');
    const map = new SourceMap(JSON.parse(readFileSync(join(outDir, 'authsec-consent.js.map'), 'utf8')));
    assert.match(origin(code, map, 'Remember this decision'), /src\/i18n\/messages\/consent\.en\.ts$/);
    assert.match(origin(code, map, 'consent_challenge'), /src\/api\/consent\.ts$/);
    assert.match(origin(code, map, 'CSSResult is not constructable'), /@lit\/reactive-element\/css-tag\.js$/);
    assert.match(origin(code, map, 'is already defined by another copy'), /src\/ui\/define-element\.ts$/);
  });

  it('is Terser’s output: no comments survive but the map link', () => {
    const code = readFileSync(join(outDir, 'authsec-consent.js'), 'utf8');
    assert.equal(code.split('\n').filter((line) => line.startsWith('//')).length, 1);
    assert.doesNotMatch(code, /\/\*[\s\S]*?\*\//);
  });
});
