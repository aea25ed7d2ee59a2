/** English: shared words and the `AuthsecError` codes every element can meet (those only an admin's work meets are in session.en.ts), in plain language with what to do next. Always loaded. */
export const commonEn = {
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'error.detail': 'Details from AuthSec: {detail}',
  // A 429 or 503 that said when (Retry-After); {when} is "in 30 seconds", "in 2 minutes"…
  'error.retryAfter': 'AuthSec is busy right now. Try again {when}.',
  'error.network': 'AuthSec could not be reached. Check your internet connection, then try again.',
  'error.forbidden':
    'Your account does not have permission to do this. Ask an administrator of this workspace for access.',
  'error.rate_limited': 'Too many requests in a short time. Wait a moment, then try again.',
  'error.invalid_response':
    'AuthSec sent a response this page could not read. Try again. If it keeps happening, contact your AuthSec administrator.',
  'error.server': 'AuthSec could not complete the request. Try again in a few minutes.',
  'error.aborted': 'The request was cancelled before it finished.',
  'error.unknown': 'Something unexpected went wrong. Try again. If it keeps happening, contact your AuthSec administrator.',
  // A scope's risk, in the same words on the consent screen, Access and registration.
  'common.risk.low': 'Low risk',
  'common.risk.medium': 'Medium risk',
  'common.risk.high': 'High risk',
  'common.risk.critical': 'Critical risk',
} as const;
