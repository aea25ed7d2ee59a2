/**
 * The consent drop-in's stand-in for locale-loader.ts: it loads the page's language before the
 * screen is defined (page-messages.ts), so a person never sees English first, and an element never
 * loads one of its own.
 */
export function ensureLocale(): void {}
