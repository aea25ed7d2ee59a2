/**
 * The shape of a translation of one English area table (`src/i18n/messages/<area>.en.ts`): every
 * English key, nothing else, except the extra plural forms a language needs (`key.zero`, `.two`,
 * `.few`, `.many` beside an English `key` + `key.one`; chosen by `Intl.PluralRules`). The compiler
 * rejects a missing or misspelt key; test/node/locales.test.ts checks placeholders and forms.
 */
type PluralBase<T> = { [K in keyof T]: K extends `${infer Base}.one` ? Base : never }[keyof T];
type PluralExtra<T> = `${PluralBase<T> & string}.${'zero' | 'two' | 'few' | 'many'}`;

export type Translation<T> = { readonly [K in keyof T]: string } & { readonly [K in PluralExtra<T>]?: string };
