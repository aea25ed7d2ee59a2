/** German: shared words and the `AuthsecError` codes (translation of ../../messages/common.en.ts). */
import type { commonEn } from '../../messages/common.en.js';
import type { Translation } from '../translation.js';

export const common: Translation<typeof commonEn> = {
  'common.retry': 'Erneut versuchen',
  'common.cancel': 'Abbrechen',
  'error.detail': 'Details von AuthSec: {detail}',
  'error.retryAfter': 'AuthSec ist gerade ausgelastet. Versuchen Sie es {when} erneut.',
  'error.network': 'AuthSec ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es dann erneut.',
  'error.forbidden':
    'Ihr Konto ist dazu nicht berechtigt. Bitten Sie einen Admin dieses Arbeitsbereichs um Zugriff.',
  'error.rate_limited': 'Zu viele Anfragen in kurzer Zeit. Warten Sie einen Moment und versuchen Sie es dann erneut.',
  'error.invalid_response':
    'AuthSec hat eine Antwort gesendet, die diese Seite nicht lesen kann. Versuchen Sie es erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren AuthSec-Administrator.',
  'error.server': 'AuthSec konnte die Anfrage nicht abschließen. Versuchen Sie es in ein paar Minuten erneut.',
  'error.aborted': 'Die Anfrage wurde abgebrochen, bevor sie abgeschlossen war.',
  'error.unknown': 'Etwas Unerwartetes ist schiefgelaufen. Versuchen Sie es erneut. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihren AuthSec-Administrator.',
  'common.risk.low': 'Geringes Risiko',
  'common.risk.medium': 'Mittleres Risiko',
  'common.risk.high': 'Hohes Risiko',
  'common.risk.critical': 'Kritisches Risiko',
};
