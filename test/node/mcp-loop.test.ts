/**
 * The MCP loop without a browser: the official MCP SDK client against examples/protected-mcp-server,
 * authorised by the emulator over real sockets. The consent decision goes through the v2 consent
 * JSON API here (the browser version is e2e/mcp-loop.spec.ts); everything else is the same.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { startProtectedMcpServer, decide, type Policy, type ProtectedMcpServer } from '../../examples/protected-mcp-server/server.js';
import { startServer, type RunningServer } from '../../emulator/server.js';
import { appSlug } from '../../src/model/app-slug.js';
import {
  Admin, ADMIN_TOOL, APP_NAME, CLIENT_NAME, consentViaApi, freePort, LoopClientProvider, mcpClient, READ_TOOLS, recordingFetch,
  resultJson, WRITE_TOOL, type Application,
} from '../../e2e/cross-browser/mcp-loop.js';

const names = (tools: { name: string }[]) => tools.map((t) => t.name).sort();

describe('decide (the example server’s policy rule)', () => {
  const policy: Policy = {
    state: 'ready', policy_complete: true, reason: '', generation: 3, scopes_supported: ['a:read', 'a:write'], ttl_seconds: 300,
    tool_policy: [
      { name: 'read', is_public: false, required_scopes: ['a:read'] },
      { name: 'both', is_public: false, required_scopes: ['a:read', 'a:write'] },
      { name: 'health', is_public: true, required_scopes: [] },
      { name: 'unmapped', is_public: false, required_scopes: [] },
    ],
  };
  const has = (...s: string[]) => new Set(s);
  it('allows a tool whose every required scope the token carries, and public tools to any token', () => {
    assert.deepEqual(decide(policy, 'read', has('a:read')), { ok: true });
    assert.deepEqual(decide(policy, 'health', has()), { ok: true });
  });
  it('denies with insufficient_scope naming the missing scope, unmapped and unknown tools too', () => {
    assert.deepEqual(decide(policy, 'both', has('a:read')), {
      ok: false, status: 403, error: 'insufficient_scope', description: 'tool both requires scope a:write', missing: ['a:write'],
    });
    assert.equal((decide(policy, 'unmapped', has('a:read', 'a:write')) as { description: string }).description, 'tool unmapped is not mapped to any scope');
    assert.equal((decide(policy, 'nope', has('a:read')) as { status: number }).status, 403);
  });
  it('denies everything while the policy is incomplete or unavailable (503)', () => {
    const incomplete = decide({ ...policy, policy_complete: false, state: 'needs_setup' }, 'read', has('a:read'));
    assert.deepEqual([incomplete.ok, (incomplete as { error: string }).error], [false, 'policy_incomplete']);
    assert.equal((decide(undefined, 'read', has('a:read')) as { error: string }).error, 'policy_unavailable');
  });
});

describe('MCP SDK client → protected MCP server → emulator (no browser)', () => {
  let emu: RunningServer;
  let admin: Admin;
  let app: Application;
  let mcp: ProtectedMcpServer;

  before(async () => {
    emu = await startServer({ port: 0 });
    admin = await Admin.signIn(emu.url);
    const port = await freePort();
    app = await admin.registerApplication(port);
    mcp = await startProtectedMcpServer({
      authsecUrl: emu.url, resourceServerId: app.id, secret: app.secret, port, scopePrefix: appSlug(APP_NAME), log: () => undefined,
    });
  });
  after(async () => {
    await mcp?.close();
    await emu?.close();
  });

  it('publishes its manifest at start and denies everything until the application is launched', async () => {
    assert.equal(mcp.manifestStatus, 200);
    const status = await admin.call<{ last_success: { tool_count: number; sdk_build_id: string } }>('GET', `/authsec/resource-servers/${app.id}/sdk-manifest-status`);
    assert.equal(status.last_success.tool_count, 4);
    assert.equal(status.last_success.sdk_build_id, 'authsec-elements/examples/protected-mcp-server');
    const matrix = await admin.call<{ tools: { name: string; suggested_scopes?: { scope_string: string }[] }[] }>('GET', `/authsec/resource-servers/${app.id}/scope-matrix`);
    const suggested = matrix.tools.find((t) => t.name === WRITE_TOOL)?.suggested_scopes?.map((s) => s.scope_string);
    assert.deepEqual(suggested, [app.scopes.write], 'the manifest carried the author’s suggestion');
    assert.deepEqual([mcp.policy()?.policy_complete, mcp.policy()?.state], [false, 'needs_setup']);

    const prm = await (await fetch(mcp.metadataUrl)).json();
    assert.deepEqual(prm, {
      resource: mcp.url, authorization_servers: [emu.url], scopes_supported: [], bearer_methods_supported: ['header'], resource_name: 'Issue Tracker',
    });
    await admin.launch(app);
    assert.equal((await mcp.refreshPolicy()).policy_complete, true);
    const after = (await (await fetch(mcp.metadataUrl)).json()) as { scopes_supported: string[] };
    assert.deepEqual(after.scopes_supported.sort(), [app.scopes.admin, app.scopes.read, app.scopes.write].sort());
  });

  it('answers a request without a token with 401 and the resource-metadata challenge; a forged token with invalid_token', async () => {
    const res = await fetch(mcp.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"jsonrpc":"2.0","id":1,"method":"tools/list"}' });
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('www-authenticate'), `Bearer realm="mcp", resource_metadata="${mcp.metadataUrl}"`);
    const forged = await fetch(mcp.url, { method: 'POST', headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.', 'content-type': 'application/json' }, body: '{}' });
    assert.equal(forged.status, 401);
    assert.match(forged.headers.get('www-authenticate') ?? '', /^Bearer error="invalid_token", error_description="the access token is invalid or expired", resource_metadata="/);
  });

  it('runs the whole loop: discover, register, consent (read only), filtered list, 403 insufficient_scope, step-up, unmap', async () => {
    const provider = new LoopClientProvider('http://127.0.0.1:9/cb');
    const recorder = recordingFetch(new URL(mcp.url).origin);
    let { client, transport } = mcpClient(mcp.url, provider, recorder);

    // 1. No token → 401 with the challenge; the SDK discovers, registers and opens the authorize URL.
    await assert.rejects(client.connect(transport), UnauthorizedError);
    assert.equal(recorder.log[0]?.status, 401);
    assert.match(recorder.log[0]!.wwwAuthenticate!, new RegExp(`resource_metadata="${mcp.metadataUrl}"`));
    const authorize = provider.authorizeUrls[0]!;
    assert.equal(authorize.origin + authorize.pathname, `${emu.url}/oauth/authorize`);
    assert.equal(authorize.searchParams.get('resource'), mcp.url);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.deepEqual(authorize.searchParams.get('scope')!.split(' ').sort(), [app.scopes.admin, app.scopes.read, app.scopes.write].sort());
    const clientId = authorize.searchParams.get('client_id')!;
    assert.match(clientId, /^dcr-/, 'the SDK registered itself (RFC 7591)');

    // 2. The consent data carries the extension fields; the person keeps only read.
    const first = await consentViaApi(authorize, [app.scopes.read]);
    assert.equal(first.data.client_name, CLIENT_NAME);
    assert.equal(first.data.client_verified, false);
    assert.equal(first.data.registration_type, 'dcr');
    assert.equal(first.data.redirect_uri, provider.redirectUri);
    assert.deepEqual(first.data.rejected_scopes, { [app.scopes.admin]: 'not_bound' }, 'the default role grants read and write, not admin');
    const details = first.data.scope_details as { scope: string; tools: string[]; description?: string }[];
    assert.deepEqual(details.find((d) => d.scope === app.scopes.read)?.tools.sort(), READ_TOOLS);
    assert.deepEqual(details.find((d) => d.scope === app.scopes.write)?.tools, [WRITE_TOOL]);
    assert.equal(details.find((d) => d.scope === app.scopes.admin)?.description, 'Close issues and change the tracker for everyone');
    assert.equal(first.redirect.searchParams.get('state'), provider.expectedState);
    await transport.finishAuth(first.redirect.searchParams.get('code')!);
    assert.equal(provider.tokens()?.scope, app.scopes.read);

    // 3. Only the read tools; the write tool → 403 insufficient_scope naming the scope; a read tool → 200.
    ({ client, transport } = mcpClient(mcp.url, provider, recorder));
    await client.connect(transport);
    assert.deepEqual(names((await client.listTools()).tools), READ_TOOLS);
    await assert.rejects(client.callTool({ name: WRITE_TOOL, arguments: { title: 'From the agent' } }), /403/);
    const denied = recorder.log.filter((e) => e.status === 403);
    assert.ok(denied.length >= 1);
    assert.deepEqual(JSON.parse(denied[0]!.body), {
      error: 'insufficient_scope', error_description: `tool ${WRITE_TOOL} requires scope ${app.scopes.write}`, tool: WRITE_TOOL, required_scopes: [app.scopes.write],
    });
    assert.equal(
      denied[0]!.wwwAuthenticate,
      `Bearer error="insufficient_scope", scope="${app.scopes.read} ${app.scopes.write}", error_description="tool ${WRITE_TOOL} requires scope ${app.scopes.write}", resource_metadata="${mcp.metadataUrl}"`,
    );
    assert.equal(provider.authorizeUrls.length, 1, 'with a refresh token the SDK refreshed (same scopes) instead of asking the person again');
    const issue = await client.callTool({ name: 'get_issue', arguments: { id: 1 } });
    assert.deepEqual(resultJson(issue), { id: 1, title: 'Login page is slow', open: true });
    assert.equal(recorder.log.at(-1)!.status, 200);

    // 4. The admin maps the admin tool to write (which the user's role grants); the person re-consents with write.
    await admin.mapTool(app, ADMIN_TOOL, app.scopes.write);
    await admin.mapTool(app, ADMIN_TOOL, app.scopes.admin, true);
    await mcp.refreshPolicy();
    provider.forgetRefreshToken();
    await assert.rejects(client.callTool({ name: WRITE_TOOL, arguments: { title: 'From the agent' } }), UnauthorizedError);
    const stepUp = provider.authorizeUrls[1]!;
    assert.deepEqual(stepUp.searchParams.get('scope')!.split(' ').sort(), [app.scopes.read, app.scopes.write].sort(), 'step-up asks for what the 403 named');
    assert.equal(stepUp.searchParams.get('client_id'), clientId, 'the same registration');
    const second = await consentViaApi(stepUp, []);
    await transport.finishAuth(second.redirect.searchParams.get('code')!);
    assert.deepEqual(provider.tokens()?.scope?.split(' ').sort(), [app.scopes.read, app.scopes.write].sort());
    const created = await client.callTool({ name: WRITE_TOOL, arguments: { title: 'From the agent' } });
    assert.deepEqual(resultJson(created), { id: 3, title: 'From the agent', open: true });
    const closed = await client.callTool({ name: ADMIN_TOOL, arguments: { id: 3 } });
    assert.deepEqual(resultJson(closed), { id: 3, title: 'From the agent', open: false });
    assert.deepEqual(names((await client.listTools()).tools), [ADMIN_TOOL, WRITE_TOOL, ...READ_TOOLS].sort());

    // The admin unmaps get_issue: still served until the server refreshes its policy, denied after.
    await admin.mapTool(app, 'get_issue', app.scopes.read, true);
    assert.deepEqual(resultJson(await client.callTool({ name: 'get_issue', arguments: { id: 2 } })), { id: 2, title: 'Typo on the pricing page', open: true });
    await mcp.refreshPolicy();
    await assert.rejects(client.callTool({ name: 'get_issue', arguments: { id: 2 } }), /403/);
    assert.equal(JSON.parse(recorder.log.at(-1)!.body).error_description, 'tool get_issue is not mapped to any scope');
    assert.ok(!names((await client.listTools()).tools).includes('get_issue'));
    await client.close();
  });

  it('verifies audience: a token for another application is refused with invalid_token', async () => {
    // A second application on another port; its token must not open this server.
    const port = await freePort();
    const other = await admin.registerApplication(port);
    const authorize = new URL(`${emu.url}/oauth/authorize`);
    const reg = (await (await fetch(`${emu.url}/oauth/register`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ redirect_uris: ['http://127.0.0.1:9/cb'] }),
    })).json()) as { client_id: string };
    const verifier = 'v'.repeat(64);
    const challenge = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))).toString('base64url');
    authorize.search = new URLSearchParams({
      response_type: 'code', client_id: reg.client_id, redirect_uri: 'http://127.0.0.1:9/cb', code_challenge: challenge,
      code_challenge_method: 'S256', resource: other.resourceUri, scope: other.scopes.read, login_hint: 'ada@acme.example',
    }).toString();
    // Ada (the owner) holds no role on the new application yet: give her the generated admin role.
    const { roles } = await admin.call<{ roles: { id: string; name: string }[] }>('GET', `/authsec/resource-servers/${other.id}/roles`);
    const users = await admin.call<{ users: { id: string; email: string }[] }>('GET', `/authsec/resource-servers/${other.id}/eligible-users`);
    await admin.call('POST', `/authsec/resource-servers/${other.id}/bindings`, {
      user_id: users.users.find((u) => u.email === 'ada@acme.example')!.id, role_id: roles.find((r) => r.name.endsWith(':admin'))!.id,
    });
    const { redirect } = await consentViaApi(authorize, [other.scopes.read]);
    const token = (await (await fetch(`${emu.url}/oauth/token`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: redirect.searchParams.get('code')!, redirect_uri: 'http://127.0.0.1:9/cb', client_id: reg.client_id, code_verifier: verifier }),
    })).json()) as { access_token: string };
    const res = await fetch(mcp.url, { method: 'POST', headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' }, body: '{}' });
    assert.equal(res.status, 401);
    assert.match(res.headers.get('www-authenticate') ?? '', /error="invalid_token", error_description="audience mismatch"/);
  });
});
