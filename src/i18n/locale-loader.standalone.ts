/** The consent drop-in loads no translation (see page-lang.standalone.ts). */
export function ensureLocale(): void {}
