#!/usr/bin/env node
// Mapper benchmark (issues #4, #17): the Tools tab with 1,000 / 10,000 / 50,000 GitHub-shaped tools
// (about 1 KB each) in headless Chromium. Builds bench/mapper.bench.ts with Vite, serves it on
// 127.0.0.1 and, for each size, loads a fresh page per sample (no warm-up mount): the page times
// data → rows painted, then Playwright types into the search field with real key presses and
// clicks "Map to scope" with every tool selected, and the page times each from the input event to
// the painted result. Several samples per figure: median, p25–p75 and min–max. Prints the figures
// and writes bench/results/mapper.json. Figures, not pass/fail: targets are printed beside them.
//
//   node scripts/bench-mapper.mjs [--samples N] [--quick]   (--quick: 1,000 tools, one sample: CI)
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright';
import { CHROMIUM, chromiumArgs } from './browsers.mjs';

const root = process.cwd();
const outDir = resolve(root, '.cache/bench-mapper');
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    minify: true,
    lib: { entry: resolve(root, 'bench/mapper.bench.ts'), formats: ['es'], fileName: () => 'bench.js' },
  },
});
writeFileSync(join(outDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>mapper bench</title><body><script type="module" src="/bench.js"></script>');

const types = { '.html': 'text/html', '.js': 'text/javascript' };
const server = createServer((req, res) => {
  const path = join(outDir, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html'));
  let body;
  try {
    body = readFileSync(path);
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address();

const QUICK = process.argv.includes('--quick');
const SAMPLES = QUICK ? 1 : Number(process.argv[process.argv.indexOf('--samples') + 1]) || 5;
const SIZES = QUICK ? [1_000] : [1_000, 10_000, 50_000];
const QUERY = 'issues_get';

const stats = (values) => {
  const xs = [...values].sort((a, b) => a - b);
  const at = (q) => xs[Math.min(xs.length - 1, Math.floor(q * (xs.length - 1) + 0.5))];
  const r = (x) => Math.round(x * 10) / 10;
  return { median: r(at(0.5)), p25: r(at(0.25)), p75: r(at(0.75)), min: r(xs[0]), max: r(xs.at(-1)), n: xs.length };
};

const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
const bySize = {};
try {
  for (const tools of SIZES) {
    const runs = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(`http://127.0.0.1:${port}/?tools=${tools}`);
      const ready = await page.evaluate(() => window.benchReady, undefined, { timeout: 300_000 });
      if (ready !== true) throw new Error(`page failed: ${JSON.stringify(ready)}`);
      const mapper = page.locator('authsec-tool-scope-mapper');
      // Real key presses: type the query, then delete it, one key at a time.
      await mapper.locator('#search').click();
      const keys = [...QUERY, ...QUERY.split('').map(() => 'Backspace')];
      for (const [i, key] of keys.entries()) {
        await page.keyboard.press(key);
        await page.waitForFunction((n) => window.benchResult().keyToRowsPaintedMs.length >= n, i + 1, { timeout: 60_000 });
      }
      // Real clicks: select every tool shown, choose a scope, Map to scope.
      await mapper.locator('.select-all input').click();
      await mapper.locator('#bulk-scope').selectOption({ index: 1 });
      await mapper.locator('.bulk authsec-ui-button', { hasText: 'Map to scope' }).click();
      await page.waitForFunction(() => window.benchResult().clickToCountersPaintedMs.length >= 1, undefined, { timeout: 120_000 });
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      runs.push({ ...(await page.evaluate(() => window.benchResult())), heapUsedMB: Math.round((heap.usedSize / 1048576) * 10) / 10 });
      await context.close();
    }
    bySize[tools] = {
      payloadKB: Math.round(runs[0].payloadBytes / 1024),
      bytesPerTool: Math.round(runs[0].payloadBytes / tools),
      dataToRowsPaintedMs: stats(runs.map((r) => r.dataToRowsPaintedMs)),
      keyToRowsPaintedMs: stats(runs.flatMap((r) => r.keyToRowsPaintedMs)),
      clickMapAllToCountersPaintedMs: stats(runs.flatMap((r) => r.clickToCountersPaintedMs)),
      domNodes: stats(runs.map((r) => r.domNodes)),
      domNodesAfterBulkMap: stats(runs.map((r) => r.domNodesNow)),
      heapUsedMB: stats(runs.map((r) => r.heapUsedMB)),
    };
  }
} finally {
  await browser.close();
  server.close();
}

const fmt = (s) => `${s.median} [${s.p25}–${s.p75}] (${s.min}–${s.max}, n=${s.n})`;
const line = (label, value, target = '') => console.log(`  ${label.padEnd(36)} ${value}${target ? `   target ${target}` : ''}`);
console.log(`Mapper benchmark, headless Chromium, ${SAMPLES} fresh page load(s) per size; median [p25–p75] (min–max, n)`);
for (const [tools, r] of Object.entries(bySize)) {
  console.log(`\n${Number(tools).toLocaleString('en')} tools (${r.payloadKB} KB of matrix JSON, ${r.bytesPerTool} B per tool)`);
  line('data → rows painted (ms)', fmt(r.dataToRowsPaintedMs), tools === '10000' ? '≤ 150' : '');
  line('key → filtered rows painted (ms)', fmt(r.keyToRowsPaintedMs), '≤ 40 median');
  line('click Map to scope → counters (ms)', fmt(r.clickMapAllToCountersPaintedMs), '≤ 100');
  line('DOM nodes (after load)', fmt(r.domNodes), 'flat in the tool count');
  line('DOM nodes (after bulk map)', fmt(r.domNodesAfterBulkMap));
  line('JS heap after GC (MB)', fmt(r.heapUsedMB));
}

// `npm test` runs the benchmark (--quick) only so it cannot rot; it points BENCH_RESULTS_DIR under
// .cache so a test run never rewrites the committed figures.
const resultsDir = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
mkdirSync(resolve(root, resultsDir), { recursive: true });
writeFileSync(resolve(root, resultsDir, 'mapper.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), samplesPerSize: SAMPLES, query: QUERY, bySize }, null, 2)}\n`);
console.log(`\nwritten: ${resultsDir}/mapper.json`);
