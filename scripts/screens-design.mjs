#!/usr/bin/env node
// Screenshots of every screen of the demo portal (e2e/screens.ts: the applications list,
// registration and its one-time secret, each console tab, the hosted consent page) at 1280 and
// 390 px, light and dark, for the design pass (issue #21, docs/design.md):
// docs/screens/design/<set>/<screen>-<width>-<scheme>.png. Each one is checked with axe, and each
// screen at 360 px for horizontal scrolling (CI runs the same checks: e2e/screens.spec.ts). Prints
// what it finds and exits 1 on any axe violation or sideways scroll.
//
//   node --import tsx scripts/screens-design.mjs [SET=after] [SCREENS=list,tools] [WIDTHS=390]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM, chromiumArgs } from './browsers.mjs';

const root = process.cwd();
const { buildTargets } = await import('./build.mjs');
await buildTargets(['consent', 'locales'], { log: () => {} });
// The portal is built into a folder of this run's own, so runs side by side never share one.
const demo = mkdtempSync(join(tmpdir(), 'authsec-demo-'));
await (await import('vite')).build({ configFile: resolve(root, 'vite.demo.config.ts'), logLevel: 'warn', build: { outDir: demo } });
const { startServer } = await import('../emulator/server.ts');
const { SCREENS, axeViolations, drawerHeight, open, sideways } = await import('../e2e/screens.ts');
const set = process.env.SET ?? 'after';
const out = resolve(root, 'docs/screens/design', set);
mkdirSync(out, { recursive: true });
const only = process.env.SCREENS?.split(',');
const widths = process.env.WIDTHS?.split(',').map(Number) ?? [1280, 390];

const server = await startServer({ port: 0, staticDir: demo });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
const problems = [];

try {
  for (const [name, screen] of Object.entries(SCREENS)) {
    if (only && !only.includes(name)) continue;
    for (const width of widths) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: 900 }, colorScheme: scheme, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await open(page, screen);
        // A drawer scrolls inside itself: the window is made as tall as its content, so all of it shows.
        const drawer = await drawerHeight(page);
        if (drawer > 900) await page.setViewportSize({ width, height: drawer });
        await page.screenshot({ path: join(out, `${name}-${width}-${scheme}.png`), fullPage: !drawer });
        const violations = await axeViolations(page);
        if (violations.length) problems.push(`${name} ${width}px ${scheme}: axe ${violations.join('; ')}`);
        console.log(`${name.padEnd(12)} ${width}px ${scheme.padEnd(5)}  axe: ${violations.length ? violations.join('; ') : 'clean'}`);
        await context.close();
      }
    }
    // The narrowest phone we promise: nothing scrolls sideways.
    const context = await browser.newContext({ baseURL: server.url, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await open(page, screen);
    const wide = await sideways(page);
    if (wide.length) problems.push(`${name} 360px: scrolls sideways: ${wide.join(', ')}`);
    console.log(`${name.padEnd(12)} 360px  ${wide.length ? `scrolls sideways: ${wide.join(', ')}` : 'no sideways scroll'}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(demo, { recursive: true, force: true });
}
if (problems.length) {
  console.error(`\n${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
