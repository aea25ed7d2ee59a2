/** Japanese: `<authsec-admin-console>` (translation of ../../messages/console.en.ts). */
import type { consoleEn } from '../../messages/console.en.js';
import type { Translation } from '../translation.js';

export const console: Translation<typeof consoleEn> = {
  'console.label': 'AuthSec管理コンソール',
  'console.breadcrumb': '現在地',
  'console.applications': 'アプリケーション',
  'console.tabs': '{application}のセクション',
  'console.tabsNoName': 'このアプリケーションのセクション',
  'console.loadingApp': 'アプリケーションを読み込み中…',
  'console.tab.overview': '概要',
  'console.tab.setup': 'セットアップ',
  'console.tab.tools': 'ツール',
  'console.tab.scopes': 'スコープ',
  'console.tab.access': 'アクセス',
  'console.tab.people': 'ユーザー',
  'console.tab.connections': '接続',
  'console.tab.activity': 'アクティビティ',
  'console.readonly': '閲覧専用：すべての情報を確認できますが、変更はできません。',
  'console.opened': '{application}：{tab}',
  'console.openedList': 'すべてのアプリケーション',
  'console.openedRegister': '保護を導入',
  'console.notFound.heading': 'このアプリケーションは存在しません',
  'console.notFound.message': '削除されたか、リンクが別のワークスペースを指している可能性があります。',
  'console.noTabs': 'このアプリケーションのセクションはすべて非表示になっています。',
  'console.viewFailed': 'この画面を読み込めませんでした。接続を確認して、もう一度お試しください。',
  'console.viewFailedAgain': 'この画面はまだ読み込めません。ページを再読み込みして、もう一度お試しください。',
};
