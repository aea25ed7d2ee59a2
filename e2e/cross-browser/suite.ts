/**
 * node:test wiring for the consent journeys in Firefox and WebKit (Chromium runs the same journeys
 * under Playwright: e2e/consent-journey.spec.ts). One browser per engine file; every test gets its
 * own emulator server (`startServer({ port: 0 })`), its own tab or WebDriver session and its own
 * client app, all closed in `finally` / `after` even when the test fails or times out.
 *
 * The server side is where these engines are observed: `emulator.app.fetch` is wrapped (server.ts
 * looks it up per request) to log every request, to delay the accept endpoint on demand, to serve
 * a chosen consent page without its framing headers, and to add `report-uri` to every page CSP so
 * the browser posts each CSP / Trusted Types violation back to the test.
 *
 *   AUTHSEC_CONSENT_SCRIPT=/path/to/authsec-consent.js  serves another consent bundle (mutation runs)
 */
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../emulator/server.js';
import { summarizeReport } from './csp-report.js';
import type { Engine, Launcher, Driver } from './drivers.js';
import { ALLOW_PATH, JOURNEYS, type ConsentMode, type JourneyEnv, type RequestRecord } from './journey.js';

const REPORT_PATH = '/__e2e/csp-report';
// Limits for a loaded 2-core machine: a journey takes 3–15 s idle and ran up to 4× slower with two
// CPU-bound processes beside it. Waits inside are conditions, so a long limit costs nothing when fast.
const TEST_TIMEOUT_MS = 180_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Settles `promise` or gives up after `ms` (closing must never hang the run). */
async function bounded(what: string, promise: Promise<unknown>, ms = 10_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      promise,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: gave up after ${ms} ms`)), ms))),
    ]);
  } catch (error) {
    console.error(`# cleanup: ${what}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

interface AuthServer {
  readonly running: RunningServer;
  readonly requests: RequestRecord[];
  readonly reports: string[];
  unframe(consentUrl: string): void;
  slowAccept(ms: number, mode: ConsentMode): void;
  /** Serves this consent page without the drop-in `<script>` (what a browser without JavaScript gets). */
  stripScript(consentUrl: string): void;
  close(): Promise<void>;
}

export async function startAuthServer(): Promise<AuthServer> {
  const consentScript = process.env.AUTHSEC_CONSENT_SCRIPT;
  const running = await startServer({ port: 0, ...(consentScript ? { consentScript } : {}) });
  const app = running.emulator.app;
  const original = app.fetch;
  const requests: RequestRecord[] = [];
  const reports: string[] = [];
  const unframed = new Set<string>();
  const scriptless = new Set<string>();
  let acceptDelay = 0;
  let allowPath = ALLOW_PATH.json;

  app.fetch = (async (request: Request, ...rest: unknown[]) => {
    const url = new URL(request.url);
    if (url.pathname === REPORT_PATH && request.method === 'POST') {
      reports.push(summarizeReport(await request.text()));
      return new Response(null, { status: 204 });
    }
    requests.push({ method: request.method, url: request.url });
    if (acceptDelay > 0 && request.method === 'POST' && url.pathname === allowPath) await sleep(acceptDelay);
    const response = await (original as (r: Request, ...a: unknown[]) => Promise<Response>)(request, ...rest);
    let csp = response.headers.get('content-security-policy');
    if (!csp) return response;
    const headers = new Headers(response.headers);
    const challenge = url.searchParams.get('consent_challenge');
    if (challenge && scriptless.has(challenge)) {
      headers.delete('link');
      const html = (await response.text()).replace(/<script type="module" src="[^"]*"><\/script>/g, '');
      return new Response(html, { status: response.status, headers });
    }
    if (challenge && unframed.has(challenge)) {
      headers.delete('x-frame-options');
      csp = csp
        .split(';')
        .filter((d) => !/^\s*frame-ancestors\b/i.test(d))
        .join(';');
    }
    headers.set('content-security-policy', `${csp}; report-uri ${REPORT_PATH}`);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }) as typeof app.fetch;

  return {
    running,
    requests,
    reports,
    unframe: (consentUrl) => void unframed.add(new URL(consentUrl).searchParams.get('consent_challenge') ?? ''),
    slowAccept: (ms, mode) => {
      acceptDelay = ms;
      allowPath = ALLOW_PATH[mode];
    },
    stripScript: (consentUrl) => void scriptless.add(new URL(consentUrl).searchParams.get('consent_challenge') ?? ''),
    close: () => running.close(),
  };
}

/** Registers one `describe` per engine with every journey as a test. */
export function defineJourneySuite(engine: Exclude<Engine, 'chromium'>, launch: () => Promise<Launcher>): void {
  describe(`consent journeys in ${engine}`, () => {
    let launcher: Launcher | undefined;
    before(async () => {
      const bundle = process.env.AUTHSEC_CONSENT_SCRIPT ?? fileURLToPath(new URL('../../dist/cdn/authsec-consent.js', import.meta.url));
      if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build:cdn\` (or \`npm run test:journeys\`, which builds it)`);
      launcher = await launch();
    }, { timeout: 120_000 });
    after(async () => {
      if (launcher) await bounded(`close ${engine}`, launcher.close(), 15_000);
    }, { timeout: 30_000 });

    for (const [name, journey, mode] of JOURNEYS) {
      it(name, { timeout: TEST_TIMEOUT_MS }, async (t) => {
        if (!launcher) throw new Error(`${engine} did not start`);
        const server = await startAuthServer();
        let driver: Driver | undefined;
        try {
          driver = await launcher.newDriver();
          const env: JourneyEnv = {
            origin: server.running.url,
            mode,
            driver,
            requestSource: 'the server (wrapped emulator fetch)',
            requests: () => server.requests,
            unframe: async (url) => server.unframe(url),
            slowAccept: async (ms) => server.slowAccept(ms, mode),
            // Firefox over BiDi and WebKit over classic WebDriver cannot turn scripting off for a page:
            // the page comes without the drop-in instead (one WebKit session at a time: same driver).
            withoutScript: async (consentUrl) => {
              server.stripScript(consentUrl);
              return { driver: driver!, how: 'the page served without the drop-in <script>', close: async () => undefined };
            },
            reportedViolations: () => server.reports,
            reportSource: `report-uri ${REPORT_PATH} added to every page CSP by the test server`,
            collectsReports: true,
            log: (message) => t.diagnostic(message),
          };
          await journey(env);
        } finally {
          if (driver) await bounded(`close the ${engine} tab/session`, driver.close());
          await bounded('close the emulator server', server.close());
        }
      });
    }
  });
}
