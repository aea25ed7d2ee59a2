/** French (France): a scope in people's words when AuthSec gives no display name (translation of ../../messages/scope-words.en.ts). */
import type { scopeWordsEn } from '../../messages/scope-words.en.js';
import type { Translation } from '../translation.js';

export const scopeWords: Translation<typeof scopeWordsEn> = {
  'consent.scope.verb.read': 'Consulter {object}',
  'consent.scope.verb.write': 'Modifier {object}',
  'consent.scope.verb.delete': 'Supprimer {object}',
  'consent.scope.verb.admin': 'Administrer {object}',
  'consent.scope.verb.search': 'Rechercher dans {object}',
  'consent.scope.verb.list': 'Lister {object}',
  'consent.scope.verb.run': 'Exécuter {object}',
  'consent.scope.verb.send': 'Envoyer {object}',
  'consent.scope.verb.create': 'Créer {object}',
  'consent.scope.verb.update': 'Mettre à jour {object}',
  'consent.scope.verb.manage': 'Gérer {object}',
  'consent.scope.objectFallback': 'cette application',
  'consent.scope.omnibus': 'Tout ce que permet cette application',
};
