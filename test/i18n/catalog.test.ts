// The building blocks' words register when a building block loads; these tests use them.
import '../../src/ui/messages.js';
import { expect } from '@open-wc/testing';
import {
  EMPTY_VALUE,
  createTranslator,
  en,
  errorMessageKey,
  formatDate,
  formatMessage,
  formatNumber,
  localeChain,
  onMessagesChanged,
  overrideMessages,
  registerLocale,
  resetMessages,
  textDirection,
  type MessagesChange,
  type PartialMessages,
} from '../../src/i18n/index.js';

import type { AuthsecErrorCode } from '../../src/api/errors.js';
import { registerDefaults, shortDateOptions } from '../../src/i18n/catalog.js';
import { sessionEn } from '../../src/i18n/messages/session.en.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Every `AuthsecError['code']` the API layer can produce. */
const ERROR_CODES = [
  'network',
  'unauthorized',
  'session_expired',
  'forbidden',
  'not_found',
  'conflict',
  'validation',
  'rate_limited',
  'invalid_response',
  'server',
  'aborted',
  'unknown',
] as const satisfies readonly AuthsecErrorCode[];

/** Fails type-checking when src/api gains an error code that this list (and the catalog) lacks. */
const everyCodeListed: [Exclude<AuthsecErrorCode, (typeof ERROR_CODES)[number]>] extends [never] ? true : never = true;

