// custom-elements.json (committed): `npm run cem` regenerates it, `npm run check:cem` (part of
// `npm test`) fails when it is stale. Storybook reads it for autodocs and controls.
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
  plugins: [sortModules()],
};
