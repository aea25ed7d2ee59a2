import { createApp } from 'vue';
import '@authsec/elements/authsec-provider.js';
import '@authsec/elements/authsec-tool-scope-mapper.js';
import App from './App.vue';

createApp(App).mount('#app');
