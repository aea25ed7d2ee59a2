/** Brazilian Portuguese: list entries an admin element could not read (translation of ../../messages/unread.en.ts). */
import type { unreadEn } from '../../messages/unread.en.js';
import type { Translation } from '../translation.js';

export const unread: Translation<typeof unreadEn> = {
  'common.unread.summary': 'O AuthSec enviou {count} itens que esta página não conseguiu ler por completo. O restante é exibido; as contagens e a prontidão desconsideram o que não aparece.',
  'common.unread.summary.one': 'O AuthSec enviou {count} item que esta página não conseguiu ler por completo. O restante é exibido; as contagens e a prontidão desconsideram o que não aparece.',
  'common.unread.summary.many': 'O AuthSec enviou {count} de itens que esta página não conseguiu ler por completo. O restante é exibido; as contagens e a prontidão desconsideram o que não aparece.',
  'common.unread.left': '{item} não aparece: o campo {field} {problem}.',
  'common.unread.kept': '{item} aparece sem o campo {field}, que {problem}.',
  'common.unread.more': 'E mais {count}.',
  'common.unread.row': 'Alguns dados não puderam ser lidos',
  'common.unread.problem.missing': 'está ausente',
  'common.unread.problem.wrong_type': 'tem o tipo errado',
  'common.unread.problem.unknown_value': 'tem um valor que esta página não reconhece',
  'common.unread.problem.empty': 'está vazio',
  'common.unread.problem.invalid': 'não é válido',
  'common.unread.kind.application': 'Aplicação',
  'common.unread.kind.client': 'Cliente',
  'common.unread.kind.connection': 'Cliente',
  'common.unread.kind.tool': 'Ferramenta',
  'common.unread.kind.scope': 'Escopo',
  'common.unread.kind.role': 'Função',
  'common.unread.kind.binding': 'Vínculo de acesso',
  'common.unread.kind.user': 'Pessoa',
  'common.unread.kind.drift_event': 'Alteração',
  'common.unread.kind.setup_step': 'Etapa de configuração',
  'common.unread.kind.grant': 'Consentimento salvo',
  'common.unread.named': '{kind} “{name}”',
  'common.unread.numbered': '{kind} nº {number}',
};
