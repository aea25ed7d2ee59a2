/** Japanese: an admin's sign-in, for the `AuthsecError` codes only an admin session produces (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'サインインしていないか、サインインの有効期限が切れています。続行するには、もう一度サインインしてください。',
  'error.session_expired': 'セッションの有効期限が切れました。もう一度サインインしてから、直前の操作をやり直してください。',
};
