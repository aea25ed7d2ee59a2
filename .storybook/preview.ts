import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { configure } from 'storybook/test';
// Generated from the elements' JSDoc (`npm run cem`); drives autodocs and controls.
import manifest from '../custom-elements.json';
// Every story runs inside <authsec-provider> on a fresh in-browser emulator (no server);
// stories tune or opt out with `parameters.authsec` (see authsec-decorator.ts).
import { withAuthsecProvider } from './authsec-decorator.js';

// ── Design tokens ───────────────────────────────────────────────────────────────────────────────
// Import global `--authsec-*` token overrides / a host theme here if Storybook should show one, e.g.
//   import '../src/styles/<theme>.js';
// (Elements already apply the default tokens from src/styles/tokens.ts in their own styles.)
// ────────────────────────────────────────────────────────────────────────────────────────────────

setCustomElementsManifest(manifest);

// `waitFor` in play functions gives up after 1 s by default; on a 2-core machine kept busy a story
// can take several seconds to load from the in-browser emulator. Conditions, not time: a passing
// wait still ends as soon as its condition holds.
configure({ asyncUtilTimeout: 20_000 });

export default {
  tags: ['autodocs'],
  decorators: [withAuthsecProvider],
  parameters: {
    // Every story doubles as an accessibility test: an axe violation fails it under vitest.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
} satisfies Preview;
