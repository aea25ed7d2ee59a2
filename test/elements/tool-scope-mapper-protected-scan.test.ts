/**
 * "Scan now" against a server the AuthSec SDK protects: AuthSec's scan gets a 401 and says "MCP
 * bearer token required…" (authsec-api.md §3.4). The Tools tab then says what to do instead: let
 * the SDK publish the tool manifest, and check again. Real emulator handlers throughout; the probe
 * answers the way examples/protected-mcp-server does without a token.
 */
import { expect } from '@open-wc/testing';
import '../helpers/benign-errors.js';
import '../../src/context/define.js';
import '../../src/elements/tool-scope-mapper/define.js';
import type { AuthsecToolScopeMapper } from '../../src/elements/tool-scope-mapper/tool-scope-mapper.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { mountAdmin } from '../helpers/mount.js';
import { uiButton, until, shadowText as text, shadowQuery as $ } from '../helpers/element.js';

const press = (b: HTMLElement) => b.shadowRoot!.querySelector('button')!.click();

/** What the example server answers to a `tools/list` without a Bearer token. */
const protectedServer = async (url: string) => {
  const metadata = new URL('/.well-known/oauth-protected-resource/mcp', url).href;
  return Response.json({ error: 'unauthorized', error_description: 'a Bearer token is required' }, {
    status: 401,
    headers: { 'WWW-Authenticate': `Bearer realm="mcp", resource_metadata="${metadata}"` },
  });
};

async function openScan(el: AuthsecToolScopeMapper) {
  await until(el, () => !!el.shadowRoot!.querySelector('.panels details'));
  const details = [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>('details')]
    .find((d) => d.querySelector('summary')!.textContent!.includes('Scan the server now'))!;
  details.open = true;
  await until(el, () => !!$(el, '#scan-token'));
}

describe('<authsec-tool-scope-mapper>: scanning an SDK-protected server', () => {
  it('says the server is protected and to publish the manifest from the SDK, then finds the published tools', async () => {
    const { el, emu } = await mountAdmin<AuthsecToolScopeMapper>('authsec-tool-scope-mapper', {
      appId: SEED.apps.billingAgent, emulator: { probe: protectedServer },
    });
    await until(el, () => !!$(el, 'authsec-ui-state[kind="empty"]'));
    await openScan(el);
    press(uiButton(el, 'Scan now'));
    await until(el, () => !!$(el, '.scan-protected'));
    // AuthSec's words stay, as detail; the way forward follows in plain words.
    expect(text(el)).to.contain('The scan failed: MCP bearer token required to refresh tool inventory');
    const way = $(el, '.scan-protected')!.textContent!.replace(/\s+/g, ' ');
    expect(way).to.contain('The server is protected');
    expect(way).to.contain('publish the tool manifest');
    expect(way).to.contain('AUTHSEC_PUBLISH_MANIFEST=true');
    await expect(el).to.be.accessible();

    // The server's SDK publishes its manifest at start-up (Basic <id>:<secret>, AuthSec's real handler).
    const app = emu.store.resourceServers.get(SEED.apps.billingAgent)!;
    const published = await emu.fetchFn(`${emu.baseUrl}/authsec/resource-servers/${app.id}/sdk-manifest`, {
      method: 'PUT',
      headers: { Authorization: `Basic ${btoa(`${app.id}:${app.introspection_secret}`)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ manifest_version: '1', tools: [{ name: 'list_invoices', description: 'List invoices.', input_schema: { type: 'object' } }] }),
    });
    expect(published.status).to.equal(200);

    press(uiButton(el, 'Check for published tools'));
    await until(el, () => [...el.shadowRoot!.querySelectorAll('.tool-name')].some((n) => n.textContent === 'list_invoices') || text(el).includes('Showing 1 of 1'));
    expect($(el, 'authsec-ui-state[kind="empty"]')).to.equal(null);
  });

  it('shows no manifest advice when the scan failed for another reason', async () => {
    const { el } = await mountAdmin<AuthsecToolScopeMapper>('authsec-tool-scope-mapper', {
      appId: SEED.apps.billingAgent, emulator: { probe: async () => new Response('', { status: 500 }) },
    });
    await openScan(el);
    press(uiButton(el, 'Scan now'));
    await until(el, () => text(el).includes('The scan failed'));
    expect(text(el)).to.contain('the MCP server answered 500 to tools/list');
    expect($(el, '.scan-protected')).to.equal(null);
  });
});
