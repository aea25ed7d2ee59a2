/** French (France): shared words and the `AuthsecError` codes (translation of ../../messages/common.en.ts). */
import type { commonEn } from '../../messages/common.en.js';
import type { Translation } from '../translation.js';

export const common: Translation<typeof commonEn> = {
  'common.retry': 'Réessayer',
  'common.cancel': 'Annuler',
  'error.detail': 'Détails fournis par AuthSec : {detail}',
  'error.retryAfter': 'AuthSec est très sollicité en ce moment. Réessayez {when}.',
  'error.network': 'Impossible de joindre AuthSec. Vérifiez votre connexion Internet, puis réessayez.',
  'error.forbidden': 'Votre compte n’a pas l’autorisation d’effectuer cette action. Demandez l’accès à un administrateur de cet espace de travail.',
  'error.rate_limited': 'Trop de requêtes en peu de temps. Patientez un instant, puis réessayez.',
  'error.invalid_response': 'AuthSec a envoyé une réponse que cette page ne peut pas lire. Réessayez. Si le problème persiste, contactez votre administrateur AuthSec.',
  'error.server': 'AuthSec n’a pas pu traiter la demande. Réessayez dans quelques minutes.',
  'error.aborted': 'La requête a été annulée avant la fin.',
  'error.unknown': 'Une erreur inattendue s’est produite. Réessayez. Si le problème persiste, contactez votre administrateur AuthSec.',
  'common.risk.low': 'Risque faible',
  'common.risk.medium': 'Risque moyen',
  'common.risk.high': 'Risque élevé',
  'common.risk.critical': 'Risque critique',
};
