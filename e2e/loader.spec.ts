// The demo portal through the loader (`/?loader`): one <script> for AuthSec, each element's
// file loaded the first time its tag appears. Every tab of an application is visited; each loads
// what it shows and nothing is blocked by the page's strict CSP and Trusted Types.
import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../emulator/server.js';
import { SEED } from '../emulator/seed/workspace.js';

const TABS = [
  ['Overview', 'authsec-launch-queue'],
  ['Setup', 'authsec-app-registration'],
  ['Tools', 'authsec-tool-scope-mapper'],
  ['Scopes', 'authsec-scope-editor'],
  ['Access', 'authsec-access-policy'],
  ['People', 'authsec-access-explorer'],
  ['Connections', 'authsec-connections'],
  ['Activity', 'authsec-launch-queue'],
] as const;

test.describe('the loader (dist/cdn/authsec-loader.js)', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ port: 0, staticDir: 'dist/demo' });
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('defines each tag on first use: the list first, then each tab its own element, with no CSP violation', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (msg) => void (msg.type() === 'error' && problems.push(msg.text())));
    page.on('pageerror', (error) => problems.push(error.message));
    const loaded: string[] = [];
    page.on('response', (r) => {
      const element = /\/cdn\/elements\/(authsec-[a-z-]+)\.js$/.exec(r.url())?.[1];
      if (element) loaded.push(element);
    });

    await page.goto(`${server.url}/?loader#/applications`);
    await expect(page.getByRole('row', { name: /GitHub MCP Server/ })).toBeVisible();
    expect(loaded.sort()).toEqual(['authsec-admin-console', 'authsec-applications-list', 'authsec-provider']);

    for (const [tab, element] of TABS) {
      await page.goto(`${server.url}/?loader#/applications/${SEED.apps.github}/${tab.toLowerCase()}`);
      const selected = page.locator('authsec-admin-console').getByRole('tab', { name: tab, exact: true });
      await expect(selected).toHaveAttribute('aria-selected', 'true');
      // The tab's element is defined (the loader's file ran) and rendered its own heading.
      await expect.poll(() => page.evaluate((tag) => !!customElements.get(tag), element)).toBe(true);
      const panel = page.locator('authsec-admin-console').getByRole('tabpanel', { name: tab, exact: true });
      await expect(panel.locator(element).getByRole('heading').first()).toBeAttached();
      expect(loaded).toContain(element);
    }
    expect(new Set(loaded).size, 'each element file once').toBe(loaded.length);
    // The page runs under script-src 'self' and Trusted Types: nothing may have been blocked or thrown.
    expect(problems).toEqual([]);
  });
});
