/**
 * The consent step of the MCP loop (e2e/mcp-loop.spec.ts) in Firefox and WebKit: the official MCP
 * SDK client (node side) is sent to the hosted consent page, a person unticks the write scope in
 * the engine under test and allows; the SDK finishes the exchange, and the protected example server
 * lists only the read tools, answers the write tool with 403 insufficient_scope and a read tool
 * with 200. Each test gets its own emulator (`startAuthServer`, which also collects CSP reports).
 *
 *   xvfb-run -a node --import tsx --test e2e/cross-browser/mcp-consent.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { startProtectedMcpServer } from '../../examples/protected-mcp-server/server.js';
import { appSlug } from '../../src/model/app-slug.js';
import { launchFirefox, launchWebKit, type Driver, type Launcher } from './drivers.js';
import { startClientApp } from './journey.js';
import {
  Admin, APP_NAME, CLIENT_NAME, consentInBrowser, freePort, LOCALHOST_TEXT, LoopClientProvider, mcpClient, READ_TOOLS, recordingFetch,
  resultJson, UNVERIFIED_TEXT, WRITE_TOOL,
} from './mcp-loop.js';
import { startAuthServer } from './suite.js';

const ENGINES: [string, () => Promise<Launcher>][] = [
  ['firefox', launchFirefox],
  ['webkit', launchWebKit],
];

for (const [engine, launch] of ENGINES) {
  describe(`MCP loop: the consent step in ${engine}`, () => {
    let launcher: Launcher | undefined;
    before(async () => {
      const bundle = fileURLToPath(new URL('../../dist/cdn/authsec-consent.js', import.meta.url));
      if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`BUNDLE=consent npx vite build\``);
      launcher = await launch();
    }, { timeout: 120_000 });
    after(async () => {
      await launcher?.close();
    }, { timeout: 30_000 });

    it('the MCP SDK client is authorised through our consent screen with the write scope unticked', { timeout: 180_000 }, async () => {
      if (!launcher) throw new Error(`${engine} did not start`);
      const auth = await startAuthServer();
      const origin = auth.running.url;
      const callback = await startClientApp();
      let driver: Driver | undefined;
      let mcp: Awaited<ReturnType<typeof startProtectedMcpServer>> | undefined;
      try {
        const admin = await Admin.signIn(origin);
        const port = await freePort();
        const app = await admin.registerApplication(port);
        mcp = await startProtectedMcpServer({ authsecUrl: origin, resourceServerId: app.id, secret: app.secret, port, scopePrefix: appSlug(APP_NAME), log: () => undefined });
        await admin.launch(app);
        await mcp.refreshPolicy();

        const provider = new LoopClientProvider(callback.redirectUri);
        const recorder = recordingFetch(new URL(mcp.url).origin);
        let { client, transport } = mcpClient(mcp.url, provider, recorder);
        await assert.rejects(client.connect(transport), UnauthorizedError);
        assert.equal(recorder.log[0]?.status, 401);
        assert.equal(recorder.log[0]?.wwwAuthenticate, `Bearer realm="mcp", resource_metadata="${mcp.metadataUrl}"`);

        driver = await launcher.newDriver();
        const { seen, landed } = await consentInBrowser(driver, provider.authorizeUrls[0]!, {
          origin,
          untick: [app.scopes.write],
          landed: (u) => u.origin === callback.origin && u.pathname === '/cb',
        });
        assert.ok(seen.card.includes(CLIENT_NAME), `the client's name: ${seen.card}`);
        assert.ok(seen.card.includes(UNVERIFIED_TEXT), 'marked unverified (it registered itself)');
        assert.ok(seen.card.includes(LOCALHOST_TEXT), 'the localhost redirect warning');
        assert.deepEqual(seen.scopes.map((s) => [s.scope, s.checked]).sort(), [[app.scopes.read, true], [app.scopes.write, true]]);
        assert.ok(seen.scopes.find((s) => s.scope === app.scopes.read)!.text.includes(`Unlocks: ${READ_TOOLS.join(', ')}`));
        assert.equal(landed.searchParams.get('state'), provider.expectedState);
        assert.equal(landed.searchParams.get('iss'), origin);
        // WebKit's driver may report the new URL before the request reaches the client app: wait for it.
        const hit = await callback.waitForHit();
        assert.equal(hit.searchParams.get('code'), landed.searchParams.get('code'));
        assert.equal(callback.hits.length, 1, 'exactly one authorization response');

        await transport.finishAuth(landed.searchParams.get('code')!);
        assert.equal(provider.tokens()?.scope, app.scopes.read);
        ({ client, transport } = mcpClient(mcp.url, provider, recorder));
        await client.connect(transport);
        assert.deepEqual((await client.listTools()).tools.map((t) => t.name).sort(), READ_TOOLS);
        await assert.rejects(client.callTool({ name: WRITE_TOOL, arguments: { title: 'x' } }), /403/);
        const denied = recorder.log.find((e) => e.status === 403)!;
        assert.equal(JSON.parse(denied.body).error, 'insufficient_scope');
        assert.deepEqual(JSON.parse(denied.body).required_scopes, [app.scopes.write]);
        assert.deepEqual(resultJson(await client.callTool({ name: 'list_issues', arguments: {} })), [
          { id: 1, title: 'Login page is slow', open: true },
          { id: 2, title: 'Typo on the pricing page', open: true },
        ]);
        await client.close();

        await new Promise((resolve) => setTimeout(resolve, 400)); // CSP reports are posted asynchronously
        assert.deepEqual([...driver.violations(), ...auth.reports], [], 'no CSP / Trusted Types violation on the consent page');
      } finally {
        await driver?.close().catch(() => undefined);
        await mcp?.close();
        await callback.close();
        await auth.close();
      }
    });
  });
}
