// Single source of truth for the npm package's entry points, shared by vite.config.ts,
// scripts/check-package-exports.mjs and scripts/bench-size.mjs.
//
// Every side-effect define file becomes a public `./<tag>.js` export:
//   src/context/define.ts          → authsec-provider
//   src/elements/<name>/define.ts  → the tag it registers (read from the file; falls back to
//                                    `<name>` if it already starts with `authsec-`, else `authsec-<name>`)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const toPosix = (p) => p.split('\\').join('/');

/** The one `authsec-*` tag a define file registers, or undefined if it names none or several. */
function tagInSource(file) {
  const source = readFileSync(file, 'utf8');
  const tags = new Set(
    [...source.matchAll(/customElements\.define\(\s*['"`](authsec-[a-z0-9-]+)['"`]/g)].map((m) => m[1]),
  );
  if (tags.size === 0) {
    // e.g. a helper such as defineElement('authsec-x', X): accept any single quoted tag.
    for (const m of source.matchAll(/['"`](authsec-[a-z0-9]+(?:-[a-z0-9]+)+)['"`]/g)) tags.add(m[1]);
  }
  return tags.size === 1 ? [...tags][0] : undefined;
}

/**
 * @param {string} [root] repository root (defaults to cwd)
 * @returns {{ tag: string, source: string, types: string, esm: string }[]}
 *   The provider is always first (even if src/context/define.ts is not written yet; esmInputs skips it).
 *   source/types/esm are repo-relative POSIX paths; sorted with the provider first.
 */
export function defineEntries(root = process.cwd()) {
  const found = [];
  const elementsDir = join(root, 'src/elements');
  if (existsSync(elementsDir)) {
    for (const dirent of readdirSync(elementsDir, { withFileTypes: true })) {
      if (!dirent.isDirectory()) continue;
      const file = join(elementsDir, dirent.name, 'define.ts');
      if (!existsSync(file)) continue;
      const fallback = dirent.name.startsWith('authsec-') ? dirent.name : `authsec-${dirent.name}`;
      found.push({ tag: tagInSource(file) ?? fallback, file });
    }
  }
  found.sort((a, b) => a.tag.localeCompare(b.tag));
  // The provider first: @lit/context providers must be defined before their consumers.
  // Listed even before the file exists: every bundle needs it, and the checks should say it is missing.
  found.unshift({ tag: 'authsec-provider', file: join(root, 'src/context/define.ts') });
  return found.map(({ tag, file }) => {
    const source = toPosix(relative(root, file));
    const stem = source.replace(/^src\//, '').replace(/\.ts$/, '');
    return { tag, source, types: `./dist/types/${stem}.d.ts`, esm: `./dist/esm/${tag}.js` };
  });
}

/** Non-define entries of the npm package: `export name` → source file. */
export const libraryEntries = [
  { name: 'index', exportKey: '.', source: 'src/index.ts' },
  { name: 'api', exportKey: './api', source: 'src/api/index.ts' },
  { name: 'define', exportKey: './define', source: 'src/define-all.ts' },
  // Framework typings (and @lit/react wrappers), generated from the manifest: scripts/framework-types.mjs.
  { name: 'react', exportKey: './react', source: 'src/frameworks/react.ts' },
  { name: 'vue', exportKey: './vue', source: 'src/frameworks/vue.ts' },
  { name: 'svelte', exportKey: './svelte', source: 'src/frameworks/svelte.ts' },
];

/**
 * The library's translations, one npm entry per language (`@authsec/elements/locales/fr.js`, every
 * element's words; the elements load them by themselves) from src/i18n/locales/<locale>/all.ts.
 */
export function localeEntries(root = process.cwd()) {
  const dir = join(root, 'src/i18n/locales');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'all.ts')))
    .map((d) => d.name)
    .sort()
    .map((locale) => ({ locale, name: `locales/${locale}`, exportKey: `./locales/${locale}.js`, source: `src/i18n/locales/${locale}/all.ts`, consent: `src/i18n/locales/${locale}/consent-only.ts` }));
}

/** Editor data built from the manifest into dist/ide (scripts/framework-types.mjs --ide). */
export const ideFiles = ['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'];

/** The drop-in bundles (BUNDLE=consent | elements). */
export const cdnBundles = {
  // standalone: one element that calls public endpoints only and no `<authsec-provider>`, so the
  // bundle skips the provider link (src/context/provider-link.standalone.ts) and admin/SDK
  // authorisation (src/api/authorized-fetch.public.ts) — see vite.config.ts.
  consent: { source: 'src/cdn/authsec-consent.ts', out: 'dist/cdn/authsec-consent.js', standalone: true },
  elements: { source: 'src/cdn/authsec-elements.ts', out: 'dist/cdn/authsec-elements.js', standalone: false },
};

/** Rolldown input map for the ESM build: only entries whose source exists. */
export function esmInputs(root = process.cwd()) {
  const input = {};
  for (const { name, source } of libraryEntries) {
    if (existsSync(resolve(root, source))) input[name] = resolve(root, source);
  }
  for (const { tag, source } of defineEntries(root)) {
    if (existsSync(resolve(root, source))) input[tag] = resolve(root, source);
  }
  for (const { name, source } of localeEntries(root)) input[name] = resolve(root, source);
  return input;
}
