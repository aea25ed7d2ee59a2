/**
 * The drop-ins' translations: `<bundle>.<language>.js` in the same directory as the bundle
 * (`authsec-consent.fr.js` beside `authsec-consent.js`), one same-origin file per language, loaded
 * only for a page in that language. Built by scripts/build.mjs (target `locales`).
 */
import type { PartialMessages } from './catalog.js';
import type { MessagePack } from './locale-packs.js';

export type { MessagePack };

declare const __AUTHSEC_BUNDLE__: string;
const LANGUAGES = ['ar', 'de', 'es', 'fr', 'ja', 'pt'];

export function loadPack(language: string): Promise<{ default: PartialMessages }> | undefined {
  return LANGUAGES.includes(language) ? import(/* @vite-ignore */ new URL(`${__AUTHSEC_BUNDLE__}.${language}.js`, import.meta.url).href) : undefined;
}
