/**
 * English: an admin's sign-in, for the `AuthsecError` codes only an admin session produces.
 * Registered by `AuthsecAdminElement`: a hosted consent page has no session (its drop-in never sends
 * a token), so it carries none of these, and a 401 there reads as unexpected.
 */
export const sessionEn = {
  'error.unauthorized': 'You are not signed in, or your sign-in is no longer valid. Sign in again to continue.',
  'error.session_expired': 'Your session has expired. Sign in again, then repeat the last step.',
} as const;
