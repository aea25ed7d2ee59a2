/** German: the `AuthsecError` codes only an admin's work meets (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'Sie sind nicht angemeldet, oder Ihre Anmeldung ist nicht mehr gültig. Melden Sie sich erneut an, um fortzufahren.',
  'error.session_expired': 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und wiederholen Sie dann den letzten Schritt.',
  'error.not_found':
    'Dieses Element wurde nicht gefunden. Möglicherweise wurde es gelöscht oder verschoben. Gehen Sie zurück und aktualisieren Sie die Liste.',
  'error.conflict':
    'Jemand anderes hat dies gleichzeitig geändert. Laden Sie die Seite neu, um die aktuelle Version zu sehen, und nehmen Sie Ihre Änderung dann erneut vor.',
  'error.validation': 'Einige Angaben sind ungültig. Prüfen Sie die markierten Felder und versuchen Sie es erneut.',
  'access.roleName.viewer': 'Betrachter',
  'access.roleName.readonly': 'Nur Lesen',
  'access.roleName.admin': 'Admin',
};
