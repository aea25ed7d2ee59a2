/**
 * A tiny browser-driver interface, so the consent journeys (journey.ts) run as one script in three
 * engines:
 *
 *   chromium  Playwright `Page` (Debian Chromium; used by e2e/consent-journey.spec.ts)
 *   firefox   puppeteer-core over WebDriver BiDi, firefox-esr (no geckodriver on this machine)
 *   webkit    webdriverio over classic WebDriver, WebKitWebDriver + WebKitGTK MiniBrowser
 *             (no headless mode: run under `xvfb-run -a`)
 *
 * Targets are CSS selectors joined by `>>>`, each of which steps into the open shadow root of the
 * element matched so far: `authsec-consent-screen >>> button[part=allow]`, or for elements nested
 * in elements `authsec-admin-console >>> authsec-tool-scope-mapper >>> .row .edit`.
 *
 * puppeteer-core and webdriverio are loaded lazily, so the Playwright spec can import this file
 * without them. (webdriverio is not a direct dependency: it comes with
 * @web/test-runner-webdriver, which already pins it for WTR's WebKit runs.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Page as PlaywrightPage, Locator as PlaywrightLocator, FrameLocator } from '@playwright/test';
import type { Browser as PuppeteerBrowser, Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { FIREFOX, MINIBROWSER } from '../../scripts/browsers.mjs';

export { FIREFOX, MINIBROWSER };

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** What a test can do with the elements of a page or of one frame in it. */
export interface Scope {
  /** Waits until `target` exists (not necessarily visible). */
  waitFor(target: string, timeoutMs?: number): Promise<void>;
  /** How many elements match `target` now (0 when the frame shows no document of ours). */
  count(target: string): Promise<number>;
  click(target: string): Promise<void>;
  /** Scrolls the page (as a person would) until `target` is in view, e.g. a virtualized list whose rows render only in view. */
  scrollIntoView(target: string): Promise<void>;
  /** A real double click (two clicks in one gesture), not two separate commands. */
  doubleClick(target: string): Promise<void>;
  /** Rendered text of the first match, whitespace collapsed. */
  text(target: string): Promise<string>;
  /** Rendered text of every match, whitespace collapsed. */
  texts(target: string): Promise<string[]>;
  isEnabled(target: string): Promise<boolean>;
  isChecked(target: string): Promise<boolean>;
}

export interface Navigation {
  /** HTTP status of the document, where the engine reports it (not over classic WebDriver). */
  status?: number;
  /** Response headers of the document as the browser received them, where the engine reports them. */
  headers?: Record<string, string>;
}

export interface Driver extends Scope {
  readonly engine: Engine;
  /** How this engine lets the test see CSP / Trusted Types violations in the page (see `violations`). */
  readonly violationSources: string;
  /** Whether `violations()` can see anything at all in this engine. */
  readonly seesViolations: boolean;
  /** Navigates like typing the URL; resolves after the load event. */
  goto(url: string): Promise<Navigation>;
  url(): Promise<string>;
  /** Polls the top-level URL until `accept` says yes; returns it. */
  waitForUrl(accept: (url: URL) => boolean, timeoutMs?: number): Promise<URL>;
  /** The document inside the `<iframe>` matching `iframeSelector`. */
  frame(iframeSelector: string): Promise<Scope>;
  /**
   * CSP and Trusted Types violations seen in the page so far (every document of this driver, also
   * across navigations), as `directive blocked-uri` lines. [] where the engine gives no way to see
   * them from outside (WebKit over classic WebDriver: the suite adds server-side CSP reports).
   */
  violations(): string[];
  /**
   * Runs `body` (a function body: `return` gives the result, a promise is awaited) in the top
   * document. Test probes only (the detector's positive control), never to drive a journey.
   */
  evaluate(body: string): Promise<unknown>;
  close(): Promise<void>;
}

