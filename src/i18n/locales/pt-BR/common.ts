/** Brazilian Portuguese: shared words and `AuthsecError` codes (translation of ../../messages/common.en.ts). */
import type { commonEn } from '../../messages/common.en.js';
import type { Translation } from '../translation.js';

export const common: Translation<typeof commonEn> = {
  'common.retry': 'Tentar novamente',
  'common.cancel': 'Cancelar',
  'error.detail': 'Detalhes do AuthSec: {detail}',
  'error.retryAfter': 'O AuthSec está ocupado no momento. Tente novamente {when}.',
  'error.network': 'Não foi possível acessar o AuthSec. Verifique sua conexão com a internet e tente novamente.',
  'error.forbidden':
    'Sua conta não tem permissão para fazer isso. Peça acesso a um administrador deste espaço de trabalho.',
  'error.rate_limited': 'Muitas solicitações em pouco tempo. Aguarde um momento e tente novamente.',
  'error.invalid_response':
    'O AuthSec enviou uma resposta que esta página não conseguiu ler. Tente novamente. Se o problema continuar, fale com o administrador do AuthSec.',
  'error.server': 'O AuthSec não conseguiu concluir a solicitação. Tente novamente em alguns minutos.',
  'error.aborted': 'A solicitação foi cancelada antes de terminar.',
  'error.unknown': 'Algo inesperado deu errado. Tente novamente. Se o problema continuar, fale com o administrador do AuthSec.',
  'common.risk.low': 'Risco baixo',
  'common.risk.medium': 'Risco médio',
  'common.risk.high': 'Risco alto',
  'common.risk.critical': 'Risco crítico',
};
