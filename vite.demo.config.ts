// The demo customer portal, built as a plain app (not the library) into dist/demo and served by
// the emulator's HTTP server on the same origin as the API (scripts/start.ts).
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  root: 'demo',
  publicDir: false,
  build: {
    outDir: resolve('dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    // No inline polyfill script: the portal runs under `script-src 'self'`.
    modulePreload: { polyfill: false },
    // With ?loader the page takes AuthSec's files from the CDN path, as a host would: not bundled.
    rolldownOptions: { external: [/^\/cdn\//], input: { index: resolve('demo/index.html'), theming: resolve('demo/theming.html'), account: resolve('demo/account.html') } },
  },
  logLevel: 'warn',
});
