/**
 * An MCP server (official TypeScript SDK, Streamable HTTP) protected the way AuthSec's SDKs do it
 * (seed 003: "What happens on each request"). Example code that shows the contract end to end:
 *
 *   GET  /.well-known/oauth-protected-resource/mcp   RFC 9728 metadata (the 401 challenge points here)
 *   POST /mcp                                        MCP, Bearer token required
 *
 *   1. No Bearer token                  → 401  WWW-Authenticate: Bearer resource_metadata="…"
 *   2. Token: JWT signature (AuthSec's JWKS, jose), iss, exp, aud = this server's resource URI,
 *      then introspection (Basic <rs_id>:<secret>) must say active   → else 401 invalid_token
 *   3. tools/call: the tool → scope policy from `…/sdk-policy` (Basic auth)
 *        policy unreachable                 → 503 policy_unavailable
 *        policy_complete=false (not launched) → 503 policy_incomplete (deny-all)
 *        tool absent, unmapped, or scope missing → 403 insufficient_scope naming the scope
 *   4. tools/list answers only the tools the caller may call.
 *   At start it PUTs its tool manifest to `…/sdk-manifest` (best-effort) and fetches the policy
 *   (fatal when unreachable, like PolicyMode.REMOTE_REQUIRED). The policy is refreshed when its
 *   `ttl_seconds` run out, or on demand with `refreshPolicy()`.
 *
 * Run it: AUTHSEC_ISSUER=http://127.0.0.1:7468 AUTHSEC_RESOURCE_SERVER_ID=<id>
 *         AUTHSEC_INTROSPECTION_CLIENT_SECRET=<secret> PORT=8931 npx tsx examples/protected-mcp-server/server.ts
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { seedIssues, TOOLS, type Issue, type ToolDefinition } from './tools.js';

export interface ProtectedMcpServerOptions {
  /** AuthSec's issuer URL (`issuer_url` of the create response), e.g. `http://127.0.0.1:7468`. */
  authsecUrl: string;
  /** The application's id: also the Basic-auth user name for sdk-policy, sdk-manifest and introspection. */
  resourceServerId: string;
  /** The introspection secret (shown once when the application is registered). */
  secret: string;
  port: number;
  host?: string;
  resourceName?: string;
  /** Scope namespace for the manifest's suggestions (`<prefix>:tools:read|write`); none when absent. */
  scopePrefix?: string;
  /** Overrides the policy's `ttl_seconds` (tests use a short one). */
  policyTtlMs?: number;
  log?: (message: string) => void;
}

export interface PolicyEntry {
  name: string;
  is_public: boolean;
  required_scopes: string[];
}

/** The parts of `…/sdk-policy` this server uses (authsec-api.md §5.1). */
export interface Policy {
  state: string;
  policy_complete: boolean;
  reason: string;
  generation: number;
  scopes_supported: string[];
  tool_policy: PolicyEntry[];
  ttl_seconds: number;
}

export interface ProtectedMcpServer {
  /** The resource URI: `http://<host>:<port>/mcp` (what tokens' `aud` must be). */
  readonly url: string;
  readonly metadataUrl: string;
  /** Fetches `…/sdk-policy` now (what an admin's change needs to take effect at once). */
  refreshPolicy(): Promise<Policy>;
  /** The policy in force (undefined when the last fetch failed). */
  policy(): Policy | undefined;
  /** HTTP status of the start-up manifest publication (0 when AuthSec was unreachable). */
  readonly manifestStatus: number;
  close(): Promise<void>;
}

type Decision = { ok: true } | { ok: false; status: 403 | 503; error: string; description: string; missing: string[] };

/** May a caller holding `scopes` call `tool`? Deny by default. */
export function decide(policy: Policy | undefined, tool: string, scopes: ReadonlySet<string>): Decision {
  const deny = (status: 403 | 503, error: string, description: string, missing: string[] = []): Decision =>
    ({ ok: false, status, error, description, missing });
  if (!policy) return deny(503, 'policy_unavailable', 'the tool policy could not be fetched from AuthSec');
  if (!policy.policy_complete) return deny(503, 'policy_incomplete', `the application is not launched (state=${policy.state}): every tool is denied`);
  const entry = policy.tool_policy.find((t) => t.name === tool);
  if (!entry) return deny(403, 'insufficient_scope', `tool ${tool} is not in the policy`);
  if (entry.is_public) return { ok: true };
  if (entry.required_scopes.length === 0) return deny(403, 'insufficient_scope', `tool ${tool} is not mapped to any scope`);
  const missing = entry.required_scopes.filter((s) => !scopes.has(s));
  if (missing.length) return deny(403, 'insufficient_scope', `tool ${tool} requires scope ${missing.join(' ')}`, missing);
  return { ok: true };
}

