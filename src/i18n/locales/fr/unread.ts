/** French (France): list entries AuthSec sent that an admin element could not read (translation of ../../messages/unread.en.ts). */
import type { unreadEn } from '../../messages/unread.en.js';
import type { Translation } from '../translation.js';

export const unread: Translation<typeof unreadEn> = {
  'common.unread.summary': 'AuthSec a envoyé {count} entrées que cette page n’a pas pu lire entièrement. Le reste est affiché ; les totaux et l’avancement n’en tiennent pas compte.',
  'common.unread.summary.one': 'AuthSec a envoyé {count} entrée que cette page n’a pas pu lire entièrement. Le reste est affiché ; les totaux et l’avancement n’en tiennent pas compte.',
  'common.unread.summary.many': 'AuthSec a envoyé {count} entrées que cette page n’a pas pu lire entièrement. Le reste est affiché ; les totaux et l’avancement n’en tiennent pas compte.',
  'common.unread.left': '{item} n’apparaît pas : son champ {field} {problem}.',
  'common.unread.kept': '{item} apparaît sans son champ {field}, qui {problem}.',
  'common.unread.more': 'Et {count} de plus.',
  'common.unread.row': 'Certains détails n’ont pas pu être lus',
  'common.unread.problem.missing': 'est absent',
  'common.unread.problem.wrong_type': 'a un type incorrect',
  'common.unread.problem.unknown_value': 'a une valeur inconnue de cette page',
  'common.unread.problem.empty': 'est vide',
  'common.unread.problem.invalid': 'n’est pas valide',
  'common.unread.kind.application': 'Application',
  'common.unread.kind.client': 'Client',
  'common.unread.kind.connection': 'Client',
  'common.unread.kind.tool': 'Outil',
  'common.unread.kind.scope': 'Scope',
  'common.unread.kind.role': 'Rôle',
  'common.unread.kind.binding': 'Attribution',
  'common.unread.kind.user': 'Personne',
  'common.unread.kind.drift_event': 'Modification',
  'common.unread.kind.setup_step': 'Étape de configuration',
  'common.unread.kind.grant': 'Consentement mémorisé',
  'common.unread.named': '{kind} « {name} »',
  'common.unread.numbered': '{kind} nº {number}',
};
