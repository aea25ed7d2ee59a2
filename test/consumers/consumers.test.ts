// A new user's first hour, in three frameworks: each project under test/consumers/ gets the package
// as `npm pack` makes it (extracted into its node_modules, as npm would install it; lit, zod and the
// framework tooling resolve from this repository's node_modules), then must
//   1. type-check strictly (React: tsc --strict; Vue: vue-tsc with strictTemplates; Svelte: svelte-check),
//   2. reject its deliberate type errors (wrong prop type, wrong detail field, made-up prop),
//   3. build with Vite, and
//   4. render the tool-to-scope mapper against the emulator in headless Chromium, with its typed
//      event's detail reaching the page.
// Run by `npm test` (step "consumers"); alone: node --import tsx --test test/consumers/consumers.test.ts
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright';
import { startServer } from '../../emulator/server.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { CHROMIUM, chromiumArgs } from '../../scripts/browsers.mjs';
import { buildTargets, PACKAGE } from '../../scripts/build.mjs';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.cache/consumers');
const bin = (name: string) => join(root, 'node_modules/.bin', name);

interface Project {
  name: string;
  typecheck: string[];
  negative: string[];
  /** `file:line` of every deliberate error the negative check must report. */
  expected: RegExp[];
}
const projects: Project[] = [
  {
    name: 'react',
    typecheck: [bin('tsc'), '-p', 'tsconfig.json'],
    negative: [bin('tsc'), '-p', 'tsconfig.negative.json'],
    expected: [/wrong-types\.tsx\(4,/, /wrong-types\.tsx\(5,/, /wrong-types\.tsx\(6,/, /wrong-types\.tsx\(7,.*'nope'/],
  },
  {
    name: 'vue',
    typecheck: [bin('vue-tsc'), '-p', 'tsconfig.json'],
    negative: [bin('vue-tsc'), '-p', 'tsconfig.negative.json'],
    expected: [/WrongTypes\.vue\(7,\d+\): error TS2322: Type 'number'/, /WrongTypes\.vue\(8,\d+\): error TS2322: .*CountersChangedDetail/, /WrongTypes\.vue\(9,\d+\): error TS\d+: .*made-up-prop|WrongTypes\.vue\(9,\d+\): error TS\d+: .*madeUpProp/],
  },
  {
    name: 'svelte',
    typecheck: [bin('svelte-check'), '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine'],
    negative: [bin('svelte-check'), '--tsconfig', './tsconfig.negative.json', '--output', 'machine'],
    expected: [/ERROR "negative\/WrongTypes\.svelte" 6:\d+ "Type 'number'/, /ERROR "negative\/WrongTypes\.svelte" 6:\d+ "Property 'nope'/],
  },
];

/** `CONSUMERS=vue,svelte` runs only those (while working on one). */
const only = process.env.CONSUMERS?.split(',');

function run(command: string[], cwd: string): { code: number | null; output: string } {
  const result = spawnSync(command[0]!, command.slice(1), { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The built app as any static host serves it. */
async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const file = join(dir, path === '/' ? 'index.html' : normalize(path));
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

let browser: Browser;
before(async () => {
  await buildTargets(PACKAGE, { log: () => {} });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const pack = run(['npm', 'pack', '--silent', '--pack-destination', work], root);
  assert.equal(pack.code, 0, pack.output);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
  cpSync(join(root, 'test/consumers'), work, { recursive: true, filter: (src) => !src.endsWith('.test.ts') });
  for (const { name } of projects) {
    const target = join(work, name, 'node_modules/@authsec/elements');
    mkdirSync(target, { recursive: true });
    const untar = run(['tar', '-xzf', tarball, '-C', target, '--strip-components=1'], work);
    assert.equal(untar.code, 0, untar.output);
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
});

describe('the packed tarball', () => {
  const tarball = () => join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);
  it('passes publint', () => {
    const { code, output } = run([bin('publint'), '--strict', tarball()], root);
    assert.equal(code, 0, output);
    assert.match(output, /All good!/);
  });
  it('has types for every entry, cdn/* included (arethetypeswrong, ESM-only profile)', () => {
    const { code, output } = run([bin('attw'), tarball(), '--profile', 'esm-only', '--format', 'json'], root);
    assert.equal(code, 0, output);
    const { analysis } = JSON.parse(output) as { analysis: { entrypoints: Record<string, unknown>; problems: { kind: string; resolutionKind?: string }[] } };
    assert.ok('./cdn/authsec-consent.js' in analysis.entrypoints && './react' in analysis.entrypoints, 'every entry was checked');
    // ESM only by design: the CommonJS and node10 resolutions are out of scope; nothing else may be wrong.
    assert.deepEqual(analysis.problems.filter((p) => p.resolutionKind !== 'node16-cjs' && p.resolutionKind !== 'node10'), []);
  });
});

for (const project of projects.filter((p) => !only || only.includes(p.name))) {
  describe(`${project.name} consumer (from the packed tarball)`, () => {
    const dir = join(work, project.name);

    it('type-checks strictly', () => {
      const { code, output } = run(project.typecheck, dir);
      assert.equal(code, 0, output);
    });

    it('rejects the deliberate type errors', () => {
      const { code, output } = run(project.negative, dir);
      assert.notEqual(code, 0, `the negative check passed:\n${output}`);
      for (const error of project.expected) assert.match(output, error);
    });

    it('builds with Vite', () => {
      const { code, output } = run([process.execPath, join(root, 'node_modules/vite/bin/vite.js'), 'build'], dir);
      assert.equal(code, 0, output);
    });

    it('renders the mapper against the emulator in headless Chromium, its typed event reaching the page', async () => {
      // The app on its own origin (no emulator CSP: the host sets its own), AuthSec on another.
      const server = await startServer({ port: 0 });
      const app = await serveStatic(join(dir, 'dist'));
      server.emulator.allowOrigin(app.url);
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
      page.on('response', (r) => void (r.status() >= 400 && problems.push(`${r.status()} ${r.request().method()} ${r.url()}`)));
      try {
        const token = await server.emulator.ownerToken();
        await page.goto(`${app.url}/?app=${SEED.apps.github}&api=${encodeURIComponent(server.url)}#token=${token}`);
        try {
          await page.locator('#counters').filter({ hasText: /^\d+ tools, \d+ public$/ }).waitFor();
          // Rows of the real tool list, inside the element's shadow root.
          await page.locator('authsec-tool-scope-mapper').getByRole('checkbox').first().waitFor();
        } catch (error) {
          throw new Error(`${(error as Error).message}\npage errors: ${problems.join('\n') || 'none'}`, { cause: error });
        }
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
        await app.close();
        await server.close();
      }
    });
  });
}
