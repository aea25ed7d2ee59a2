// The emulator over real HTTP on 127.0.0.1: what only a real socket can show.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AuthsecClient, AuthsecError, endpoints as ep } from '../../src/api/index.js';
import { PAGE_CSP, startServer, type RunningServer } from '../../emulator/server.js';

describe('emulator HTTP server', () => {
  let server: RunningServer;
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'authsec-static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>portal</title>');
    server = await startServer({ port: 0, staticDir: dir });
  });
  after(() => server.close());

  it('listens on 127.0.0.1 only and answers /healthz', async () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.deepEqual(await (await fetch(`${server.url}/healthz`)).json(), { status: 'ok' });
  });

  it('serves pages with a strict CSP and Trusted Types', async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), PAGE_CSP);
    assert.match(PAGE_CSP, /script-src 'self'(;|$)/);
    assert.doesNotMatch(PAGE_CSP, /unsafe-(inline|eval)/);
    assert.match(PAGE_CSP, /require-trusted-types-for 'script'/);
  });

  it('answers CORS preflight for a host portal on another origin', async () => {
    const res = await fetch(`${server.url}/authsec/resource-servers`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.customer.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://portal.customer.example');
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /authorization/i);
  });

  it('hands the demo an owner session that the admin API accepts', async () => {
    const session = (await (await fetch(`${server.url}/__emulator/session`, { method: 'POST' })).json()) as { token: string };
    const client = new AuthsecClient({ baseUrl: server.url, getToken: () => session.token });
    const apps = await client.call(ep.listResourceServers, {});
    assert.equal(apps.length, 3);
  });

  it('drops the connection for a "drop" fault, which the client sees as a retryable network error', async () => {
    const res = await fetch(`${server.url}/__emulator/faults`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kinds: ['drop'], rate: 1 }),
    });
    assert.equal(res.status, 200);
    try {
      await assert.rejects(fetch(`${server.url}/authsec/scope-presets`), TypeError);
      const client = new AuthsecClient({ baseUrl: server.url, getToken: () => 'x', retry: { baseDelayMs: 1, maxDelayMs: 2 } });
      const error = await client.call(ep.listScopePresets, {}).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof AuthsecError);
      assert.equal(error.code, 'network');
      assert.equal(error.retryable, true);
    } finally {
      await fetch(`${server.url}/__emulator/faults`, { method: 'DELETE' });
    }
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
  });

  it('adds latency on request (X-Emulator-Fault: latency=N)', async () => {
    const started = Date.now();
    await fetch(`${server.url}/healthz`, { headers: { 'x-emulator-fault': 'latency=150' } });
    // /healthz is outside /authsec but the header asks explicitly, so it applies.
    assert.ok(Date.now() - started >= 140);
  });
});
