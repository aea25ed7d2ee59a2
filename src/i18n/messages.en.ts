/**
 * The English catalog: the bundled default and the last fallback for every locale.
 *
 * Keys are flat and namespaced by area (`common.*`, `error.*`, `ui.<block>.*`, later
 * `<element>.*`). `{name}` is a placeholder filled by `t(key, { name })` as plain text.
 * `error.<code>` exists for every `AuthsecError` code, so `t(errorMessageKey(err.code))` always
 * resolves. Error messages say what happened in plain words and what the person can do next.
 */
import { commonEn } from './messages/common.en.js';
import { sessionEn } from './messages/session.en.js';
import { consentEn } from './messages/consent.en.js';
import { scopesEn } from './messages/scopes.en.js';
import { uiEn } from './messages/ui.en.js';
import { mapperEn } from './messages/mapper.en.js';
import { registrationEn } from './messages/registration.en.js';
import { accessEn } from './messages/access.en.js';
import { launchEn } from './messages/launch.en.js';
import { appsEn } from './messages/apps.en.js';
import { consoleEn } from './messages/console.en.js';
import { readinessEn } from './messages/readiness.en.js';
import { unreadEn } from './messages/unread.en.js';
import { connectionsEn } from './messages/connections.en.js';
import { grantsEn } from './messages/grants.en.js';
import { explorerEn } from './messages/explorer.en.js';

/**
 * Every English message. The runtime loads area tables separately (`messages/*.en.ts`, each
 * registered by the module that uses it) so a bundle carries only the words it shows; this
 * merged table is the type of a complete catalog and the reference for translators.
 */
const en = {
  ...commonEn,
  ...sessionEn,
  ...uiEn,
  ...consentEn,
  ...scopesEn,
  ...mapperEn,
  ...registrationEn,
  ...accessEn,
  ...launchEn,
  ...appsEn,
  ...consoleEn,
  ...readinessEn,
  ...unreadEn,
  ...connectionsEn,
  ...grantsEn,
  ...explorerEn,
} as const;


export type MessageKey = keyof typeof en;

/** A complete catalog: what a locale would need to translate everything. */
export type Messages = Record<MessageKey, string>;

export { en };
export default en;
