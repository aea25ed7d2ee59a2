/** German: an admin's sign-in errors (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'Sie sind nicht angemeldet, oder Ihre Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an, um fortzufahren.',
  'error.session_expired': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und wiederholen Sie dann den letzten Schritt.',
};
