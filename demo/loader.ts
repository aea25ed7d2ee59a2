// loader.html: the same portal; the elements come from the AuthSec loader, each the first time it
// appears (served as a host's CDN would serve dist/cdn: /cdn/authsec-loader.js and /cdn/elements/).
// @ts-expect-error: a URL on the host's CDN, not a module of this project
import '/cdn/authsec-loader.js';
import { startPortal } from './portal.js';

startPortal();
