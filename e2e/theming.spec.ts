/**
 * The theming page: the same admin console in another brand (Globex) through `--authsec-*` tokens
 * and `::part` only. Checks that the brand reaches inside the shadow roots, that the page is
 * accessible and CSP-clean, and saves a screenshot next to the journey's for review.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.js';

/** Computed style of the first primary button inside the console (through the shadow roots). */
async function primaryButton(page: Page): Promise<{ background: string; font: string }> {
  const button = page.locator('authsec-admin-console authsec-ui-button[variant="primary"]').first();
  await expect(button).toBeVisible();
  return button.evaluate((host) => {
    const inner = host.shadowRoot!.querySelector('button')!;
    const style = getComputedStyle(inner);
    return { background: style.backgroundColor, font: style.fontFamily };
  });
}

test('the theming page shows the same console in another brand, accessible and CSP-clean', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|TrustedHTML|TrustedScript|Trusted Type/i.test(msg.text())) violations.push(msg.text());
  });

  await page.goto('/');
  await expect(page.getByRole('row', { name: /Docs Search/ })).toBeVisible();
  const portal = await primaryButton(page);
  // The demo portal maps its own brand (#4b3fd8) onto the tokens: one accent on the page, not two.
  expect(portal.background).toBe('rgb(75, 63, 216)');
  const reload = await page.locator('#reload').evaluate((b) => getComputedStyle(b).color);
  expect(reload).toBe('rgb(75, 63, 216)');

  await page.goto('/theming.html');
  await expect(page.getByRole('row', { name: /Docs Search/ })).toBeVisible();
  const themed = await primaryButton(page);
  // The brand's accent (#0f5c4d) and serif font reach the buttons inside the elements' shadow roots.
  expect(themed.background).toBe('rgb(15, 92, 77)');
  expect(themed.background).not.toBe(portal.background);
  expect(themed.font).toMatch(/Georgia/);

  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/journey/theming.png', fullPage: true });
  expect(violations).toEqual([]);
});
