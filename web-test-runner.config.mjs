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

/**
 * One Chromium tab for every test file, as the Firefox and WebKit launchers already do. By default
 * the Playwright launcher opens a new browser context (a new renderer process) per file and closes
 * it after: about 1.5 s a file on 2 cores (the 14 model files: 35 s → 14 s). Navigation still gives
 * each file a fresh document and custom-element registry; media emulation is reset per file.
 */
function oneTab() {
  let context;
  let page;
  return {
    createBrowserContext: async ({ browser }) => {
      context ??= await browser.newContext();
      return new Proxy(context, {
        get(target, key) {
          if (key === 'close') return async () => {}; // kept for the next file
          const value = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    createPage: async ({ context: shared }) => {
      if (!page || page.isClosed()) page = await shared.newPage();
      else await page.emulateMedia({ colorScheme: null, reducedMotion: null, forcedColors: null, media: null });
      return page;
    },
  };
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM, headless: true, args: chromiumArgs },
      ...oneTab(),
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

/**
 * Mocha's limit per test. The slowest test takes about 3 s on an idle 2-core machine, and tests ran
 * up to 4× slower with the machine kept busy by two CPU-bound processes; tests wait for conditions
 * (`until` in test/helpers/element.ts, 20 s by default) and this limit sits above those, so a slow
 * machine shows the condition that was not met rather than mocha's timeout, and a hung test still
 * ends.
 */
const MOCHA_TIMEOUT_MS = 60_000;

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/consumers/**'],
  nodeResolve: true,
  browsers,
  // One test file at a time per engine. Measured on 2 cores: Chromium 146 s at 1 vs 141 s at 2;
  // Firefox 132 s at 1 vs 165 s and a timed-out test at 2 (a background tab's timers are
  // throttled); WebKitWebDriver allows one session only. `npm test` runs the engines one after
  // another (each alone: 146 + 132 + 85 s; all three at once: 360 s), so nothing competes.
  concurrency: Number(process.env.WTR_CONCURRENCY ?? 1),
  // Generous for a loaded machine: a browser start or a file's module graph can take a while there.
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: MOCHA_TIMEOUT_MS } },
  filterBrowserLogs: ({ args }) => !args.some(isLitDevModeNoise),
  reporters: [defaultReporter(), countReporter({ mochaTimeoutMs: MOCHA_TIMEOUT_MS })],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
};
