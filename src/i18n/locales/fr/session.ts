/** French (France): the `AuthsecError` codes only an admin's work meets (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'Aucune session active, ou votre session n’est plus valide. Reconnectez-vous pour continuer.',
  'error.session_expired': 'Votre session a expiré. Reconnectez-vous, puis recommencez la dernière étape.',
  'error.not_found': 'Cet élément est introuvable. Il a peut-être été supprimé ou déplacé. Revenez en arrière et actualisez la liste.',
  'error.conflict': 'Quelqu’un d’autre a modifié cet élément au même moment. Rechargez la page pour voir la dernière version, puis refaites votre modification.',
  'error.validation': 'Certaines informations ne sont pas valides. Vérifiez les champs signalés, puis réessayez.',
  'access.roleName.viewer': 'Lecteur',
  'access.roleName.readonly': 'Lecture seule',
  'access.roleName.admin': 'Admin',
};
