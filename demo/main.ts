// The portal page. By default its elements come bundled with it (npm package style); with `?loader`
// (`/?loader#/applications`: e2e/loader.spec.ts, bench:loader) they come from the AuthSec loader
// instead, as a host's CDN serves dist/cdn, each element the first time it appears.
import { startPortal } from './portal.js';

if (new URLSearchParams(location.search).has('loader')) {
  // @ts-expect-error: a URL on the host's CDN, not a module of this project
  await import('/cdn/authsec-loader.js');
} else {
  await Promise.all([import('../src/context/define.js'), import('../src/elements/admin-console/define.js')]);
}
startPortal();
