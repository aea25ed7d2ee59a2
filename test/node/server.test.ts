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
    server = await startServer({ port: 0, staticDir: dir, corsOrigins: ['https://portal.customer.example'] });
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

  const preflight = (path: string, origin: string) =>
    fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });

  it('answers CORS for its own origin and a configured host portal, and for no other page', async () => {
    const portal = await preflight('/authsec/applications', 'https://portal.customer.example');
    assert.equal(portal.headers.get('access-control-allow-origin'), 'https://portal.customer.example');
    assert.match(portal.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    const own = await fetch(`${server.url}/authsec/scope-presets`, { headers: { origin: server.url } });
    assert.equal(own.headers.get('access-control-allow-origin'), server.url);
    // Any other page open in the same browser: no CORS, so it cannot read the API's answers.
    for (const evil of ['https://evil.example', 'null', 'http://127.0.0.1:1']) {
      assert.equal((await preflight('/authsec/applications', evil)).headers.get('access-control-allow-origin'), null, evil);
      const read = await fetch(`${server.url}/.well-known/oauth-authorization-server`, { headers: { origin: evil } });
      assert.equal(read.headers.get('access-control-allow-origin'), null, evil);
    }
  });

  it('puts no CORS headers on the authorization endpoint, for any origin', async () => {
    for (const origin of [server.url, 'https://portal.customer.example']) {
      const res = await preflight('/oauth/authorize', origin);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      assert.equal(res.headers.get('access-control-allow-methods'), null);
    }
  });

  it('answers its sign-in and other controls for same-origin requests only', async () => {
    const attempts: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:1' },
    ];
    for (const headers of attempts) {
      const session = await fetch(`${server.url}/__emulator/session`, { method: 'POST', headers });
      assert.equal(session.status, 403, JSON.stringify(headers));
      assert.equal(session.headers.get('access-control-allow-origin'), null);
      const faults = await fetch(`${server.url}/__emulator/faults`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{"kinds":["500"]}' });
      assert.equal(faults.status, 403);
    }
    const same = await fetch(`${server.url}/__emulator/session`, { method: 'POST', headers: { origin: server.url, 'sec-fetch-site': 'same-origin' } });
    assert.equal(same.status, 200);
    // A page it does not know cannot make itself known either.
    const open = await fetch(`${server.url}/__emulator/cors-origins`, {
      method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"origin":"https://evil.example"}',
    });
    assert.equal(open.status, 403);
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
    // /healthz is outside /authsec but the header asks explicitly, so it applies: its latency
    // is still pending when a plain request sent after it has been answered (30 s, the cap).
    const controller = new AbortController();
    let settled = false;
    const slow = fetch(`${server.url}/healthz`, { headers: { 'x-emulator-fault': 'latency=30000' }, signal: controller.signal }).finally(() => (settled = true));
    assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
    assert.equal(settled, false);
    controller.abort();
    await slow.catch(() => undefined);
  });
});
