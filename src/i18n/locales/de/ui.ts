/** German: the internal building blocks `authsec-ui-*` (translation of ../../messages/ui.en.ts). */
import type { uiEn } from '../../messages/ui.en.js';
import type { Translation } from '../translation.js';

export const ui: Translation<typeof uiEn> = {
  'ui.button.loading': 'Wird ausgeführt…',
  'ui.copy.copy': 'Kopieren',
  'ui.copy.copyNamed': '{label} kopieren',
  'ui.copy.copied': 'Kopiert',
  'ui.copy.copyFailed':
    'Automatisches Kopieren nicht möglich. Der Text ist markiert: Drücken Sie Strg+C (⌘C auf dem Mac), um ihn zu kopieren.',
  'ui.copy.reveal': 'Anzeigen',
  'ui.copy.revealNamed': '{label} anzeigen',
  'ui.dialog.confirm': 'Bestätigen',
  'ui.dialog.cancel': 'Abbrechen',
  'ui.dialog.requireText': 'Geben Sie zur Bestätigung „{text}“ ein',
  'ui.dialog.requireTextHint': 'Der Text muss genau übereinstimmen, einschließlich Groß- und Kleinschreibung.',
  'ui.state.loading': 'Wird geladen…',
  'ui.state.empty.heading': 'Noch nichts vorhanden',
  'ui.state.error.heading': 'Etwas ist schiefgelaufen',
  'ui.state.error.message':
    'Etwas Unerwartetes ist schiefgelaufen. Versuchen Sie es erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren AuthSec-Administrator.',
  'ui.state.forbidden.heading': 'Sie haben keinen Zugriff',
  'ui.state.forbidden.message':
    'Ihr Konto ist nicht berechtigt, dies anzuzeigen. Bitten Sie einen Admin dieses Arbeitsbereichs um Zugriff.',
  'ui.state.retry': 'Erneut versuchen',
};
