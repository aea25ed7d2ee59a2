/** Spanish: an admin's sign-in, for the `AuthsecError` codes only an admin session produces (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'No has iniciado sesión o tu sesión ya no es válida. Vuelve a iniciar sesión para continuar.',
  'error.session_expired': 'Tu sesión ha caducado. Vuelve a iniciar sesión y repite el último paso.',
};
