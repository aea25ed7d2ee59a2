import type { MessageKey } from './messages.en.js';
import { commonEn } from './messages/common.en.js';

/**
 * The message catalog mechanism. No DOM, no lit: usable headless and in tests.
 *
 * Lookup order for `createTranslator('fr-CA', translatorOverrides)`:
 *   translatorOverrides → overrides('fr-CA') → locale('fr-CA') → overrides('fr') → locale('fr')
 *   → overrides('en') → locale('en') → bundled English.
 * A missing key falls through to the next step, so a partial translation is always usable.
 *
 * Host API (see `src/i18n/index.ts` for examples):
 * - `registerLocale(locale, messages)` adds or extends a translation.
 * - `overrideMessages(partial, locale = 'en')` changes wording. Without a locale it changes the English
 *   defaults, which are also the last fallback of every other locale.
 * - `onMessagesChanged(cb)` lets elements re-render when either changes; it returns an unsubscribe.
 */

export type { MessageKey } from './messages.en.js';

/**
 * Values substituted into `{name}` placeholders, always as plain text; numbers are locale-formatted.
 * A number `count` also chooses the plural form: `key.one`, `key.few`… (by `Intl.PluralRules`), else `key`.
 */
export type MessageParams = Readonly<Record<string, string | number | null | undefined>>;

export type PartialMessages = Partial<Record<MessageKey, string>>;

export interface Translator {
  (key: MessageKey, params?: MessageParams): string;
  /** The canonical locale this translator was created for (`'en'` when none or an invalid one was given). */
  readonly locale: string;
}

export interface MessagesChange {
  readonly kind: 'register' | 'override' | 'reset';
  /** Canonical locale that changed; `'*'` for a reset. */
  readonly locale: string;
}

export type MessagesChangedListener = (change: MessagesChange) => void;

export const DEFAULT_LOCALE = 'en';

/** Shown for a missing or invalid date/number. Language-neutral on purpose. */
export const EMPTY_VALUE = '—';

/** English defaults: shared words now, each area's when its module loads (`registerDefaults`). */
const english = new Map<string, string>(Object.entries(commonEn));
const registered = new Map<string, Map<MessageKey, string>>();
const overridden = new Map<string, Map<MessageKey, string>>();
const listeners = new Set<MessagesChangedListener>();

/** True for a key whose English default is loaded. */
export function isMessageKey(key: string): key is MessageKey {
  return english.has(key);
}

/**
 * Shape of a catalog key (`area.name`; names may carry AuthSec's hyphenated codes such as
 * `launch.next.install-protection`): hosts may translate areas that are not loaded yet.
 */
const KEY_SHAPE = /^[a-z]+\.[A-Za-z0-9_.-]+$/;

/**
 * Adds English defaults for one area. Called by the module that shows those words, so a bundle
 * carries only the text it renders (the consent drop-in has no admin strings).
 */
export function registerDefaults(messages: Readonly<Partial<Record<MessageKey, string>>>): void {
  for (const [key, value] of Object.entries(messages)) if (typeof value === 'string') english.set(key, value);
}

/** The catalog key for an `AuthsecError` code; unknown codes map to `error.unknown`. */
export function errorMessageKey(code: string | null | undefined): MessageKey {
  const key = `error.${code ?? 'unknown'}`;
  return isMessageKey(key) ? key : 'error.unknown';
}

/**
 * Canonical BCP 47 tag without extensions (`fr_ca` → `fr-CA`, `de-DE-u-co-phonebk` → `de-DE`).
 * Returns `undefined` for something that is not a language tag.
 */
export function canonicalLocale(locale: string | null | undefined): string | undefined {
  if (typeof locale !== 'string' || locale.trim() === '') return undefined;
  try {
    return new Intl.Locale(locale.trim().replace(/_/g, '-')).baseName;
  } catch {
    return undefined;
  }
}

/** Fallback chain, most specific first, always ending in English: `zh-Hant-TW` → `zh-Hant`, `zh`, `en`. */
export function localeChain(locale: string | null | undefined): string[] {
  const chain: string[] = [];
  const canonical = canonicalLocale(locale);
  if (canonical) {
    const subtags = canonical.split('-');
    for (let n = subtags.length; n > 0; n--) chain.push(subtags.slice(0, n).join('-'));
  }
  if (!chain.includes(DEFAULT_LOCALE)) chain.push(DEFAULT_LOCALE);
  return chain;
}

