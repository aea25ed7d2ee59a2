/**
 * `@authsec/elements`: the AuthSec API client, the event classes, the provider and base class, the
 * i18n API, and the types of every element. No tag is registered here: each element's class (a value,
 * for `instanceof` and subclassing) comes from its own entry, `@authsec/elements/<tag>.js`, which also
 * registers it; `@authsec/elements/define` registers them all. Keeping the classes out of this entry
 * keeps it small for hosts that only need the API.
 */
export * from './api/index.js';
export * from './events.js';
export { AuthsecProvider } from './context/authsec-provider.js';
export { AuthsecElement } from './context/authsec-element.js';
export type { AuthsecAccessExplorer } from './elements/access-explorer/access-explorer.js';
export type { AuthsecAccessPolicy } from './elements/access-policy/access-policy.js';
export type { AuthsecAdminConsole } from './elements/admin-console/admin-console.js';
export type { AuthsecAppRegistration } from './elements/app-registration/app-registration.js';
export type { AuthsecApplicationsList } from './elements/applications-list/applications-list.js';
export type { AuthsecConnections } from './elements/connections/connections.js';
export type { AuthsecConsentGrants } from './elements/consent-grants/consent-grants.js';
export type { AuthsecConsentScreen } from './elements/consent-screen/consent-screen.js';
export type { AuthsecLaunchQueue } from './elements/launch-queue/launch-queue.js';
export type { AuthsecScopeEditor } from './elements/scope-editor/scope-editor.js';
export type { AuthsecToolScopeMapper } from './elements/tool-scope-mapper/tool-scope-mapper.js';
export { clientContext, localeContext } from './context/contexts.js';
export {
  createTranslator,
  onMessagesChanged,
  overrideMessages,
  registerLocale,
  type MessageKey,
  type PartialMessages,
} from './i18n/index.js';
