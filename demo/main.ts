// index.html: the portal with the elements bundled into its own script (npm package style).
import '../src/context/define.js';
import '../src/elements/admin-console/define.js';
import { startPortal } from './portal.js';

startPortal();
