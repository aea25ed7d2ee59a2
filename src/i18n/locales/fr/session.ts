/** French (France): an admin's sign-in errors (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'Aucune session active, ou votre session n’est plus valide. Reconnectez-vous pour continuer.',
  'error.session_expired': 'Votre session a expiré. Reconnectez-vous, puis recommencez la dernière étape.',
};
