/** Spanish: the `AuthsecError` codes only an admin's work meets (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'No has iniciado sesión o tu sesión ya no es válida. Vuelve a iniciar sesión para continuar.',
  'error.session_expired': 'Tu sesión ha caducado. Vuelve a iniciar sesión y repite el último paso.',
  'error.not_found':
    'No se encontró este elemento. Es posible que se haya eliminado o movido. Vuelve atrás y actualiza la lista.',
  'error.conflict':
    'Otra persona modificó esto al mismo tiempo. Vuelve a cargar la página para ver la versión más reciente y repite tu cambio.',
  'error.validation': 'Parte de la información no es válida. Revisa los campos resaltados y vuelve a intentarlo.',
  'access.roleName.viewer': 'Lector',
  'access.roleName.readonly': 'Solo lectura',
  'access.roleName.admin': 'Administrador',
};
