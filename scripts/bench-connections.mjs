#!/usr/bin/env node
// Connections benchmark (issue #18, "thousands of clients stay fast"): the Connections tab with
// 100 / 2,000 / 10,000 AI clients of one application in headless Chromium. Builds
// bench/connections.bench.ts, loads a fresh page per sample: the page times data → rows painted,
// then Playwright types a search with real key presses and deletes it again, and the page times each
// key from its input event to the painted rows. Median, p25–p75 and min–max; DOM nodes show whether
// the list stays flat in the number of clients. Writes bench/results/connections.json. Figures, not
// pass/fail.
//
//   node scripts/bench-connections.mjs [--samples N] [--quick]   (--quick: 2,000 clients, one sample: CI)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBenchChromium } from './browsers.mjs';
import { formatStats as fmt, serveBenchPage, stats } from './bench-page.mjs';

const root = process.cwd();
const bench = await serveBenchPage('connections');
const QUICK = process.argv.includes('--quick');
const SAMPLES = QUICK ? 1 : Number(process.argv[process.argv.indexOf('--samples') + 1]) || 5;
const SIZES = QUICK ? [2_000] : [100, 2_000, 10_000];
const QUERY = 'agent 19';

const browser = await launchBenchChromium();
const bySize = {};
try {
  for (const clients of SIZES) {
    const runs = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${bench.origin}/?clients=${clients}`);
      const ready = await page.evaluate(() => window.benchReady, undefined, { timeout: 300_000 });
      if (ready !== true) throw new Error(`page failed: ${JSON.stringify(ready)}`);
      await page.locator('authsec-connections').locator('#q').click();
      const keys = [...QUERY, ...QUERY.split('').map(() => 'Backspace')];
      for (const [i, key] of keys.entries()) {
        await page.keyboard.press(key);
        await page.waitForFunction((n) => window.benchResult().keyToRowsPaintedMs.length >= n, i + 1, { timeout: 60_000 });
      }
      runs.push(await page.evaluate(() => window.benchResult()));
      await context.close();
    }
    bySize[clients] = {
      payloadKB: Math.round(runs[0].payloadBytes / 1024),
      dataToRowsPaintedMs: stats(runs.map((r) => r.dataToRowsPaintedMs)),
      keyToRowsPaintedMs: stats(runs.flatMap((r) => r.keyToRowsPaintedMs)),
      domNodes: stats(runs.map((r) => r.domNodes)),
    };
  }
} finally {
  await browser.close();
  bench.close();
}

const line = (label, value) => console.log(`  ${label.padEnd(36)} ${value}`);
console.log(`Connections benchmark, headless Chromium, ${SAMPLES} fresh page load(s) per size; median [p25–p75] (min–max, n)`);
for (const [clients, r] of Object.entries(bySize)) {
  console.log(`\n${Number(clients).toLocaleString('en')} clients (${r.payloadKB} KB of client list JSON)`);
  line('data → rows painted (ms)', fmt(r.dataToRowsPaintedMs));
  line('key → filtered rows painted (ms)', fmt(r.keyToRowsPaintedMs));
  line('DOM nodes (after load)', fmt(r.domNodes));
}

// `npm test` runs it (--quick) only so it cannot rot, with BENCH_RESULTS_DIR under .cache.
const resultsDir = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
mkdirSync(resolve(root, resultsDir), { recursive: true });
writeFileSync(resolve(root, resultsDir, 'connections.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), samplesPerSize: SAMPLES, query: QUERY, bySize }, null, 2)}\n`);
console.log(`\nwritten: ${resultsDir}/connections.json`);
