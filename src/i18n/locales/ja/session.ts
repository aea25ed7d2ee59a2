/** Japanese: the `AuthsecError` codes only an admin's work meets (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'サインインしていないか、サインインの有効期限が切れています。続行するには、もう一度サインインしてください。',
  'error.session_expired': 'セッションの有効期限が切れました。もう一度サインインしてから、直前の操作をやり直してください。',
  'error.not_found':
    'この項目が見つかりませんでした。削除または移動された可能性があります。前の画面に戻り、一覧を更新してください。',
  'error.conflict':
    '他のユーザーが同時にこの項目を変更しました。再読み込みして最新の内容を確認してから、もう一度変更してください。',
  'error.validation': '入力内容に無効な箇所があります。強調表示された項目を確認して、もう一度お試しください。',
  'access.roleName.viewer': '閲覧者',
  'access.roleName.readonly': '読み取り専用',
  'access.roleName.admin': '管理者',
};
