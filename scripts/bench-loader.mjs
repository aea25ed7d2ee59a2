#!/usr/bin/env node
// Loader benchmark (issue #20): the demo portal through dist/cdn/authsec-loader.js in headless
// Chromium, as a person meets it: the first view (the applications list), then each tab of an
// application. For each view it lists AuthSec's files the browser fetched (from /cdn/) and sums
// their gzip -9 size (the budget's measure) and the bytes actually transferred (the server sends
// brotli when asked), beside the single-file authsec-elements.js a page would load instead.
// Bytes are deterministic: one sample. Writes bench/results/loader.json. Figures, not pass/fail
// (the size budgets of the loader and every file are enforced by scripts/bench-size.mjs).
//
//   node scripts/bench-loader.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBenchChromium } from './browsers.mjs';

const root = process.cwd();
const { buildTargets } = await import('./build.mjs');
await buildTargets(['loader', 'locales', 'elements', 'demo'], { log: () => {} });
const { startServer } = await import('../emulator/server.ts');
const { SEED } = await import('../emulator/seed/workspace.ts');

const gzip = (file) => gzipSync(readFileSync(resolve(root, 'dist/cdn', file)), { level: 9 }).length;
const TABS = ['overview', 'setup', 'tools', 'scopes', 'access', 'people', 'connections', 'activity'];

const server = await startServer({ port: 0, staticDir: 'dist/demo' });
const browser = await launchBenchChromium();
const views = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  let fetched = [];
  page.on('requestfinished', async (request) => {
    const file = /\/cdn\/(.+\.js)$/.exec(new URL(request.url()).pathname)?.[1];
    if (file) fetched.push({ file, transferred: (await request.sizes()).responseBodySize });
  });
  const settle = async () => {
    // The view is ready when no AuthSec element is left undefined and the network is quiet.
    await page.waitForFunction(() => !document.querySelector('authsec-admin-console')?.shadowRoot?.querySelector(':not(:defined)'));
    await page.waitForLoadState('networkidle');
  };
  const record = (name) => {
    const files = fetched.sort((a, b) => a.file.localeCompare(b.file));
    views.push({
      view: name,
      files: files.map((f) => ({ ...f, gzip: gzip(f.file) })),
      gzip: files.reduce((n, f) => n + gzip(f.file), 0),
      transferred: files.reduce((n, f) => n + f.transferred, 0),
    });
    fetched = [];
  };
  await page.goto(`${server.url}/?loader#/applications`);
  await page.getByRole('row', { name: /GitHub MCP Server/ }).waitFor();
  await settle();
  record('first view: applications list');
  for (const tab of TABS) {
    await page.goto(`${server.url}/?loader#/applications/${SEED.apps.github}/${tab}`);
    await page.locator('authsec-admin-console').getByRole('tab', { name: new RegExp(`^${tab}$`, 'i'), selected: true }).waitFor();
    await settle();
    record(`then the ${tab} tab`);
  }
} finally {
  await browser.close();
  await server.close();
}

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
const single = gzip('authsec-elements.js');
console.log(`view                                   files   gzip -9   transferred`);
for (const v of views) console.log(`${v.view.padEnd(38)} ${String(v.files.length).padStart(5)}   ${kb(v.gzip).padStart(8)}   ${kb(v.transferred).padStart(10)}`);
console.log(`baseline: authsec-elements.js (one file, every element)   ${kb(single)}`);
const first = views[0];
console.log(`first view through the loader: ${kb(first.gzip)} gzip (target ≤ 60 kB: ${first.gzip <= 60_000 ? 'met' : 'NOT MET'})`);
for (const f of first.files) console.log(`  ${f.file.padEnd(44)} ${kb(f.gzip).padStart(8)}`);

const dir = resolve(root, process.env.BENCH_RESULTS_DIR ?? 'bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(resolve(dir, 'loader.json'), `${JSON.stringify({ date: new Date().toISOString(), baselineSingleFileGzip: single, views }, null, 2)}\n`);
console.log(`wrote ${resolve(dir, 'loader.json').slice(root.length + 1)}`);
