/** English: The internal building blocks (`authsec-ui-*`). Registered when a building block is loaded. */
export const uiEn = {
  'ui.button.loading': 'Working…',
  'ui.copy.copy': 'Copy',
  'ui.copy.copyNamed': 'Copy {label}',
  'ui.copy.copied': 'Copied',
  'ui.copy.copyFailed':
    'Could not copy automatically. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  'ui.copy.reveal': 'Show',
  'ui.copy.revealNamed': 'Show {label}',
  'ui.dialog.confirm': 'Confirm',
  'ui.dialog.cancel': 'Cancel',
  'ui.dialog.requireText': 'To confirm, type “{text}”',
  'ui.dialog.requireTextHint': 'The text must match exactly, including capital letters.',
  'ui.state.loading': 'Loading…',
  'ui.state.empty.heading': 'Nothing here yet',
  'ui.state.error.heading': 'Something went wrong',
  'ui.state.error.message':
    'Something unexpected went wrong. Try again. If it keeps happening, contact your AuthSec administrator.',
  'ui.state.forbidden.heading': 'You do not have access',
  'ui.state.forbidden.message':
    'Your account does not have permission to view this. Ask an administrator of this workspace for access.',
  'ui.state.retry': 'Try again',
} as const;
