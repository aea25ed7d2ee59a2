/**
 * Runs in headless Chromium (scripts/bench-mapper.mjs builds and serves it): the mapper against
 * the in-page emulator with a generated manifest, measured with performance.now(). Figures, not
 * assertions: the script prints them and writes bench/results/mapper.json.
 */
import '../src/context/define.js';
import '../src/elements/tool-scope-mapper/define.js';
import { createBrowserEmulator } from '../emulator/browser.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecToolScopeMapper } from '../src/elements/tool-scope-mapper/tool-scope-mapper.js';
import { AuthsecClient } from '../src/api/client.js';
import { getScopeMatrix } from '../src/api/scope-matrix.js';
import { MappingBase, StagedEdits } from '../src/model/tool-mapping.js';
import { ToolFinder } from '../src/model/tool-filters.js';

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (x: number) => Math.round(x * 10) / 10;

/** Every node in a tree, shadow roots included. */
function countNodes(node: Node): number {
  let n = 1;
  if (node instanceof Element && node.shadowRoot) n += countNodes(node.shadowRoot);
  for (let c = node.firstChild; c; c = c.nextSibling) n += countNodes(c);
  return n;
}

/** Resolves when `check` holds after a DOM change inside the element (or already holds). */
function whenDom(el: HTMLElement, check: () => boolean): Promise<number> {
  return new Promise((resolve) => {
    if (check()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (check()) {
        observer.disconnect();
        resolve(performance.now());
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

function seeded(tools: number) {
  const emu = createBrowserEmulator();
  for (let i = 0; i < tools; i++) {
    emu.store.addTool({
      rs_id: SEED.apps.billingAgent, name: `tool_${String(i).padStart(5, '0')}`, title: `Tool ${i}`,
      description: `Generated tool number ${i} for the benchmark; it reads or writes something.`,
      inventory_source: i % 3 === 0 ? 'mcp_scan' : 'sdk_manifest', is_public: false,
      annotations: { readOnlyHint: i % 2 === 0 },
    });
  }
  return emu;
}

async function mount(tools: number) {
  const emu = seeded(tools);
  const token = await emu.ownerToken();
  let dataAt = 0;
  const fetch = async (input: string, init?: RequestInit) => {
    const res = await emu.fetchFn(input, init);
    if (input.endsWith('/scope-matrix')) {
      // The body read here is what the client parses next: "data" is the JSON in hand.
      const text = await res.text();
      dataAt = performance.now();
      return new Response(text, { status: res.status, headers: res.headers });
    }
    return res;
  };
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const provider = document.createElement('authsec-provider');
  provider.setAttribute('base-url', emu.baseUrl);
  Object.assign(provider, { fetch, getToken: () => token });
  const el = document.createElement('authsec-tool-scope-mapper') as AuthsecToolScopeMapper;
  el.setAttribute('application-id', SEED.apps.billingAgent);
  provider.append(el);
  const start = performance.now();
  host.append(provider);
  await new Promise((r) => setTimeout(r, 0));
  const rowsAt = await whenDom(el, () => !!el.shadowRoot?.querySelector('.row'));
  await frame();
  const paintedAt = performance.now();
  return { el, emu, start, dataAt, rowsAt, paintedAt };
}

async function run() {
  const results: Record<string, unknown> = { tools: 10_000, userAgent: navigator.userAgent };
  const small = await mount(100);
  await frame();
  const smallNodes = countNodes(small.el);

  const big = await mount(10_000);
  const { el } = big;
  results['mountToFirstRowsMs'] = round(big.rowsAt - big.start);
  results['dataToFirstRowsMs'] = round(big.rowsAt - big.dataAt);
  results['dataToFirstPaintMs'] = round(big.paintedAt - big.dataAt);
  await frame();
  await frame();
  results['domNodes'] = { tools100: smallNodes, tools10000: countNodes(el) };

  // Filter keystrokes: the time from an input event to the rows showing the new result.
  const search = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  const keystrokes: number[] = [];
  const typed = ['t', 'to', 'too', 'tool', 'tool_', 'tool_0', 'tool_09', 'tool_099', 'tool_0999', 'tool_099', 'tool_09', 'tool_0', 'tool_', ''];
  for (const value of typed) {
    const t0 = performance.now();
    search.value = value;
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const first = () => el.shadowRoot!.querySelector('.row .tool-name')?.textContent ?? '';
    const shown = () => /Showing ([\d,]+)/.exec(el.shadowRoot!.textContent ?? '')?.[1];
    const before = shown();
    await el.updateComplete;
    await whenDom(el, () => first().includes(value) || value === '' || shown() !== before);
    keystrokes.push(performance.now() - t0);
    await frame();
  }
  results['keystrokeToRowsMs'] = { median: round(median(keystrokes)), max: round(Math.max(...keystrokes)), samples: keystrokes.map(round) };

  // Bulk: select all 10,000 shown, map them to one scope, until the counters say so.
  const selectAll = el.shadowRoot!.querySelector<HTMLInputElement>('.select-all input')!;
  selectAll.click();
  await el.updateComplete;
  const scopeSelect = el.shadowRoot!.querySelector<HTMLSelectElement>('#bulk-scope')!;
  scopeSelect.value = scopeSelect.options[1]!.value;
  scopeSelect.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
  const mapButton = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.bulk authsec-ui-button')].find((b) => b.textContent?.trim() === 'Map to scope')!;
  const mapped = () => el.shadowRoot!.querySelector('.counter.mapped dd')?.textContent?.replace(/\D/g, '');
  const t0 = performance.now();
  mapButton.shadowRoot!.querySelector('button')!.click();
  const t1 = await whenDom(el, () => mapped() === '10000');
  await frame();
  results['bulkMapAllToCountersMs'] = round(t1 - t0);
  results['bulkMapAllToPaintMs'] = round(performance.now() - t0);
  results['domNodesAfterBulk'] = countNodes(el);
  return results;
}

/** Where "data → first rows" goes, on a cold page: each step the element takes, timed alone. */
async function breakdown() {
  const emu = seeded(10_000);
  const token = await emu.ownerToken();
  let text = '';
  const client = new AuthsecClient({
    baseUrl: emu.baseUrl, getToken: () => token,
    fetch: async (input: string, init?: RequestInit) => {
      const res = await emu.fetchFn(input, init);
      text = await res.text();
      return new Response(text, { status: res.status, headers: res.headers });
    },
  });
  await client.call(getScopeMatrix, { params: { id: SEED.apps.billingAgent } });
  const times: Record<string, number> = {};
  const time = <T>(label: string, f: () => T): T => {
    const t0 = performance.now();
    const out = f();
    times[label] = round(performance.now() - t0);
    return out;
  };
  const fresh = new AuthsecClient({ baseUrl: emu.baseUrl, fetch: async () => new Response(text, { headers: { 'content-type': 'application/json' } }) });
  const t0 = performance.now();
  const matrix = await fresh.call(getScopeMatrix, { params: { id: SEED.apps.billingAgent } });
  times['jsonAndSchemaMs'] = round(performance.now() - t0);
  const base = time('mappingBaseMs', () => new MappingBase(matrix, []));
  const finder = time('toolFinderMs', () => new ToolFinder(base));
  time('firstFindMs', () => finder.find({ sort: 'state' }, StagedEdits.empty(base)));
  time('searchIndexMs', () => finder.prepare());
  return times;
}

const w = window as unknown as { benchResult: Promise<unknown> };
w.benchResult = (location.search.includes('breakdown') ? breakdown() : run()).catch((e: unknown) => ({ error: String(e) }));
