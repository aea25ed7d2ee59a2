// `npm start`: builds what is out of date (the demo portal, both drop-in bundles, the loader and
// translations, through scripts/build.mjs: a second start rebuilds nothing), then serves them and the AuthSec emulator
// from one origin on 127.0.0.1. Ctrl-C stops it cleanly.
import { buildTargets } from './build.mjs';
import { startServer } from '../emulator/server.js';

const port = Number(process.env.PORT ?? 7468);
// The all-in-one drop-in too: pages outside the demo (the MCP loop's admin page) load it.
await buildTargets(['demo', 'consent', 'elements', 'loader', 'locales']);
const running = await startServer({ port, staticDir: 'dist/demo' });
process.stdout.write(
  `\nAuthSec Elements demo: ${running.url}/\n` +
    `Consent: ${running.url}/oauth/authorize sends a person to AuthSec's consent form, ${running.url}/authsec/hmgr/consent, enhanced by the drop-in\n` +
    `(AuthSec emulator API on the same origin, admin surfaces: ${process.env.AUTHSEC_SURFACE || 'both'}; Ctrl-C to stop)\n`,
);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping…\n');
  void running.close().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
