import vue from '@vitejs/plugin-vue';
import { isCustomElement } from '@authsec/elements/vue';
import { defineConfig } from 'vite';

// Vue must leave <authsec-*> to the browser: they are custom elements, not Vue components.
export default defineConfig({ plugins: [vue({ template: { compilerOptions: { isCustomElement } } })], logLevel: 'warn' });
