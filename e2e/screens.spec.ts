/**
 * Every screen of the demo portal (e2e/screens.ts), held to the design pass's promises
 * (docs/design.md, issue #21): axe finds nothing at 1280 and 390 px, in light and in dark, and
 * nothing scrolls sideways at 360 px, the narrowest phone we support. One load per screen: the
 * widths and the colour scheme change on the page as it is.
 */
import { expect, test } from '@playwright/test';
import { SCREENS, axeViolations, open, settle, shownText, sideways } from './screens.js';

for (const [name, screen] of Object.entries(SCREENS)) {
  test(`${name}: axe clean at 1280 and 390 px, light and dark; nothing scrolls sideways at 360 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, screen);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await settle(page, shownText(screen));
        expect(await axeViolations(page), `axe on ${name} at ${width} px, ${colorScheme}`).toEqual([]);
      }
    }
    await page.setViewportSize({ width: 360, height: 800 });
    await settle(page, shownText(screen));
    expect(await sideways(page), `${name} at 360 px`).toEqual([]);
  });
}
