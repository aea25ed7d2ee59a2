// Every English message ships in some bundle (the consent drop-in carries the shared and consent
// words), so a key nothing renders is bytes for nobody. A key counts as used when src/ names it in
// quotes, or builds it from a literal prefix (`common.risk.${risk}`), or it is a plural form
// (`apps.count.one`) of a key that is used.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const messagesDir = join(root, 'src/i18n/messages');
const code = readdirSync(join(root, 'src'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.startsWith(join('i18n', 'messages')))
  .map((f) => readFileSync(join(root, 'src', f), 'utf8'))
  .join('\n');

const quoted = (key: string): boolean => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q));
const prefixes = [...code.matchAll(/[`'"]([a-z]+\.[A-Za-z0-9_.-]*)(?:\$\{|['"]\s*\+)/g)].map((m) => m[1]!);
const pluralBase = (key: string): string | undefined => /^(.+)\.(zero|one|two|few|many|other)$/.exec(key)?.[1];

function unusedKeys(): string[] {
  const unused: string[] = [];
  for (const file of readdirSync(messagesDir).filter((f) => f.endsWith('.en.ts'))) {
    const text = readFileSync(join(messagesDir, file), 'utf8');
    for (const [, key] of text.matchAll(/^\s*'([a-z]+\.[^']+)':/gm)) {
      const base = pluralBase(key!);
      const used = quoted(key!) || prefixes.some((p) => key!.startsWith(p)) || (base !== undefined && quoted(base));
      if (!used) unused.push(`${file}: ${key}`);
    }
  }
  return unused;
}

describe('message catalog', () => {
  it('holds no English message that nothing in src/ renders', () => {
    assert.deepEqual(unusedKeys(), []);
  });

  it('would notice an unused key (the check can fail)', () => {
    assert.equal(quoted('consent.allow'), true);
    assert.equal(quoted('consent.nothing-renders-this'), false);
    assert.equal(prefixes.some((p) => 'common.risk.low'.startsWith(p)), true);
  });
});
