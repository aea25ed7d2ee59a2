/**
 * English: the `AuthsecError` codes only an admin's work meets in words: a sign-in (401), a form's
 * fields, an item gone or changed by someone else; and AuthSec's own role names, which every admin
 * view may show (role-label.ts). Registered by `AuthsecAdminElement`: a hosted
 * consent page has no session (its drop-in never sends a token, so a 401 there reads as
 * unexpected), and it words 400, 404, 409 and 410 as a request expired or used (consent-page.ts).
 */
export const sessionEn = {
  'error.unauthorized': 'You are not signed in, or your sign-in is no longer valid. Sign in again to continue.',
  'error.session_expired': 'Your session has expired. Sign in again, then repeat the last step.',
  'error.not_found':
    'This item could not be found. It may have been deleted or moved. Go back and refresh the list.',
  'error.conflict':
    'This was changed by someone else at the same time. Reload to see the latest version, then make your change again.',
  'error.validation': 'Some of the information is not valid. Check the highlighted fields and try again.',
  'access.roleName.viewer': 'Viewer',
  'access.roleName.readonly': 'Read-only',
  'access.roleName.admin': 'Admin',
} as const;
