// The consent journeys in Chromium, through Playwright, against `npm start`'s server (the
// playwright.config webServer: the emulator's OAuth AS + the hosted consent page with the drop-in
// bundle). The steps are e2e/cross-browser/journey.ts, the same script Firefox and WebKit run
// (`npm run test:journeys`); only the harness differs: here the browser's own request events
// count requests, and Playwright's routing slows the accept call and strips the framing headers.
import { test } from '@playwright/test';
import { playwrightDriver } from './cross-browser/drivers.js';
import { ALLOW_PATH, JOURNEYS, type JourneyEnv, type RequestRecord } from './cross-browser/journey.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.describe('consent journeys in chromium (hosted page, drop-in bundle)', () => {
  for (const [name, journey, mode] of JOURNEYS) {
    test(name, async ({ page, baseURL, browser }) => {
      const origin = new URL(baseURL!).origin;
      const requests: RequestRecord[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin === origin) requests.push({ method: request.method(), url: request.url() });
      });
      const env: JourneyEnv = {
        origin,
        mode,
        driver: await playwrightDriver(page),
        requestSource: "the browser (page.on('request'))",
        requests: () => requests,
        unframe: async (consentUrl) => {
          // What a network attacker or a misconfigured proxy would do: drop the framing defences.
          await page.route(
            (url) => url.href === consentUrl,
            async (route) => {
              const response = await route.fetch();
              const headers = { ...response.headers() };
              delete headers['x-frame-options'];
              headers['content-security-policy'] = (headers['content-security-policy'] ?? '')
                .split(';')
                .filter((d) => !/^\s*frame-ancestors\b/i.test(d))
                .join(';');
              await route.fulfill({ response, headers });
            },
          );
        },
        slowAccept: async (ms) => {
          await page.route(
            (url) => url.origin === origin && url.pathname === ALLOW_PATH[mode],
            async (route) => {
              // The form page and its POST share a path: only the decision is slowed.
              if (route.request().method() === 'POST') await sleep(ms);
              await route.fallback();
            },
          );
        },
        withoutScript: async () => {
          // Chromium can really run the page with JavaScript turned off.
          const context = await browser.newContext({ javaScriptEnabled: false });
          const plain = await context.newPage();
          return { driver: await playwrightDriver(plain), how: 'a browser context with JavaScript disabled', close: () => context.close() };
        },
        reportedViolations: () => [],
        reportSource: 'none (the shared webServer is not the test’s to instrument; Chromium’s console and the in-page listener cover it)',
        collectsReports: false,
        log: (message) => test.info().annotations.push({ type: 'info', description: message }),
      };
      await journey(env);
    });
  }
});
