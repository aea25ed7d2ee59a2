import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { publicTokens } from '../src/styles/token-values.js';
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

/** A control a person can use, from the member's TypeScript type; none for functions and objects. */
function controlFor(type: string | undefined): StrictInputType['control'] {
  const t = type?.replace(/\s*\|\s*undefined\b/g, '').trim();
  if (t === 'string') return { type: 'text' };
  if (t === 'boolean') return { type: 'boolean' };
  if (t === 'number') return { type: 'number' };
  const literals = t?.split('|').map((l) => l.trim()) ?? [];
  if (literals.length > 1 && literals.every((l) => /^'[^']*'$/.test(l))) return { type: 'inline-radio' };
  return false;
}

// The API tables come from custom-elements.json; this gives each row a working control (text, switch,
// choice) or none, and leaves the theme tokens every element shares to the Theming page.
const tokenNames = new Set(publicTokens().map((t) => t.name));
/** Read-only properties (getters such as `pendingChanges`) by tag: shown, never offered as a control. */
const readOnly = new Map(
  manifest.modules.flatMap((m) => m.declarations as { tagName?: string; members?: { name: string; readonly?: boolean }[] }[])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName!, new Set((d.members ?? []).filter((m) => m.readonly).map((m) => m.name))]),
);
const usableControls: ArgTypesEnhancer = ({ argTypes, component }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css custom properties') {
        return [name, { ...argType, control: false, table: { ...argType.table, disable: tokenNames.has(name) } }];
      }
      if (category === 'events' || category === 'css shadow parts' || category === 'slots') return [name, { ...argType, control: false }];
      if (category !== 'properties' && category !== 'attributes') return [name, argType];
      if (readOnly.get(String(component))?.has(name)) return [name, { ...argType, control: false }];
      if (argType.control !== undefined && argType.control !== null && typeof argType.control === 'object' && argType.control.type !== 'object') return [name, argType];
      const summary = argType.table?.type?.summary;
      const control = controlFor(summary);
      const options = control && control.type === 'inline-radio' ? summary!.replace(/\s*\|\s*undefined\b/g, '').split('|').map((l) => l.trim().slice(1, -1)) : undefined;
      return [name, { ...argType, control, ...(options ? { options } : {}) }];
    }),
  );

export default {
  argTypesEnhancers: [usableControls],
  tags: ['autodocs'],
  decorators: [withAuthsecProvider],
  parameters: {
    // Every story doubles as an accessibility test: an axe violation fails it under vitest.
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
} satisfies Preview;
