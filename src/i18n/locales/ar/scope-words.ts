/** Arabic: a scope in people's words when AuthSec gives no display name (translation of ../../messages/scope-words.en.ts). */
import type { scopeWordsEn } from '../../messages/scope-words.en.js';
import type { Translation } from '../translation.js';

export const scopeWords: Translation<typeof scopeWordsEn> = {
  'consent.scope.verb.read': 'قراءة {object}',
  'consent.scope.verb.write': 'تعديل {object}',
  'consent.scope.verb.delete': 'حذف {object}',
  'consent.scope.verb.admin': 'التحكم الكامل في {object}',
  'consent.scope.verb.search': 'البحث في {object}',
  'consent.scope.verb.list': 'عرض قائمة {object}',
  'consent.scope.verb.run': 'تشغيل {object}',
  'consent.scope.verb.send': 'إرسال {object}',
  'consent.scope.verb.create': 'إنشاء {object}',
  'consent.scope.verb.update': 'تحديث {object}',
  'consent.scope.verb.manage': 'إدارة {object}',
  'consent.scope.objectFallback': 'هذه الخدمة',
  'consent.scope.omnibus': 'كل ما تتيحه هذه الخدمة',
};
