#!/usr/bin/env node
// Mapper benchmark (issue #4): 10,000 tools in headless Chromium. Builds bench/mapper.bench.ts with
// Vite, serves it on 127.0.0.1, runs it with Playwright's Chromium (the Debian binary), prints the
// figures and writes bench/results/mapper.json. Figures, not pass/fail: targets are printed next
// to what was measured.
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

const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
let result;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  result = await page.evaluate(() => window.benchResult, undefined, { timeout: 120_000 });
  const cold = await browser.newPage();
  await cold.goto(`http://127.0.0.1:${port}/?breakdown`);
  if (result && !result.error) result.coldBreakdownMs = await cold.evaluate(() => window.benchResult, undefined, { timeout: 120_000 });
} finally {
  await browser.close();
  server.close();
}
if (!result || result.error) {
  console.error('bench failed:', result?.error ?? 'no result');
  process.exit(1);
}

const line = (label, value, target) => console.log(`${label.padEnd(34)} ${String(value).padStart(10)}${target ? `   (target ${target})` : ''}`);
console.log(`Mapper benchmark, ${result.tools.toLocaleString('en')} tools, headless Chromium`);
line('mount → first rows (ms)', result.mountToFirstRowsMs);
line('data → first rows (ms)', result.dataToFirstRowsMs, '≤ 100');
line('data → first paint (ms)', result.dataToFirstPaintMs);
line('keystroke → rows, median (ms)', result.keystrokeToRowsMs.median, '≤ 16');
line('keystroke → rows, max (ms)', result.keystrokeToRowsMs.max);
line('bulk-map all → counters (ms)', result.bulkMapAllToCountersMs, '≤ 50');
line('bulk-map all → paint (ms)', result.bulkMapAllToPaintMs);
line('DOM nodes, 100 tools', result.domNodes.tools100);
line('DOM nodes, 10,000 tools', result.domNodes.tools10000, 'independent of tool count');
line('DOM nodes after bulk map', result.domNodesAfterBulk);
console.log('cold breakdown of data → rows (ms):', JSON.stringify(result.coldBreakdownMs));

// `npm test` runs the benchmark only so it cannot rot; it points BENCH_RESULTS_DIR under .cache so a
// test run never rewrites the committed figures.
const resultsDir = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
mkdirSync(resolve(root, resultsDir), { recursive: true });
writeFileSync(resolve(root, resultsDir, 'mapper.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), ...result }, null, 2)}\n`);
console.log(`written: ${resultsDir}/mapper.json`);
