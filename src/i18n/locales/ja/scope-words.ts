/** Japanese: a scope in people's words when AuthSec gives no display name (translation of ../../messages/scope-words.en.ts). */
import type { scopeWordsEn } from '../../messages/scope-words.en.js';
import type { Translation } from '../translation.js';

export const scopeWords: Translation<typeof scopeWordsEn> = {
  'consent.scope.verb.read': '{object}の読み取り',
  'consent.scope.verb.write': '{object}の変更',
  'consent.scope.verb.delete': '{object}の削除',
  'consent.scope.verb.admin': '{object}の管理者権限',
  'consent.scope.verb.search': '{object}の検索',
  'consent.scope.verb.list': '{object}の一覧表示',
  'consent.scope.verb.run': '{object}の実行',
  'consent.scope.verb.send': '{object}の送信',
  'consent.scope.verb.create': '{object}の作成',
  'consent.scope.verb.update': '{object}の更新',
  'consent.scope.verb.manage': '{object}の管理',
  'consent.scope.objectFallback': 'このアプリケーション',
  'consent.scope.omnibus': 'このアプリケーションで許可されているすべての操作',
};
