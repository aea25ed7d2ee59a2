// Playwright's web server (playwright.config.ts): the demo portal and the emulator as `npm start`
// serves them, twice, one per admin surface, so the journeys run against each:
//   E2E_PORT       today's AuthSec without the shim (AUTHSEC_SURFACE=applications): every admin call
//                  must take /authsec/applications/* (SDK endpoints stay where they are)
//   E2E_SHIM_PORT  an AuthSec from before the applications surface (resource-servers only)
// One process, so the demo and the drop-ins are built once (scripts/build.mjs) before both start.
import { buildTargets } from '../scripts/build.mjs';
import { startServer, type RunningServer } from '../emulator/server.js';

await buildTargets(['demo', 'consent', 'elements', 'loader', 'locales']);
const running: RunningServer[] = [];
// The shim server first: Playwright waits on the other one's /healthz.
running.push(await startServer({ port: Number(process.env.E2E_SHIM_PORT ?? 7471), staticDir: 'dist/demo', surfaces: 'resource-servers' }));
running.push(await startServer({ port: Number(process.env.E2E_PORT ?? 7470), staticDir: 'dist/demo', surfaces: 'applications' }));
process.stdout.write(`e2e servers: ${running[1]!.url} (applications), ${running[0]!.url} (resource-servers)\n`);

const stop = () => void Promise.all(running.map((r) => r.close())).then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
