// Library build (Vite 8 / Rolldown).
//
//   vite build                    → dist/esm: npm package, ES modules, one module per source file
//                                   (so each element stays its own module), lit/@lit/zod external.
//                                   Entries: index, api, define (all tags), and one `<tag>.js`
//                                   per side-effect define file (discovered at config time).
//   BUNDLE=consent vite build     → dist/cdn/authsec-consent.js   single file, all inlined, minified
//   BUNDLE=elements vite build    → dist/cdn/authsec-elements.js  single file, all inlined, minified
//   BUNDLE=loader vite build      → dist/cdn/authsec-loader.js + dist/cdn/elements/: one file per tag
//                                   and the shared chunks they import, defined on first use
//
// Type declarations come from `tsc -p tsconfig.build.json` (dist/types), not from Vite.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
// Plain .mjs (typed by package-entries.d.mts), shared with the check scripts.
import type { Plugin } from 'vite';
import { cdnBundles, defineEntries, esmInputs } from './scripts/package-entries.mjs';
import { squeezeLiterals } from './scripts/squeeze-literals.mjs';
import { terserPass } from './scripts/terser-pass.mjs';
import { thirdPartyLicences } from './scripts/third-party-licences.mjs';

type BundleName = keyof typeof cdnBundles;
const bundle = process.env.BUNDLE as BundleName | 'loader' | undefined;
if (bundle !== undefined && bundle !== 'loader' && !(bundle in cdnBundles)) {
  throw new Error(`BUNDLE must be one of ${[...Object.keys(cdnBundles), 'loader'].join(', ')}; got "${bundle}"`);
}

/**
 * The drop-ins validate with src/api/schema-lite.ts: zod's semantics for the part of its API our
 * schemas use, a tenth of its size (parity with zod: test/node/schema-lite-parity.test.ts, which
 * builds with these too). The fast item reader is built from zod's internals, which it has not.
 */
export const schemaLiteAliases = [
  { find: /^zod\/mini$/, replacement: resolve(import.meta.dirname, 'src/api/schema-lite.ts') },
  { find: /^\.\/item-reader\.js$/, replacement: resolve(import.meta.dirname, 'src/api/item-reader.lite.ts') },
];

/** The drop-ins validate with schema-lite and load translations from files beside them. */
const dropInAliases = [
  { find: /^\.\/locale-packs\.js$/, replacement: resolve('src/i18n/locale-packs.cdn.ts') },
  ...schemaLiteAliases,
];

/** Every drop-in build: into dist/cdn (shared by all of them), minified, with source maps. */
const dropInBuild = {
  target: 'es2022',
  outDir: 'dist/cdn',
  emptyOutDir: false, // the drop-ins share the folder
  sourcemap: true,
  // Not lib mode: Vite's lib mode keeps whitespace in ES output (for consumers' tree-shaking); a
  // drop-in wants full minification.
  minify: true,
  modulePreload: false,
  copyPublicDir: false,
  reportCompressedSize: false,
} as const;

/**
 * Writes into the loader, once the chunks are known, which shared files each tag's element imports
 * (all the way down), so it can preload them in parallel instead of discovering them one by one.
 */
