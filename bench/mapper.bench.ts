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
import { afterPaint, countNodes, mountTimed, watchKeys, whenDom } from './page-clock.js';

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

const w = window as unknown as { benchPopulated: Promise<true>; benchStart: () => void; benchReady: Promise<unknown>; benchResult: () => Partial<Page> };
let start!: () => void;
const started = new Promise<void>((resolve) => (start = resolve));
let populated!: (value: true) => void;
w.benchPopulated = new Promise<true>((resolve) => (populated = resolve));
w.benchStart = start;

async function mount(): Promise<void> {
  const emu = createBrowserEmulator();
  for (let i = 0; i < tools; i++) emu.store.addTool(tool(i));
  // The driver measures the heap of the page with AuthSec's stand-in filled, before the element
  // exists, then starts it: the element's own heap is the difference.
  populated(true);
  await started;
  const mounted = await mountTimed<AuthsecToolScopeMapper>(emu, 'authsec-tool-scope-mapper', SEED.apps.billingAgent, '/scope-matrix');
  el = mounted.el;
  await whenDom(el, () => !!el.shadowRoot?.querySelector('.row'));
  performance.mark('bench:rows-in-dom');
  result.dataToRowsPaintedMs = (await afterPaint()) - mounted.clock.at;
  performance.mark('bench:painted');
  result.payloadBytes = mounted.clock.bytes;
  result.domNodes = countNodes(el);
  watchKeys(
    el,
    el.shadowRoot!.querySelector<HTMLInputElement>('#search')!,
    () => /Showing [\d,]+/.exec(el.shadowRoot!.textContent ?? '')?.[0] ?? '',
    () => el.shadowRoot!.querySelector('.row .tool-name')?.textContent ?? '',
    (ms) => result.keyToRowsPaintedMs!.push(ms),
  );
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

w.benchReady = mount()
  .then(() => {
    watchBulkMap();
    return true;
  })
  .catch((e: unknown) => ({ error: String(e) }));
w.benchResult = () => ({ ...result, domNodesNow: countNodes(el) } as Partial<Page>);
