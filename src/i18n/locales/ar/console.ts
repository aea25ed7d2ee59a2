/** Arabic: `<authsec-admin-console>` (translation of ../../messages/console.en.ts). */
import type { consoleEn } from '../../messages/console.en.js';
import type { Translation } from '../translation.js';

export const console: Translation<typeof consoleEn> = {
  'console.label': 'إدارة AuthSec',
  'console.breadcrumb': 'مسار التنقل',
  'console.applications': 'التطبيقات',
  'console.tabs': 'أقسام {application}',
  'console.tabsNoName': 'أقسام هذا التطبيق',
  'console.loadingApp': 'جارٍ تحميل التطبيق…',
  'console.tab.overview': 'نظرة عامة',
  'console.tab.setup': 'الإعداد',
  'console.tab.tools': 'الأدوات',
  'console.tab.scopes': 'النطاقات',
  'console.tab.access': 'الوصول',
  'console.tab.people': 'الأشخاص',
  'console.tab.connections': 'الاتصالات',
  'console.tab.activity': 'النشاط',
  'console.readonly': 'عرض للقراءة فقط: يمكنك رؤية كل شيء دون تغيير أي شيء.',
  'console.opened': '{application}: {tab}',
  'console.openedList': 'جميع التطبيقات',
  'console.openedRegister': 'تثبيت الحماية',
  'console.notFound.heading': 'هذا التطبيق غير موجود',
  'console.notFound.message': 'ربما حُذف، أو أن الرابط يشير إلى مساحة عمل أخرى.',
  'console.noTabs': 'جميع أقسام هذا التطبيق مخفية.',
  'console.viewFailed': 'تعذّر تحميل هذا القسم. تحقّق من الاتصال وحاول مرة أخرى.',
  'console.viewFailedAgain': 'ما زال تعذّر تحميل هذا القسم. أعد تحميل الصفحة للمحاولة مرة أخرى.',
};
