#!/usr/bin/env node
// Screenshots of the console and the consent screen in every language the library ships, at 1280
// and 390 px, each page checked with axe (issue #20): docs/screens/locales/<locale>-<screen>-<width>.png.
// The page's `lang` picks the language (the provider's `locale` is removed), as a host's page would;
// Arabic pages are also `dir="rtl"`. Prints axe's violations and exits 1 if there are any.
//
//   npm run build-storybook && node --import tsx scripts/screens-locales.mjs   [LOCALES=ja,ar]
// (CJK text needs a CJK font on the machine, e.g. Debian's fonts-noto-cjk.)
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM, chromiumArgs } from './browsers.mjs';

const root = process.cwd();
const { buildTargets } = await import('./build.mjs');
await buildTargets(['demo', 'esm'], { log: () => {} });
const { startServer } = await import('../emulator/server.ts');
const { SEED } = await import('../emulator/seed/workspace.ts');
const LOCALES = process.env.LOCALES?.split(',') ?? ['en', 'es', 'fr', 'de', 'ja', 'pt-BR', 'ar'];
const out = resolve(root, 'docs/screens/locales');
mkdirSync(out, { recursive: true });
const axe = readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** The word a screen shows once its language arrived (the apps heading, the Deny button). */
async function word(locale, area, key) {
  if (locale === 'en') return (await import(`../src/i18n/messages/${area}.en.ts`))[`${area}En`][key];
  const table = await import(`../src/i18n/locales/${locale}/${area}.ts`);
  return Object.values(table)[0][key];
}

// Storybook's static build, for the consent screen (every story runs on the in-browser emulator).
const sb = createServer((req, res) => {
  const path = join(root, 'storybook-static', new URL(req.url ?? '/', 'http://x').pathname);
  let body;
  try {
    body = readFileSync(path);
  } catch {
    return void res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[extname(path)] ?? 'application/octet-stream' }).end(body);
});
await new Promise((r) => sb.listen(0, '127.0.0.1', r));
const sbUrl = `http://127.0.0.1:${sb.address().port}`;

const server = await startServer({ port: 0, staticDir: 'dist/demo' });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
const problems = [];
try {
  for (const locale of LOCALES) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      const setLang = (l) => {
        document.documentElement.lang = l;
        document.documentElement.dir = l === 'ar' ? 'rtl' : 'ltr';
        const provider = document.querySelector('authsec-provider');
        provider?.removeAttribute('locale');
      };
      const shots = [
        ['console', `${server.url}/#/applications`, 'authsec-admin-console', ['apps', 'apps.heading']],
        ['tools', `${server.url}/#/applications/${SEED.apps.github}/tools`, 'authsec-admin-console', ['mapper', 'mapper.heading']],
        ['consent', `${sbUrl}/iframe.html?id=elements-consent-screen--rich-data&viewMode=story`, 'authsec-consent-screen', ['consent', 'consent.deny']],
      ];
      for (const [name, url, tag, [area, key]] of shots) {
        await page.goto(url);
        await page.locator(tag).first().waitFor();
        await page.evaluate(setLang, locale);
        const expected = await word(locale, area, key);
        await page.locator(tag).first().getByText(expected, { exact: true }).first().waitFor({ timeout: 30_000 });
        await page.waitForLoadState('networkidle');
        await page.locator(tag).first().screenshot({ path: join(out, `${locale}-${name}-${width}.png`) });
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async (selector) => (await globalThis.axe.run(document.querySelector(selector))).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}`), tag);
        if (violations.length) problems.push(`${locale} ${name} ${width}px: ${violations.join('; ')}`);
        console.log(`${locale.padEnd(6)} ${name.padEnd(8)} ${width}px  axe: ${violations.length ? violations.join('; ') : 'clean'}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  sb.close();
}
if (problems.length) {
  console.error(`\naxe found problems:\n${problems.join('\n')}`);
  process.exit(1);
}
