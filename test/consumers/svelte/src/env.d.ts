// Types every <authsec-*> tag in Svelte markup.
import type {} from '@authsec/elements/svelte';
