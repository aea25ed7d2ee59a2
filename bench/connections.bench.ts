/**
 * Runs in headless Chromium, one Connections tab per page load (scripts/bench-connections.mjs builds
 * and serves it, and types with Playwright's real key presses): `?clients=N` AI clients of one
 * application, with redirect URIs and last-token times as AuthSec's client list sends them. The page
 * times what a person waits for, each clock stopped after the frame that shows the result:
 * - data → rows painted: from the client list in hand to the first rows on screen;
 * - key → rows painted: from a key press in the search field to the filtered rows on screen.
 * Figures, not assertions.
 */
import '../src/context/define.js';
import '../src/elements/connections/define.js';
import { createBrowserEmulator } from '../emulator/browser.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecConnections } from '../src/elements/connections/connections.js';
import { afterPaint, countNodes, mountTimed, watchKeys, whenDom } from './page-clock.js';

interface Page {
  dataToRowsPaintedMs: number;
  payloadBytes: number;
  domNodes: number;
  keyToRowsPaintedMs: number[];
}

const KINDS = ['dcr', 'cimd', 'prereg'] as const;
const clients = Number(new URLSearchParams(location.search).get('clients') ?? 1000);
const result: Partial<Page> = { keyToRowsPaintedMs: [] };
let el: AuthsecConnections;

async function mount(): Promise<void> {
  const emu = createBrowserEmulator();
  const now = Date.now();
  for (let i = 0; i < clients; i++) {
    const kind = KINDS[i % KINDS.length]!;
    const id = kind === 'cimd' ? `https://agent-${i}.example/oauth/client.json` : `${kind}-client-${String(i).padStart(5, '0')}`;
    emu.store.clients.set(id, {
      client_id: id, client_name: `Agent ${i} for ${['support', 'billing', 'research', 'ops'][i % 4]}`, registration_type: kind,
      redirect_uris: kind === 'dcr' ? [`http://127.0.0.1:${40000 + (i % 2000)}/callback`] : [`https://agent-${i}.example/oauth/callback`],
      rs_id: SEED.apps.docsSearch, status: i % 50 === 0 ? 'pending_approval' : i % 17 === 0 ? 'revoked' : 'approved',
      created_at: new Date(now - i * 3_600_000).toISOString(), ...(i % 3 ? { last_token_issued_at: new Date(now - i * 60_000).toISOString() } : {}),
    });
  }
  const mounted = await mountTimed<AuthsecConnections>(emu, 'authsec-connections', SEED.apps.docsSearch, '/authsec/clients');
  el = mounted.el;
  await whenDom(el, () => !!el.shadowRoot?.querySelector('[role="listitem"]'));
  result.dataToRowsPaintedMs = (await afterPaint()) - mounted.clock.at;
  result.payloadBytes = mounted.clock.bytes;
  result.domNodes = countNodes(el);
  watchKeys(
    el,
    el.shadowRoot!.querySelector<HTMLInputElement>('#q')!,
    () => el.shadowRoot!.querySelector('.count')?.textContent ?? '',
    () => el.shadowRoot!.querySelector('[role="listitem"] strong')?.textContent ?? '',
    (ms) => result.keyToRowsPaintedMs!.push(ms),
  );
}

const w = window as unknown as { benchReady: Promise<unknown>; benchResult: () => Partial<Page> };
w.benchReady = mount()
  .then(() => true)
  .catch((e: unknown) => ({ error: String(e) }));
w.benchResult = () => ({ ...result });
