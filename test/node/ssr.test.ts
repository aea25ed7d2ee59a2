// Server rendering: a host that renders pages with @lit-labs/ssr must be able to import every entry
// and render every element without a throw (sync or later) or a network call, and the consent screen
// must come to life in the browser from its server-rendered declarative shadow DOM (hydration).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { chromium } from 'playwright';
import { CHROMIUM, chromiumArgs } from '../../scripts/browsers.mjs';
import { buildTargets } from '../../scripts/build.mjs';
import { defineEntries, libraryEntries } from '../../scripts/package-entries.mjs';

const root = resolve(import.meta.dirname, '../..');
const fetched: string[] = [];
const thrown: unknown[] = [];
const realFetch = globalThis.fetch;
const onThrow = (error: unknown) => void thrown.push(error);

/** Lets whatever an element started (promises, timers) run, so a late throw or fetch is seen. */
const settle = () => new Promise((done) => setTimeout(done, 200));
const ssr = async (template: unknown) => collectResult(render(template));

const consentData = {
  success: true,
  consent_challenge: 'server-rendered',
  client_name: 'Acme Research Agent',
  application_name: 'Docs MCP',
  registration_type: 'dcr',
  redirect_uri: 'https://agent.acme.example/callback',
  requested_scopes: ['docs:read'],
  grantable_scopes: ['docs:read'],
  scope_details: [{ scope: 'docs:read', description: 'Read documents', tools: ['search_docs'] }],
};
const consentTemplate = html`<authsec-consent-screen base-url="https://authsec.example">${unsafeHTML(
  `<script type="application/json">${JSON.stringify(consentData).replaceAll('<', '\\u003c')}</script>`,
)}</authsec-consent-screen>`;

before(async () => {
  await buildTargets(['esm'], { log: () => {} });
  globalThis.fetch = async (input) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    throw new Error('no network on the server');
  };
  process.on('uncaughtException', onThrow);
  process.on('unhandledRejection', onThrow);
});
after(() => {
  globalThis.fetch = realFetch;
  process.off('uncaughtException', onThrow);
  process.off('unhandledRejection', onThrow);
});

describe('server rendering (@lit-labs/ssr)', () => {
  it('imports every entry of the package on the server', async () => {
    const files = [...libraryEntries.map((e) => `dist/esm/${e.name}.js`), ...defineEntries(root).map((e) => e.esm)];
    for (const file of files) await import(join(root, file));
    assert.ok(customElements.get('authsec-tool-scope-mapper'), 'the elements registered with the server DOM shim');
    await settle();
    assert.deepEqual(thrown, []);
  });

  for (const { tag } of defineEntries(root)) {
    it(`renders <${tag}> without a throw or a fetch, standalone and inside the provider`, async () => {
      const el = unsafeStatic(tag);
      const standalone = await ssr(staticHtml`<${el} base-url="https://authsec.example" application-id="app-1"></${el}>`);
      const provided = await ssr(staticHtml`<authsec-provider base-url="https://authsec.example"><${el} application-id="app-1"></${el}></authsec-provider>`);
      await settle();
      for (const out of [standalone, provided]) assert.match(out, new RegExp(`<${tag}[^>]*><template shadowroot(mode)?="open"`), 'declarative shadow DOM');
      assert.deepEqual(thrown, [], 'nothing thrown, now or later');
      assert.deepEqual(fetched, [], 'nothing fetched on the server');
    });
  }

  it('renders the consent screen loading on the server, and it hydrates in the browser with the page data', async () => {
    const body = await ssr(consentTemplate);
    await settle();
    assert.deepEqual(thrown, []);
    assert.match(body, /<authsec-consent-screen[^>]*><template shadowroot(mode)?="open"/);
    assert.match(body, /role="status"/, 'the server shows the loading state');

    // The browser side, as a host would ship it: Lit's hydration support first, then the element.
    const dir = join(root, '.cache/ssr');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'entry.js'), `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport '${join(root, 'dist/esm/authsec-consent-screen.js')}';\n`);
    const { build } = await import('vite');
    await build({ configFile: false, logLevel: 'silent', root: dir, build: { outDir: join(dir, 'out'), emptyOutDir: true, rollupOptions: { input: join(dir, 'entry.js'), output: { entryFileNames: 'hydrate.js' } } } });
    assert.ok(existsSync(join(dir, 'out/hydrate.js')));
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Consent</title></head><body>${body}<script type="module" src="/hydrate.js"></script></body></html>`;
    const server = createServer((req, res) => {
      if (req.url === '/hydrate.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dir, 'out/hydrate.js')));
      if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
    try {
      // Before any script: the server's shadow DOM is already there (declarative shadow DOM).
      const noScript = await browser.newPage({ javaScriptEnabled: false });
      await noScript.goto(url);
      assert.equal(await noScript.evaluate(() => !!document.querySelector('authsec-consent-screen')?.shadowRoot?.querySelector('[role="status"]')), true);
      await noScript.close();

      const live = await browser.newPage();
      const problems: string[] = [];
      live.on('pageerror', (e) => problems.push(e.message));
      live.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
      // A failed load names its address, so a stray request is told apart from a hydration error.
      live.on('response', (r) => void (r.status() >= 400 && problems.push(`${r.status()} ${new URL(r.url()).pathname}`)));
      await live.goto(url);
      await live.locator('authsec-consent-screen').getByRole('button', { name: /allow/i }).waitFor();
      await live.locator('authsec-consent-screen').getByText('Acme Research Agent').first().waitFor();
      assert.deepEqual(problems, [], 'hydrated without a mismatch or an error');
      await live.close();
    } finally {
      await browser.close();
      await new Promise((done) => server.close(done));
    }
  });
});
