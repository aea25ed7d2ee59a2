/** Brazilian Portuguese: the `AuthsecError` codes only an admin's work meets (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'Você não fez login ou seu login não é mais válido. Faça login novamente para continuar.',
  'error.session_expired': 'Sua sessão expirou. Faça login novamente e repita a última etapa.',
  'error.not_found':
    'Este item não foi encontrado. Ele pode ter sido excluído ou movido. Volte e atualize a lista.',
  'error.conflict':
    'Outra pessoa alterou isto ao mesmo tempo. Recarregue para ver a versão mais recente e faça sua alteração de novo.',
  'error.validation': 'Algumas informações não são válidas. Verifique os campos destacados e tente novamente.',
  'access.roleName.viewer': 'Leitor',
  'access.roleName.readonly': 'Somente leitura',
  'access.roleName.admin': 'Administrador',
};
