// The building blocks' English words, registered once when any of them loads.
import { registerDefaults } from '../i18n/catalog.js';
import { uiEn } from '../i18n/messages/ui.en.js';

registerDefaults(uiEn);
