/**
 * Runs in headless Chromium, one mapper per page load (scripts/bench-mapper.mjs builds and serves
 * it, and drives the keyboard and mouse with Playwright): the Tools tab against the in-page
 * emulator with `?tools=N` GitHub-shaped tools of about 1 KB each (title, a long description, an
 * input schema, every annotation). The page measures what a person waits for, each clock stopped
 * after the frame that shows the result is painted:
 * - data → rows painted: from the matrix JSON in hand to the first rows on screen;
 * - key → rows painted: from a real key press (the input event's hardware timestamp) to the
 *   filtered rows on screen;
 * - click → counters painted: from a real click on "Map to scope" (every tool selected) to the
 *   counters that show it.
 * Figures, not assertions.
 */
import '../src/context/define.js';
import '../src/elements/tool-scope-mapper/define.js';
import { createBrowserEmulator } from '../emulator/browser.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecToolScopeMapper } from '../src/elements/tool-scope-mapper/tool-scope-mapper.js';
import { afterPaint, countNodes, whenDom } from './page-clock.js';

const AREAS = ['actions', 'issues', 'pull_requests', 'repos', 'code_scanning', 'secret_scanning', 'workflows', 'gists', 'notifications', 'projects'];
const VERBS = ['get', 'list', 'create', 'update', 'delete', 'search', 'run', 'cancel'];

/** A GitHub-MCP-shaped tool of about 1 KB as AuthSec stores it. */
function tool(i: number) {
  const area = AREAS[i % AREAS.length]!;
  const verb = VERBS[Math.floor(i / AREAS.length) % VERBS.length]!;
  const name = `${area}_${verb}_${String(i).padStart(5, '0')}`;
  return {
    rs_id: SEED.apps.billingAgent,
    name,
    title: `${verb[0]!.toUpperCase()}${verb.slice(1)} ${area.replace(/_/g, ' ')} item ${i}`,
    description: `${verb[0]!.toUpperCase()}${verb.slice(1)} a ${area.replace(/_/g, ' ')} entry in a repository the caller can see. Returns the entry with its metadata, links and the state it was left in; paginates with page and per_page when the result is a list. Use owner and repo to name the repository.`,
    input_schema: {
      type: 'object',
      properties: {
        owner: { type: 'string', description: 'Repository owner (user or organisation)' },
        repo: { type: 'string', description: 'Repository name, without the owner' },
        id: { type: 'number', description: `The ${area} entry's numeric id` },
        page: { type: 'number', description: 'Page number for pagination (min 1)' },
        per_page: { type: 'number', description: 'Results per page for pagination (min 1, max 100)' },
      },
      required: ['owner', 'repo'],
    },
    annotations: { readOnlyHint: verb === 'get' || verb === 'list' || verb === 'search', destructiveHint: verb === 'delete', idempotentHint: verb !== 'create', openWorldHint: false },
    inventory_source: (i % 3 === 0 ? 'mcp_scan' : 'sdk_manifest') as 'mcp_scan' | 'sdk_manifest',
    is_public: false,
  };
}

interface Page {
  dataToRowsPaintedMs: number;
  payloadBytes: number;
  domNodes: number;
  keyToRowsPaintedMs: number[];
  clickToCountersPaintedMs: number[];
}

const tools = Number(new URLSearchParams(location.search).get('tools') ?? 1000);
const result: Partial<Page> = { keyToRowsPaintedMs: [], clickToCountersPaintedMs: [] };
let el: AuthsecToolScopeMapper;

async function mount(): Promise<void> {
  const emu = createBrowserEmulator();
  for (let i = 0; i < tools; i++) emu.store.addTool(tool(i));
  const token = await emu.ownerToken();
  let dataAt = 0;
  const fetch = async (input: string, init?: RequestInit) => {
    const res = await emu.fetchFn(input, init);
    if (!input.endsWith('/scope-matrix')) return res;
    // "Data" is the response in hand, as if it had just arrived over the network: the clock starts
    // once the copy the client reads exists (making it, a 10 MB string encoded again, is the bench's
    // own work, not the page's). Decoding and parsing it are the page's, and counted.
    const text = await res.text();
    result.payloadBytes = text.length;
    const arrived = new Response(text, { status: res.status, headers: res.headers });
    dataAt = performance.now();
    return arrived;
  };
  const provider = document.createElement('authsec-provider');
  provider.setAttribute('base-url', emu.baseUrl);
  Object.assign(provider, { fetch, getToken: () => token });
  el = document.createElement('authsec-tool-scope-mapper') as AuthsecToolScopeMapper;
  el.setAttribute('application-id', SEED.apps.billingAgent);
  provider.append(el);
  document.body.append(provider);
  await whenDom(el, () => !!el.shadowRoot?.querySelector('.row'));
  result.dataToRowsPaintedMs = (await afterPaint()) - dataAt;
  result.domNodes = countNodes(el);
}

/** Each key press in the search field: from the event's own timestamp to the filtered rows painted. */
function watchKeys(): void {
  const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  const shown = () => /Showing [\d,]+/.exec(el.shadowRoot!.textContent ?? '')?.[0] ?? '';
  const first = () => el.shadowRoot!.querySelector('.row .tool-name')?.textContent ?? '';
  let before = { shown: shown(), first: first() };
  search.addEventListener('input', (event) => {
    const t0 = event.timeStamp;
    const was = before;
    // The rows on screen differ from before the key (count or first row), or, when the key did not
    // change the result, the element has rendered it.
    const changed = () => shown() !== was.shown || first() !== was.first;
    void Promise.race([whenDom(el, changed), el.updateComplete.then(afterPaint)])
      .then(afterPaint)
      .then((t1) => {
        before = { shown: shown(), first: first() };
        result.keyToRowsPaintedMs!.push(t1 - t0);
      });
  });
}

/** A click on "Map to scope": from the event's timestamp to the counters showing every tool mapped. */
function watchBulkMap(): void {
  el.shadowRoot!.addEventListener('click', (event) => {
    const target = event.composedPath()[0] as HTMLElement;
    const host = (target.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    if (host?.textContent?.trim() !== 'Map to scope') return;
    const t0 = event.timeStamp;
    const mapped = () => el.shadowRoot!.querySelector('.counter.mapped dd')?.textContent?.replace(/\D/g, '');
    void whenDom(el, () => mapped() === String(tools))
      .then(afterPaint)
      .then((t1) => result.clickToCountersPaintedMs!.push(t1 - t0));
  }, { capture: true });
}

const w = window as unknown as { benchReady: Promise<unknown>; benchResult: () => Partial<Page> };
w.benchReady = mount()
  .then(() => {
    watchKeys();
    watchBulkMap();
    return true;
  })
  .catch((e: unknown) => ({ error: String(e) }));
w.benchResult = () => ({ ...result, domNodesNow: countNodes(el) } as Partial<Page>);
