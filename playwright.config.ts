// Playwright: whole-page journeys (e2e/*.spec.ts) against the local emulator + demo
// (`scripts/start.ts`), in Debian's Chromium (Playwright's own browser builds are not installable here).
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, chromiumArgs } from './scripts/browsers.mjs';

const port = Number(process.env.E2E_PORT ?? 7470);
const baseURL = `http://127.0.0.1:${port}`;


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
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM,
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    command: 'npx tsx scripts/start.ts',
    env: { PORT: String(port) },
    url: `${baseURL}/healthz`,
    reuseExistingServer: !process.env.CI,
    // A fresh clone builds the demo and both drop-ins first (scripts/build.mjs; reused later).
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
