/** Arabic: the `AuthsecError` codes only an admin's work meets (translation of ../../messages/session.en.ts). */
import type { sessionEn } from '../../messages/session.en.js';
import type { Translation } from '../translation.js';

export const session: Translation<typeof sessionEn> = {
  'error.unauthorized': 'لم تسجّل الدخول، أو لم يعد تسجيل دخولك صالحًا. سجّل الدخول مرة أخرى للمتابعة.',
  'error.session_expired': 'انتهت صلاحية جلستك. سجّل الدخول مرة أخرى، ثم كرّر الخطوة الأخيرة.',
  'error.not_found': 'تعذّر العثور على هذا العنصر. ربما حُذف أو نُقل. ارجع وحدّث القائمة.',
  'error.conflict': 'غيّر شخص آخر هذا العنصر في الوقت نفسه. أعد التحميل لرؤية أحدث نسخة، ثم أجرِ تغييرك مرة أخرى.',
  'error.validation': 'بعض المعلومات غير صالحة. راجع الحقول المميّزة وحاول مرة أخرى.',
  'access.roleName.viewer': 'المشاهد',
  'access.roleName.readonly': 'القراءة فقط',
  'access.roleName.admin': 'المشرف',
};
