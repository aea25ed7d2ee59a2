// custom-elements.json (committed): `npm run cem` regenerates it, `npm run check:cem` (part of
// `npm test`) fails when it is stale. Storybook reads it for autodocs and controls.
import { dispatchedEvents } from './scripts/element-events.mjs';

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

/** The analyzer's file order follows the file system; sort so the manifest is the same on every machine. */
const sortModules = () => ({
  name: 'authsec-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; do not rewrite it.
  packagejson: false,
  plugins: [truthfulEvents(), sortModules()],
};