/** A running browser that hands out one fresh driver (tab or session) per test. */
export interface Launcher {
  readonly engine: Engine;
  newDriver(): Promise<Driver>;
  close(): Promise<void>;
}

/**
 * How long a journey waits for a condition (an element, a URL, a request). Conditions take well under
 * a second idle; 20 s is for a 2-core machine kept busy, and only decides when a condition that will
 * never hold is reported.
 */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Prefix of the console line the in-page violation listener writes. */
export const VIOLATION_MARK = '[authsec-e2e:csp-violation]';

/**
 * Installed before any page script (Playwright `addInitScript`, puppeteer `evaluateOnNewDocument`)
 * in every document and frame: turns each `securitypolicyviolation` event into a console line,
 * which reaches the test at once, even when the page navigates away right after.
 */
export const VIOLATION_LISTENER = `(() => {
  const report = (e) => console.error(${JSON.stringify(VIOLATION_MARK)} + ' ' +
    (e.effectiveDirective || e.violatedDirective) + ' ' + (e.blockedURI || '-') + ' ' + (e.sample || ''));
  document.addEventListener('securitypolicyviolation', report, true);
})();`;

/** Console text that is a CSP or Trusted Types complaint by the browser itself (Chromium words them so). */
const BROWSER_CSP_MESSAGE = /Content[- ]Security[- ]Policy|TrustedHTML|TrustedScript|Trusted ?Types?|require-trusted-types-for/i;

function violationFromConsole(text: string): string | undefined {
  if (text.startsWith(VIOLATION_MARK)) return text.slice(VIOLATION_MARK.length).trim();
  if (BROWSER_CSP_MESSAGE.test(text)) return `console: ${text}`;
  return undefined;
}

/** `a >>> b >>> c` → hosts [a, b] (each a shadow host inside the previous one's shadow root) and inner c. */
function split(target: string): { hosts: string[]; inner: string } {
  const parts = target.split('>>>').map((p) => p.trim());
  if (parts.some((p) => !p)) throw new Error(`target must be CSS selectors joined by ">>>": ${target}`);
  return { hosts: parts.slice(0, -1), inner: parts.at(-1)! };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function pollUrl(read: () => Promise<string>, accept: (url: URL) => boolean, timeoutMs: number): Promise<URL> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = await read().catch(() => last);
    try {
      const url = new URL(last);
      if (accept(url)) return url;
    } catch {
      // about:blank and friends
    }
    await sleep(50);
  }
  throw new Error(`the page did not reach the expected URL within ${timeoutMs} ms; it is at ${last}`);
}

// ---- Chromium: Playwright ----------------------------------------------------------------------

