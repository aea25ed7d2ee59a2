/**
 * The emulator over real HTTP on 127.0.0.1, for `npm start`, the demo and end-to-end tests.
 * Static files (the demo portal) can be served beside the API from one origin.
 */
import { serve, type HttpBindings, type Http2Bindings } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import { createEmulator, DROP_HEADER, type Emulator, type EmulatorOptions } from './app.js';

/** `script-src 'self'` without unsafe-inline/eval, and Trusted Types for every DOM sink (lit-html's policy). */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export interface ServerOptions extends EmulatorOptions {
  port?: number;
  host?: string;
  /** Directory of static files served at `/` (API routes win). */
  staticDir?: string;
}

export interface RunningServer {
  readonly url: string;
  readonly emulator: Emulator;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const emulator = createEmulator({ devSession: true, ...options });
  if (options.staticDir) {
    const root = relative(process.cwd(), options.staticDir) || '.';
    // Pages run under the security posture we promise hosts: strict CSP and Trusted Types.
    emulator.app.use('/*', async (c, next) => {
      await next();
      if (c.res.headers.get('content-type')?.startsWith('text/html')) c.header('Content-Security-Policy', PAGE_CSP);
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
