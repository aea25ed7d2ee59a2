/** German: list entries AuthSec sent that an admin element could not read (translation of ../../messages/unread.en.ts). */
import type { unreadEn } from '../../messages/unread.en.js';
import type { Translation } from '../translation.js';

export const unread: Translation<typeof unreadEn> = {
  'common.unread.summary': 'AuthSec hat {count} Einträge gesendet, die diese Seite nicht vollständig lesen konnte. Der Rest wird angezeigt; Zahlen und Bereitschaft berücksichtigen nur die angezeigten Einträge.',
  'common.unread.summary.one': 'AuthSec hat 1 Eintrag gesendet, den diese Seite nicht vollständig lesen konnte. Der Rest wird angezeigt; Zahlen und Bereitschaft berücksichtigen nur die angezeigten Einträge.',
  'common.unread.left': '{item} wird nicht angezeigt, denn das Feld {field} {problem}.',
  'common.unread.kept': '{item} wird ohne das Feld {field} angezeigt, denn es {problem}.',
  'common.unread.more': 'Und {count} weitere.',
  'common.unread.row': 'Einige Angaben konnten nicht gelesen werden',
  'common.unread.problem.missing': 'fehlt',
  'common.unread.problem.wrong_type': 'hat den falschen Typ',
  'common.unread.problem.unknown_value': 'hat einen Wert, den diese Seite nicht kennt',
  'common.unread.problem.empty': 'ist leer',
  'common.unread.problem.invalid': 'ist ungültig',
  'common.unread.kind.application': 'Anwendung',
  'common.unread.kind.client': 'Client',
  'common.unread.kind.connection': 'Client',
  'common.unread.kind.tool': 'Tool',
  'common.unread.kind.scope': 'Scope',
  'common.unread.kind.role': 'Rolle',
  'common.unread.kind.binding': 'Zugriffseintrag',
  'common.unread.kind.user': 'Person',
  'common.unread.kind.drift_event': 'Änderung',
  'common.unread.kind.setup_step': 'Einrichtungsschritt',
  'common.unread.kind.grant': 'Gespeicherte Zustimmung',
  'common.unread.named': '{kind} „{name}“',
  'common.unread.numbered': '{kind} Nr. {number}',
};
