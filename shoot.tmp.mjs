import { chromium } from 'playwright';
const base = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function challenge() {
  const r = await fetch(`${base}/__emulator/consent-challenges`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rs_id: process.argv[3] }) });
  return (await r.json()).consent_challenge;
}
for (const [name, js] of [['enhanced', true], ['plain', false]]) {
  for (const width of [1280, 390]) {
    for (const scheme of ['light', 'dark']) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: js });
      const page = await ctx.newPage();
      await page.goto(`${base}/authsec/hmgr/consent?consent_challenge=${await challenge()}`);
      if (js) await page.locator('authsec-consent-screen').getByRole('button', { name: 'Allow access' }).waitFor();
      await page.screenshot({ path: `/tmp/shots/consent-${name}-${width}-${scheme}.png`, fullPage: true });
      await ctx.close();
    }
  }
}
await browser.close();
