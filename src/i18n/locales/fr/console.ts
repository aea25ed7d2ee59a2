/** French (France): `<authsec-admin-console>` (translation of ../../messages/console.en.ts). */
import type { consoleEn } from '../../messages/console.en.js';
import type { Translation } from '../translation.js';

export const console: Translation<typeof consoleEn> = {
  'console.label': 'Administration AuthSec',
  'console.breadcrumb': 'Fil d’Ariane',
  'console.applications': 'Applications',
  'console.tabs': 'Sections de {application}',
  'console.tabsNoName': 'Sections de cette application',
  'console.loadingApp': 'Chargement de l’application…',
  'console.tab.overview': 'Vue d’ensemble',
  'console.tab.setup': 'Configuration',
  'console.tab.tools': 'Outils',
  'console.tab.scopes': 'Scopes',
  'console.tab.access': 'Accès',
  'console.tab.people': 'Personnes',
  'console.tab.connections': 'Connexions',
  'console.tab.activity': 'Activité',
  'console.readonly': 'Lecture seule : vous pouvez tout consulter, mais rien modifier.',
  'console.opened': '{application} : {tab}',
  'console.openedList': 'Toutes les applications',
  'console.openedRegister': 'Installer la protection',
  'console.notFound.heading': 'Cette application n’existe pas',
  'console.notFound.message': 'Elle a peut-être été supprimée, ou le lien pointe vers un autre espace de travail.',
  'console.noTabs': 'Toutes les sections de cette application sont masquées.',
  'console.viewFailed': 'Cette vue n’a pas pu être chargée. Vérifiez la connexion et réessayez.',
  'console.viewFailedAgain': 'Cette vue n’a toujours pas pu être chargée. Rechargez la page pour réessayer.',
};
