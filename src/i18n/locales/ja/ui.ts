/** Japanese: the internal building blocks (`authsec-ui-*`) (translation of ../../messages/ui.en.ts). */
import type { uiEn } from '../../messages/ui.en.js';
import type { Translation } from '../translation.js';

export const ui: Translation<typeof uiEn> = {
  'ui.button.loading': '処理中…',
  'ui.copy.copy': 'コピー',
  'ui.copy.copyNamed': '{label}をコピー',
  'ui.copy.copied': 'コピーしました',
  'ui.copy.copyFailed':
    '自動でコピーできませんでした。テキストは選択済みです。Ctrl+C（Macでは⌘C）を押してコピーしてください。',
  'ui.copy.reveal': '表示',
  'ui.copy.revealNamed': '{label}を表示',
  'ui.dialog.confirm': '確認',
  'ui.dialog.cancel': 'キャンセル',
  'ui.dialog.requireText': '確認のため「{text}」と入力してください',
  'ui.dialog.requireTextHint': '大文字と小文字の区別も含め、正確に一致させてください。',
  'ui.state.loading': '読み込み中…',
  'ui.state.empty.heading': 'まだ何もありません',
  'ui.state.error.heading': '問題が発生しました',
  'ui.state.error.message':
    '予期しない問題が発生しました。もう一度お試しください。問題が続く場合は、AuthSecの管理者にお問い合わせください。',
  'ui.state.forbidden.heading': 'アクセス権がありません',
  'ui.state.forbidden.message':
    'このページを表示する権限がアカウントにありません。このワークスペースの管理者にアクセス権を依頼してください。',
  'ui.state.retry': '再試行',
};
