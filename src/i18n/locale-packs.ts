/**
 * Where the library's own translations come from, for the npm package: one chunk per language and
 * pack that bundlers split off (`import()`), so a page downloads only its language. The drop-ins
 * swap this module for locale-packs.cdn.ts (vite.config.ts): files next to the bundle itself.
 */
import type { PartialMessages } from './catalog.js';

/** `all`: every element's words; `consent`: the consent screen's alone (what the consent drop-in needs). */
export type MessagePack = 'all' | 'consent';

type Load = () => Promise<{ default: PartialMessages }>;
const packs: Record<MessagePack, Record<string, Load>> = {
  all: {
    ar: () => import('./locales/ar/all.js'),
    de: () => import('./locales/de/all.js'),
    es: () => import('./locales/es/all.js'),
    fr: () => import('./locales/fr/all.js'),
    ja: () => import('./locales/ja/all.js'),
    pt: () => import('./locales/pt-BR/all.js'),
  },
  consent: {
    ar: () => import('./locales/ar/consent-only.js'),
    de: () => import('./locales/de/consent-only.js'),
    es: () => import('./locales/es/consent-only.js'),
    fr: () => import('./locales/fr/consent-only.js'),
    ja: () => import('./locales/ja/consent-only.js'),
    pt: () => import('./locales/pt-BR/consent-only.js'),
  },
};

/** The pack for a language subtag (`fr`, `pt`…), or undefined when the library has none. */
export function loadPack(language: string, pack: MessagePack): Promise<{ default: PartialMessages }> | undefined {
  return Object.hasOwn(packs[pack], language) ? packs[pack][language]!() : undefined;
}
