// A real MCP client through the whole loop (issue 8), in Chromium. Software none of us wrote is the
// client: the official MCP TypeScript SDK (`@modelcontextprotocol/sdk`, node side of this test),
// talking to examples/protected-mcp-server (the SDK's server, Streamable HTTP), authorised by the
// emulator (`npm start`'s server: the playwright.config webServer). The browser is driven only
// where a person acts: the consent screen (hosted page + drop-in bundle) and the admin's
// `<authsec-tool-scope-mapper>` on a small page of this test (e2e/mcp-admin-page, below). The
// admin's initial setup (register, launch) goes through the admin API, as a script would.
// Then the remembered decision: the next authorization skips the consent page, the admin revokes it
// with `<authsec-consent-grants>`, the client's refresh is refused and the consent page asks again.
// The consent step also runs in Firefox and WebKit: e2e/cross-browser/mcp-consent.test.ts; the end
// user's own revoke: e2e/cross-browser/self-service.test.ts.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { startProtectedMcpServer, type ProtectedMcpServer } from '../examples/protected-mcp-server/server.js';
import { appSlug } from '../src/model/app-slug.js';
import { playwrightDriver } from './cross-browser/drivers.js';
import { startClientApp, type ClientApp } from './cross-browser/journey.js';
import {
  Admin, ADMIN_TOOL, APP_NAME, CLIENT_NAME, consentInBrowser, freePort, LOCALHOST_TEXT, LoopClientProvider, mcpClient, READ_TOOLS,
  recordingFetch, resultJson, UNVERIFIED_TEXT, WRITE_TOOL, type Application,
} from './cross-browser/mcp-loop.js';

const ELEMENTS_BUNDLE = fileURLToPath(new URL('../dist/cdn/authsec-elements.js', import.meta.url));
const DRIFT_CONFIRM = 'Save and remove access';
const names = (tools: { name: string }[]) => tools.map((t) => t.name).sort();

/**
 * The admin's page: `<authsec-provider>` + `<authsec-tool-scope-mapper>` from the drop-in bundle,
 * on its own origin, calling the emulator cross-origin with the admin's session token.
 */
