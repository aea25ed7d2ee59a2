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
import { afterPaint, countNodes, whenDom } from './page-clock.js';

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
  const token = await emu.ownerToken();
  let dataAt = 0;
  const fetch = async (input: string, init?: RequestInit) => {
    const res = await emu.fetchFn(input, init);
    if (!new URL(input).pathname.endsWith('/authsec/clients')) return res;
    // "Data" is the response in hand, as if it had just arrived: parsing it is the page's work.
    const text = await res.text();
    result.payloadBytes = text.length;
    const arrived = new Response(text, { status: res.status, headers: res.headers });
    dataAt = performance.now();
    return arrived;
  };
  const provider = document.createElement('authsec-provider');
  provider.setAttribute('base-url', emu.baseUrl);
  Object.assign(provider, { fetch, getToken: () => token });
  el = document.createElement('authsec-connections') as AuthsecConnections;
  el.setAttribute('application-id', SEED.apps.docsSearch);
  provider.append(el);
  document.body.append(provider);
  await whenDom(el, () => !!el.shadowRoot?.querySelector('[role="listitem"]'));
  result.dataToRowsPaintedMs = (await afterPaint()) - dataAt;
  result.domNodes = countNodes(el);
}

/** Each key press in the search field: from the event's own timestamp to the filtered rows painted. */
function watchKeys(): void {
  const search = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
  const shown = () => el.shadowRoot!.querySelector('.count')?.textContent ?? '';
  const first = () => el.shadowRoot!.querySelector('[role="listitem"] strong')?.textContent ?? '';
  let before = { shown: shown(), first: first() };
  search.addEventListener('input', (event) => {
    const t0 = event.timeStamp;
    const was = before;
    const changed = () => shown() !== was.shown || first() !== was.first;
    void Promise.race([whenDom(el, changed), el.updateComplete.then(afterPaint)])
      .then(afterPaint)
      .then((t1) => {
        before = { shown: shown(), first: first() };
        result.keyToRowsPaintedMs!.push(t1 - t0);
      });
  });
}

const w = window as unknown as { benchReady: Promise<unknown>; benchResult: () => Partial<Page> };
w.benchReady = mount()
  .then(() => {
    watchKeys();
    return true;
  })
  .catch((e: unknown) => ({ error: String(e) }));
w.benchResult = () => ({ ...result });
