/** Arabic: an admin's sign-in errors (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'لم تسجّل الدخول، أو لم يعد تسجيل دخولك صالحًا. سجّل الدخول مرة أخرى للمتابعة.',
  'error.session_expired': 'انتهت صلاحية جلستك. سجّل الدخول مرة أخرى، ثم كرّر الخطوة الأخيرة.',
};
