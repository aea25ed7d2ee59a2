import { expect } from '@open-wc/testing';
import { AuthsecClient, AuthsecError, codeForStatus, endpoints as ep, unreadItems } from '../../src/api/index.js';
import { retryAfterSeconds } from '../../src/api/errors.js';
import { harness, rejection, SEED } from '../helpers/emulator.js';

const gh = { id: SEED.apps.github };

describe('AuthsecClient against the emulator', () => {
  it('sends the Bearer token and parses the response', async () => {
    const h = harness();
    const apps = await (await h.owner()).call(ep.listResourceServers, {});
    expect(apps.map((a) => a.name)).to.have.members(['GitHub MCP Server', 'Docs Search', 'Billing Agent']);
  });

  it('asks once for a fresh token after a 401 and retries once', async () => {
    const h = harness();
    const good = await h.emulator.ownerToken();
    const asked: boolean[] = [];
    const client = h.client(({ forceRefresh }) => {
      asked.push(forceRefresh);
      return forceRefresh ? good : 'expired.jwt.token';
    });
    const matrix = await client.call(ep.getScopeMatrix, { params: gh });
    expect(matrix.total_tools).to.equal(101);
    expect(asked).to.deep.equal([false, true]);
    expect(h.requests.filter((r) => r.endsWith('/scope-matrix'))).to.have.length(2);
  });

  it('fails with session_expired when the refreshed token is refused too, without looping', async () => {
    const h = harness();
    const asked: boolean[] = [];
    const client = h.client(({ forceRefresh }) => (asked.push(forceRefresh), 'still.not.valid'));
    const error = (await rejection(client.call(ep.getScopeMatrix, { params: gh }))) as AuthsecError;
    expect(error).to.be.instanceOf(AuthsecError);
    expect(error.code).to.equal('session_expired');
    expect(error.status).to.equal(401);
    expect(asked).to.deep.equal([false, true]);
    expect(h.requests).to.have.length(2);
  });

  it('fails with session_expired when the host has no fresh token to give', async () => {
    const h = harness();
    const client = h.client(({ forceRefresh }) => (forceRefresh ? null : 'bad'));
    const error = (await rejection(client.call(ep.listResourceServers, {}))) as AuthsecError;
    expect(error.code).to.equal('session_expired');
    expect(h.requests).to.have.length(1);
  });

  it('reports unauthorized, not an expired session, when the token source has never had a token', async () => {
    const h = harness();
    const asked: boolean[] = [];
    const client = h.client(({ forceRefresh }) => (asked.push(forceRefresh), null));
    const error = (await rejection(client.call(ep.listResourceServers, {}))) as AuthsecError;
    expect(error.code).to.equal('unauthorized');
    expect(error.status).to.equal(401);
    expect(asked).to.deep.equal([false, true]);
    expect(h.requests).to.have.length(1);
  });

  it('reports unauthorized (no retry) when there is no token source at all', async () => {
    const h = harness();
    const error = (await rejection(h.client().call(ep.listResourceServers, {}))) as AuthsecError;
    expect(error.code).to.equal('unauthorized');
    expect(error.serverMessage).to.equal('authorization header required');
    expect(h.requests).to.have.length(1);
  });

  it('aborts an in-flight request when its signal fires', async () => {
    const h = harness();
    // A response that would take ten minutes: only the abort can end this test inside mocha's limit.
    h.emulator.faults.set({ latencyMs: 600_000, pathPrefix: '/authsec' });
    const controller = new AbortController();
    const pending = (await h.owner()).call(ep.getScopeMatrix, { params: gh, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = (await rejection(pending)) as AuthsecError;
    expect(error.code).to.equal('aborted');
    expect(error.status).to.equal(0);
  });

  it('gives up an attempt AuthSec leaves unanswered, retries a read once more, then says the network failed', async () => {
    const h = harness();
    h.emulator.faults.set({ latencyMs: 600_000, pathPrefix: '/authsec' });
    const sent: string[] = [];
    const token = await h.emulator.ownerToken();
    const client = new AuthsecClient({
      baseUrl: h.emulator.baseUrl,
      getToken: () => token,
      fetch: (input, init) => (sent.push(init.method ?? 'GET'), h.emulator.fetchFn(input, init)),
      retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 5, timeoutMs: 150 },
    });
    const error = (await rejection(client.call(ep.getScopeMatrix, { params: gh }))) as AuthsecError;
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(sent).to.deep.equal(['GET', 'GET']);
    // A write is never sent twice on its own, timed out or not.
    sent.length = 0;
    const write = (await rejection(client.call(ep.createScope, { params: gh, body: { scope_string: 'github_mcp_server:x', display_name: 'X', description: 'X', risk_level: 'low' } }))) as AuthsecError;
    expect(write.code).to.equal('network');
    expect(sent).to.deep.equal(['POST']);
  });

  it('does not even send a request whose signal is already aborted', async () => {
    const h = harness();
    const error = (await rejection((await h.owner()).call(ep.listResourceServers, { signal: AbortSignal.abort() }))) as AuthsecError;
    expect(error.code).to.equal('aborted');
    expect(h.requests).to.have.length(0);
  });

  for (const kind of ['502', '503', '504', 'drop'] as const) {
    it(`retries an idempotent GET after ${kind} and succeeds`, async () => {
      const h = harness();
      h.emulator.faults.set({ rate: 1, kinds: [kind], count: 2 });
      const presets = await (await h.owner()).call(ep.listScopePresets, {});
      expect(presets.presets).to.have.length(12);
      expect(h.requests).to.have.length(3);
    });
  }

  it('gives up after three attempts and says the failure is retryable', async () => {
    const h = harness();
    h.emulator.faults.set({ rate: 1, kinds: ['drop'] });
    const error = (await rejection((await h.owner()).call(ep.listScopePresets, {}))) as AuthsecError;
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(h.requests).to.have.length(3);
  });

  it('never retries a mutation, even on 503', async () => {
    const h = harness();
    h.emulator.faults.set({ rate: 1, kinds: ['503'], count: 1 });
    const error = (await rejection((await h.owner()).call(ep.activate, { params: gh }))) as AuthsecError;
    expect(error.code).to.equal('server');
    expect(error.status).to.equal(503);
    expect(h.requests).to.have.length(1);
  });

  it('does not retry a 500 (a server bug, not a blip)', async () => {
    const h = harness();
    h.emulator.faults.set({ rate: 1, kinds: ['500'], count: 1 });
    const error = (await rejection((await h.owner()).call(ep.listScopePresets, {}))) as AuthsecError;
    expect(error.code).to.equal('server');
    expect(error.retryable).to.equal(false);
    expect(h.requests).to.have.length(1);
  });

  describe('Retry-After on 429 and 503', () => {
    /** When each request went out, to show the wait (a lower bound: a busy machine only adds to it). */
    const timed = (h: ReturnType<typeof harness>) => {
      const at: number[] = [];
      return {
        at,
        client: async () => {
          const token = await h.emulator.ownerToken();
          return new AuthsecClient({
            baseUrl: h.emulator.baseUrl,
            getToken: () => token,
            fetch: (input, init) => (at.push(performance.now()), h.emulator.fetchFn(input, init)),
            retry: { baseDelayMs: 1, maxDelayMs: 5 },
          });
        },
      };
    };

    for (const kind of ['429', '503'] as const) {
      it(`waits what a ${kind} asks before retrying a read, then succeeds`, async () => {
        const h = harness();
        h.emulator.faults.set({ rate: 1, kinds: [kind], count: 1, retryAfterS: 1 });
        const t = timed(h);
        const presets = await (await t.client()).call(ep.listScopePresets, {});
        expect(presets.presets).to.have.length(12);
        expect(t.at).to.have.length(2);
        // The backoff alone would have retried within 5 ms.
        expect(t.at[1]! - t.at[0]!).to.be.at.least(990);
      });
    }

    it('does not retry a 429 that says nothing about when', async () => {
      const h = harness();
      h.emulator.faults.set({ rate: 1, kinds: ['429'], count: 1 });
      const error = (await rejection((await h.owner()).call(ep.listScopePresets, {}))) as AuthsecError;
      expect([error.code, error.retryAfter, error.retryable]).to.deep.equal(['rate_limited', undefined, false]);
      expect(h.requests).to.have.length(1);
    });

    it('gives up at once when the wait is longer than the cap, and says how long', async () => {
      const h = harness();
      h.emulator.faults.set({ rate: 1, kinds: ['503'], retryAfterS: 120 });
      const error = (await rejection((await h.owner()).call(ep.listScopePresets, {}))) as AuthsecError;
      expect([error.code, error.status, error.retryAfter, error.retryable]).to.deep.equal(['server', 503, 120, true]);
      expect(h.requests).to.have.length(1);
    });

    it('reads both forms of the header', () => {
      const now = Date.parse('2026-12-05T12:00:00Z');
      expect(retryAfterSeconds('30', now)).to.equal(30);
      expect(retryAfterSeconds(' 0 ', now)).to.equal(1);
      expect(retryAfterSeconds('Sat, 05 Dec 2026 12:02:00 GMT', now)).to.equal(120);
      expect(retryAfterSeconds('Sat, 05 Dec 2026 11:00:00 GMT', now)).to.equal(1);
      for (const bad of [null, '', 'soon', '-5', '1.5']) expect(retryAfterSeconds(bad, now), String(bad)).to.equal(undefined);
    });
  });

  it('does not pass a gateway\'s HTML error page off as AuthSec\'s words', async () => {
    const h = harness();
    h.emulator.faults.set({ rate: 1, kinds: ['proxy'] });
    const error = (await rejection((await h.owner()).call(ep.listScopePresets, {}))) as AuthsecError;
    expect([error.code, error.status, error.serverMessage]).to.deep.equal(['server', 502, undefined]);
    expect(error.retryable).to.equal(true);
  });

  it('turns malformed JSON into invalid_response and does not retry it', async () => {
    const h = harness();
    h.emulator.faults.set({ rate: 1, kinds: ['malformed'], count: 1 });
    const error = (await rejection((await h.owner()).call(ep.getScopeMatrix, { params: gh }))) as AuthsecError;
    expect(error.code).to.equal('invalid_response');
    expect(error.issues[0]?.path).to.equal('(body)');
    expect(h.requests).to.have.length(1);
  });

  describe('every error code is reachable with AuthSec-shaped envelopes', () => {
    it('forbidden: a workspace member is not an admin', async () => {
      const h = harness();
      const token = await h.tokenFor(SEED.users.member);
      const error = (await rejection(h.client(() => token).call(ep.listResourceServers, {}))) as AuthsecError;
      expect([error.code, error.status, error.serverMessage]).to.deep.equal(['forbidden', 403, 'workspace admin role required']);
    });

    it('not_found: another workspace cannot see the application', async () => {
      const h = harness();
      const token = await h.tokenFor(SEED.users.otherOwner, SEED.otherWorkspace);
      const error = (await rejection(h.client(() => token).call(ep.getResourceServer, { params: gh }))) as AuthsecError;
      expect([error.code, error.status]).to.deep.equal(['not_found', 404]);
    });

    it('conflict: activation blocked carries failed[]', async () => {
      const h = harness();
      const error = (await rejection((await h.owner()).call(ep.activate, { params: gh }))) as AuthsecError;
      expect(error.code).to.equal('conflict');
      expect(error.serverMessage).to.equal('activation blocked');
      expect(error.failed).to.deep.equal(['step_4_unmapped_tool_count: 51', 'step_5_viewer_role_empty']);
    });

    it('validation: a plain-http public URL is refused with the field in words', async () => {
      const h = harness();
      const client = await h.owner();
      const error = (await rejection(
        client.call(ep.createResourceServer, { body: { name: 'X', public_base_url: 'http://x.example' } }),
      )) as AuthsecError;
      expect(error.code).to.equal('validation');
      expect(error.serverMessage).to.match(/public_base_url must use https/);
    });

    it('validation: the envelope extras of a refused public toggle are kept', async () => {
      const h = harness();
      const client = await h.owner();
      const tool = (await client.call(ep.getScopeMatrix, { params: gh })).tools.find((t) => t.name === 'create_issue')!;
      const error = (await rejection(
        client.call(ep.setToolPublic, { params: { ...gh, tool_id: tool.id }, body: { is_public: true, confirmation_token: 'create issue' } }),
      )) as AuthsecError;
      expect(error.code).to.equal('validation');
      expect(error.envelope.expected_tool_name).to.equal('create_issue');
      expect(error.envelope.confirmation_hint).to.be.a('string').and.not.empty;
    });

    it('rate_limited: 429', async () => {
      const h = harness();
      h.emulator.faults.set({ rate: 1, kinds: ['429'], count: 1 });
      const error = (await rejection((await h.owner()).call(ep.listScopePresets, {}))) as AuthsecError;
      expect([error.code, error.status]).to.deep.equal(['rate_limited', 429]);
    });

    it('invalid_response: a response whose envelope breaks its schema names the field; a broken list item costs that item', async () => {
      const h = harness();
      const client = await h.owner();
      const tools = h.emulator.store.toolsOf(SEED.apps.github);
      const broken = tools[3]!.name;
      (tools[3] as { inventory_source: string }).inventory_source = 'carrier_pigeon';
      // One tool AuthSec cannot describe: left out and reported, the rest of the matrix read.
      const matrix = await client.call(ep.getScopeMatrix, { params: gh });
      expect(matrix.tools.map((t) => t.name)).to.not.include(broken);
      expect(matrix.tools).to.have.length(tools.length - 1);
      expect(unreadItems(matrix)).to.deep.equal([{ kind: 'tool', index: 3, label: broken, field: 'inventory_source', problem: 'unknown_value', kept: false }]);
      // The envelope itself is strict.
      (h.emulator.store.resourceServers.get(SEED.apps.github) as { name: unknown }).name = 42;
      const error = (await rejection(client.call(ep.getScopeMatrix, { params: gh }))) as AuthsecError;
      expect(error.code).to.equal('invalid_response');
      expect(error.issues[0]?.path).to.equal('resource_server.name');
      expect(error.message).to.contain('resource_server.name');
    });

    it('maps the remaining statuses to stable codes', () => {
      expect([400, 401, 403, 404, 409, 410, 422, 429, 500, 418].map(codeForStatus)).to.deep.equal([
        'validation', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'not_found', 'validation', 'rate_limited', 'server', 'unknown',
      ]);
    });
  });

  it('refuses a non-http base URL at construction', () => {
    expect(() => new AuthsecClient({ baseUrl: 'javascript:alert(1)' })).to.throw(TypeError);
  });

  it('percent-encodes path parameters so an id cannot escape its segment', () => {
    const client = new AuthsecClient({ baseUrl: 'https://api.example/' });
    expect(client.url('/authsec/resource-servers/:id/scopes', { id: '../../admin' })).to.equal(
      'https://api.example/authsec/resource-servers/..%2F..%2Fadmin/scopes',
    );
  });
});

describe('AuthsecClient: refusals inside a 200', () => {
  it('treats a v2 `{success:false, error}` body as a refusal with the server’s words, not as data', async () => {
    const client = new AuthsecClient({
      baseUrl: 'https://authsec.test',
      // A recorded AuthSec v2 body, served byte for byte: this tests the parser, not the emulator.
      fetch: async () => new Response('{"success":false,"error":"consent request not found or expired"}', { status: 200 }),
    });
    const error = (await rejection(client.call(ep.getConsent, { query: { consent_challenge: 'x' } }))) as AuthsecError;
    expect(error.code).to.equal('validation');
    expect(error.serverMessage).to.equal('consent request not found or expired');
  });
});

describe('authorisation in a standalone bundle (src/api/authorized-fetch.public.ts)', () => {
  it('sends public calls as they are and never attaches a token, even to an admin endpoint', async () => {
    const { authorizedFetch } = await import('../../src/api/authorized-fetch.public.js');
    const h = harness();
    const sent: Headers[] = [];
    const fetch = (input: string, init?: RequestInit) => (sent.push(new Headers(init?.headers)), h.emulator.fetchFn(input, init));
    const send = (endpoint: (typeof ep)[keyof typeof ep], path: string) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      return authorizedFetch({
        endpoint, url: `${h.emulator.baseUrl}${path}`, init: { method: endpoint.method, headers }, headers, credentials: undefined,
        label: endpoint.path, fetch, getToken: () => 'would.be.a.token', refused: () => Promise.reject(new Error('not called')),
      });
    };
    const admin = await send(ep.listResourceServers, '/authsec/resource-servers');
    expect(admin.status).to.equal(401);
    const consent = await send(ep.getConsent, '/authsec/oauth/v2/consent?consent_challenge=nope');
    expect(consent.status).to.be.oneOf([400, 404]);
    expect(sent.map((h) => h.get('authorization'))).to.deep.equal([null, null]);
  });
});
