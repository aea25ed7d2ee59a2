#!/usr/bin/env node
// Fails (exit 1) when the committed custom-elements.json is not what the analyzer generates from
// src/ today. Regenerates into a temp dir with the repo's custom-elements-manifest.config.mjs and
// compares parsed JSON (formatting and key order do not matter; array order does).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const committedPath = join(process.cwd(), 'custom-elements.json');
const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true });
const tempDir = mkdtempSync(join(tmpdir(), 'authsec-cem-'));
const freshPath = join(tempDir, 'custom-elements.json');
writeFileSync(freshPath, `${JSON.stringify(fresh, null, 2)}\n`);

if (!existsSync(committedPath)) {
  console.error('custom-elements.json is missing. Run `npm run cem` and commit the result.');
  process.exit(1);
}
let committed;
try {
  committed = JSON.parse(readFileSync(committedPath, 'utf8'));
} catch (error) {
  console.error(`custom-elements.json is not valid JSON (${error.message}). Run \`npm run cem\`.`);
  process.exit(1);
}

/** Paths (like `modules[3].declarations[0].members`) where a and b differ. */
function differences(a, b, path = '$', out = []) {
  if (out.length >= 20) return out;
  if (Object.is(a, b)) return out;
  const kind = (v) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  if (kind(a) !== kind(b) || (kind(a) !== 'object' && kind(a) !== 'array')) {
    out.push(`${path}: committed ${JSON.stringify(a)?.slice(0, 80)} ≠ generated ${JSON.stringify(b)?.slice(0, 80)}`);
    return out;
  }
  if (Array.isArray(a)) {
    if (a.length !== b.length) out.push(`${path}: committed has ${a.length} entries, generated ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const label = a[i]?.path ?? a[i]?.name;
      differences(a[i], b[i], `${path}[${i}${label ? ` ${label}` : ''}]`, out);
    }
    return out;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(key in a)) out.push(`${path}.${key}: only in generated`);
    else if (!(key in b)) out.push(`${path}.${key}: only in committed`);
    else differences(a[key], b[key], `${path}.${key}`, out);
  }
  return out;
}

const diff = differences(committed, fresh);
if (diff.length > 0) {
  console.error('custom-elements.json is STALE: it differs from what `cem analyze` generates from src/.');
  for (const line of diff) console.error(`  ${line}`);
  if (diff.length >= 20) console.error('  …');
  console.error(`Generated manifest: ${freshPath}`);
  console.error('Fix: run `npm run cem` and commit custom-elements.json.');
  process.exit(1);
}
rmSync(tempDir, { recursive: true, force: true });
const tags = (fresh.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
console.log(`custom-elements.json is up to date (${fresh.modules?.length ?? 0} modules, ${tags.length} custom elements).`);
