// custom-elements.json (committed): `npm run cem` regenerates it, `npm run check:cem` (part of
// `npm test`) fails when it is stale. Storybook reads it for autodocs and controls.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; do not rewrite it.
  packagejson: false,
};
