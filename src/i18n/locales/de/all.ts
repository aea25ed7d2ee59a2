// Every de message, one chunk loaded on demand by src/i18n/locale-loader.ts (npm: `@authsec/elements/locales/de.js`).
import { access } from './access.js';
import { apps } from './apps.js';
import { common } from './common.js';
import { connections } from './connections.js';
import { consent } from './consent.js';
import { console } from './console.js';
import { explorer } from './explorer.js';
import { grants } from './grants.js';
import { launch } from './launch.js';
import { mapper } from './mapper.js';
import { readiness } from './readiness.js';
import { registration } from './registration.js';
import { scopes } from './scopes.js';
import { session } from './session.js';
import { ui } from './ui.js';
import { unread } from './unread.js';

export default {
  ...access,
  ...apps,
  ...common,
  ...connections,
  ...consent,
  ...console,
  ...explorer,
  ...grants,
  ...launch,
  ...mapper,
  ...readiness,
  ...registration,
  ...scopes,
  ...session,
  ...ui,
  ...unread,
};
