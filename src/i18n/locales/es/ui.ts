/** Spanish: the internal building blocks, `authsec-ui-*` (translation of ../../messages/ui.en.ts). */
import type { uiEn } from '../../messages/ui.en.js';
import type { Translation } from '../translation.js';

export const ui: Translation<typeof uiEn> = {
  'ui.button.loading': 'Procesando…',
  'ui.copy.copy': 'Copiar',
  'ui.copy.copyNamed': 'Copiar {label}',
  'ui.copy.copied': 'Copiado',
  'ui.copy.copyFailed':
    'No se pudo copiar automáticamente. El texto está seleccionado: pulsa Ctrl+C (⌘C en Mac) para copiarlo.',
  'ui.copy.reveal': 'Mostrar',
  'ui.copy.revealNamed': 'Mostrar {label}',
  'ui.dialog.confirm': 'Confirmar',
  'ui.dialog.cancel': 'Cancelar',
  'ui.dialog.requireText': 'Para confirmar, escribe “{text}”',
  'ui.dialog.requireTextHint': 'El texto debe coincidir exactamente, incluidas las mayúsculas.',
  'ui.state.loading': 'Cargando…',
  'ui.state.empty.heading': 'Aún no hay nada aquí',
  'ui.state.error.heading': 'Algo salió mal',
  'ui.state.error.message':
    'Se produjo un error inesperado. Vuelve a intentarlo. Si sigue ocurriendo, contacta con tu administrador de AuthSec.',
  'ui.state.forbidden.heading': 'No tienes acceso',
  'ui.state.forbidden.message':
    'Tu cuenta no tiene permiso para ver esto. Pide acceso a un administrador de este espacio de trabajo.',
  'ui.state.retry': 'Reintentar',
};
