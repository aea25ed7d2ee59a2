#!/usr/bin/env node
// Runs test/node/**/*.test.ts under Node's test runner with tsx (pure logic, emulator, API client:
// no browser). Node 20 does not expand globs in `--test` arguments, so the files are listed here.
//   node scripts/test-node.mjs [extra node --test flags, e.g. --test-reporter=tap]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/node';
const files = existsSync(dir)
  ? readdirSync(dir, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.test.ts'))
      .sort()
      .map((name) => join(dir, name))
  : [];
if (files.length === 0) {
  console.log(`No test files found: ${dir}/**/*.test.ts`);
  process.exit(0);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
