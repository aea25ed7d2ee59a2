/** Japanese: shared words and the `AuthsecError` codes every element can meet (translation of ../../messages/common.en.ts). */
import type { commonEn } from '../../messages/common.en.js';
import type { Translation } from '../translation.js';

export const common: Translation<typeof commonEn> = {
  'common.retry': '再試行',
  'common.cancel': 'キャンセル',
  'error.detail': 'AuthSecからの詳細：{detail}',
  'error.retryAfter': 'AuthSecは現在混み合っています。{when}にもう一度お試しください。',
  'error.network': 'AuthSecに接続できませんでした。インターネット接続を確認してから、もう一度お試しください。',
  'error.forbidden':
    'この操作を行う権限がアカウントにありません。このワークスペースの管理者にアクセス権を依頼してください。',
  'error.rate_limited': '短時間にリクエストが集中しました。しばらく待ってから、もう一度お試しください。',
  'error.invalid_response':
    'AuthSecから、このページで読み取れない応答が返されました。もう一度お試しください。問題が続く場合は、AuthSecの管理者にお問い合わせください。',
  'error.server': 'AuthSecでリクエストを完了できませんでした。数分後にもう一度お試しください。',
  'error.aborted': 'リクエストは完了する前にキャンセルされました。',
  'error.unknown': '予期しない問題が発生しました。もう一度お試しください。問題が続く場合は、AuthSecの管理者にお問い合わせください。',
  'common.risk.low': '低リスク',
  'common.risk.medium': '中リスク',
  'common.risk.high': '高リスク',
  'common.risk.critical': '重大リスク',
};
