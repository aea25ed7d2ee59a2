#!/usr/bin/env node
// Every build goes through here: `npm run build`, `npm start`, the Playwright server, the journeys.
// Each output is rebuilt only when its inputs changed since it was last built on this machine, so
// one `npm test` builds each bundle once however many consumers it has, and a second `npm start`
// starts at once.
//
//   node scripts/build.mjs [target ...] [--force]     targets: esm consent elements loader locales types ide demo
//                                                     (none: the npm package = esm consent elements loader locales types ide)
//
// Freshness is a hash of the inputs' content (not mtimes: a fresh clone has new mtimes everywhere),
// written next to the outputs in dist/.stamps/<target> after a successful build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STAMPS = join(ROOT, 'dist/.stamps');

/** What every build reads: the sources, the dependency tree and the compiler settings. */
const COMMON = ['src', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** vite.config.ts and the plugins and entry lists it imports. */
const LIBRARY = [...COMMON, 'vite.config.ts', 'scripts/package-entries.mjs', 'scripts/squeeze-literals.mjs', 'scripts/terser-pass.mjs', 'scripts/third-party-licences.mjs'];

/** @type {Record<string, { inputs: string[], output: string, build: () => Promise<void> | void }>} */
export const TARGETS = {
  esm: { inputs: LIBRARY, output: 'dist/esm/index.js', build: () => viteBuild('vite.config.ts') },
  consent: { inputs: LIBRARY, output: 'dist/cdn/authsec-consent.js', build: () => viteBuild('vite.config.ts', 'consent') },
  elements: { inputs: LIBRARY, output: 'dist/cdn/authsec-elements.js', build: () => viteBuild('vite.config.ts', 'elements') },
  loader: { inputs: LIBRARY, output: 'dist/cdn/authsec-loader.js', build: () => viteBuild('vite.config.ts', 'loader') },
  types: {
    inputs: [...COMMON, 'tsconfig.build.json'],
    output: 'dist/types/index.d.ts',
    build: () => {
      rmSync(join(ROOT, 'dist/types'), { recursive: true, force: true });
      const tsc = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
      if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json exited ${tsc.status ?? tsc.signal}`);
    },
  },
  // The drop-ins' translations: dist/cdn/authsec-elements.<language>.js and
  // authsec-consent.<language>.js, one self-contained file per language beside each.
  locales: { inputs: [...COMMON, 'scripts/package-entries.mjs'], output: 'dist/cdn/authsec-elements.fr.js', build: buildLocaleFiles },
  // VS Code custom data and JetBrains web-types, from the manifest.
  ide: {
    inputs: ['custom-elements.json', 'package.json', 'scripts/framework-types.mjs', 'scripts/element-events.mjs'],
    output: 'dist/ide/web-types.json',
    build: () => {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts/framework-types.mjs'), '--ide', 'dist/ide'], { cwd: ROOT, stdio: 'inherit' });
      if (run.status !== 0) throw new Error(`framework-types.mjs --ide exited ${run.status ?? run.signal}`);
    },
  },
  demo: { inputs: [...COMMON, 'demo', 'vite.demo.config.ts'], output: 'dist/demo/index.html', build: () => viteBuild('vite.demo.config.ts') },
};
export const PACKAGE = ['esm', 'consent', 'elements', 'loader', 'locales', 'types', 'ide'];

/** Builds each target whose inputs changed (or all of them with `force`); says which were reused. */
export async function buildTargets(names, { force = false, log = (line) => process.stdout.write(`${line}\n`) } = {}) {
  for (const name of names) {
    const target = TARGETS[name];
    if (!target) throw new Error(`unknown build target "${name}" (known: ${Object.keys(TARGETS).join(', ')})`);
    const hash = inputsHash(target.inputs);
    const stamp = join(STAMPS, name);
    if (!force && existsSync(join(ROOT, target.output)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
      log(`build ${name}: up to date (${target.output}; inputs unchanged)`);
      continue;
    }
    const started = performance.now();
    rmSync(stamp, { force: true }); // a failed build must not leave an old stamp claiming freshness
    await target.build();
    mkdirSync(STAMPS, { recursive: true });
    writeFileSync(stamp, hash);
    log(`build ${name}: built ${target.output} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

function inputsHash(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of filesOf(join(ROOT, input))) {
      hash.update(file.slice(ROOT.length));
      hash.update('\0');
      hash.update(readFileSync(file));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

function filesOf(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Each drop-in's translations, one self-contained file per language beside it:
 * authsec-elements.<language>.js (every element's words) and authsec-consent.<language>.js (the
 * consent screen's alone). A language's two files share modules, so they are built apart: one
 * request per page, never a shared chunk.
 */
async function buildLocaleFiles() {
  const { build } = await import('vite');
  const { localeEntries } = await import('./package-entries.mjs');
  for (const [bundle, source] of [['authsec-elements', 'source'], ['authsec-consent', 'consent']]) {
    const input = Object.fromEntries(localeEntries(ROOT).map((e) => [`${bundle}.${e.locale.split('-')[0]}`, join(ROOT, e[source])]));
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        target: 'es2022',
        outDir: join(ROOT, 'dist/cdn'),
        emptyOutDir: false,
        minify: true,
        copyPublicDir: false,
        reportCompressedSize: false,
        rolldownOptions: { input, preserveEntrySignatures: 'strict', output: { format: 'es', entryFileNames: '[name].js' } },
      },
    });
  }
}

/** vite.config.ts picks a drop-in from `process.env.BUNDLE` when it is loaded; `build()` loads it afresh. */
async function viteBuild(configFile, bundle) {
  const { build } = await import('vite');
  const before = process.env.BUNDLE;
  if (bundle) process.env.BUNDLE = bundle;
  else delete process.env.BUNDLE;
  try {
    await build({ configFile: join(ROOT, configFile), logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env.BUNDLE;
    else process.env.BUNDLE = before;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const names = args.filter((arg) => !arg.startsWith('--'));
  try {
    await buildTargets(names.length ? names : PACKAGE, { force: args.includes('--force') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
