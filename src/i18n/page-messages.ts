/**
 * The hosted consent page's words, with no code (the consent drop-in, src/cdn/authsec-consent.ts).
 * - The page's language: the library's translation, `authsec-consent.<language>.js` beside the
 *   drop-in (locale-packs.cdn.ts), one same-origin file; a language we lack or a failed load leaves
 *   English.
 * - The operator's wording: `<script type="application/json" id="authsec-messages" lang="fr">
 *   {"consent.allow": "Autoriser"}</script>`. The JSON is parsed, never run; only known key shapes
 *   with string values are kept (catalog.ts). It applies to the script's `lang`, else the page's,
 *   else English (which every language falls back to).
 */
import { canonicalLocale, overrideMessages, registerLocale } from './catalog.js';
import { loadPack } from './locale-packs.js';
import { orPageLang } from './page-lang.js';

export async function loadPageMessages(page: Document): Promise<void> {
  const language = canonicalLocale(orPageLang('', page.documentElement))?.split('-')[0];
  await loadPack(language!, 'consent')?.then((m) => registerLocale(language!, m.default), () => {});
  const script = page.getElementById('authsec-messages');
  if (script?.getAttribute('type') !== 'application/json') return;
  try {
    overrideMessages(JSON.parse(script.textContent!), orPageLang('', script) || 'en');
  } catch (error) {
    // A typo in the page must not cost the consent screen: say why the words were not taken.
    console.warn('authsec: #authsec-messages ignored:', error);
  }
}
