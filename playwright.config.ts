// Playwright: whole-page journeys (e2e/*.spec.ts) against the local emulator + demo
// (`scripts/start.ts`), in Debian's Chromium (Playwright's own browser builds are not installable here).
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from './scripts/browsers.mjs';

const port = Number(process.env.E2E_PORT ?? 7470);
const shimPort = Number(process.env.E2E_SHIM_PORT ?? 7471);
const baseURL = `http://127.0.0.1:${port}`;
const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: CHROMIUM,
    args: chromiumArgs,
  },
};


export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // e2e/cross-browser/ holds the Firefox/WebKit runs of the same journeys (node:test, `npm run
  // test:journeys`) and the shared journey module; Playwright only imports from there.
  testIgnore: '**/cross-browser/**',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Limits for a loaded 2-core machine (the journeys take 5–40 s idle and ran up to 4× slower with
  // two CPU-bound processes beside them). Waits are conditions (`expect(…).toBeVisible()` and the
  // like), so a generous limit costs nothing when things are fast; it only decides when a condition
  // that will never hold is reported.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    // Every journey against today's AuthSec (applications surface, no shim for admin calls).
    { name: 'chromium', use: chromium },
    // The journeys whose admin calls differ by surface, again against an AuthSec with the shim only.
    {
      name: 'resource-servers surface',
      testMatch: ['zero-to-launched.spec.ts', 'mcp-loop.spec.ts'],
      use: { ...chromium, baseURL: `http://127.0.0.1:${shimPort}` },
    },
  ],
  webServer: {
    command: 'npx tsx e2e/servers.ts',
    env: { E2E_PORT: String(port), E2E_SHIM_PORT: String(shimPort) },
    url: `${baseURL}/healthz`,
    reuseExistingServer: !process.env.CI,
    // A fresh clone builds the demo and both drop-ins first (scripts/build.mjs; reused later).
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
