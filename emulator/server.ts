/**
 * The emulator over real HTTP on 127.0.0.1, for `npm start`, the demo and end-to-end tests.
 * Static files (the demo portal) can be served beside the API from one origin.
 */
import { serve, type HttpBindings, type Http2Bindings } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, extname, join, relative } from 'node:path';
import type { Context } from 'hono';
import { createEmulator, DROP_HEADER, type Emulator, type EmulatorOptions } from './app.js';
import { SURFACE_MODES, type SurfaceMode } from './http.js';
import { CONSENT_PAGE_CSP, CONSENT_SCRIPT_PATH } from './oauth/pages.js';

/**
 * The CSP of every page the server hands out: the hosted consent page (`CONSENT_PAGE_CSP`, set by
 * the `/consent` route) and the demo portal use the same string. `script-src 'self'` without
 * unsafe-inline/eval, Trusted Types for every DOM sink (lit-html's policy), no framing.
 */
export const PAGE_CSP = CONSENT_PAGE_CSP;
export { CONSENT_PAGE_CSP };

/** The consent element bundle (`npm run build:cdn`), served as `/authsec-consent.js`. */
const DEFAULT_CONSENT_SCRIPT = fileURLToPath(new URL('../dist/cdn/authsec-consent.js', import.meta.url));
/** The built drop-ins, served under `/cdn/`. */
const CDN_DIR = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file with its compressed forms and ETag, recomputed when its modification time changes. */
class CompressedFiles {
  readonly #cache = new Map<string, { mtime: number; raw: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer>; br: Uint8Array<ArrayBuffer>; etag: string }>();

  async get(path: string) {
    let mtime: number;
    try {
      mtime = (await stat(path)).mtimeMs;
    } catch {
      return undefined;
    }
    const cached = this.#cache.get(path);
    if (cached?.mtime === mtime) return cached;
    const bytes = (b: Uint8Array) => new Uint8Array(b) as Uint8Array<ArrayBuffer>;
    const raw = bytes(await readFile(path));
    const entry = {
      mtime,
      raw,
      gzip: bytes(gzipSync(raw, { level: 9 })),
      br: bytes(brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })),
      etag: `"${createHash('sha256').update(raw).digest('base64url').slice(0, 27)}"`,
    };
    this.#cache.set(path, entry);
    return entry;
  }
}

export interface ServerOptions extends EmulatorOptions {
  port?: number;
  host?: string;
  /** Directory of static files served at `/` (API routes win). */
  staticDir?: string;
  /** File served as `/authsec-consent.js` for the hosted consent page (default: `dist/cdn/authsec-consent.js`). */
  consentScript?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly emulator: Emulator;
  close(): Promise<void>;
}

/**
 * `AUTHSEC_SURFACE=both|applications|resource-servers` (default `both`, as today's AuthSec),
 * `AUTHSEC_CORS_ORIGINS=<origin>,<origin>` (browser origins allowed besides the emulator's own) and
 * `AUTHSEC_CONSENT_PAGE=form|json` (where `/oauth/authorize` sends the person; default `form`).
 */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<EmulatorOptions, 'surfaces' | 'corsOrigins' | 'consentPage'> {
  const surfaces = env.AUTHSEC_SURFACE?.trim() || 'both';
  if (!SURFACE_MODES.includes(surfaces as SurfaceMode)) {
    throw new Error(`AUTHSEC_SURFACE must be one of ${SURFACE_MODES.join(', ')}; got "${surfaces}"`);
  }
  const corsOrigins = (env.AUTHSEC_CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  const consentPage = env.AUTHSEC_CONSENT_PAGE?.trim() || 'form';
  if (consentPage !== 'form' && consentPage !== 'json') throw new Error(`AUTHSEC_CONSENT_PAGE must be form or json; got "${consentPage}"`);
  return { surfaces: surfaces as SurfaceMode, corsOrigins, consentPage };
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const emulator = createEmulator({ devSession: true, ...optionsFromEnv(), ...options });
  const consentScript = options.consentScript ?? DEFAULT_CONSENT_SCRIPT;
  // Served as a consent host would: compressed, cacheable, revalidated by ETag. Read again when the
  // file changes, so a rebuilt bundle is picked up without a restart.
  const bundles = new CompressedFiles();
  /** A built file answered as a CDN would: compressed, cacheable, revalidated by ETag. */
  const serveBuilt = async (c: Context, path: string, missing: string) => {
    const file = await bundles.get(path);
    if (!file) return c.text(missing, 404, { 'Cache-Control': 'no-store' });
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=3600',
      ETag: file.etag,
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    if (c.req.header('if-none-match') === file.etag) return c.body(null, 304, headers);
    const accepts = c.req.header('accept-encoding') ?? '';
    if (/\bbr\b/.test(accepts)) return c.body(file.br, 200, { ...headers, 'Content-Encoding': 'br' });
    if (/\bgzip\b/.test(accepts)) return c.body(file.gzip, 200, { ...headers, 'Content-Encoding': 'gzip' });
    return c.body(file.raw, 200, headers);
  };
  emulator.app.get(CONSENT_SCRIPT_PATH, (c) =>
    serveBuilt(c, consentScript, `${CONSENT_SCRIPT_PATH} is not built: run \`npm run build:cdn\` (looked for ${consentScript}).\n`),
  );
  // Its translations, beside it (authsec-consent.fr.js…), as the drop-in looks for them.
  emulator.app.get('/:file{authsec-consent\\.[a-z]{2,3}\\.js}', (c) => {
    const file = c.req.param('file');
    return serveBuilt(c, join(dirname(consentScript), file), `/${file} is not built: run \`npm run build\`.\n`);
  });
  // The drop-ins, the loader and its element files (`npm run build`), as a host's CDN serves dist/cdn.
  emulator.app.get('/cdn/*', (c) => {
    const rel = c.req.path.slice('/cdn/'.length);
    if (!/^[\w.-]+(\/[\w.-]+)?$/.test(rel) || rel.includes('..')) return c.text('not found\n', 404);
    return serveBuilt(c, join(CDN_DIR, rel), `/cdn/${rel} is not built: run \`npm run build\`.\n`);
  });
  if (options.staticDir) {
    const root = relative(process.cwd(), options.staticDir) || '.';
    // Pages run under the security posture we promise hosts: strict CSP and Trusted Types.
    emulator.app.use('/*', async (c, next) => {
      await next();
      if (c.res.headers.get('content-type')?.startsWith('text/html') && !c.res.headers.has('content-security-policy')) {
        c.header('Content-Security-Policy', PAGE_CSP);
      }
    });
    emulator.app.use('/*', serveStatic({ root }));
  }
  const server = serve({
    hostname: host,
    port: options.port ?? 7468,
    fetch: async (request: Request, env: HttpBindings | Http2Bindings) => {
      const response = await emulator.app.fetch(request, env);
      if (response.headers.get(DROP_HEADER)) {
        // A real dropped connection: the client sees a network error, not a status.
        env.incoming.socket.destroy();
        return new Response(null);
      }
      return response;
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    emulator,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const running = await startServer({ port: Number(process.env.PORT ?? 7468) });
  process.stdout.write(`AuthSec emulator: ${running.url}\n`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
