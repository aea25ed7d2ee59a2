// What the in-page benchmarks share: build one bench/*.bench.ts page with Vite, serve it on
// 127.0.0.1, and sum up samples (median, p25–p75, min–max). BENCH_MINIFY=0 keeps function names,
// for a profile or trace (the pages mark bench:data and bench:painted for it); figures are minified.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';

/** Builds `bench/<name>.bench.ts` into .cache/bench-<name> and serves it; resolves to its origin and a close(). */
export async function serveBenchPage(name) {
  const root = process.cwd();
  const outDir = resolve(root, `.cache/bench-${name}`);
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: process.env.BENCH_MINIFY !== '0', lib: { entry: resolve(root, `bench/${name}.bench.ts`), formats: ['es'], fileName: () => 'bench.js' } },
  });
  writeFileSync(join(outDir, 'index.html'), `<!doctype html><meta charset="utf-8"><title>${name} bench</title><body><script type="module" src="/bench.js"></script>`);
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const path = join(outDir, new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/$/, '/index.html'));
    let body;
    try {
      body = readFileSync(path);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Median, p25–p75 and min–max of samples, to 0.1. */
export function stats(values) {
  const xs = [...values].sort((a, b) => a - b);
  const at = (q) => xs[Math.min(xs.length - 1, Math.floor(q * (xs.length - 1) + 0.5))];
  const r = (x) => Math.round(x * 10) / 10;
  return { median: r(at(0.5)), p25: r(at(0.25)), p75: r(at(0.75)), min: r(xs[0]), max: r(xs.at(-1)), n: xs.length };
}

export const formatStats = (s) => `${s.median} [${s.p25}–${s.p75}] (${s.min}–${s.max}, n=${s.n})`;