function loaderPreloads(): Plugin {
  return {
    name: 'authsec:loader-preloads',
    generateBundle(_options, output) {
      const chunks = Object.values(output).filter((c) => c.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const shared: Record<string, string[]> = {};
      for (const chunk of chunks) {
        const tag = /^elements\/(authsec-[a-z-]+)\.js$/.exec(chunk.fileName)?.[1];
        if (!tag) continue;
        const seen = new Set<string>();
        const visit = (file: string) => {
          for (const dep of byName.get(file)?.imports ?? []) {
            if (seen.has(dep)) continue;
            seen.add(dep);
            visit(dep);
          }
        };
        visit(chunk.fileName);
        shared[tag] = [...seen].sort().map((f) => `./${f}`);
      }
      const loader = output['authsec-loader.js'];
      if (loader?.type !== 'chunk') throw new Error('authsec-loader.js was not built');
      const placeholder = /([`"'])"__AUTHSEC_SHARED__"\1/;
      if (!placeholder.test(loader.code)) throw new Error('authsec-loader.js lost its preload placeholder');
      loader.code = loader.code.replace(placeholder, () => JSON.stringify(JSON.stringify(shared)));
    },
  };
}

const external = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^zod($|\/)/, /^react($|\/)/];

export default defineConfig(() => {
  if (bundle === 'loader') {
    const tags = defineEntries().map((e) => e.tag);
    return {
      resolve: { alias: dropInAliases },
      define: { __AUTHSEC_TAGS__: JSON.stringify(tags), __AUTHSEC_BUNDLE__: JSON.stringify('../authsec-elements') },
      plugins: [squeezeLiterals(), loaderPreloads(), terserPass(), thirdPartyLicences()],
      publicDir: false as const,
      build: {
        ...dropInBuild,
        rolldownOptions: {
          input: {
            'authsec-loader': resolve('src/cdn/authsec-loader.ts'),
            ...Object.fromEntries(defineEntries().map((e) => [`elements/${e.tag}`, resolve(e.source)])),
          },
          preserveEntrySignatures: 'strict' as const,
          output: {
            format: 'es' as const,
            entryFileNames: '[name].js',
            chunkFileNames: 'elements/[name]-[hash].js',
            // Lit in one file; the rest splits where the elements' imports differ, so a view loads
            // the code it runs (the loader preloads a tag's files in parallel).
            codeSplitting: { groups: [{ name: 'lit', test: /node_modules/ }] },
          },
        },
      },
    };
  }
  if (bundle) {
    const { source, out, standalone } = cdnBundles[bundle];
    return {
      resolve: {
        alias: [
          ...dropInAliases,
          // One file holds every element: import them at once, not as lazily wrapped modules.
          { find: /^\.\/view-elements\.js$/, replacement: resolve('src/elements/admin-console/view-elements.eager.ts') },
          { find: /^\.\/registration-element\.js$/, replacement: resolve('src/elements/applications-list/registration-element.eager.ts') },
          // A standalone bundle (one element on public endpoints, no <authsec-provider>) carries
          // neither the provider link nor admin/SDK authorisation.
          ...(standalone
            ? [
                { find: /^\.\/provider-link\.js$/, replacement: resolve('src/context/provider-link.standalone.ts') },
                { find: /^\.\/authorized-fetch\.js$/, replacement: resolve('src/api/authorized-fetch.public.ts') },
                // Nor an element's own translation loading: the page's language arrives before the screen.
                { find: /^\.\.\/i18n\/locale-loader\.js$/, replacement: resolve('src/i18n/locale-loader.standalone.ts') },
                // Nor schema issues in words: nobody on a hosted page reads them (still invalid_response).
                { find: /^\.\/schema-issues\.js$/, replacement: resolve('src/api/schema-issues.public.ts') },
              ]
            : []),
        ],
      },
      define: { __AUTHSEC_BUNDLE__: JSON.stringify(out.replace(/^dist\/cdn\/|\.js$/g, '')) },
      plugins: [squeezeLiterals(), terserPass(), thirdPartyLicences()],
      // `vite build` runs in production mode, so the default resolve conditions already pick
      // Lit's production build (no dev-mode warnings): no override needed.
      publicDir: false as const,
      build: {
        ...dropInBuild,
        rolldownOptions: {
          input: resolve(source),
          preserveEntrySignatures: 'strict' as const,
          output: {
            format: 'es' as const,
            entryFileNames: out.replace(/^dist\/cdn\//, ''),
            codeSplitting: false, // = inlineDynamicImports: one self-contained file
          },
        },
      },
    };
  }
  return {
    plugins: [squeezeLiterals()],
    build: {
      target: 'es2022',
      outDir: 'dist/esm',
      emptyOutDir: true,
      sourcemap: true,
      minify: false, // consumers' bundlers minify; readable ESM is easier to debug
      reportCompressedSize: false,
      lib: {
        entry: esmInputs(),
        formats: ['es' as const],
      },
      rolldownOptions: {
        external,
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
          // The docs ship in dist/types (*.d.ts), where editors read them: the JS keeps only what
          // consumers' bundlers use (@__PURE__ annotations for tree-shaking, licence notices).
          comments: { jsdoc: false, annotation: true, legal: true },
        },
      },
    },
  };
});
