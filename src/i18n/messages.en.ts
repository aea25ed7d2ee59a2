/**
 * The English catalog: the bundled default and the last fallback for every locale.
 *
 * Keys are flat and namespaced by area (`common.*`, `error.*`, `ui.<block>.*`, later
 * `<element>.*`). `{name}` is a placeholder filled by `t(key, { name })` as plain text.
 * `error.<code>` exists for every `AuthsecError` code, so `t(errorMessageKey(err.code))` always
 * resolves. Error messages say what happened in plain words and what the person can do next.
 */
const en = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.confirm': 'Confirm',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.delete': 'Delete',
  'common.required': 'Required',
  'common.optional': 'Optional',

  'error.heading': 'Something went wrong',
  'error.detail': 'Details from AuthSec: {detail}',
  'error.retryAfter': 'You can try again in {seconds} seconds.',
  'error.network': 'AuthSec could not be reached. Check your internet connection, then try again.',
  'error.unauthorized': 'You are not signed in, or your sign-in is no longer valid. Sign in again to continue.',
  'error.session_expired': 'Your session has expired. Sign in again, then repeat the last step.',
  'error.forbidden':
    'Your account does not have permission to do this. Ask an administrator of this workspace for access.',
  'error.not_found':
    'This item could not be found. It may have been deleted or moved. Go back and refresh the list.',
  'error.conflict':
    'This was changed by someone else at the same time. Reload to see the latest version, then make your change again.',
  'error.validation': 'Some of the information is not valid. Check the highlighted fields and try again.',
  'error.rate_limited': 'Too many requests in a short time. Wait a moment, then try again.',
  'error.invalid_response':
    'AuthSec sent a response this page could not read. Try again. If it keeps happening, contact your AuthSec administrator.',
  'error.server': 'AuthSec could not complete the request. Try again in a few minutes.',
  'error.aborted': 'The request was cancelled before it finished.',
  'error.unknown': 'Something unexpected went wrong. Try again. If it keeps happening, contact your AuthSec administrator.',

  'ui.button.loading': 'Working…',

  'ui.copy.copy': 'Copy',
  'ui.copy.copyNamed': 'Copy {label}',
  'ui.copy.copied': 'Copied',
  'ui.copy.copyFailed':
    'Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'ui.copy.reveal': 'Show',
  'ui.copy.revealNamed': 'Show {label}',

  'ui.dialog.confirm': 'Confirm',
  'ui.dialog.cancel': 'Cancel',
  'ui.dialog.requireText': 'To confirm, type “{text}”',
  'ui.dialog.requireTextHint': 'The text must match exactly, including capital letters.',

  'ui.state.loading': 'Loading…',
  'ui.state.empty.heading': 'Nothing here yet',
  'ui.state.error.heading': 'Something went wrong',
  'ui.state.error.message':
    'Something unexpected went wrong. Try again. If it keeps happening, contact your AuthSec administrator.',
  'ui.state.forbidden.heading': 'You do not have access',
  'ui.state.forbidden.message':
    'Your account does not have permission to view this. Ask an administrator of this workspace for access.',
  'ui.state.retry': 'Try again',

  'consent.loading': 'Loading the access request…',
  'consent.title': '{client} wants to access {application}',
  'consent.titleNoApp': '{client} wants access',
  'consent.signedInAs': 'Signed in as {user}',
  'consent.trust.verified': 'Registered by your administrator',
  'consent.trust.unverified': 'Unverified: this app registered itself. Its name is only its own claim.',
  'consent.trust.cimd': 'Identity: {host}',
  'consent.trust.unknown': 'Client ID: {id}',
  'consent.warning.mixedScript': 'This name mixes alphabets, a trick used to imitate other apps.',
  'consent.warning.hidden': 'This name contains hidden characters ({count}), shown as ⟨U+…⟩.',
  'consent.redirect': 'After you decide, you will be sent to {host}',
  'consent.redirect.unknown': 'AuthSec did not say where you will be sent afterwards.',
  'consent.redirect.invalid': 'This request has an unusable return address. Do not continue.',
  'consent.redirect.userinfo': 'The return address hides its real host; the real host is {host}.',
  'consent.redirect.punycode': 'The host uses international characters and is shown in its ASCII form.',
  'consent.warning.localOnly':
    'This app receives access on this device only (localhost). Any program on your computer could receive it: continue only if you just started this from an app you trust.',
  'consent.resource': 'Application: {name}',
  'consent.resourceUri': 'Address: {uri}',
  'consent.scopes.heading': 'It will be able to',
  'consent.scopes.hint': 'Untick anything you do not want to allow.',
  'consent.scopes.none': 'There is nothing this app may be granted.',
  'consent.scopes.showAll': 'Show all {count} permissions',
  'consent.scopes.showFewer': 'Show fewer',
  'consent.scope.verb.read': 'Read {object}',
  'consent.scope.verb.write': 'Change {object}',
  'consent.scope.verb.delete': 'Delete {object}',
  'consent.scope.verb.admin': 'Administer {object}',
  'consent.scope.verb.search': 'Search {object}',
  'consent.scope.verb.list': 'List {object}',
  'consent.scope.verb.run': 'Run {object}',
  'consent.scope.verb.send': 'Send {object}',
  'consent.scope.verb.create': 'Create {object}',
  'consent.scope.verb.update': 'Update {object}',
  'consent.scope.verb.manage': 'Manage {object}',
  'consent.scope.objectFallback': 'this application',
  'consent.scope.omnibus': 'Everything this application allows',
  'consent.scope.tools': 'Unlocks: {tools}',
  'consent.scope.toolsMore': '+{count} more',
  'consent.risk.low': 'Low risk',
  'consent.risk.medium': 'Medium risk',
  'consent.risk.high': 'High risk',
  'consent.risk.critical': 'Critical risk',
  'consent.blocked.heading': 'Not available to this app',
  'consent.blocked.not_registered': 'This application does not offer this permission.',
  'consent.blocked.not_bound': 'Your account does not have this permission. Ask your administrator if you need it.',
  'consent.blocked.other': 'AuthSec will not grant this permission.',
  'consent.remember': 'Remember this decision',
  'consent.allow': 'Allow access',
  'consent.deny': 'Deny',
  'consent.selectOne': 'Select at least one permission to allow, or choose Deny.',
  'consent.framed':
    'This page is shown inside another website, so you cannot allow access from here. Open the sign-in in its own browser tab.',
  'consent.expiresSoon': 'This request expires in {minutes} min. Decide before then, or start again from the app.',
  'consent.expired.heading': 'This request has expired',
  'consent.expired.message': 'Return to the app you came from and try again.',
  'consent.used.heading': 'This request can no longer be used',
  'consent.used.message': 'It has expired or was already answered. Return to the app you came from and try again.',
  'consent.missing.heading': 'No access request to show',
  'consent.missing.message': 'This page needs a consent request from an app. Return to the app and try again.',
  'consent.error.heading': 'The access request could not be loaded',
  'consent.decisionError': 'Your decision could not be sent. {reason}',
  'consent.unsafeRedirect': 'AuthSec returned an unsafe address to continue to, so this page stopped. Return to the app and try again.',
  'consent.result.allowed': 'Access allowed.',
  'consent.result.denied': 'Access denied.',
  'consent.result.redirecting': 'Returning you to {host}…',
  'consent.result.closeTab': 'You can close this tab.',
  'consent.result.return': 'Return to {host}',
  'consent.details': 'Technical details',
  'consent.details.clientId': 'Client ID',
  'consent.details.redirect': 'Return address',
  'consent.details.resource': 'Resource',
  'consent.showFull': 'Show full text',
} as const;

export type MessageKey = keyof typeof en;

/** A complete catalog: what a locale would need to translate everything. */
export type Messages = Record<MessageKey, string>;

export { en };
export default en;
