import { emulateMedia } from '@web/test-runner-commands';

type Media = Parameters<typeof emulateMedia>[0];

/**
 * Media emulation needs CDP or Playwright; Firefox over WebDriver BiDi has neither. Returns false
 * there so a test can `this.skip()` instead of failing on tooling.
 */
export async function tryEmulateMedia(media: Media): Promise<boolean> {
  try {
    await emulateMedia(media);
    return true;
  } catch {
    return false;
  }
}

export const resetMedia = () =>
  tryEmulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
