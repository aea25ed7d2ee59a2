/** Spanish: `<authsec-admin-console>` (translation of ../../messages/console.en.ts). */
import type { consoleEn } from '../../messages/console.en.js';
import type { Translation } from '../translation.js';

export const console: Translation<typeof consoleEn> = {
  'console.label': 'Administración de AuthSec',
  'console.breadcrumb': 'Ubicación actual',
  'console.applications': 'Aplicaciones',
  'console.tabs': 'Secciones de {application}',
  'console.tabsNoName': 'Secciones de esta aplicación',
  'console.loadingApp': 'Cargando la aplicación…',
  'console.tab.overview': 'Resumen',
  'console.tab.setup': 'Configuración',
  'console.tab.tools': 'Herramientas',
  'console.tab.scopes': 'Ámbitos',
  'console.tab.access': 'Acceso',
  'console.tab.people': 'Personas',
  'console.tab.connections': 'Conexiones',
  'console.tab.activity': 'Actividad',
  'console.readonly': 'Vista de solo lectura: puedes verlo todo, pero no cambiar nada.',
  'console.opened': '{application}: {tab}',
  'console.openedList': 'Todas las aplicaciones',
  'console.openedRegister': 'Instalar protección',
  'console.notFound.heading': 'Esta aplicación no existe',
  'console.notFound.message': 'Es posible que se haya eliminado o que el enlace lleve a otro espacio de trabajo.',
  'console.noTabs': 'Todas las secciones de esta aplicación están ocultas.',
  'console.viewFailed': 'No se pudo cargar esta vista. Comprueba la conexión y vuelve a intentarlo.',
  'console.viewFailedAgain': 'Esta vista sigue sin poder cargarse. Recarga la página para volver a intentarlo.',
};
