#!/usr/bin/env node
// Screenshots of every screen of the demo portal (the applications list, registration, each console
// tab, the hosted consent page) at 1280 and 390 px, light and dark, for the design pass (issue #21,
// docs/design.md): docs/screens/design/<set>/<screen>-<width>-<scheme>.png. Each page is checked with
// axe at both widths, and at 360 px for horizontal scrolling. Prints what it finds and exits 1 on
// any axe violation or sideways scroll.
//
//   node --import tsx scripts/screens-design.mjs [SET=after] [SCREENS=list,tools] [WIDTHS=390]
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const { SEED } = await import('../emulator/seed/workspace.ts');
const set = process.env.SET ?? 'after';
const out = resolve(root, 'docs/screens/design', set);
mkdirSync(out, { recursive: true });
const axe = readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const app = SEED.apps.github;

/** name → [path, what must be on screen before the shot (a text, matched inside the shadow roots)] */
const SCREENS = {
  list: ['/#/applications', 'GitHub MCP Server'],
  registration: ['/#/register', 'Register'],
  overview: [`/#/applications/${app}/overview`, 'Overview'],
  setup: [`/#/applications/${app}/setup`, 'Setup'],
  tools: [`/#/applications/${app}/tools`, 'Tools'],
  scopes: [`/#/applications/${app}/scopes`, 'Scopes'],
  access: [`/#/applications/${app}/access`, 'Access'],
  people: [`/#/applications/${app}/people`, 'People'],
  connections: [`/#/applications/${app}/connections`, 'Connections'],
  activity: [`/#/applications/${app}/activity`, 'Activity'],
  consent: ['/consent?consent_challenge=demo-docs-search', 'Deny'],
};
const only = process.env.SCREENS?.split(',');
const widths = process.env.WIDTHS?.split(',').map(Number) ?? [1280, 390];

const server = await startServer({ port: 0, staticDir: demo });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
const problems = [];

/** Every element of the page, inside open shadow roots too (runs in the page). */
const DEEP = `function* deep(root) {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}`;

async function settle(page, text) {
  await page.waitForLoadState('networkidle');
  // Playwright's text selectors pierce open shadow roots.
  await page.getByText(text, { exact: false }).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(`(() => { ${DEEP}; return ![...deep(document)].some((el) => el.getAttribute('aria-busy') === 'true'); })()`, null, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

/** What scrolls sideways: the page, or any box inside it (a table in a scroll container counts). */
async function sideways(page) {
  return page.evaluate(`(() => {
    ${DEEP};
    const found = [];
    if (document.documentElement.scrollWidth > innerWidth) found.push('the page (' + document.documentElement.scrollWidth + ' px)');
    for (const el of deep(document)) {
      const x = getComputedStyle(el).overflowX;
      if ((x === 'auto' || x === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
        const host = el.getRootNode().host;
        found.push((host ? host.localName + ' ' : '') + el.localName + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ')');
      }
    }
    return found;
  })()`);
}

try {
  for (const [name, [path, text]] of Object.entries(SCREENS)) {
    if (only && !only.includes(name)) continue;
    for (const width of widths) {
      for (const scheme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP: true, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(server.url + path);
        await settle(page, text);
        await page.screenshot({ path: join(out, `${name}-${width}-${scheme}.png`), fullPage: true });
        if (scheme === 'light') {
          await page.addScriptTag({ content: axe });
          const violations = await page.evaluate(async () => (await globalThis.axe.run(document)).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}`));
          if (violations.length) problems.push(`${name} ${width}px: axe ${violations.join('; ')}`);
          console.log(`${name.padEnd(12)} ${width}px  axe: ${violations.length ? violations.join('; ') : 'clean'}`);
        }
        await context.close();
      }
    }
    // The narrowest phone we promise: nothing scrolls sideways.
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + path);
    await settle(page, text);
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
