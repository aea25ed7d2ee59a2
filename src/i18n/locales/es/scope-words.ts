/** Spanish: a scope in people's words when AuthSec gives no display name (translation of ../../messages/scope-words.en.ts). */
import type { scopeWordsEn } from '../../messages/scope-words.en.js';
import type { Translation } from '../translation.js';

export const scopeWords: Translation<typeof scopeWordsEn> = {
  'consent.scope.verb.read': 'Leer {object}',
  'consent.scope.verb.write': 'Modificar {object}',
  'consent.scope.verb.delete': 'Eliminar {object}',
  'consent.scope.verb.admin': 'Administrar {object}',
  'consent.scope.verb.search': 'Buscar en {object}',
  'consent.scope.verb.list': 'Listar {object}',
  'consent.scope.verb.run': 'Ejecutar {object}',
  'consent.scope.verb.send': 'Enviar {object}',
  'consent.scope.verb.create': 'Crear {object}',
  'consent.scope.verb.update': 'Actualizar {object}',
  'consent.scope.verb.manage': 'Gestionar {object}',
  'consent.scope.objectFallback': 'esta aplicación',
  'consent.scope.omnibus': 'Todo lo que permite esta aplicación',
};
