// `npm start`: builds the demo portal and both drop-in bundles (`dist/cdn/authsec-consent.js` for
// the hosted consent page and `dist/cdn/authsec-elements.js`, as `npm run build:cdn` does), then
// serves both and the AuthSec emulator from one origin on 127.0.0.1. Ctrl-C stops it cleanly.
import { build } from 'vite';
import { startServer } from '../emulator/server.js';

const port = Number(process.env.PORT ?? 7468);
await build({ configFile: 'vite.demo.config.ts' });
await buildBundle('consent');
// The all-in-one drop-in too: pages outside the demo (the MCP loop's admin page) load it.
await buildBundle('elements');
const running = await startServer({ port, staticDir: 'dist/demo' });
process.stdout.write(
  `\nAuthSec Elements demo: ${running.url}/\n` +
    `Hosted consent page: ${running.url}/consent (reached through ${running.url}/oauth/authorize)\n` +
    '(AuthSec emulator API on the same origin; Ctrl-C to stop)\n',
);

/**
 * vite.config.ts picks the drop-in bundle from `process.env.BUNDLE` when the config is loaded, and
 * `build()` loads it afresh each call. `emptyOutDir` is off for bundles, so each built bundle stays.
 */
async function buildBundle(bundle: 'consent' | 'elements'): Promise<void> {
  const before = process.env.BUNDLE;
  process.env.BUNDLE = bundle;
  try {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env.BUNDLE;
    else process.env.BUNDLE = before;
  }
}

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
