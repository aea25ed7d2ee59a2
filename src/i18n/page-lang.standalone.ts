/**
 * The consent drop-in (a standalone build, vite.config.ts) speaks English: following the page's
 * `lang` and loading a translation file does not fit its 21 KiB budget yet.
 */
export function orPageLang<T>(locale: T): T {
  return locale;
}