interface Principal {
  sub: string;
  clientId: string;
  scopes: Set<string>;
}

export async function startProtectedMcpServer(options: ProtectedMcpServerOptions): Promise<ProtectedMcpServer> {
  const host = options.host ?? '127.0.0.1';
  const authsec = options.authsecUrl.replace(/\/+$/, '');
  const resourceUri = `http://${host}:${options.port}/mcp`;
  const metadataUrl = `http://${host}:${options.port}/.well-known/oauth-protected-resource/mcp`;
  const basic = `Basic ${Buffer.from(`${options.resourceServerId}:${options.secret}`).toString('base64')}`;
  const sdkBase = `${authsec}/authsec/resource-servers/${encodeURIComponent(options.resourceServerId)}`;
  const jwks = createRemoteJWKSet(new URL(`${authsec}/oauth/jwks`));
  const log = options.log ?? ((m: string) => console.log(`[protected-mcp-server] ${m}`));
  const issues = seedIssues();

  // ---- Policy ----------------------------------------------------------------------------------
  let policy: Policy | undefined;
  let fetchedAt = 0;
  const refreshPolicy = async (): Promise<Policy> => {
    try {
      const res = await fetch(`${sdkBase}/sdk-policy`, { headers: { Authorization: basic } });
      if (!res.ok) throw new Error(`sdk-policy answered ${res.status}: ${await res.text()}`);
      policy = (await res.json()) as Policy;
      fetchedAt = Date.now();
      return policy;
    } catch (error) {
      policy = undefined; // fail closed: 503 policy_unavailable until a fetch succeeds
      throw error;
    }
  };
  const currentPolicy = async () => {
    const ttl = options.policyTtlMs ?? (policy?.ttl_seconds ?? 0) * 1000;
    if (!policy || Date.now() - fetchedAt >= ttl) await refreshPolicy().catch((e: unknown) => log(`policy refresh failed: ${String(e)}`));
    return policy;
  };

  // ---- MCP ---------------------------------------------------------------------------------------
  const mcpServer = (tools: readonly ToolDefinition[], state: Issue[]) => {
    const server = new McpServer({ name: options.resourceName ?? 'Issue Tracker', version: '1.0.0' });
    for (const tool of tools) tool.register(server, state);
    return server;
  };

  // ---- HTTP --------------------------------------------------------------------------------------
  const challenge = (params: Record<string, string>) =>
    `Bearer ${Object.entries({ ...params, resource_metadata: metadataUrl }).map(([k, v]) => `${k}="${v.replace(/["\\]/g, '')}"`).join(', ')}`;
  const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
  };

  const authenticate = async (req: IncomingMessage): Promise<Principal | { error: string }> => {
    const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/.exec(req.headers.authorization ?? '');
    if (!match) return { error: '' };
    const token = match[1]!;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, jwks, { issuer: authsec, audience: resourceUri, requiredClaims: ['exp', 'sub'] }));
    } catch (error) {
      const aud = error instanceof Error && /"aud"/.test(error.message);
      return { error: aud ? 'audience mismatch' : 'the access token is invalid or expired' };
    }
    const res = await fetch(`${authsec}/oauth/introspect`, {
      method: 'POST',
      headers: { Authorization: basic, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }),
    }).catch(() => undefined);
    const info = res?.ok ? ((await res.json()) as { active?: boolean; scope?: string }) : undefined;
    if (!info?.active) return { error: 'the access token is not active' };
    return {
      sub: String(payload.sub),
      clientId: String(payload.client_id ?? ''),
      scopes: new Set(String(info.scope ?? payload.scope ?? '').split(' ').filter(Boolean)),
    };
  };

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve, reject) => {
      let size = 0;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > 1024 * 1024) reject(new Error('body too large'));
        else chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });

  const handleMcp = async (req: IncomingMessage, res: ServerResponse) => {
    const principal = await authenticate(req);
    if ('error' in principal) {
      const params: Record<string, string> = principal.error
        ? { error: 'invalid_token', error_description: principal.error }
        : { realm: 'mcp' };
      return sendJson(res, 401, { error: principal.error ? 'invalid_token' : 'unauthorized', error_description: principal.error || 'a Bearer token is required' }, {
        'WWW-Authenticate': challenge(params),
      });
    }
    // Stateless server: no SSE stream to resume, no session to delete.
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'method not allowed' }, { Allow: 'POST' });

    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return sendJson(res, 400, { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    }
    const current = await currentPolicy();
    for (const message of Array.isArray(body) ? body : [body]) {
      const m = message as { method?: unknown; params?: { name?: unknown } };
      if (m?.method !== 'tools/call') continue;
      const tool = String(m.params?.name ?? '');
      const decision = decide(current, tool, principal.scopes);
      if (decision.ok) continue;
      log(`deny ${tool} for ${principal.sub}: ${decision.description}`);
      const headers: Record<string, string> = {};
      if (decision.status === 403) {
        // Step-up: ask for what the caller has plus what this tool needs.
        const scope = [...new Set([...principal.scopes, ...decision.missing])].join(' ');
        headers['WWW-Authenticate'] = challenge({ error: 'insufficient_scope', ...(scope ? { scope } : {}), error_description: decision.description });
      }
      return sendJson(res, decision.status, { error: decision.error, error_description: decision.description, tool, required_scopes: decision.missing }, headers);
    }

    // One MCP server per request, holding only the tools this caller may call: tools/list is filtered by construction.
    const allowed = TOOLS.filter((t) => decide(current, t.name, principal.scopes).ok);
    const server = mcpServer(allowed, issues);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => void transport.close().then(() => server.close()));
    await server.connect(transport);
    await transport.handleRequest(Object.assign(req, { auth: { token: '', clientId: principal.clientId, scopes: [...principal.scopes] } }), res, body);
  };

  const http = createServer((req, res) => {
    const path = new URL(req.url ?? '/', resourceUri).pathname;
    const run = async () => {
      if (path === '/.well-known/oauth-protected-resource/mcp' && req.method === 'GET') {
        const p = await currentPolicy();
        return sendJson(res, 200, {
          resource: resourceUri,
          authorization_servers: [authsec],
          scopes_supported: p?.scopes_supported ?? [],
          bearer_methods_supported: ['header'],
          resource_name: options.resourceName ?? 'Issue Tracker',
        });
      }
      if (path === '/mcp') return handleMcp(req, res);
      return sendJson(res, 404, { error: 'not found' });
    };
    run().catch((error: unknown) => {
      log(`request failed: ${String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, host, resolve);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      http.closeAllConnections();
      http.close(() => resolve());
    });

  // ---- Start-up: publish the manifest (best-effort), then the policy (required) ---------------
  let manifestStatus = 0;
  try {
    const res = await fetch(`${sdkBase}/sdk-manifest`, {
      method: 'PUT',
      headers: { Authorization: basic, 'Content-Type': 'application/json' },
      body: JSON.stringify(await manifest(mcpServer(TOOLS, seedIssues()), options.scopePrefix)),
    });
    manifestStatus = res.status;
    if (!res.ok) log(`manifest publish answered ${res.status}: ${await res.text()}`);
  } catch (error) {
    log(`manifest publish failed: ${String(error)}`);
  }
  try {
    await refreshPolicy();
  } catch (error) {
    await close();
    throw new Error(`initial policy fetch failed (REMOTE_REQUIRED): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }

  return { url: resourceUri, metadataUrl, refreshPolicy, policy: () => policy, manifestStatus, close };
}

/** The manifest body, from a real `tools/list` against the server (in memory), like the SDKs' synthetic handshake. */
async function manifest(server: McpServer, scopePrefix: string | undefined) {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'manifest-publisher', version: '1.0.0' });
  await server.connect(serverSide);
  await client.connect(clientSide);
  try {
    const { tools } = await client.listTools();
    return {
      manifest_version: '1',
      sdk_build_id: 'authsec-elements/examples/protected-mcp-server',
      tools: tools.map((t) => {
        const kind = TOOLS.find((d) => d.name === t.name)?.kind;
        return {
          name: t.name,
          title: t.title ?? '',
          description: t.description ?? '',
          input_schema: t.inputSchema,
          annotations: t.annotations ?? {},
          suggested_scopes: scopePrefix && kind ? [`${scopePrefix}:tools:${kind}`] : [],
        };
      }),
    };
  } finally {
    await client.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const env = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const running = await startProtectedMcpServer({
    authsecUrl: env('AUTHSEC_ISSUER'),
    resourceServerId: env('AUTHSEC_RESOURCE_SERVER_ID'),
    secret: env('AUTHSEC_INTROSPECTION_CLIENT_SECRET'),
    port: Number(process.env.PORT ?? 8931),
    ...(process.env.AUTHSEC_SCOPE_PREFIX ? { scopePrefix: process.env.AUTHSEC_SCOPE_PREFIX } : {}),
  });
  console.log(`MCP server: ${running.url} (metadata: ${running.metadataUrl})`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
