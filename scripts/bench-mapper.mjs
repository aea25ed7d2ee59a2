#!/usr/bin/env node
// Mapper benchmark (issues #4, #17): the Tools tab with 1,000 / 10,000 / 50,000 GitHub-shaped tools
// (about 1 KB each) in headless Chromium. Builds bench/mapper.bench.ts with Vite, serves it on
// 127.0.0.1 and, for each size, loads a fresh page per sample (no warm-up mount): the page times
// data → rows painted, then Playwright types into the search field with real key presses and
// clicks "Map to scope" with every tool selected, and the page times each from the input event to
// the painted result. The JS heap (after a forced GC) is read with the in-page AuthSec stand-in
// filled but no element yet, after the rows are painted, and at the end: the element's share is
// the difference (the stand-in holds its own copy of every tool). Several samples per figure:
// median, p25–p75 and min–max. Prints the figures and writes bench/results/mapper.json. Figures,
// not pass/fail: targets are printed beside them.
//
//   node scripts/bench-mapper.mjs [--samples N] [--quick]   (--quick: 1,000 tools, one sample: CI)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBenchChromium } from './browsers.mjs';
import { formatStats as fmt, serveBenchPage, stats } from './bench-page.mjs';

const root = process.cwd();
const bench = await serveBenchPage('mapper');

const QUICK = process.argv.includes('--quick');
const SAMPLES = QUICK ? 1 : Number(process.argv[process.argv.indexOf('--samples') + 1]) || 5;
const SIZES = QUICK ? [1_000] : [1_000, 10_000, 50_000];
const QUERY = 'issues_get';

const browser = await launchBenchChromium();
const bySize = {};
try {
  for (const tools of SIZES) {
    const runs = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const heapMB = async () => {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
      };
      await page.goto(`${bench.origin}/?tools=${tools}`);
      await page.evaluate(() => window.benchPopulated, undefined, { timeout: 300_000 });
      const emulatorHeap = await heapMB();
      await page.evaluate(() => window.benchStart());
      const ready = await page.evaluate(() => window.benchReady, undefined, { timeout: 300_000 });
      if (ready !== true) throw new Error(`page failed: ${JSON.stringify(ready)}`);
      const loadedHeap = await heapMB();
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
      const mb = (x) => Math.round(x * 10) / 10;
      const endHeap = await heapMB();
      runs.push({
        ...(await page.evaluate(() => window.benchResult())),
        heapUsedMB: mb(endHeap),
        elementHeapLoadedMB: mb(loadedHeap - emulatorHeap),
        elementHeapMB: mb(endHeap - emulatorHeap),
      });
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
      elementHeapLoadedMB: stats(runs.map((r) => r.elementHeapLoadedMB)),
      elementHeapMB: stats(runs.map((r) => r.elementHeapMB)),
    };
  }
} finally {
  await browser.close();
  bench.close();
}

const line = (label, value, target = '') => console.log(`  ${label.padEnd(36)} ${value}${target ? `   target ${target}` : ''}`);
console.log(`Mapper benchmark, headless Chromium, ${SAMPLES} fresh page load(s) per size; median [p25–p75] (min–max, n)`);
for (const [tools, r] of Object.entries(bySize)) {
  console.log(`\n${Number(tools).toLocaleString('en')} tools (${r.payloadKB} KB of matrix JSON, ${r.bytesPerTool} B per tool)`);
  line('data → rows painted (ms)', fmt(r.dataToRowsPaintedMs), tools === '10000' ? '≤ 150' : '');
  line('key → filtered rows painted (ms)', fmt(r.keyToRowsPaintedMs), '≤ 40 median');
  line('click Map to scope → counters (ms)', fmt(r.clickMapAllToCountersPaintedMs), '≤ 100');
  line('DOM nodes (after load)', fmt(r.domNodes), 'flat in the tool count');
  line('DOM nodes (after bulk map)', fmt(r.domNodesAfterBulkMap));
  line('JS heap after GC, page (MB)', fmt(r.heapUsedMB));
  line('  of it the element, loaded (MB)', fmt(r.elementHeapLoadedMB));
  line('  of it the element, at the end (MB)', fmt(r.elementHeapMB));
}

// `npm test` runs the benchmark (--quick) only so it cannot rot; it points BENCH_RESULTS_DIR under
// .cache so a test run never rewrites the committed figures.
const resultsDir = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
mkdirSync(resolve(root, resultsDir), { recursive: true });
writeFileSync(resolve(root, resultsDir, 'mapper.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), samplesPerSize: SAMPLES, query: QUERY, bySize }, null, 2)}\n`);
console.log(`\nwritten: ${resultsDir}/mapper.json`);
