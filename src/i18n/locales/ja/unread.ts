/** Japanese: what an admin element says about list entries AuthSec sent that it could not read (translation of ../../messages/unread.en.ts). */
import type { unreadEn } from '../../messages/unread.en.js';
import type { Translation } from '../translation.js';

export const unread: Translation<typeof unreadEn> = {
  'common.unread.summary': 'AuthSecから届いた項目のうち{count}件を、このページで完全には読み取れませんでした。それ以外は表示しています。件数と準備状況には、表示されていない項目は含まれません。',
  'common.unread.summary.one': 'AuthSecから届いた項目のうち1件を、このページで完全には読み取れませんでした。それ以外は表示しています。件数と準備状況には、表示されていない項目は含まれません。',
  'common.unread.left': '{item}は表示していません。{field}が{problem}。',
  'common.unread.kept': '{item}は表示していますが、{field}は除外しています。値が{problem}。',
  'common.unread.more': 'ほかに{count}件あります。',
  'common.unread.row': '一部の情報を読み取れませんでした',
  'common.unread.problem.missing': 'ありません',
  'common.unread.problem.wrong_type': '想定外の型です',
  'common.unread.problem.unknown_value': 'このページで認識できない内容です',
  'common.unread.problem.empty': '空です',
  'common.unread.problem.invalid': '無効です',
  'common.unread.kind.application': 'アプリケーション',
  'common.unread.kind.client': 'クライアント',
  'common.unread.kind.connection': 'クライアント',
  'common.unread.kind.tool': 'ツール',
  'common.unread.kind.scope': 'スコープ',
  'common.unread.kind.role': 'ロール',
  'common.unread.kind.binding': 'ロール割り当て',
  'common.unread.kind.user': 'ユーザー',
  'common.unread.kind.drift_event': '変更',
  'common.unread.kind.setup_step': 'セットアップのステップ',
  'common.unread.kind.grant': '保存された同意',
  'common.unread.named': '{kind}「{name}」',
  'common.unread.numbered': '{kind} #{number}',
};
