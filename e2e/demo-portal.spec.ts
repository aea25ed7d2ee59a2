// The demo portal as `npm start` serves it (the built dist/demo beside the emulator), on a server
// of this file's own: its faults and its seeded count of applications are not shared with the other
// journeys that run at the same time on the shared webServer.
import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from '../emulator/server.js';

test.describe('demo portal (npm start)', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ port: 0, staticDir: 'dist/demo' });
  });
  test.afterAll(async () => {
    await server.close();
  });

  test('shows the provider connected to the emulator with the seeded applications', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') violations.push(msg.text());
    });
    await page.goto(`${server.url}/`);
    await expect(page.locator('#status')).toHaveText('Connected · 3 applications');
    await expect(page.getByText('Signed in as Ada Lovelace (ada@acme.example)')).toBeVisible();
    const rows = page.locator('authsec-admin-console').getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(4);
    // Launched, and changed since: the list reads drift like the Overview does.
    await expect(page.getByRole('row', { name: /Docs Search .* 2 changes since launch .* Review changes/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /GitHub MCP Server .* Not launched .* Review tools/ })).toBeVisible();
    // The page runs under script-src 'self' and Trusted Types: nothing may have been blocked.
    expect(violations.filter((v) => /Content Security Policy|TrustedHTML|Trusted Type/i.test(v))).toEqual([]);
  });

  test('says so in words when AuthSec is unreachable, and recovers on reload', async ({ page }) => {
    await page.goto(`${server.url}/`);
    await expect(page.locator('#status')).toHaveText(/Connected/);
    server.emulator.faults.set({ kinds: ['503'], rate: 1, pathPrefix: '/authsec/applications' });
    try {
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(page.locator('#status')).toHaveText('Could not reach AuthSec (server, HTTP 503).');
    } finally {
      server.emulator.faults.clear();
    }
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('#status')).toHaveText('Connected · 3 applications');
  });
});