async function startAdminPage(authsec: string, token: string, app: Application, element = 'authsec-tool-scope-mapper'): Promise<{ url: string; close(): Promise<void> }> {
  const bundle = await readFile(ELEMENTS_BUNDLE, 'utf8').catch(() => {
    throw new Error(`${ELEMENTS_BUNDLE} is missing: run \`npm run build:cdn\``);
  });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Issue Tracker · Tools</title></head><body>
<main><h1>Issue Tracker: who may call which tool</h1>
<authsec-provider base-url="${authsec}"><${element} application-id="${app.id}"></${element}></authsec-provider></main>
<script type="module" src="/session.js"></script></body></html>`;
  // The token is on the provider before the bundle defines it (lit keeps a property set before the
  // upgrade), so the mapper's first request carries it. Setting it from a second module script after
  // the bundle raced the mapper's first load: a 401 and no retry once the token came.
  const session = `document.querySelector('authsec-provider').getToken = async () => ${JSON.stringify(token)};
await import('/authsec-elements.js');`;
  const files: Record<string, [string, string]> = {
    '/': ['text/html; charset=utf-8', html],
    '/authsec-elements.js': ['text/javascript; charset=utf-8', bundle],
    '/session.js': ['text/javascript; charset=utf-8', session],
  };
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain', 'cache-control': 'no-store' });
    res.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  // The emulator answers CORS only for origins it knows, as a careful AuthSec would: tell it about
  // this page (an emulator control, from this script: no browser origin, so it is allowed).
  const allowed = await fetch(`${authsec}/__emulator/cors-origins`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ origin: url }),
  });
  if (allowed.status !== 201) throw new Error(`the emulator refused the admin page's origin: ${allowed.status}`);
  return {
    url,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** In the mapper: open a tool's editor, change who may call it, stage, save (confirming a removal). */
async function editInMapper(page: Page, tool: string, change: (dialog: ReturnType<Page['locator']>) => Promise<void>) {
  const mapper = page.locator('authsec-tool-scope-mapper');
  await mapper.getByRole('button', { name: `Edit mapping of ${tool}` }).click();
  // The dialog's fields are slotted into <authsec-ui-confirm-dialog>: search the host, not the <dialog>.
  const editor = mapper.locator('#edit-dialog');
  await expect(editor.getByRole('dialog')).toBeVisible();
  await change(editor);
  await editor.getByRole('button', { name: 'Stage change' }).click();
  await expect(editor.getByRole('dialog')).toBeHidden();
  await mapper.locator('[part=pending]').getByRole('button', { name: /^Save/ }).click();
  // Removing a runtime-effective mapping from a launched application asks to confirm (drift).
  const drift = mapper.locator('#drift-dialog');
  const saved = mapper.getByText(/^Saved: \d+ of \d+ mapping changes applied\.$/);
  await expect(drift.getByRole('dialog').or(saved).first()).toBeVisible();
  if (await drift.getByRole('dialog').isVisible()) await drift.getByRole('button', { name: DRIFT_CONFIRM }).click();
  await expect(saved).toBeVisible();
}

test.describe('a real MCP client through the whole loop', () => {
  let mcp: ProtectedMcpServer | undefined;
  let callback: ClientApp | undefined;
  let adminPage: { url: string; close(): Promise<void> } | undefined;
  let peoplePage: { url: string; close(): Promise<void> } | undefined;

  test.afterEach(async () => {
    await mcp?.close();
    await callback?.close();
    await adminPage?.close();
    await peoplePage?.close();
  });

  test('map in the admin, approve on the consent screen, enforced at the server; remembered, then revoked on the People page', async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const admin = await Admin.signIn(origin);
    const port = await freePort();
    const app = await admin.registerApplication(port);
    mcp = await startProtectedMcpServer({ authsecUrl: origin, resourceServerId: app.id, secret: app.secret, port, scopePrefix: appSlug(APP_NAME), log: () => undefined });
    expect(mcp.manifestStatus).toBe(200);
    await admin.launch(app);
    await mcp.refreshPolicy();

    callback = await startClientApp();
    const provider = new LoopClientProvider(callback.redirectUri);
    const recorder = recordingFetch(new URL(mcp.url).origin);
    let { client, transport } = mcpClient(mcp.url, provider, recorder);
    const driver = await playwrightDriver(page);
    const landedOnCallback = (u: URL) => u.origin === callback!.origin && u.pathname === '/cb';

    await test.step('1. no token → 401 with the resource-metadata challenge', async () => {
      await expect(client.connect(transport)).rejects.toBeInstanceOf(UnauthorizedError);
      expect(recorder.log[0]).toMatchObject({ method: 'POST', rpc: 'initialize', status: 401 });
      expect(recorder.log[0]!.wwwAuthenticate).toBe(`Bearer realm="mcp", resource_metadata="${mcp!.metadataUrl}"`);
    });

    await test.step('2. discover, register, authorize: the person unticks write on our consent screen and allows', async () => {
      const authorize = provider.authorizeUrls[0]!;
      expect(authorize.origin + authorize.pathname).toBe(`${origin}/oauth/authorize`);
      expect(authorize.searchParams.get('client_id')).toMatch(/^dcr-/);
      expect(authorize.searchParams.get('resource')).toBe(mcp!.url);
      const { seen, landed } = await consentInBrowser(driver, authorize, {
        origin,
        untick: [app.scopes.write],
        landed: landedOnCallback,
        check: (s) => {
          expect(s.card).toContain(CLIENT_NAME);
          expect(s.card).toContain(UNVERIFIED_TEXT);
          expect(s.card).toContain(LOCALHOST_TEXT);
          expect(s.card).toContain('After you decide, you will be sent to 127.0.0.1');
          expect(s.scopes.map((x) => [x.scope, x.checked]).sort()).toEqual([[app.scopes.read, true], [app.scopes.write, true]]);
          const shown = (scope: string) => s.scopes.find((x) => x.scope === scope)!.text;
          expect(shown(app.scopes.read)).toContain(`Unlocks: ${READ_TOOLS.join(', ')}`);
          expect(shown(app.scopes.read)).toContain('Read data through this application’s tools');
          expect(shown(app.scopes.write)).toContain(`Unlocks: ${WRITE_TOOL}`);
          // Not grantable (the default role does not give it): listed apart, without a checkbox.
          expect(s.card).toContain(`Administer this application ${app.scopes.admin} Your account does not have this permission.`);
        },
      });
      expect(seen.scopes).toHaveLength(2);
      expect(landed.searchParams.get('state')).toBe(provider.expectedState);
      expect(landed.searchParams.get('iss')).toBe(origin);
      await transport.finishAuth(landed.searchParams.get('code')!);
      expect(provider.tokens()?.scope).toBe(app.scopes.read);
    });

    await test.step('3. only the read tools; the write tool → 403 insufficient_scope; a read tool → 200', async () => {
      ({ client, transport } = mcpClient(mcp!.url, provider, recorder));
      await client.connect(transport);
      expect(names((await client.listTools()).tools)).toEqual(READ_TOOLS);
      await expect(client.callTool({ name: WRITE_TOOL, arguments: { title: 'Filed by the agent' } })).rejects.toThrow(/403/);
      const denied = recorder.log.find((e) => e.status === 403)!;
      expect(JSON.parse(denied.body)).toEqual({
        error: 'insufficient_scope', error_description: `tool ${WRITE_TOOL} requires scope ${app.scopes.write}`, tool: WRITE_TOOL, required_scopes: [app.scopes.write],
      });
      expect(denied.wwwAuthenticate).toContain(`error="insufficient_scope", scope="${app.scopes.read} ${app.scopes.write}"`);
      const issue = await client.callTool({ name: 'get_issue', arguments: { id: 1 } });
      expect(recorder.log.at(-1)!.status).toBe(200);
      expect(resultJson(issue)).toEqual({ id: 1, title: 'Login page is slow', open: true });
    });

    const mapperPage = await context.newPage();
    await test.step('4a. in the mapper, the admin maps close_issue to the write scope (which the user’s role grants)', async () => {
      adminPage = await startAdminPage(origin, await adminToken(origin), app);
      await mapperPage.goto(adminPage.url);
      await editInMapper(mapperPage, ADMIN_TOOL, async (dialog) => {
        await dialog.getByRole('checkbox', { name: new RegExp(`^${app.scopes.write}\\b`) }).check();
        await dialog.getByRole('checkbox', { name: new RegExp(`^${app.scopes.admin}\\b`) }).uncheck();
      });
      await expect.poll(() => effectiveScopes(admin, app, ADMIN_TOOL)).toEqual([app.scopes.write]);
      const policy = await mcp!.refreshPolicy();
      expect(policy.tool_policy.find((t) => t.name === ADMIN_TOOL)?.required_scopes).toEqual([app.scopes.write]);
    });

    await test.step('4b. the person re-consents (SDK step-up) keeping write: the write calls return 200', async () => {
      provider.forgetRefreshToken(); // so the step-up asks the person instead of refreshing
      await expect(client.callTool({ name: WRITE_TOOL, arguments: { title: 'Filed by the agent' } })).rejects.toBeInstanceOf(UnauthorizedError);
      const stepUp = provider.authorizeUrls[1]!;
      expect(stepUp.searchParams.get('scope')!.split(' ').sort()).toEqual([app.scopes.read, app.scopes.write].sort());
      await page.bringToFront();
      const { seen, landed } = await consentInBrowser(driver, stepUp, { origin, untick: [], landed: landedOnCallback });
      expect(seen.scopes.map((x) => x.scope).sort()).toEqual([app.scopes.read, app.scopes.write]);
      // The consent screen shows the admin's new mapping: write now unlocks close_issue too.
      expect(seen.scopes.find((x) => x.scope === app.scopes.write)!.text).toContain(`Unlocks: ${ADMIN_TOOL}, ${WRITE_TOOL}`);
      await transport.finishAuth(landed.searchParams.get('code')!);
      const created = await client.callTool({ name: WRITE_TOOL, arguments: { title: 'Filed by the agent' } });
      expect(recorder.log.at(-1)!.status).toBe(200);
      expect(resultJson(created)).toEqual({ id: 3, title: 'Filed by the agent', open: true });
      expect(resultJson(await client.callTool({ name: ADMIN_TOOL, arguments: { id: 3 } }))).toEqual({ id: 3, title: 'Filed by the agent', open: false });
      expect(names((await client.listTools()).tools)).toEqual([ADMIN_TOOL, WRITE_TOOL, ...READ_TOOLS].sort());
    });

    await test.step('4c. the admin unmaps get_issue in the mapper: denied after the server’s policy refresh', async () => {
      await mapperPage.bringToFront();
      await editInMapper(mapperPage, 'get_issue', async (dialog) => {
        await dialog.getByRole('radio', { name: /^Unmapped/ }).check();
      });
      await expect.poll(() => effectiveScopes(admin, app, 'get_issue')).toEqual([]);
      expect(resultJson(await client.callTool({ name: 'get_issue', arguments: { id: 2 } }))).toMatchObject({ id: 2 }); // old policy still cached
      await mcp!.refreshPolicy();
      await expect(client.callTool({ name: 'get_issue', arguments: { id: 2 } })).rejects.toThrow(/403/);
      expect(JSON.parse(recorder.log.at(-1)!.body).error_description).toBe('tool get_issue is not mapped to any scope');
      expect(names((await client.listTools()).tools)).not.toContain('get_issue');
    });
    await client.close();

    // Every document the browser was answered with on the way: a remembered decision is a 302 from
    // AuthSec's consent handler, never a page the person sees.
    const consentAnswers: number[] = [];
    page.on('response', (r) => {
      if (r.request().isNavigationRequest() && new URL(r.url()).pathname === '/authsec/hmgr/consent') consentAnswers.push(r.status());
    });

    await test.step('5a. remembered: the next authorization skips the consent screen', async () => {
      provider.forgetTokens();
      ({ client, transport } = mcpClient(mcp!.url, provider, recorder));
      const asked = provider.authorizeUrls.length;
      await expect(client.connect(transport)).rejects.toBeInstanceOf(UnauthorizedError);
      await page.bringToFront();
      await page.goto(provider.authorizeUrls[asked]!.href);
      await page.waitForURL(landedOnCallback);
      expect(consentAnswers).toEqual([302]);
      await transport.finishAuth(new URL(page.url()).searchParams.get('code')!);
      ({ client, transport } = mcpClient(mcp!.url, provider, recorder));
      await client.connect(transport);
      await client.callTool({ name: 'list_issues', arguments: {} });
      expect(recorder.log.at(-1)!.status).toBe(200);
    });

    await test.step('5b. the admin revokes the remembered consents on the People page', async () => {
      peoplePage = await startAdminPage(origin, await adminToken(origin), app, 'authsec-consent-grants');
      const people = await context.newPage();
      await people.goto(peoplePage.url);
      const grants = people.locator('authsec-consent-grants');
      await expect(grants.getByRole('heading', { name: 'Alan Turing' })).toBeVisible();
      await expect(grants.getByText(CLIENT_NAME).first()).toBeVisible();
      await grants.getByRole('button', { name: 'Revoke all remembered consents of Alan Turing' }).click();
      await grants.getByRole('dialog').getByRole('button', { name: 'Revoke all' }).click();
      await expect(grants.getByText('No remembered consents')).toBeVisible();
      await people.close();
    });

    await test.step('5c. the client\'s refresh is refused, and the consent screen asks the person again', async () => {
      const refused = await fetch(`${origin}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: provider.tokens()!.refresh_token!, client_id: provider.clientInformation()!.client_id }),
      });
      expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([400, 'invalid_grant']);
      const asked = provider.authorizeUrls.length;
      await expect(client.callTool({ name: 'list_issues', arguments: {} })).rejects.toBeInstanceOf(UnauthorizedError);
      await page.bringToFront();
      await page.goto(provider.authorizeUrls[asked]!.href);
      await expect(page.locator('authsec-consent-screen button[part=allow]')).toBeVisible();
      expect(consentAnswers.at(-1)).toBe(200);
    });
    await client.close();
  });
});

/** What AuthSec stored for a tool: its runtime-effective (admin_override) scopes. */
async function effectiveScopes(admin: Admin, app: Application, tool: string): Promise<string[]> {
  const matrix = await admin.call<{ tools: { name: string; scopes: { scope_string: string; source: string }[] }[] }>(
    'GET', `${admin.apps}/${app.id}/scope-matrix`,
  );
  return (matrix.tools.find((t) => t.name === tool)?.scopes ?? []).filter((m) => m.source === 'admin_override').map((m) => m.scope_string).sort();
}

async function adminToken(origin: string): Promise<string> {
  const res = await fetch(`${origin}/__emulator/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return ((await res.json()) as { token: string }).token;
}
