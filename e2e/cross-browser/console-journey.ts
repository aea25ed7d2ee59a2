/**
 * The admin console in the demo portal, as one script for Firefox and WebKit
 * (console-journey.test.ts): the portal lists the seeded applications, the admin opens GitHub MCP
 * Server, maps one unmapped tool on the Tools tab through its Edit dialog, saves, and the Overview's
 * activation preview counts one unmapped tool fewer. Driven only through the UI; the test reads the
 * emulator's store afterwards to check what AuthSec actually holds.
 *
 * The portal is the demo build in dist/demo (scripts/build.mjs rebuilds it only when demo/ or src/
 * changed, so a concurrent `npm start` or Playwright run shares it), served with the emulator on one
 * origin, under the same CSP + Trusted Types as `npm start`, plus `report-uri` so every engine's
 * violations reach the test.
 */
import assert from 'node:assert/strict';
import { buildTargets } from '../../scripts/build.mjs';
import { startServer, type RunningServer } from '../../emulator/server.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { summarizeReport } from './csp-report.js';
import { DEFAULT_TIMEOUT_MS, type Driver } from './drivers.js';

// ---- The portal: a fresh demo build served beside the emulator ---------------------------------

const REPORT_PATH = '/__e2e/csp-report';

export interface Portal {
  readonly running: RunningServer;
  readonly url: string;
  /** CSP / Trusted Types violations the browser posted to `report-uri`. */
  readonly reports: string[];
  close(): Promise<void>;
}

/** The demo portal's build directory, built first if demo/ or src/ changed since the last build. */
export async function buildDemo(): Promise<string> {
  await buildTargets(['demo'], { log: () => undefined });
  return 'dist/demo';
}

