// Every locale under src/i18n/locales/<locale>/ translates every English area completely: each key
// (the compiler checks names, this checks values), the same {placeholders} as English, plural forms
// only where English has a plural and only the forms the language uses (Intl.PluralRules), and a
// glossary of its product terms.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const messagesDir = join(root, 'src/i18n/messages');
const localesDir = join(root, 'src/i18n/locales');
const areas = readdirSync(messagesDir).filter((f) => f.endsWith('.en.ts')).map((f) => f.replace(/\.en\.ts$/, '')).sort();
const locales = readdirSync(localesDir)
  .filter((d) => statSync(join(localesDir, d)).isDirectory())
  .filter((d) => !process.env.LOCALES || process.env.LOCALES.split(',').includes(d));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const only = (table: Record<string, unknown>) => Object.values(table).find((v) => v && typeof v === 'object') as Record<string, string>;
const PLURAL = /^(.*)\.(zero|one|two|few|many)$/;

describe('translations', () => {
  it('exist for the six locales of the product', () => {
    for (const locale of ['ar', 'de', 'es', 'fr', 'ja', 'pt-BR']) assert.ok(locales.includes(locale) || process.env.LOCALES, `src/i18n/locales/${locale}/`);
  });

  for (const locale of locales) {
    describe(locale, () => {
      const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);

      it('has a glossary of its product terms', () => {
        assert.ok(existsSync(join(localesDir, locale, 'glossary.md')), `src/i18n/locales/${locale}/glossary.md`);
      });

      for (const area of areas) {
        it(`${area}: every key, same placeholders, the language's plural forms`, async () => {
          const file = join(localesDir, locale, `${area}.ts`);
          assert.ok(existsSync(file), `src/i18n/locales/${locale}/${area}.ts`);
          const english = only(await import(join(messagesDir, `${area}.en.ts`)));
          const translated = only(await import(file));
          for (const [key, value] of Object.entries(english)) {
            const text = translated[key];
            assert.equal(typeof text, 'string', `${key} is translated`);
            assert.ok(text!.trim(), `${key} is not empty`);
            const plural = PLURAL.exec(key);
            // A plural form may leave out {count} ("un seul", "1 …"), never add or rename a placeholder.
            const expected = placeholders(plural ? (english[plural[1]!] ?? value) : value);
            const got = placeholders(text!);
            if (plural) assert.ok(got.every((p) => expected.includes(p)), `${key}: {${got.join('}, {')}} ⊆ {${expected.join('}, {')}}`);
            else assert.deepEqual(got, expected, `${key}: placeholders`);
          }
          // Every plural in English has each form the language uses (Arabic: zero, one, two, few, many).
          // Where "one" also covers 0 (French, Portuguese), it must say the number, not "1".
          const zeroIsOne = new Intl.PluralRules(locale).select(0) === 'one';
          for (const key of Object.keys(english).filter((k) => k.endsWith('.one'))) {
            const base = key.slice(0, -'.one'.length);
            for (const form of categories) if (form !== 'other') assert.ok(translated[`${base}.${form}`], `${base}.${form} (the ${form} form of ${locale})`);
            if (zeroIsOne && placeholders(english[base] ?? '').includes('count')) assert.match(translated[key]!, /\{count\}/, `${key}: "one" covers 0 in ${locale}`);
          }
          for (const key of Object.keys(translated)) {
            if (key in english) continue;
            const plural = PLURAL.exec(key);
            assert.ok(plural && `${plural[1]}.one` in english, `${key}: extra key (English has no such key or plural)`);
            assert.ok(categories.has(plural![2] as Intl.LDMLPluralRule), `${key}: ${locale} has no "${plural![2]}" plural form`);
            assert.ok(placeholders(translated[key]!).every((p) => placeholders(english[plural![1]!]!).includes(p)), `${key}: placeholders`);
          }
        });
      }
    });
  }
});
