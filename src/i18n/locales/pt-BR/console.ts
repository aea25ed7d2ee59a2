/** Brazilian Portuguese: `<authsec-admin-console>` (translation of ../../messages/console.en.ts). */
import type { consoleEn } from '../../messages/console.en.js';
import type { Translation } from '../translation.js';

export const console: Translation<typeof consoleEn> = {
  'console.label': 'Administração do AuthSec',
  'console.breadcrumb': 'Onde você está',
  'console.applications': 'Aplicações',
  'console.tabs': 'Seções de {application}',
  'console.tabsNoName': 'Seções desta aplicação',
  'console.loadingApp': 'Carregando a aplicação…',
  'console.tab.overview': 'Visão geral',
  'console.tab.setup': 'Configuração',
  'console.tab.tools': 'Ferramentas',
  'console.tab.scopes': 'Escopos',
  'console.tab.access': 'Acesso',
  'console.tab.people': 'Pessoas',
  'console.tab.connections': 'Conexões',
  'console.tab.activity': 'Atividade',
  'console.readonly': 'Modo somente leitura: você pode ver tudo, mas não pode alterar nada.',
  'console.opened': '{application}: {tab}',
  'console.openedList': 'Todas as aplicações',
  'console.openedRegister': 'Instalar proteção',
  'console.notFound.heading': 'Esta aplicação não existe',
  'console.notFound.message': 'Ela pode ter sido excluída, ou o link aponta para outro espaço de trabalho.',
  'console.noTabs': 'Todas as seções desta aplicação estão ocultas.',
  'console.viewFailed': 'Não foi possível carregar esta visualização. Verifique a conexão e tente novamente.',
  'console.viewFailedAgain': 'Ainda não foi possível carregar esta visualização. Recarregue a página para tentar novamente.',
};
