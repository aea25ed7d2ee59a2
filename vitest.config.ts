// Vitest runs the Storybook stories as tests (`npm run test:stories`): each story renders in
// Chromium, its `play` function runs, and addon-a11y fails it on axe violations.
// Separate from vite.config.ts, which is the library build.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';

import { CHROMIUM, chromiumArgs } from './scripts/browsers.mjs';

export default defineConfig({
  test: {
    // Lit's dev-mode banner is printed once per file; real warnings still show.
    onConsoleLog: (log) => !log.includes('Lit is in dev mode'),
    projects: [
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        // Pre-bundle every browser dependency up front. A dependency first met at run time (e.g. the
        // emulator's hono/jose via the provider decorator, or a new import in a story while the
        // cache is warm) makes Vite re-optimize and reload mid-run → "Vitest failed to find the
        // current suite". `entries` also scans the preview/decorators, not only the stories.
        optimizeDeps: {
          entries: ['stories/**/*.stories.ts', '.storybook/*.ts'],
          include: [
            'lit',
            'lit/decorators.js',
            'lit/directives/*.js',
            '@lit/context',
            '@lit/task',
            'zod/mini',
            'hono',
            'hono/cors',
            'jose',
          ],
        },
        test: {
          name: 'storybook',
          // Above the play functions' `waitFor` limit (20 s, .storybook/preview.ts), so a slow
          // machine reports the condition that was not met; a hung story still ends.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM,
                args: chromiumArgs,
              },
            }),
          },
        },
      },
    ],
  },
});
