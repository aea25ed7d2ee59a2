/** Brazilian Portuguese: a scope in people's words (translation of ../../messages/scope-words.en.ts). */
import type { scopeWordsEn } from '../../messages/scope-words.en.js';
import type { Translation } from '../translation.js';

export const scopeWords: Translation<typeof scopeWordsEn> = {
  'consent.scope.verb.read': 'Ler {object}',
  'consent.scope.verb.write': 'Alterar {object}',
  'consent.scope.verb.delete': 'Excluir {object}',
  'consent.scope.verb.admin': 'Administrar {object}',
  'consent.scope.verb.search': 'Pesquisar {object}',
  'consent.scope.verb.list': 'Listar {object}',
  'consent.scope.verb.run': 'Executar {object}',
  'consent.scope.verb.send': 'Enviar {object}',
  'consent.scope.verb.create': 'Criar {object}',
  'consent.scope.verb.update': 'Atualizar {object}',
  'consent.scope.verb.manage': 'Gerenciar {object}',
  'consent.scope.objectFallback': 'esta aplicação',
  'consent.scope.omnibus': 'Tudo o que esta aplicação permite',
};
