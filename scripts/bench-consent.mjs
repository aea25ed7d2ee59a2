#!/usr/bin/env node
// Consent page benchmark (issue #15): how long a person waits for Allow on the emulator's hosted
// consent page (today's contract: AuthSec's HTML form enhanced by the drop-in), against a static
// page with the same request and a working form (AuthSec's plain form page, no script: the fastest
// a consent page can be), side by side in one run. Headless Chromium, each load in a fresh browser
// context (nothing cached), alternating pages; with 4× CPU throttling and a Slow-4G-like network
// (150 ms RTT, 1.6 Mbps down), and without. The clock runs from navigation start to the first
// animation frame in which an enabled Allow button is visible (the frame that paints it; read in
// the page, so the test harness's own latency is not counted). Figures, not pass/fail.
//
//   node scripts/bench-consent.mjs [--runs N]     (needs dist/cdn/authsec-consent.js: npm run build)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { launchBenchChromium } from './browsers.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;
const root = process.cwd();
const { startServer } = await tsImport('../emulator/server.ts', import.meta.url);
const server = await startServer({ port: 0 });
const base = server.url;

async function challenge() {
  const res = await fetch(`${base}/__emulator/consent-challenges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  return (await res.json()).consent_challenge;
}

// The baseline: the same page as the server renders it, without the drop-in (and its data block).
server.emulator.app.get('/bench/static', async (c) => {
  const page = await server.emulator.fetch(new Request(`${base}/authsec/hmgr/consent?consent_challenge=${c.req.query('consent_challenge')}`));
  const html = (await page.text())
    .replace(/<script type="module"[^>]*><\/script>\n?/, '')
    .replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>\n?/, '');
  return c.body(html, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': page.headers.get('content-security-policy') });
});

/**
 * Runs in the page every animation frame: the time an enabled Allow is on screen, else false. On the
 * hosted page only the enhanced screen's Allow counts (AuthSec's plain form is behind it, not what
 * the person is shown).
 */
const allowVisible = (hosted) => {
  const button = hosted
    ? document.querySelector('authsec-consent-screen')?.shadowRoot?.querySelector('button[part="allow"]')
    : document.querySelector('button[name="action"][value="allow"]');
  if (!button || button.disabled) return false;
  const box = button.getBoundingClientRect();
  const shown = box.width > 0 && box.height > 0 && box.top < innerHeight && getComputedStyle(button).visibility !== 'hidden';
  return shown ? performance.now() : false;
};

const browser = await launchBenchChromium();

async function measure(kind, throttled) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
  }
  const id = await challenge();
  const url = kind === 'hosted' ? `${base}/authsec/hmgr/consent?consent_challenge=${id}` : `${base}/bench/static?consent_challenge=${id}`;
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(allowVisible, kind === 'hosted', { polling: 'raf', timeout: 60_000 });
  const ms = await handle.jsonValue();
  await context.close();
  return ms;
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))];
  return { median: Math.round(at(0.5)), p25: Math.round(at(0.25)), p75: Math.round(at(0.75)), min: Math.round(sorted[0]), max: Math.round(sorted.at(-1)), runs: values.map(Math.round) };
};

const result = { measuredAt: new Date().toISOString(), runsPerFigure: RUNS, conditions: {} };
try {
  for (const [name, throttled] of [['throttled', true], ['unthrottled', false]]) {
    // Warm the server's own caches (compressed bundle, route compilation), not the browser's.
    await measure('hosted', false);
    const times = { static: [], hosted: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const kind of i % 2 ? ['hosted', 'static'] : ['static', 'hosted']) times[kind].push(await measure(kind, throttled));
    }
    const s = stats(times.static);
    const h = stats(times.hosted);
    result.conditions[name] = {
      network: throttled ? '150 ms RTT, 1.6 Mbps down, 750 kbps up' : 'loopback', cpu: throttled ? '4× slower' : '1×',
      staticPage: s, hostedPage: h, ratio: Math.round((h.median / s.median) * 100) / 100,
      target: throttled ? '≤ 1.2×' : '≤ 1.3×',
    };
  }
} finally {
  await browser.close();
  await server.close();
}

const line = (label, value) => console.log(`${label.padEnd(46)} ${value}`);
console.log(`Consent page: time to an enabled, visible Allow (ms; median [p25–p75], ${RUNS} cold loads each, alternating)`);
for (const [name, c] of Object.entries(result.conditions)) {
  console.log(`\n${name} (${c.network}; CPU ${c.cpu})`);
  line('  static page (AuthSec\'s plain form, no script)', `${c.staticPage.median} [${c.staticPage.p25}–${c.staticPage.p75}]`);
  line('  hosted page (form + drop-in, enhanced)', `${c.hostedPage.median} [${c.hostedPage.p25}–${c.hostedPage.p75}]`);
  line('  ratio hosted / static', `${c.ratio}×   (target ${c.target})`);
}
const resultsDir = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
mkdirSync(resolve(root, resultsDir), { recursive: true });
writeFileSync(resolve(root, resultsDir, 'consent-page.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwritten: ${resultsDir}/consent-page.json`);