/** Wraps a Playwright page (the test fixture owns the browser; `close` closes the page). */
export async function playwrightDriver(page: PlaywrightPage): Promise<Driver> {
  const seen: string[] = [];
  page.on('console', (msg) => {
    const v = violationFromConsole(msg.text());
    if (v) seen.push(v);
  });
  page.on('pageerror', (error) => {
    if (BROWSER_CSP_MESSAGE.test(error.message)) seen.push(`pageerror: ${error.message}`);
  });
  await page.addInitScript({ content: VIOLATION_LISTENER });

  const scope = (root: PlaywrightPage | FrameLocator): Scope => {
    const loc = (target: string): PlaywrightLocator => {
      // Playwright's CSS pierces open shadow roots: each step narrows to the previous host's subtree.
      const { hosts, inner } = split(target);
      return [...hosts, inner].slice(1).reduce((l, step) => l.locator(step), root.locator(hosts[0] ?? inner));
    };
    return {
      waitFor: (t, timeout = DEFAULT_TIMEOUT_MS) => loc(t).first().waitFor({ state: 'attached', timeout }),
      count: (t) => loc(t).count(),
      click: (t) => loc(t).click({ timeout: DEFAULT_TIMEOUT_MS }),
      scrollIntoView: (t) => loc(t).first().scrollIntoViewIfNeeded({ timeout: DEFAULT_TIMEOUT_MS }),
      doubleClick: (t) => loc(t).dblclick({ timeout: DEFAULT_TIMEOUT_MS }),
      text: async (t) => squash(await loc(t).first().innerText({ timeout: DEFAULT_TIMEOUT_MS })),
      texts: async (t) => (await loc(t).allInnerTexts()).map(squash),
      isEnabled: (t) => loc(t).isEnabled({ timeout: DEFAULT_TIMEOUT_MS }),
      isChecked: (t) => loc(t).isChecked({ timeout: DEFAULT_TIMEOUT_MS }),
    };
  };

  return {
    engine: 'chromium',
    seesViolations: true,
    violationSources:
      "console messages (Chromium logs every CSP/Trusted Types refusal) + uncaught Trusted Types errors + a 'securitypolicyviolation' listener added with page.addInitScript (every document and frame)",
    ...scope(page),
    async goto(url) {
      const res = await page.goto(url, { waitUntil: 'load', timeout: 2 * DEFAULT_TIMEOUT_MS });
      return res ? { status: res.status(), headers: await res.allHeaders() } : {};
    },
    url: async () => page.url(),
    waitForUrl: (accept, timeoutMs = DEFAULT_TIMEOUT_MS) => pollUrl(async () => page.url(), accept, timeoutMs),
    frame: async (iframeSelector) => {
      await page.locator(iframeSelector).waitFor({ state: 'attached', timeout: DEFAULT_TIMEOUT_MS });
      return scope(page.frameLocator(iframeSelector));
    },
    violations: () => [...seen],
    evaluate: (body) => page.evaluate(`(async () => { ${body} })()`),
    close: () => page.close(),
  };
}

// ---- Firefox: puppeteer-core over WebDriver BiDi --------------------------------------------------


export async function launchFirefox(): Promise<Launcher> {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 30_000,
  });
  return {
    engine: 'firefox',
    newDriver: async () => puppeteerDriver(await browser.newPage()),
    close: () => browser.close(),
  };
}

async function puppeteerDriver(page: PuppeteerPage): Promise<Driver> {
  const seen: string[] = [];
  page.on('console', (msg) => {
    const v = violationFromConsole(msg.text());
    if (v) seen.push(v);
  });
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (BROWSER_CSP_MESSAGE.test(message) || /Sink type mismatch/i.test(message)) seen.push(`pageerror: ${message}`);
  });
  page.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  await page.evaluateOnNewDocument(VIOLATION_LISTENER);

  // puppeteer understands `>>>` itself (its deep combinator pierces open shadow roots).
  const scope = (root: PuppeteerPage | PuppeteerFrame): Scope => {
    const one = async (target: string) => {
      const handle = await root.waitForSelector(target, { timeout: DEFAULT_TIMEOUT_MS });
      if (!handle) throw new Error(`no element for ${target}`);
      return handle;
    };
    return {
      waitFor: async (t, timeout = DEFAULT_TIMEOUT_MS) => {
        await root.waitForSelector(t, { timeout });
      },
      count: async (t) => (await root.$$(t)).length,
      click: async (t) => (await one(t)).click(),
      scrollIntoView: async (t) => (await one(t)).scrollIntoView(),
      doubleClick: async (t) => (await one(t)).click({ count: 2 }),
      text: async (t) => squash(await (await one(t)).evaluate((el) => (el as HTMLElement).innerText)),
      texts: async (t) => Promise.all((await root.$$(t)).map(async (h) => squash(await h.evaluate((el) => (el as HTMLElement).innerText)))),
      isEnabled: async (t) => (await one(t)).evaluate((el) => !(el as HTMLButtonElement).disabled),
      isChecked: async (t) => (await one(t)).evaluate((el) => (el as HTMLInputElement).checked),
    };
  };

  return {
    engine: 'firefox',
    seesViolations: true,
    violationSources:
      "a 'securitypolicyviolation' listener added with evaluateOnNewDocument (BiDi preload script: every document and frame) reporting through console (BiDi log.entryAdded) + Firefox's own CSP error messages and uncaught Trusted Types errors (BiDi log entries, puppeteer 'pageerror')",
    ...scope(page),
    async goto(url) {
      const res = await page.goto(url, { waitUntil: 'load', timeout: 2 * DEFAULT_TIMEOUT_MS });
      return res ? { status: res.status(), headers: res.headers() } : {};
    },
    url: async () => page.url(),
    waitForUrl: (accept, timeoutMs = DEFAULT_TIMEOUT_MS) => pollUrl(async () => page.url(), accept, timeoutMs),
    frame: async (iframeSelector) => {
      const iframe = await page.waitForSelector(iframeSelector, { timeout: DEFAULT_TIMEOUT_MS });
      const frame = await iframe?.contentFrame();
      if (!frame) throw new Error(`no frame in ${iframeSelector}`);
      return scope(frame);
    },
    violations: () => [...seen],
    evaluate: (body) => page.evaluate(`(async () => { ${body} })()`),
    close: () => page.close(),
  };
}

