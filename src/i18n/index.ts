/**
 * Every user-visible string in AuthSec Elements comes from one catalog. English is bundled; a host
 * can change wording or add a language without rebuilding the library:
 *
 * ```ts
 * import { overrideMessages, registerLocale } from '@authsec/elements/i18n';
 *
 * // Change English wording (also the fallback of every other language):
 * overrideMessages({ 'ui.state.empty.heading': 'No applications yet' });
 *
 * // Add a language; missing keys fall back fr-CA → fr → en:
 * registerLocale('fr', { 'common.cancel': 'Annuler', 'ui.copy.copied': 'Copié' });
 *
 * // Wording for one language only:
 * overrideMessages({ 'common.cancel': 'Laisser tomber' }, 'fr-CA');
 * ```
 *
 * Elements pick the locale from `<authsec-provider locale="fr-CA">` (or their own `locale`) and
 * re-render when the catalog changes. Placeholders like `{name}` are always filled as plain text.
 * Key list and English text: `src/i18n/messages.en.ts`.
 */
export { en, type MessageKey, type Messages } from './messages.en.js';
export {
  DEFAULT_LOCALE,
  EMPTY_VALUE,
  canonicalLocale,
  createTranslator,
  errorMessageKey,
  formatDate,
  formatMessage,
  formatNumber,
  isMessageKey,
  localeChain,
  onMessagesChanged,
  overrideMessages,
  registerDefaults,
  registerLocale,
  resetMessages,
  textDirection,
  type MessageParams,
  type MessagesChange,
  type MessagesChangedListener,
  type PartialMessages,
  type Translator,
} from './catalog.js';
