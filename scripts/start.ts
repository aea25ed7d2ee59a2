// `npm start`: builds the demo portal, then serves it and the AuthSec emulator from one
// origin on 127.0.0.1. Ctrl-C stops it cleanly.
import { build } from 'vite';
import { startServer } from '../emulator/server.js';

const port = Number(process.env.PORT ?? 7468);
await build({ configFile: 'vite.demo.config.ts' });
const running = await startServer({ port, staticDir: 'dist/demo' });
process.stdout.write(`\nAuthSec Elements demo: ${running.url}/\n(AuthSec emulator API on the same origin; Ctrl-C to stop)\n`);

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
