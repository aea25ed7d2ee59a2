/** English: what an admin element says about list entries AuthSec sent that it could not read. */
export const unreadEn = {
  'common.unread.summary': 'AuthSec sent {count} entries this page could not fully read. The rest is shown; counts and readiness leave out what is not.',
  'common.unread.summary.one': 'AuthSec sent 1 entry this page could not fully read. The rest is shown; counts and readiness leave out what is not.',
  'common.unread.left': '{item} is not shown: its {field} {problem}.',
  'common.unread.kept': '{item} is shown without its {field}, which {problem}.',
  'common.unread.more': 'And {count} more.',
  // On the row of an entry shown without a field it could not read.
  'common.unread.row': 'Some details could not be read',
  'common.unread.problem.missing': 'is missing',
  'common.unread.problem.wrong_type': 'has the wrong type',
  'common.unread.problem.unknown_value': 'has a value this page does not know',
  'common.unread.problem.empty': 'is empty',
  'common.unread.problem.invalid': 'is not valid',
  'common.unread.kind.application': 'Application',
  'common.unread.kind.client': 'Client',
  'common.unread.kind.connection': 'Client',
  'common.unread.kind.tool': 'Tool',
  'common.unread.kind.scope': 'Scope',
  'common.unread.kind.role': 'Role',
  'common.unread.kind.binding': 'Access entry',
  'common.unread.kind.user': 'Person',
  'common.unread.kind.drift_event': 'Change',
  'common.unread.kind.setup_step': 'Setup step',
  'common.unread.kind.grant': 'Remembered consent',
  // An item named as AuthSec named it (the language's quotation marks), else by its place in the list.
  'common.unread.named': '{kind} “{name}”',
  'common.unread.numbered': '{kind} #{number}',
} as const;
