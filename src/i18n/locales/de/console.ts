/** German: `<authsec-admin-console>` (translation of ../../messages/console.en.ts). */
import type { consoleEn } from '../../messages/console.en.js';
import type { Translation } from '../translation.js';

export const console: Translation<typeof consoleEn> = {
  'console.label': 'AuthSec-Verwaltung',
  'console.breadcrumb': 'Sie sind hier',
  'console.applications': 'Anwendungen',
  'console.tabs': 'Bereiche von {application}',
  'console.tabsNoName': 'Bereiche dieser Anwendung',
  'console.loadingApp': 'Anwendung wird geladen…',
  'console.tab.overview': 'Übersicht',
  'console.tab.setup': 'Einrichtung',
  'console.tab.tools': 'Tools',
  'console.tab.scopes': 'Scopes',
  'console.tab.access': 'Zugriff',
  'console.tab.people': 'Personen',
  'console.tab.connections': 'Verbindungen',
  'console.tab.activity': 'Aktivität',
  'console.readonly': 'Nur-Lese-Ansicht: Sie können alles sehen, aber nichts ändern.',
  'console.opened': '{application}: {tab}',
  'console.openedList': 'Alle Anwendungen',
  'console.openedRegister': 'Schutz einrichten',
  'console.notFound.heading': 'Diese Anwendung existiert nicht',
  'console.notFound.message': 'Möglicherweise wurde sie gelöscht, oder der Link verweist auf einen anderen Arbeitsbereich.',
  'console.noTabs': 'Alle Bereiche dieser Anwendung sind ausgeblendet.',
  'console.viewFailed': 'Diese Ansicht konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'console.viewFailedAgain': 'Diese Ansicht konnte weiterhin nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
};