// ---- WebKit: webdriverio + WebKitWebDriver (classic WebDriver) ----------------------------------

/** W3C WebDriver web element / shadow root identifiers. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
const SHADOW_KEY = 'shadow-6066-11e4-a52e-4f735466cecf';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';

/** A free TCP port on 127.0.0.1 (for servers and drivers the tests start). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port (as web-test-runner.config.mjs does); one session at a time. */
export async function launchWebKit(): Promise<Launcher> {
  if (!process.env.DISPLAY) throw new Error('WebKitGTK MiniBrowser needs an X display: run under `xvfb-run -a`');
  const port = await freePort();
  const driver: ChildProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  let spawnError: Error | undefined;
  driver.on('error', (error) => (spawnError = error));
  const kill = () => driver.kill();
  process.once('exit', kill);
  const stop = async () => {
    process.off('exit', kill);
    if (driver.exitCode !== null || driver.signalCode !== null) return;
    const exited = new Promise((resolve) => driver.once('exit', resolve));
    driver.kill();
    await Promise.race([exited, sleep(3000)]);
    if (driver.exitCode === null && driver.signalCode === null) driver.kill('SIGKILL');
  };
  const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
  for (;;) {
    if (spawnError) {
      await stop();
      throw new Error(`cannot start ${WEBKIT_DRIVER}: ${spawnError.message}`);
    }
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${WEBKIT_DRIVER} did not answer on port ${port} within 15 s`);
    }
    await sleep(100);
  }
  const { remote } = await import('webdriverio');
  return {
    engine: 'webkit',
    newDriver: async () => {
      const browser = await remote({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        waitforTimeout: DEFAULT_TIMEOUT_MS,
        connectionRetryTimeout: 30_000,
        connectionRetryCount: 0,
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitWebDriver rejects webSocketUrl (BiDi) → "Failed to match capabilities".
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        } as WebdriverIO.Capabilities,
      });
      return webdriverDriver(browser);
    },
    close: stop,
  };
}

function webdriverDriver(browser: WebdriverIO.Browser): Driver {
  /** The innermost host of `hosts` (each found in the previous one's shadow root). */
  const hostOf = (hosts: string[]) => hosts.slice(1).reduce((el, step) => el.shadow$(step), browser.$(hosts[0]!));
  const one = (target: string) => {
    const { hosts, inner } = split(target);
    return hosts.length ? hostOf(hosts).shadow$(inner) : browser.$(inner);
  };
  const all = async (target: string) => {
    const { hosts, inner } = split(target);
    if (!hosts.length) return browser.$$(inner);
    return (await hostOf(hosts).isExisting()) ? hostOf(hosts).shadow$$(inner) : [];
  };
  const ready = async (target: string) => {
    const el = one(target);
    await el.waitForExist({ timeout: DEFAULT_TIMEOUT_MS, timeoutMsg: `no element for ${target}` });
    return el;
  };
  const top: Scope = {
    waitFor: async (t, timeout = DEFAULT_TIMEOUT_MS) => {
      await one(t).waitForExist({ timeout, timeoutMsg: `no element for ${t} within ${timeout} ms` });
    },
    count: async (t) => {
      // Plain W3C commands: a wdio element chain waits up to waitforTimeout for a host that is
      // gone (mid-navigation), and a count must answer now.
      const { hosts, inner } = split(t);
      let found = await browser.findElements('css selector', hosts[0] ?? inner);
      for (const step of [...hosts, inner].slice(1)) {
        if (found.length === 0) return 0;
        const root = (await browser.getElementShadowRoot(found[0]![ELEMENT_KEY])) as unknown as Record<string, string>;
        found = await browser.findElementsFromShadowRoot(root[SHADOW_KEY]!, 'css selector', step);
      }
      return found.length;
    },
    click: async (t) => (await ready(t)).click(),
    scrollIntoView: async (t) => {
      await (await ready(t)).scrollIntoView({ block: 'start', inline: 'nearest' });
    },
    doubleClick: async (t) => {
      // Unlike click, WebKitWebDriver's pointer actions do not scroll the target into view first.
      const el = await ready(t);
      await el.scrollIntoView({ block: 'center', inline: 'nearest' });
      await el.doubleClick();
    },
    // innerText, as the other two engines read it: WebDriver's getText leaves out text it judges
    // invisible, such as an identifier's one text node that is clipped to show a middle ellipsis.
    text: async (t) => squash(await browser.execute((el) => (el as unknown as HTMLElement).innerText, await ready(t))),
    texts: async (t) => {
      const texts: string[] = [];
      for (const el of await all(t)) texts.push(squash(await browser.execute((e) => (e as unknown as HTMLElement).innerText, el)));
      return texts;
    },
    isEnabled: async (t) => (await ready(t)).isEnabled(),
    isChecked: async (t) => (await ready(t)).isSelected(),
  };
  /** Every call switches into the frame and back out, so the top-level scope stays valid. */
  const inFrame = (iframeSelector: string): Scope => {
    const wrap =
      <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        const iframe = await browser.$(iframeSelector);
        await iframe.waitForExist({ timeout: DEFAULT_TIMEOUT_MS });
        await browser.switchFrame(iframe);
        try {
          return await fn(...args);
        } finally {
          await browser.switchFrame(null);
        }
      };
    return {
      waitFor: wrap(top.waitFor),
      count: wrap(top.count),
      click: wrap(top.click),
      scrollIntoView: wrap(top.scrollIntoView),
      doubleClick: wrap(top.doubleClick),
      text: wrap(top.text),
      texts: wrap(top.texts),
      isEnabled: wrap(top.isEnabled),
      isChecked: wrap(top.isChecked),
    };
  };
  return {
    engine: 'webkit',
    seesViolations: false,
    violationSources:
      'none from inside the page: classic WebDriver has no console access and no script that runs before the page (the suite counts the CSP reports the browser posts to the server instead)',
    ...top,
    async goto(url) {
      await browser.url(url);
      return {};
    },
    url: () => browser.getUrl(),
    waitForUrl: (accept, timeoutMs = DEFAULT_TIMEOUT_MS) => pollUrl(() => browser.getUrl(), accept, timeoutMs),
    frame: async (iframeSelector) => {
      await browser.$(iframeSelector).waitForExist({ timeout: DEFAULT_TIMEOUT_MS });
      return inFrame(iframeSelector);
    },
    violations: () => [],
    evaluate: (body) => browser.execute(body),
    close: async () => {
      await browser.deleteSession();
    },
  };
}
