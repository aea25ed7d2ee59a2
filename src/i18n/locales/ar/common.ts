/** Arabic: shared words and the `AuthsecError` codes (translation of ../../messages/common.en.ts). */
import type { commonEn } from '../../messages/common.en.js';
import type { Translation } from '../translation.js';

export const common: Translation<typeof commonEn> = {
  'common.retry': 'إعادة المحاولة',
  'common.cancel': 'إلغاء',
  'error.detail': 'تفاصيل من AuthSec: {detail}',
  'error.retryAfter': 'AuthSec مشغول حاليًا. حاول مرة أخرى {when}.',
  'error.network': 'تعذّر الوصول إلى AuthSec. تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى.',
  'error.forbidden': 'لا يملك حسابك إذنًا بتنفيذ هذا الإجراء. اطلب الوصول من أحد مشرفي مساحة العمل هذه.',
  'error.rate_limited': 'طلبات كثيرة جدًا في وقت قصير. انتظر قليلًا، ثم حاول مرة أخرى.',
  'error.invalid_response': 'أرسل AuthSec ردًّا تعذّر على هذه الصفحة قراءته. حاول مرة أخرى. إذا تكرّر ذلك، فتواصل مع مشرف AuthSec لديك.',
  'error.server': 'تعذّر على AuthSec إتمام الطلب. حاول مرة أخرى بعد بضع دقائق.',
  'error.aborted': 'أُلغي الطلب قبل اكتماله.',
  'error.unknown': 'حدث خطأ غير متوقع. حاول مرة أخرى. إذا تكرّر ذلك، فتواصل مع مشرف AuthSec لديك.',
  'common.risk.low': 'خطورة منخفضة',
  'common.risk.medium': 'خطورة متوسطة',
  'common.risk.high': 'خطورة عالية',
  'common.risk.critical': 'خطورة حرجة',
};
