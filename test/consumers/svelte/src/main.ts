import { mount } from 'svelte';
import '@authsec/elements/authsec-provider.js';
import '@authsec/elements/authsec-tool-scope-mapper.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
