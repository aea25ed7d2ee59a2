import type { StorybookConfig } from '@storybook/web-components-vite';

export default {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (config) => {
    // Storybook's renderer imports lit/directive-helpers.js, which Vite does not pre-bundle by
    // itself; without this, dev and vitest load two copies of Lit ("Multiple versions of Lit loaded").
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    };
    // Storybook's own manager/preview chunks exceed Vite's 500 kB warning; not our code.
    config.build = { ...config.build, chunkSizeWarningLimit: 2000 };
    return config;
  },
} satisfies StorybookConfig;
