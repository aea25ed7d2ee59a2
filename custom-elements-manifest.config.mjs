// custom-elements.json (committed): `npm run cem` regenerates it, `npm run check:cem` (part of
// `npm test`) fails when it is stale. Storybook reads it for autodocs and controls.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { publicManifest } from './scripts/cem-public-api.mjs';
import { dispatchedEvents, eventDetails } from './scripts/element-events.mjs';

/** The public `--authsec-*` tokens, from the same data the styles are built from. */
const { publicTokens } = await tsImport('./src/styles/token-values.ts', import.meta.url);

/**
 * The analyzer reads every `dispatchEvent(new X(a, b))` as an event named after `a` ("target",
 * "deleted", unnamed): keep the events each element really dispatches (scripts/element-events.mjs),
 * typed by their class, with the description its `@fires` gives.
 */
const truthfulEvents = () => ({
  name: 'authsec-truthful-events',
  packageLinkPhase({ customElementsManifest }) {
    const dispatched = dispatchedEvents('src');
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        const events = decl.customElement && decl.tagName ? dispatched.get(decl.tagName) : undefined;
        if (!events) continue;
        const described = new Map((decl.events ?? []).filter((e) => e.name && e.description).map((e) => [e.name, e.description]));
        decl.events = events.map(({ name, type }) => ({ name, type: { text: type }, ...(described.has(name) ? { description: described.get(name) } : {}) }));
        if (!decl.events.length) delete decl.events;
      }
    }
  },
});

/** The package as shipped: entry paths, public members only, tokens documented (scripts/cem-public-api.mjs). */
const publicApi = () => ({
  name: 'authsec-public-api',
  packageLinkPhase({ customElementsManifest }) {
    publicManifest(customElementsManifest, publicTokens(), fileURLToPath(new URL('.', import.meta.url)), eventDetails('src'));
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; do not rewrite it.
  packagejson: false,
  plugins: [truthfulEvents(), publicApi()],
};
