// @web/test-runner: component tests in real browsers (reference/toolchain.md §2–§3).
//   BROWSERS=chromium (default) | any of chromium,firefox,webkit (comma-separated)
//   WebKit (WebKitGTK MiniBrowser) has no headless mode: run under `xvfb-run -a`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import * as puppeteerCore from 'puppeteer-core';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

import { CHROMIUM, FIREFOX, MINIBROWSER, WEBKIT_DRIVER, chromiumArgs } from './scripts/browsers.mjs';

const known = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS ?? 'chromium')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((name) => !known.includes(name));
if (unknown.length > 0 || wanted.length === 0) {
  throw new Error(`BROWSERS must list some of ${known.join(', ')}; got "${process.env.BROWSERS}"`);
}

/** A free TCP port on 127.0.0.1 (several runs may share the machine, so no fixed 4444). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** WebKitWebDriver allows one session at a time; start it here and wait for GET /status. */
async function startWebKitWebDriver() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  let spawnError;
  driver.on('error', (error) => (spawnError = error));
  process.once('exit', () => driver.kill());
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (spawnError) throw new Error(`cannot start ${WEBKIT_DRIVER}: ${spawnError.message}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  driver.kill();
  throw new Error(`${WEBKIT_DRIVER} did not answer on port ${port} within 15 s`);
}

/**
 * `sendKeys({ type: 'aab' })` through WebDriver calls webdriverio's `keys(['a','a','b'])`, which
 * presses every key down before releasing any (a chord). WebKit ignores a keyDown for a key that
 * is already down, so repeated letters vanish ('create_issue' → 'create_isue'). Send one key per
 * action instead; `press` (a single key) is unchanged.
 */
function typeOneKeyAtATime(launcher) {
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, [key]);
  };
  return launcher;
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM, headless: true, args: chromiumArgs },
    }),
  );
}
if (wanted.includes('firefox')) {
  // puppeteer-core speaks WebDriver BiDi to firefox-esr directly: no geckodriver needed.
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}
if (wanted.includes('webkit')) {
  const port = await startWebKitWebDriver();
  const webkit = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver rejects webSocketUrl (BiDi) → "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
  browsers.push(typeOneKeyAtATime(webkit));
}

/** Lit's dev-mode banner is noise in every test file; real warnings still show. */
function isLitDevModeNoise(arg) {
  return typeof arg === 'string' && arg.includes('Lit is in dev mode');
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  browsers,
  // WebKitWebDriver: one session at a time.
  ...(wanted.includes('webkit') ? { concurrency: 1 } : {}),
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10000 } },
  filterBrowserLogs: ({ args }) => !args.some(isLitDevModeNoise),
  reporters: [defaultReporter(), countReporter()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
};
