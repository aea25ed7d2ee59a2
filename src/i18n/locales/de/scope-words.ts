/** German: a scope in people's words when AuthSec gives no display name (translation of ../../messages/scope-words.en.ts). */
import type { scopeWordsEn } from '../../messages/scope-words.en.js';
import type { Translation } from '../translation.js';

export const scopeWords: Translation<typeof scopeWordsEn> = {
  'consent.scope.verb.read': '{object} lesen',
  'consent.scope.verb.write': '{object} ändern',
  'consent.scope.verb.delete': '{object} löschen',
  'consent.scope.verb.admin': '{object} administrieren',
  'consent.scope.verb.search': '{object} durchsuchen',
  'consent.scope.verb.list': '{object} auflisten',
  'consent.scope.verb.run': '{object} ausführen',
  'consent.scope.verb.send': '{object} senden',
  'consent.scope.verb.create': '{object} erstellen',
  'consent.scope.verb.update': '{object} aktualisieren',
  'consent.scope.verb.manage': '{object} verwalten',
  'consent.scope.objectFallback': 'Diese Anwendung',
  'consent.scope.omnibus': 'Alles, was diese Anwendung erlaubt',
};
