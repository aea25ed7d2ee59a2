/**
 * `@authsec/elements/svelte`: types every `<authsec-*>` tag in Svelte 5 markup (props, and
 * `onauthsec-…` handlers with a typed `detail`) for `svelte-check`. Import it for its types
 * (`import type {} from '@authsec/elements/svelte'`); it registers nothing.
 */
import type { CustomElements } from './jsx.generated.js';
import type {} from 'svelte/elements'; // anchors the augmentation below

export type { CustomElements as AuthsecSvelteElements } from './jsx.generated.js';

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends CustomElements {}
}
