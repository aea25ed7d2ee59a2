/**
 * English: a scope in people's words when AuthSec gives no display name (src/model/scope-words.ts).
 * Shared by the consent screen and the remembered-consent lists; the keys keep their consent
 * prefix, which hosts' translations already use.
 */
export const scopeWordsEn = {
  'consent.scope.verb.read': 'Read {object}',
  'consent.scope.verb.write': 'Change {object}',
  'consent.scope.verb.delete': 'Delete {object}',
  'consent.scope.verb.admin': 'Administer {object}',
  'consent.scope.verb.search': 'Search {object}',
  'consent.scope.verb.list': 'List {object}',
  'consent.scope.verb.run': 'Run {object}',
  'consent.scope.verb.send': 'Send {object}',
  'consent.scope.verb.create': 'Create {object}',
  'consent.scope.verb.update': 'Update {object}',
  'consent.scope.verb.manage': 'Manage {object}',
  'consent.scope.objectFallback': 'this application',
  'consent.scope.omnibus': 'Everything this application allows',
} as const;