describe('i18n catalog', () => {
  afterEach(() => resetMessages());

  describe('English catalog', () => {
    it('uses namespaced keys and non-empty text for every message', () => {
      for (const [key, value] of Object.entries(en)) {
        // Areas: shared (common, error, ui) and one per element.
        expect(key, key).to.match(/^(common|error|ui|consent|scopes|mapper|registration|access|launch|apps|console|readiness|connections|grants|explorer)\.[A-Za-z0-9_.-]+$/);
        expect(value.trim(), key).to.not.equal('');
      }
    });

    it('has a distinct plain-words message for every AuthsecError code', () => {
      // Admin elements register the session's words (the consent drop-in has no session).
      registerDefaults(sessionEn);
      const t = createTranslator();
      const seen = new Set<string>();
      for (const code of ERROR_CODES) {
        const key = errorMessageKey(code);
        expect(key).to.equal(`error.${code}`);
        const text = t(key);
        expect(text, code).to.not.match(/[{}]|error\./);
        seen.add(text);
      }
      expect(seen.size).to.equal(ERROR_CODES.length);
      expect(everyCodeListed).to.equal(true);
    });

    it('maps unknown or missing error codes to error.unknown', () => {
      expect(errorMessageKey('teapot')).to.equal('error.unknown');
      expect(errorMessageKey(undefined)).to.equal('error.unknown');
      expect(errorMessageKey('network')).to.equal('error.network'); // a real key is still allowed
      expect(errorMessageKey('__proto__')).to.equal('error.unknown');
    });
  });

  describe('locale fallback', () => {
    it('defaults to English', () => {
      const t = createTranslator();
      expect(t.locale).to.equal('en');
      expect(t('common.retry')).to.equal('Try again');
    });

    it('falls back region → language → English', () => {
      registerLocale('fr', { 'common.cancel': 'Annuler', 'common.retry': 'Réessayer' });
      registerLocale('fr-CA', { 'common.retry': 'Essayer encore' });
      const t = createTranslator('fr-CA');
      expect(t.locale).to.equal('fr-CA');
      expect(t('common.retry')).to.equal('Essayer encore');
      expect(t('common.cancel')).to.equal('Annuler');
      expect(t('error.aborted')).to.equal('The request was cancelled before it finished.');
    });

    it('normalises locale tags and ignores extensions', () => {
      registerLocale('fr', { 'common.cancel': 'Annuler' });
      expect(createTranslator('fr_ca').locale).to.equal('fr-CA');
      expect(createTranslator('FR-ca')('common.cancel')).to.equal('Annuler');
      expect(createTranslator('fr-CA-u-ca-buddhist').locale).to.equal('fr-CA');
      expect(localeChain('zh-Hant-TW')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
    });

    it('treats an invalid locale as English instead of throwing', () => {
      const t = createTranslator('not a locale!!');
      expect(t.locale).to.equal('en');
      expect(t('common.retry')).to.equal('Try again');
    });

    it('rejects registering an invalid locale tag', () => {
      expect(() => registerLocale('!!', { 'common.cancel': 'x' })).to.throw(RangeError);
    });

    it('ignores unknown keys, non-string values and prototype tricks', () => {
      registerLocale('de', { 'common.cancel': 42, 'not.a.key': 'x' } as unknown as PartialMessages);
      registerLocale('de', JSON.parse('{"__proto__": {"common.retry": "pwned"}}') as PartialMessages);
      const t = createTranslator('de');
      expect(t('common.cancel')).to.equal('Cancel');
      expect(t('common.retry')).to.equal('Try again');
      expect(({} as Record<string, unknown>)['common.retry']).to.equal(undefined);
    });
  });

  describe('placeholders', () => {
    it('substitutes named parameters', () => {
      const t = createTranslator();
      expect(t('ui.copy.copyNamed', { label: 'Client secret' })).to.equal('Copy Client secret');
    });

    it('keeps hostile parameter values as literal text', () => {
      const t = createTranslator();
      expect(t('ui.copy.copyNamed', { label: HOSTILE })).to.equal(`Copy ${HOSTILE}`);
      // String.replace patterns in values must not be interpreted.
      expect(formatMessage('a {x} b', { x: "$& $1 $$ $` $'" })).to.equal("a $& $1 $$ $` $' b");
    });

    it('does not expand placeholders that arrive inside values', () => {
      expect(formatMessage('{a} and {b}', { a: '{b}', b: 'B' })).to.equal('{b} and B');
    });

    it('leaves unknown placeholders visible and empties null values', () => {
      expect(formatMessage('Hi {name}, {missing}', { name: null })).to.equal('Hi , {missing}');
      expect(formatMessage('{toString}', {})).to.equal('{toString}');
    });

    it('formats numbers for the translator locale', () => {
      registerLocale('de', {});
      expect(createTranslator('de')('error.detail', { detail: 1200 })).to.equal('Details from AuthSec: 1.200');
    });
  });

  describe('overrides', () => {
    it('overrideMessages without a locale changes English, the last fallback of every locale', () => {
      registerLocale('fr', { 'common.cancel': 'Annuler' });
      overrideMessages({ 'common.retry': 'Once more', 'common.cancel': 'Never mind' });
      expect(createTranslator('en-GB')('common.retry')).to.equal('Once more');
      expect(createTranslator('fr')('common.retry')).to.equal('Once more');
      expect(createTranslator('fr')('common.cancel')).to.equal('Annuler');
    });

    it('a locale override beats that locale’s catalog', () => {
      registerLocale('fr', { 'common.cancel': 'Annuler' });
      overrideMessages({ 'common.cancel': 'Laisser tomber' }, 'fr');
      expect(createTranslator('fr-CA')('common.cancel')).to.equal('Laisser tomber');
      expect(createTranslator('en')('common.cancel')).to.equal('Cancel');
    });

    it('translator overrides beat everything', () => {
      overrideMessages({ 'common.cancel': 'Never mind' });
      const t = createTranslator('en', { 'common.cancel': 'Back' });
      expect(t('common.cancel')).to.equal('Back');
    });

    it('an existing translator sees later changes', () => {
      const t = createTranslator('en');
      expect(t('common.retry')).to.equal('Try again');
      overrideMessages({ 'common.retry': 'Retry' });
      expect(t('common.retry')).to.equal('Retry');
      resetMessages();
      expect(t('common.retry')).to.equal('Try again');
    });
  });

  describe('change listeners', () => {
    it('notifies on register and override until unsubscribed', () => {
      const changes: MessagesChange[] = [];
      const unsubscribe = onMessagesChanged((change) => changes.push(change));
      registerLocale('es', { 'common.cancel': 'Cancelar' });
      overrideMessages({ 'common.retry': 'Reintentar' }, 'es-MX');
      unsubscribe();
      overrideMessages({ 'common.retry': 'Retry it' });
      expect(changes).to.deep.equal([
        { kind: 'register', locale: 'es' },
        { kind: 'override', locale: 'es-MX' },
      ]);
    });

    it('keeps notifying other listeners when one throws, and still reports the error', async () => {
      const reported: unknown[] = [];
      const previous = window.onerror;
      window.onerror = (_message, _source, _line, _column, error) => {
        reported.push(error);
        return true;
      };
      let calls = 0;
      const offBad = onMessagesChanged(() => {
        throw new Error('listener failed');
      });
      const offGood = onMessagesChanged(() => calls++);
      try {
        overrideMessages({ 'common.retry': 'x' });
        await new Promise((resolve) => setTimeout(resolve, 0));
      } finally {
        window.onerror = previous;
        offBad();
        offGood();
      }
      expect(calls).to.equal(1);
      expect(reported.map((e) => (e as Error).message)).to.deep.equal(['listener failed']);
    });
  });

  describe('formatDate / formatNumber', () => {
    it('formats valid dates for the locale', () => {
      const iso = '2024-03-05T14:07:00Z';
      const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
      expect(formatDate(iso, 'en', options)).to.equal('March 5, 2024');
      expect(formatDate(new Date(iso), 'de', options)).to.equal('5. März 2024');
      expect(formatDate(Date.parse(iso), 'fr-CA', options)).to.equal('5 mars 2024');
    });

    it('shows a dash for missing or invalid dates', () => {
      for (const value of [null, undefined, '', 'not a date', Number.NaN, new Date('x')]) {
        expect(formatDate(value), String(value)).to.equal(EMPTY_VALUE);
      }
      expect(EMPTY_VALUE).to.equal('—');
    });

    it('survives an invalid locale or options', () => {
      expect(formatDate('2024-03-05T00:00:00Z', '!!', { dateStyle: 'long', timeZone: 'UTC' })).to.equal(
        'March 5, 2024',
      );
      expect(formatDate('2024-03-05T00:00:00Z', 'en', { timeZone: 'Not/AZone' })).to.equal(
        '2024-03-05T00:00:00.000Z',
      );
    });

    it('formats numbers and shows a dash for non-finite ones', () => {
      expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
      expect(formatNumber(1234567, 'de')).to.equal('1.234.567');
      expect(formatNumber(Number.NaN)).to.equal(EMPTY_VALUE);
      expect(formatNumber(Number.POSITIVE_INFINITY)).to.equal(EMPTY_VALUE);
      expect(formatNumber(null)).to.equal(EMPTY_VALUE);
    });
  });

  describe('textDirection', () => {
    it('knows right-to-left languages and scripts', () => {
      expect(textDirection('ar')).to.equal('rtl');
      expect(textDirection('he-IL')).to.equal('rtl');
      expect(textDirection('fa')).to.equal('rtl');
      expect(textDirection('en')).to.equal('ltr');
      expect(textDirection('az-Arab')).to.equal('rtl');
      expect(textDirection(undefined)).to.equal('ltr');
      expect(textDirection('!!')).to.equal('ltr');
    });

    it('reads right to left for every language whose usual script is', () => {
      for (const tag of ['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi', 'pa-PK', 'uz-AF', 'az-IR', 'ar-Latn']) {
        expect(textDirection(tag), tag).to.equal(tag === 'ar-Latn' ? 'ltr' : 'rtl');
      }
    });

    it('answers without likely-subtags data only where every region agrees with it', () => {
      const regions = ['US', 'GB', 'FR', 'DE', 'ES', 'MX', 'BR', 'PT', 'JP', 'CA', 'MA', 'DZ', 'TN', 'EG', 'SA', 'IL', 'IR', 'AF', 'PK', 'IN', 'CN', 'SD', 'IQ', 'NG', 'SN', '419', '001'];
      for (const language of ['en', 'es', 'fr', 'de', 'ja', 'pt']) {
        for (const tag of [language, ...regions.map((r) => `${language}-${r}`)]) {
          const likely = new Intl.Locale(tag).maximize().script!;
          expect(textDirection(tag), tag).to.equal(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg'].includes(likely) ? 'rtl' : 'ltr');
        }
        // A script in the tag still decides.
        expect(textDirection(`${language}-Arab`), `${language}-Arab`).to.equal('rtl');
      }
    });
  });
});

describe('catalog: plurals by Intl.PluralRules', () => {
  // Every area's English, as if every element were loaded.
  before(() => registerDefaults(en));
  afterEach(() => resetMessages());

  it('English: the `.one` form for 1, the general form otherwise', () => {
    const t = createTranslator('en');
    expect([0, 1, 2, 1000].map((count) => t('mapper.rule.apply', { count }))).to.deep.equal(['Map 0 tools', 'Map 1 tool', 'Map 2 tools', 'Map 1,000 tools']);
    // Without a number, the general form.
    expect(t('mapper.rule.apply', { count: '3' })).to.equal('Map 3 tools');
  });

  it('a locale with six forms (Arabic) gets each; a form it lacks falls back to its own general form, never to English', () => {
    registerLocale('ar', {
      'mapper.rule.apply': 'ربط {count} أداة',
      'mapper.rule.apply.zero': 'لا أدوات',
      'mapper.rule.apply.one': 'ربط أداة واحدة',
      'mapper.rule.apply.two': 'ربط أداتين',
      'mapper.rule.apply.few': 'ربط {count} أدوات',
    } as PartialMessages);
    const t = createTranslator('ar');
    const category = (n: number) => new Intl.PluralRules('ar').select(n);
    expect([0, 1, 2, 3, 11, 100].map(category)).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(t('mapper.rule.apply', { count: 0 })).to.equal('لا أدوات');
    expect(t('mapper.rule.apply', { count: 1 })).to.equal('ربط أداة واحدة');
    expect(t('mapper.rule.apply', { count: 2 })).to.equal('ربط أداتين');
    expect(t('mapper.rule.apply', { count: 3 })).to.equal(`ربط ${formatNumber(3, 'ar')} أدوات`);
    // `many` is not translated: the Arabic general form, not English "Map 1 tool".
    expect(t('mapper.rule.apply', { count: 11 })).to.equal(`ربط ${formatNumber(11, 'ar')} أداة`);
    registerLocale('fr', { 'mapper.rule.apply': 'Associer {count} outils' } as PartialMessages);
    expect(createTranslator('fr')('mapper.rule.apply', { count: 1 })).to.equal('Associer 1 outils');
  });

  it('every English count message that reads "1 …s" has its `.one` form', () => {
    const t = createTranslator('en');
    const wrong = Object.keys(en)
      .filter((key) => !/\.(one|few|many|two|zero)$/.test(key) && /\{count\}/.test(en[key as keyof typeof en]))
      .map((key) => t(key as never, { count: 1, total: 3, shown: 1, failing: 0, scope: 's', reason: 'r', fields: 'f', when: 'w', preset: 'p', tools: 't' }))
      .filter((text) => /\b1 (applications|tools|scopes|changes|blockers|checks|fields)\b/.test(text));
    expect(wrong).to.deep.equal([]);
  });
});

describe('catalog: dates for dense cells', () => {
  it('leaves the year out when it is this year, and says it when it is not', () => {
    const now = new Date(2026, 11, 6, 12, 0);
    expect(formatDate(new Date(2026, 11, 5, 1, 19), 'en', shortDateOptions(new Date(2026, 11, 5), now))).to.equal('Dec 5, 1:19 AM');
    expect(formatDate(new Date(2025, 11, 5, 13, 5), 'en', shortDateOptions(new Date(2025, 11, 5), now))).to.equal('Dec 5, 2025, 1:05 PM');
    expect(formatDate(new Date(2026, 11, 5, 13, 5), 'de', shortDateOptions(new Date(2026, 11, 5), now))).to.equal('5. Dez., 13:05');
  });
});
