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
} as const;

export type MessageKey = keyof typeof en;

/** A complete catalog: what a locale would need to translate everything. */
export type Messages = Record<MessageKey, string>;

export { en };
export default en;
