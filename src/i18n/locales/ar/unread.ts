/** Arabic: list entries AuthSec sent that an admin element could not read (translation of ../../messages/unread.en.ts). */
import type { unreadEn } from '../../messages/unread.en.js';
import type { Translation } from '../translation.js';

export const unread: Translation<typeof unreadEn> = {
  'common.unread.summary': 'أرسل AuthSec {count} إدخال تعذّر على هذه الصفحة قراءتها كاملةً. تُعرض بقية الإدخالات، ولا تشمل الأعداد والجاهزية ما لم يُعرض.',
  'common.unread.summary.one': 'أرسل AuthSec إدخالًا واحدًا تعذّر على هذه الصفحة قراءته كاملًا. تُعرض بقية الإدخالات، ولا تشمل الأعداد والجاهزية ما لم يُعرض.',
  'common.unread.summary.zero': 'لم يرسل AuthSec أي إدخال تعذّرت قراءته. تُعرض جميع الإدخالات.',
  'common.unread.summary.two': 'أرسل AuthSec إدخالين تعذّر على هذه الصفحة قراءتهما كاملَين. تُعرض بقية الإدخالات، ولا تشمل الأعداد والجاهزية ما لم يُعرض.',
  'common.unread.summary.few': 'أرسل AuthSec {count} إدخالات تعذّر على هذه الصفحة قراءتها كاملةً. تُعرض بقية الإدخالات، ولا تشمل الأعداد والجاهزية ما لم يُعرض.',
  'common.unread.summary.many': 'أرسل AuthSec {count} إدخالًا تعذّر على هذه الصفحة قراءتها كاملةً. تُعرض بقية الإدخالات، ولا تشمل الأعداد والجاهزية ما لم يُعرض.',
  'common.unread.left': 'لم يتم عرض {item}: الحقل {field} {problem}.',
  'common.unread.kept': 'تم عرض {item} دون الحقل {field}، إذ إنه {problem}.',
  'common.unread.more': 'و{count} غيرها.',
  'common.unread.row': 'تعذّرت قراءة بعض التفاصيل',
  'common.unread.problem.missing': 'مفقود',
  'common.unread.problem.wrong_type': 'من نوع غير صحيح',
  'common.unread.problem.unknown_value': 'يحمل قيمة لا تعرفها هذه الصفحة',
  'common.unread.problem.empty': 'فارغ',
  'common.unread.problem.invalid': 'غير صالح',
  'common.unread.kind.application': 'التطبيق',
  'common.unread.kind.client': 'العميل',
  'common.unread.kind.connection': 'العميل',
  'common.unread.kind.tool': 'الأداة',
  'common.unread.kind.scope': 'النطاق',
  'common.unread.kind.role': 'الدور',
  'common.unread.kind.binding': 'إدخال الوصول',
  'common.unread.kind.user': 'الشخص',
  'common.unread.kind.drift_event': 'التغيير',
  'common.unread.kind.setup_step': 'خطوة الإعداد',
  'common.unread.kind.grant': 'الموافقة المحفوظة',
  'common.unread.named': '{kind} «{name}»',
  'common.unread.numbered': '{kind} رقم {number}',
};
