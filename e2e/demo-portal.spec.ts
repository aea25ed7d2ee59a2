import { expect, test } from '@playwright/test';

test.describe('demo portal (npm start)', () => {
  test('shows the provider connected to the emulator with the seeded applications', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') violations.push(msg.text());
    });
    await page.goto('/');
    await expect(page.locator('#status')).toHaveText('Connected · 3 applications');
    await expect(page.getByText('Signed in as Ada Lovelace (ada@acme.example)')).toBeVisible();
    const rows = page.locator('authsec-admin-console').getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole('row', { name: /Docs Search .* Launched/ })).toBeVisible();
    await expect(page.getByRole('row', { name: /GitHub MCP Server .* Not launched .* Review tools/ })).toBeVisible();
    // The page runs under script-src 'self' and Trusted Types: nothing may have been blocked.
    expect(violations.filter((v) => /Content Security Policy|TrustedHTML|Trusted Type/i.test(v))).toEqual([]);
  });

  test('says so in words when AuthSec is unreachable, and recovers on reload', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.locator('#status')).toHaveText(/Connected/);
    await request.post('/__emulator/faults', { data: { kinds: ['503'], rate: 1, path_prefix: '/authsec/resource-servers' } });
    try {
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(page.locator('#status')).toHaveText('Could not reach AuthSec (server, HTTP 503).');
    } finally {
      await request.delete('/__emulator/faults');
    }
    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.locator('#status')).toHaveText('Connected · 3 applications');
  });
});
