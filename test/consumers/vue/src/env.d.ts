// Types every <authsec-*> tag in templates (GlobalComponents).
import type {} from '@authsec/elements/vue';