/** A freshly seeded emulator serving the built portal at `/`, on a free port. */
export async function startPortal(staticDir: string): Promise<Portal> {
  const running = await startServer({ port: 0, staticDir });
  const app = running.emulator.app;
  const original = app.fetch;
  const reports: string[] = [];
  // server.ts looks `app.fetch` up per request, so this wrapper sees every request.
  app.fetch = (async (request: Request, ...rest: unknown[]) => {
    if (new URL(request.url).pathname === REPORT_PATH && request.method === 'POST') {
      reports.push(summarizeReport(await request.text()));
      return new Response(null, { status: 204 });
    }
    const response = await (original as (r: Request, ...a: unknown[]) => Promise<Response>)(request, ...rest);
    const csp = response.headers.get('content-security-policy');
    if (!csp) return response;
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', `${csp}; report-uri ${REPORT_PATH}`);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }) as typeof app.fetch;
  return { running, url: running.url, reports, close: () => running.close() };
}

// ---- Where the admin looks and clicks ------------------------------------------------------------

const CONSOLE = 'authsec-admin-console';
const LIST = `${CONSOLE} >>> authsec-applications-list`;
const MAPPER = `${CONSOLE} >>> authsec-tool-scope-mapper`;
export const APP_NAMES = `${LIST} >>> tbody button.open`;
export const openApp = (id: string) => `${LIST} >>> tr[data-app="${id}"] button.open`;
export const HEADING = `${CONSOLE} >>> #workspace-h`;
export const tab = (name: string) => `${CONSOLE} >>> [role="tab"][data-tab="${name}"]`;
/** The activation preview's "Unmapped" counter on the Overview tab. */
export const OVERVIEW_UNMAPPED = `${CONSOLE} >>> #panel-overview authsec-launch-queue >>> [data-counter="unmapped"] dd`;
export const MAPPER_UNMAPPED = `${MAPPER} >>> [part="counters"] .counter.unmapped dd`;
export const TOOL_LIST = `${MAPPER} >>> [part="list"]`;
/** The list is sorted unmapped first: its first row is an unmapped tool (and is in view). */
export const FIRST_ROW_STATE = `${MAPPER} >>> [part="list"] .row .state .muted`;
export const FIRST_ROW_NAME = `${MAPPER} >>> [part="list"] .row .tool-name`;
export const FIRST_ROW_EDIT = `${MAPPER} >>> [part="list"] .row authsec-ui-button.edit`;
export const EDIT_DIALOG_OPEN = `${MAPPER} >>> #edit-dialog >>> dialog[open]`;
export const EDIT_DIALOG_HEADING = `${MAPPER} >>> #edit-dialog >>> [part="heading"]`;
/** The application's scopes in the Edit dialog, and the checkbox of the n-th (1-based). */
export const EDIT_SCOPE_NAMES = `${MAPPER} >>> #edit-dialog .scope-choices > .scope-choice code`;
export const editScope = (n: number) => `${MAPPER} >>> #edit-dialog .scope-choices > .scope-choice:nth-child(${n}) input[type="checkbox"]`;
/** The scope the journey maps the tool to. */
export const READ_SCOPE = 'github_mcp_server:tools:read';
export const EDIT_CONFIRM = `${MAPPER} >>> #edit-dialog >>> authsec-ui-button.confirm`;
export const PENDING = `${MAPPER} >>> [part="pending"]`;
export const SAVE = `${MAPPER} >>> [part="pending"] authsec-ui-button.save`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until `accept` holds; the error says what was last seen. */
async function until<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let seen: string;
    try {
      const value = await read();
      if (accept(value)) return value;
      seen = JSON.stringify(value);
    } catch (error) {
      seen = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last saw ${seen}`);
    await sleep(100);
  }
}

/** Text of `target` once it exists and `accept` likes it. */
export const textWhen = (driver: Driver, target: string, accept: (text: string) => boolean, what = target) =>
  until(what, async () => ((await driver.count(target)) > 0 ? driver.text(target) : ''), (t) => t !== '' && accept(t));

/** Waits until `target` is gone. */
export const gone = (driver: Driver, target: string, what = target) => until(`${what} to go away`, () => driver.count(target), (n) => n === 0);

export interface ConsoleJourneyResult {
  /** The tool the admin mapped. */
  tool: string;
  /** The scope string it was mapped to. */
  scope: string;
  unmappedBefore: number;
  unmappedAfter: number;
}

/** The journey itself: list → GitHub MCP Server → Tools → map one tool → Save → Overview. */
export async function consoleJourney(driver: Driver, origin: string, log: (message: string) => void): Promise<ConsoleJourneyResult> {
  await driver.goto(`${origin}/`);

  // 1. The list shows the seeded applications (sorted by name).
  const names = await until('the seeded applications in the list', () => driver.texts(APP_NAMES), (n) => n.length === 3);
  assert.deepEqual(names, ['Billing Agent', 'Docs Search', 'GitHub MCP Server']);
  log(`list: ${names.join(', ')}`);

  // 2. Open GitHub MCP Server: the portal's router puts it in the address bar.
  await driver.click(openApp(SEED.apps.github));
  await driver.waitForUrl((u) => u.hash === `#/applications/${SEED.apps.github}/overview`);
  await textWhen(driver, HEADING, (t) => t === 'GitHub MCP Server', 'the workspace heading');
  const before = Number(await textWhen(driver, OVERVIEW_UNMAPPED, (t) => /^\d+$/.test(t), 'the Overview unmapped counter'));
  assert.equal(before, 51, 'the seed leaves 51 of GitHub MCP Server’s 101 tools unmapped');
  log(`overview: ${before} unmapped`);

  // 3. Tools tab: edit the first unmapped tool, tick the first scope, Apply, Save.
  await driver.click(tab('tools'));
  await driver.waitForUrl((u) => u.hash === `#/applications/${SEED.apps.github}/tools`);
  await textWhen(driver, MAPPER_UNMAPPED, (t) => t === String(before), 'the mapper unmapped counter');
  // The tool list is virtualized: its rows exist only once the list is scrolled into view.
  await driver.scrollIntoView(TOOL_LIST);
  await textWhen(driver, FIRST_ROW_NAME, (t) => t.length > 0, 'the first row of the tool list');
  assert.equal(await driver.text(FIRST_ROW_STATE), 'denied to everyone', 'the list starts with the unmapped tools');
  const tool = await driver.text(FIRST_ROW_NAME);
  await driver.click(FIRST_ROW_EDIT);
  await textWhen(driver, EDIT_DIALOG_HEADING, (t) => t === `Who may call ${tool}?`, 'the Edit dialog for the tool');
  const scopeNames = await driver.texts(EDIT_SCOPE_NAMES);
  assert.deepEqual([...scopeNames].sort(), ['github_mcp_server:admin', READ_SCOPE, 'github_mcp_server:tools:write']);
  const scope = READ_SCOPE;
  const checkbox = editScope(scopeNames.indexOf(scope) + 1);
  assert.equal(await driver.isChecked(checkbox), false, 'an unmapped tool has no scope ticked');
  await driver.click(checkbox);
  assert.equal(await driver.isChecked(checkbox), true);
  await driver.click(EDIT_CONFIRM);
  await gone(driver, EDIT_DIALOG_OPEN, 'the Edit dialog');
  await textWhen(driver, MAPPER_UNMAPPED, (t) => t === String(before - 1), 'the staged mapping in the counters');
  await textWhen(driver, PENDING, (t) => /\b1 unsaved change/.test(t), 'the pending-changes bar');
  await driver.click(SAVE);
  await gone(driver, PENDING, 'the pending-changes bar');
  await textWhen(driver, MAPPER_UNMAPPED, (t) => t === String(before - 1), 'the saved mapping in the counters');
  log(`tools: mapped ${tool} to ${scope} and saved`);

  // 4. Overview: the activation preview counts one unmapped tool fewer.
  await driver.click(tab('overview'));
  await driver.waitForUrl((u) => u.hash === `#/applications/${SEED.apps.github}/overview`);
  const after = Number(await textWhen(driver, OVERVIEW_UNMAPPED, (t) => t === String(before - 1), 'the Overview unmapped counter to drop by one'));
  log(`overview: ${after} unmapped`);
  return { tool, scope, unmappedBefore: before, unmappedAfter: after };
}
