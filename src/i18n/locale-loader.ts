/**
 * Loads the library's own translation for a locale the first time an element needs it. The words
 * arrive through registerBundledLocale, whose change notice re-renders every element, so a page in
 * French shows English for the moment the file takes, then French.
 */
import { canonicalLocale, onMessagesChanged, registerBundledLocale } from './catalog.js';
import { loadPack, type MessagePack } from './locale-packs.js';

const requested = new Set<string>();
// resetMessages() (tests, hot reload) drops what was loaded: load it again when next asked.
onMessagesChanged((change) => change.kind === 'reset' && requested.clear());

export function ensureLocale(locale: string | null | undefined, host: object): void {
  // The consent screen needs its own words alone (a tenth of the admin elements').
  const pack: MessagePack = (host as Element).localName === 'authsec-consent-screen' ? 'consent' : 'all';
  const language = canonicalLocale(locale)?.split('-')[0];
  if (!language || language === 'en' || requested.has(`${pack} ${language}`)) return;
  requested.add(`${pack} ${language}`);
  // Registered under the language (`pt`), which every regional variant (`pt-BR`, `pt-PT`) falls back to.
  // A language we do not ship, or a file that fails to load, leaves the English words.
  const key = `${pack} ${language}`;
  void loadPack(language, pack)?.then((m) => registerBundledLocale(language, m.default), () => requested.delete(key));
}
