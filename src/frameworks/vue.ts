/**
 * `@authsec/elements/vue`: types every `<authsec-*>` tag in Vue templates (`GlobalComponents`, for
 * `vue-tsc` with `strictTemplates`), and the test Vue's compiler needs to leave them to the browser.
 * Registers nothing: import the elements' entries (or `@authsec/elements/define`) for that.
 */
export type { CustomElements as AuthsecVueElements } from './vue.generated.js';

/** For `compilerOptions.isCustomElement` (Vite: `vue({ template: { compilerOptions: { isCustomElement } } })`). */
export const isCustomElement = (tag: string): boolean => tag.startsWith('authsec-');
