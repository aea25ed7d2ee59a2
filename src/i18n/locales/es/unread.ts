/** Spanish: what an admin element says about list entries AuthSec sent that it could not read (translation of ../../messages/unread.en.ts). */
import type { unreadEn } from '../../messages/unread.en.js';
import type { Translation } from '../translation.js';

export const unread: Translation<typeof unreadEn> = {
  'common.unread.summary': 'AuthSec envió {count} entradas que esta página no pudo leer por completo. Se muestra el resto; los recuentos y la preparación no incluyen lo que no se muestra.',
  'common.unread.summary.one': 'AuthSec envió 1 entrada que esta página no pudo leer por completo. Se muestra el resto; los recuentos y la preparación no incluyen lo que no se muestra.',
  'common.unread.summary.many': 'AuthSec envió {count} de entradas que esta página no pudo leer por completo. Se muestra el resto; los recuentos y la preparación no incluyen lo que no se muestra.',
  'common.unread.left': '{item} no se muestra: su campo {field} {problem}.',
  'common.unread.kept': '{item} se muestra sin su campo {field}, que {problem}.',
  'common.unread.more': 'Y {count} más.',
  'common.unread.row': 'Algunos datos no se pudieron leer',
  'common.unread.problem.missing': 'falta',
  'common.unread.problem.wrong_type': 'tiene un tipo incorrecto',
  'common.unread.problem.unknown_value': 'tiene un valor que esta página no reconoce',
  'common.unread.problem.empty': 'está vacío',
  'common.unread.problem.invalid': 'no es válido',
  'common.unread.kind.application': 'Aplicación',
  'common.unread.kind.client': 'Cliente',
  'common.unread.kind.connection': 'Cliente',
  'common.unread.kind.tool': 'Herramienta',
  'common.unread.kind.scope': 'Ámbito',
  'common.unread.kind.role': 'Rol',
  'common.unread.kind.binding': 'Entrada de acceso',
  'common.unread.kind.user': 'Persona',
  'common.unread.kind.drift_event': 'Cambio',
  'common.unread.kind.setup_step': 'Paso de configuración',
  'common.unread.kind.grant': 'Consentimiento recordado',
  'common.unread.named': '{kind} «{name}»',
  'common.unread.numbered': '{kind} n.º {number}',
};