function requireLocale(locale: string): string {
  const canonical = canonicalLocale(locale);
  if (!canonical) throw new RangeError(`"${String(locale)}" is not a valid locale tag`);
  return canonical;
}

/** Copies only known keys with string values, so a stray object from host JS cannot poison lookups. */
function merge(store: Map<string, Map<MessageKey, string>>, locale: string, messages: PartialMessages): void {
  const table = store.get(locale) ?? new Map<MessageKey, string>();
  for (const [key, value] of Object.entries(messages ?? {})) {
    if (KEY_SHAPE.test(key) && typeof value === 'string') table.set(key as MessageKey, value);
  }
  store.set(locale, table);
}

function notify(change: MessagesChange): void {
  for (const listener of [...listeners]) {
    try {
      listener(change);
    } catch (error) {
      // One failing listener must not stop the others; rethrow later so it is still reported.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/** One way in for every layer, so a bundle that uses two of them carries this once. */
function add(store: Map<string, Map<MessageKey, string>>, locale: string, messages: PartialMessages, kind: MessagesChange['kind']): void {
  const canonical = requireLocale(locale);
  merge(store, canonical, messages);
  notify({ kind, locale: canonical });
}

/** Adds (or extends) a translation. Partial catalogs are fine: missing keys fall back. */
export function registerLocale(locale: string, messages: PartialMessages): void {
  add(registered, locale, messages, 'register');
}

/**
 * Adds one of the library's own translations (src/i18n/locale-loader.ts). A host's `registerLocale`
 * for the same locale wins over it, whichever came first.
 * @internal
 */
export function registerBundledLocale(locale: string, messages: PartialMessages): void {
  const own = registered.get(requireLocale(locale));
  add(registered, locale, own ? Object.fromEntries(Object.entries(messages).filter(([key]) => !own.has(key as MessageKey))) : messages, 'register');
}

/**
 * Host wording that wins over the catalog for `locale` (and its regional variants).
 * Omit `locale` to change the English defaults, which every locale falls back to.
 */
export function overrideMessages(messages: PartialMessages, locale: string = DEFAULT_LOCALE): void {
  add(overridden, locale, messages, 'override');
}

/** Removes every registered locale and override (tests, hot reload). */
export function resetMessages(): void {
  registered.clear();
  overridden.clear();
  notify({ kind: 'reset', locale: '*' });
}

/** Calls `listener` after every `registerLocale`, `overrideMessages` or `resetMessages`. */
export function onMessagesChanged(listener: MessagesChangedListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Fills `{name}` placeholders in one pass. Values are text: no HTML parsing, no `$&` replacement
 * patterns, and a value containing `{other}` is not expanded again. An unknown placeholder is left
 * visible so a missing parameter shows up in review rather than as a silent gap.
 */
export function formatMessage(template: string, params?: MessageParams, locale?: string): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (match, name: string) => {
    if (!Object.hasOwn(params, name)) return match;
    const value = params[name];
    if (value === null || value === undefined) return '';
    return typeof value === 'number' ? formatNumber(value, locale) : String(value);
  });
}

/**
 * Returns `t(key, params?)` for `locale` (default English). Lookups happen at call time, so a
 * translator picks up later `registerLocale` / `overrideMessages` calls; re-render on
 * `onMessagesChanged` to show them.
 */
export function createTranslator(locale?: string | null, overrides?: PartialMessages): Translator {
  const chain = localeChain(locale);
  const resolved = chain[0] ?? DEFAULT_LOCALE;
  const own = new Map<MessageKey, string>();
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (KEY_SHAPE.test(key) && typeof value === 'string') own.set(key as MessageKey, value);
  }
  // A numeric `count` picks the locale's plural form `key.<category>` (`one`, `few`…: Arabic has six,
  // Japanese one) where the catalog has one; the key itself is the general (`other`) form. For each
  // place in the lookup order its plural form wins over its general one, so a locale's own words
  // always beat English plural forms.
  const rules = new Intl.PluralRules(resolved);
  const t = (key: MessageKey, params?: MessageParams): string => {
    const count = params?.count;
    const plural = typeof count === 'number' && `${key}.${rules.select(count)}`;
    let found: string | undefined;
    for (const table of [own, ...chain.flatMap((l) => [overridden.get(l), registered.get(l)]), english]) {
      found = (plural && table?.get(plural as MessageKey)) || table?.get(key);
      if (found !== undefined) break;
    }
    return formatMessage(found ?? key, params, resolved);
  };
  return Object.assign(t, { locale: resolved }) as Translator;
}

type Formatter = Intl.DateTimeFormat | Intl.NumberFormat;
const formatterCache = new Map<string, Formatter>();

function cached<T extends Formatter>(cacheKey: string, create: () => T): T {
  let formatter = formatterCache.get(cacheKey) as T | undefined;
  if (!formatter) {
    formatter = create();
    if (formatterCache.size > 100) formatterCache.clear();
    formatterCache.set(cacheKey, formatter);
  }
  return formatter;
}

const DEFAULT_DATE_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * A date and time for a dense table cell: "Dec 5, 1:19 AM", with the year only when it is not this
 * year's (the full date is in the detail views).
 */
export function shortDateOptions(value: Date | string | number | undefined, now = new Date()): Intl.DateTimeFormatOptions {
  const sameYear = value !== undefined && new Date(value).getFullYear() === now.getFullYear();
  return sameYear
    ? { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }
    : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
}

/**
 * Locale-formatted date; `EMPTY_VALUE` ("—") for `null`, `undefined`, `''` and anything that is not a
 * valid date. Accepts a `Date`, epoch milliseconds or an ISO-8601 string (as the API sends).
 */
export function formatDate(
  value: Date | string | number | null | undefined,
  locale?: string | null,
  options: Intl.DateTimeFormatOptions = DEFAULT_DATE_OPTIONS,
): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return EMPTY_VALUE;
  const tag = canonicalLocale(locale) ?? DEFAULT_LOCALE;
  try {
    return cached(`d|${tag}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(tag, options)).format(date);
  } catch {
    // Bad options (e.g. an unknown timeZone) must not break a render.
    return date.toISOString();
  }
}

/** Locale-formatted number; `EMPTY_VALUE` for `null`, `undefined`, `NaN` and infinities. */
export function formatNumber(
  value: number | bigint | null | undefined,
  locale?: string | null,
  options: Intl.NumberFormatOptions = {},
): string {
  if (value === null || value === undefined) return EMPTY_VALUE;
  if (typeof value === 'number' && !Number.isFinite(value)) return EMPTY_VALUE;
  const tag = canonicalLocale(locale) ?? DEFAULT_LOCALE;
  try {
    return cached(`n|${tag}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(tag, options)).format(value);
  } catch {
    return String(value);
  }
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * Names or scopes inside a sentence, listed the locale's way: "a, b, c" in English, "a、b、c" in
 * Japanese, "a وb وc" in Arabic.
 */
export function formatList(items: readonly string[], locale?: string | null): string {
  const tag = canonicalLocale(locale) ?? DEFAULT_LOCALE;
  let format = listFormats.get(tag);
  if (!format) listFormats.set(tag, (format = new Intl.ListFormat(tag, { style: 'narrow', type: 'conjunction' })));
  return format.format(items);
}

/** A time from now in words for the locale (`in 30 seconds`, `dans 2 minutes`), plural forms included. */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit, locale?: string | null): string {
  return new Intl.RelativeTimeFormat(canonicalLocale(locale) ?? DEFAULT_LOCALE).format(value, unit);
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/**
 * Languages written left to right in every region: their direction needs no likely-subtags data
 * (`maximize()` loads it, about 15 ms the first time in Chromium and 60 ms on a slow phone, before
 * a consent screen can paint).
 */
const LTR_EVERYWHERE = /^(en|es|fr|de|ja|pt)$/;

/**
 * Text direction for a locale, for the `dir` attribute of elements rendering translated text:
 * that of the script in the tag, else of the language's likely script in its region.
 */
export function textDirection(locale: string | null | undefined): 'ltr' | 'rtl' {
  const canonical = canonicalLocale(locale);
  if (!canonical) return 'ltr';
  const parsed = new Intl.Locale(canonical);
  if (!parsed.script && LTR_EVERYWHERE.test(parsed.language)) return 'ltr';
  const script = parsed.maximize().script;
  return script && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}
