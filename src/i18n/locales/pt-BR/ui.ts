/** Brazilian Portuguese: the internal building blocks `authsec-ui-*` (translation of ../../messages/ui.en.ts). */
import type { uiEn } from '../../messages/ui.en.js';
import type { Translation } from '../translation.js';

export const ui: Translation<typeof uiEn> = {
  'ui.button.loading': 'Processando…',
  'ui.copy.copy': 'Copiar',
  'ui.copy.copyNamed': 'Copiar {label}',
  'ui.copy.copied': 'Copiado',
  'ui.copy.copyFailed':
    'Não foi possível copiar automaticamente. O texto está selecionado: pressione Ctrl+C (⌘C no Mac) para copiá-lo.',
  'ui.copy.reveal': 'Mostrar',
  'ui.copy.revealNamed': 'Mostrar {label}',
  'ui.dialog.confirm': 'Confirmar',
  'ui.dialog.cancel': 'Cancelar',
  'ui.dialog.requireText': 'Para confirmar, digite “{text}”',
  'ui.dialog.requireTextHint': 'O texto precisa ser idêntico, incluindo maiúsculas e minúsculas.',
  'ui.state.loading': 'Carregando…',
  'ui.state.empty.heading': 'Nada por aqui ainda',
  'ui.state.error.heading': 'Algo deu errado',
  'ui.state.error.message':
    'Algo inesperado deu errado. Tente novamente. Se o problema continuar, fale com o administrador do AuthSec.',
  'ui.state.forbidden.heading': 'Você não tem acesso',
  'ui.state.forbidden.message':
    'Sua conta não tem permissão para ver isto. Peça acesso a um administrador deste espaço de trabalho.',
  'ui.state.retry': 'Tentar novamente',
};
