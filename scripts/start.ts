// `npm start`: builds the demo portal and the hosted consent page's drop-in bundle
// (`dist/cdn/authsec-consent.js`, as `BUNDLE=consent vite build` in `npm run build:cdn`), then
// serves both and the AuthSec emulator from one origin on 127.0.0.1. Ctrl-C stops it cleanly.
import { build } from 'vite';
import { startServer } from '../emulator/server.js';

const port = Number(process.env.PORT ?? 7468);
await build({ configFile: 'vite.demo.config.ts' });
await buildConsentBundle();
const running = await startServer({ port, staticDir: 'dist/demo' });
process.stdout.write(
  `\nAuthSec Elements demo: ${running.url}/\n` +
    `Hosted consent page: ${running.url}/consent (reached through ${running.url}/oauth/authorize)\n` +
    '(AuthSec emulator API on the same origin; Ctrl-C to stop)\n',
);

/**
 * vite.config.ts picks the drop-in bundle from `process.env.BUNDLE` when the config is loaded, and
 * `build()` loads it afresh each call. `emptyOutDir` is off for bundles, so a built
 * `dist/cdn/authsec-elements.js` stays.
 */
async function buildConsentBundle(): Promise<void> {
  const before = process.env.BUNDLE;
  process.env.BUNDLE = 'consent';
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
