/** Spanish: shared words and the `AuthsecError` codes every element can meet (translation of ../../messages/common.en.ts). */
import type { commonEn } from '../../messages/common.en.js';
import type { Translation } from '../translation.js';

export const common: Translation<typeof commonEn> = {
  'common.retry': 'Reintentar',
  'common.cancel': 'Cancelar',
  'error.detail': 'Detalles de AuthSec: {detail}',
  'error.retryAfter': 'AuthSec está ocupado en este momento. Vuelve a intentarlo {when}.',
  'error.network': 'No se pudo conectar con AuthSec. Comprueba tu conexión a internet y vuelve a intentarlo.',
  'error.forbidden':
    'Tu cuenta no tiene permiso para hacer esto. Pide acceso a un administrador de este espacio de trabajo.',
  'error.rate_limited': 'Demasiadas solicitudes en poco tiempo. Espera un momento y vuelve a intentarlo.',
  'error.invalid_response':
    'AuthSec envió una respuesta que esta página no pudo leer. Vuelve a intentarlo. Si sigue ocurriendo, contacta con tu administrador de AuthSec.',
  'error.server': 'AuthSec no pudo completar la solicitud. Vuelve a intentarlo en unos minutos.',
  'error.aborted': 'La solicitud se canceló antes de terminar.',
  'error.unknown': 'Se produjo un error inesperado. Vuelve a intentarlo. Si sigue ocurriendo, contacta con tu administrador de AuthSec.',
  'common.risk.low': 'Riesgo bajo',
  'common.risk.medium': 'Riesgo medio',
  'common.risk.high': 'Riesgo alto',
  'common.risk.critical': 'Riesgo crítico',
};
