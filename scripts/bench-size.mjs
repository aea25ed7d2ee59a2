#!/usr/bin/env node
// Size report and budget check for the built package (run after `npm run build`).
//
//   node scripts/bench-size.mjs   → prints raw / min / gzip per built entry, writes
//                                   bench/results/size.json, exits 1 if a budget in
//                                   bundle-budgets.json is exceeded or a budgeted file is missing.
//
// dist/cdn/*.js are measured as they are (already minified, everything inlined).
// dist/esm entries (index, api, define, one per tag) are measured with every local module they
// import (relative imports, followed recursively); lit, @lit/* and zod stay external and are not
// counted. min = sum of each module minified on its own (Vite's Oxc minifier); gzip = gzip -9 of
// those minified modules concatenated.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'vite';
import { cdnBundles, defineEntries, libraryEntries, localeEntries } from './package-entries.mjs';

const root = process.cwd();
const budgetsFile = resolve(root, 'bundle-budgets.json');
const { budgets = {}, targets: goals = {} } = JSON.parse(readFileSync(budgetsFile, 'utf8'));
const toPosix = (p) => p.split('\\').join('/');
const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
// Brotli is printed for information (what most CDNs serve); budgets and targets are gzip.
const brotli = (text) => brotliCompressSync(Buffer.from(text), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Local modules reachable from `entry` through relative static/dynamic imports, except the
 * translations (`i18n/locales/`): a page loads one language's file, on demand, and only when it is
 * not English; each is measured as its own entry (`dist/esm/locales/<locale>.js`).
 */
function closure(entry) {
  const seen = new Set();
  const stack = [entry];
  const specifiers = /(\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, how, spec] of readFileSync(file, 'utf8').matchAll(specifiers)) {
      const target = resolve(dirname(file), spec);
      if (!(how.includes('(') && /[\\/]locales[\\/]/.test(target))) stack.push(target);
    }
  }
  return [...seen].sort();
}

const minCache = new Map();
async function minified(file) {
  if (!minCache.has(file)) {
    const { code } = await minify(file, readFileSync(file, 'utf8'), { compress: true, mangle: true, module: true });
    minCache.set(file, code);
  }
  return minCache.get(file);
}

async function measure(file) {
  const rel = toPosix(relative(root, file));
  if (rel.startsWith('dist/cdn/')) {
    const code = readFileSync(file, 'utf8');
    return { file: rel, modules: 1, raw: Buffer.byteLength(code), min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) };
  }
  const files = closure(file);
  let raw = 0;
  let min = 0;
  const parts = [];
  for (const f of files) {
    raw += readFileSync(f).length;
    const code = await minified(f);
    min += Buffer.byteLength(code);
    parts.push(code);
  }
  return { file: rel, modules: files.length, raw, min, gzip: gzip(parts.join('\n')) };
}

/** Entries to report: the cdn bundles (with their translation files, the loader and its element files), the top-level ESM entry files and the translations. */
function targets() {
  const list = [];
  for (const dir of ['dist/cdn', 'dist/cdn/elements', 'dist/esm', 'dist/esm/locales']) {
    const abs = resolve(root, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (name.endsWith('.js')) list.push(join(abs, name));
    }
  }
  return list;
}

function globToRegExp(glob) {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*');
  return new RegExp(`^${escaped}$`);
}
function budgetFor(rel) {
  if (budgets[rel]) return { key: rel, ...budgets[rel] };
  const match = Object.keys(budgets).find((key) => key.includes('*') && globToRegExp(key).test(rel));
  return match ? { key: match, ...budgets[match] } : undefined;
}

const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
const rows = [];
for (const file of targets()) rows.push(await measure(file));

const failures = [];
for (const row of rows) {
  const budget = budgetFor(row.file);
  row.budget = budget?.gzip ?? null;
  row.status = budget === undefined ? 'no budget' : row.gzip <= budget.gzip ? 'ok' : 'OVER';
  if (row.status === 'OVER') {
    failures.push(`${row.file}: ${row.gzip} B gzip > budget ${budget.gzip} B (${budget.key})`);
  }
}
// A budgeted file that is missing fails only if its source exists (else: not written yet).
const sourceOf = new Map([
  ...Object.values(cdnBundles).map(({ source, out }) => [out, source]),
  ...libraryEntries.map(({ name, source }) => [`dist/esm/${name}.js`, source]),
  ...defineEntries(root).map(({ source, esm }) => [esm.replace(/^\.\//, ''), source]),
  ...localeEntries(root).map(({ name, source }) => [`dist/esm/${name}.js`, source]),
]);
const notYet = [];
for (const key of Object.keys(budgets)) {
  if (key.includes('*') || rows.some((row) => row.file === key)) continue;
  const source = sourceOf.get(key);
  if (source === undefined) notYet.push(`${key} (no define file registers that tag yet)`);
  else if (!existsSync(resolve(root, source))) notYet.push(`${key} (${source} not written yet)`);
  else failures.push(`${key}: budgeted but not built (run \`npm run build\`)`);
}

const header = `${'file'.padEnd(44)} ${'mods'.padStart(4)} ${'raw kB'.padStart(7)} ${'min kB'.padStart(7)} ${'gzip kB'.padStart(7)} ${'budget'.padStart(7)}  status`;
console.log(header);
console.log('-'.repeat(header.length));
for (const row of rows) {
  console.log(
    `${row.file.padEnd(44)} ${String(row.modules).padStart(4)} ${kB(row.raw)} ${kB(row.min)} ${kB(row.gzip)} ${row.budget === null ? '      -' : kB(row.budget)}  ${row.status}`,
  );
}
if (rows.length === 0) console.log('(nothing built: run `npm run build` first)');
// Issue targets not met yet: printed next to the figure so nobody mistakes the budget for the goal.
for (const [file, target] of Object.entries(goals)) {
  const row = rows.find((r) => r.file === file);
  if (!row || typeof target.gzip !== 'number') continue;
  const verdict = row.gzip <= target.gzip ? 'met' : `NOT MET by ${kB(row.gzip - target.gzip).trim()} kB`;
  const info = row.brotli === undefined ? '' : ` (brotli: ${kB(row.brotli).trim()} kB)`;
  console.log(`target ${file}: ${kB(target.gzip).trim()} kB gzip (${target.source}); now ${kB(row.gzip).trim()} kB: ${verdict}${info}`);
}
for (const line of notYet) console.log(`budget not checked yet: ${line}`);

// `npm test` points BENCH_RESULTS_DIR under .cache: a test run never rewrites the committed figures.
const resultsDir = process.env.BENCH_RESULTS_DIR ?? 'bench/results';
const outDir = resolve(root, resultsDir);
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'size.json'),
  // No timestamp: the file changes only when a size does, so its diff is the size change.
  `${JSON.stringify({ unit: 'bytes', gzipLevel: 9, brotliQuality: 11, files: rows }, null, 2)}\n`,
);
console.log(`\nwrote ${resultsDir}/size.json (${rows.length} files)`);

if (failures.length > 0) {
  console.error(`\nsize budgets FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('size budgets OK');
