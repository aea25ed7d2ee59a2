/** Arabic: the internal building blocks `authsec-ui-*` (translation of ../../messages/ui.en.ts). */
import type { uiEn } from '../../messages/ui.en.js';
import type { Translation } from '../translation.js';

export const ui: Translation<typeof uiEn> = {
  'ui.button.loading': 'جارٍ التنفيذ…',
  'ui.copy.copy': 'نسخ',
  'ui.copy.copyNamed': 'نسخ {label}',
  'ui.copy.copied': 'تم النسخ',
  'ui.copy.copyFailed': 'تعذّر النسخ تلقائيًا. النص محدَّد: اضغط Ctrl+C (أو ⌘C على Mac) لنسخه.',
  'ui.copy.reveal': 'إظهار',
  'ui.copy.revealNamed': 'إظهار {label}',
  'ui.dialog.confirm': 'تأكيد',
  'ui.dialog.cancel': 'إلغاء',
  'ui.dialog.requireText': 'للتأكيد، اكتب «{text}»',
  'ui.dialog.requireTextHint': 'يجب أن يتطابق النص تمامًا، بما في ذلك الأحرف الكبيرة والصغيرة.',
  'ui.state.loading': 'جارٍ التحميل…',
  'ui.state.empty.heading': 'لا يوجد شيء هنا بعد',
  'ui.state.error.heading': 'حدث خطأ',
  'ui.state.error.message': 'حدث خطأ غير متوقع. حاول مرة أخرى. إذا تكرّر ذلك، فتواصل مع مشرف AuthSec لديك.',
  'ui.state.forbidden.heading': 'ليس لديك إذن بالوصول',
  'ui.state.forbidden.message': 'لا يملك حسابك إذنًا بعرض هذا المحتوى. اطلب الوصول من أحد مشرفي مساحة العمل هذه.',
  'ui.state.retry': 'إعادة المحاولة',
};
