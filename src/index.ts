/**
 * `@authsec/elements`: element classes (no registration: import a define file or
 * `@authsec/elements/define` for that), the AuthSec API client and the i18n/theming API.
 */
export * from './api/index.js';
export { AuthsecProvider } from './context/authsec-provider.js';
export { AuthsecElement } from './context/authsec-element.js';
export { clientContext, localeContext } from './context/contexts.js';
export {
  createTranslator,
  onMessagesChanged,
  overrideMessages,
  registerLocale,
  type MessageKey,
  type PartialMessages,
} from './i18n/index.js';
