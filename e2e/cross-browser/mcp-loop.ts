/**
 * The MCP loop, shared by e2e/mcp-loop.spec.ts (Chromium, Playwright), e2e/cross-browser/mcp-consent.test.ts
 * (Firefox, WebKit) and test/node/mcp-loop.test.ts (no browser): an admin registers and launches an
 * application through AuthSec's admin API, examples/protected-mcp-server runs it, and the official
 * MCP TypeScript SDK client (`@modelcontextprotocol/sdk`) connects to it through the whole OAuth
 * dance. Nothing here speaks OAuth for the client: discovery, registration, PKCE, the token
 * exchange and refresh are the SDK's. The test only plays the person (a browser, or the consent
 * JSON API where no browser runs) and reads what went over the wire.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { OAuthClientInformationMixed, OAuthClientMetadata, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import { appSlug } from '../../src/model/app-slug.js';
import { DEFAULT_TIMEOUT_MS, freePort, type Driver } from './drivers.js';

export { freePort };

export const APP_NAME = 'Issue Tracker';
export const CLIENT_NAME = 'Loop Test Agent';
export const READ_TOOLS = ['get_issue', 'list_issues'];
export const WRITE_TOOL = 'create_issue';
export const ADMIN_TOOL = 'close_issue';

export interface AppScopes {
  read: string;
  write: string;
  admin: string;
}

export interface Application {
  id: string;
  secret: string;
  resourceUri: string;
  port: number;
  scopes: AppScopes;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- The admin, through AuthSec's admin API ---------------------------------------------------------

export class Admin {
  private constructor(
    readonly origin: string,
    private readonly token: string,
    /** The admin surface this AuthSec has: today's `/authsec/applications`, else the shim. */
    readonly apps: '/authsec/applications' | '/authsec/resource-servers',
  ) {}

  /** An owner session from the emulator's dev sign-in (`/__emulator/session`), on the surface the server has. */
  static async signIn(origin: string): Promise<Admin> {
    const res = await fetch(`${origin}/__emulator/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(res.status, 200, 'the emulator hands out an owner session');
    const token = ((await res.json()) as { token: string }).token;
    // As the elements do (api-surface auto): today's surface, unless the route is missing.
    const probe = await fetch(`${origin}/authsec/applications`, { headers: { authorization: `Bearer ${token}` } });
    return new Admin(origin, token, probe.status === 404 ? '/authsec/resource-servers' : '/authsec/applications');
  }

  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const res = await fetch(`${this.origin}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    assert.ok(expected.includes(res.status), `${method} ${path} → ${res.status}: ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** Step 1 of "From zero to launched": register the application (read/write preset + an admin scope). */
  async registerApplication(port: number): Promise<Application> {
    // A reused emulator (Playwright's reuseExistingServer) may still hold an application an earlier
    // run registered on this port; resource URIs are unique, so that leftover goes first.
    const existing = await this.call<{ id: string; resource_uri: string }[]>('GET', this.apps);
    for (const rs of existing.filter((r) => r.resource_uri === `http://127.0.0.1:${port}/mcp`)) {
      await this.call('DELETE', `${this.apps}/${rs.id}`, undefined, [204]);
    }
    const created = await this.call<{ id: string; introspection_secret: string; resource_url: string }>('POST', this.apps, {
      name: APP_NAME,
      public_base_url: `http://127.0.0.1:${port}`,
      protected_base_path: '/mcp',
      scope_preset_id: 'read_write',
    });
    const slug = appSlug(APP_NAME);
    const scopes: AppScopes = { read: `${slug}:tools:read`, write: `${slug}:tools:write`, admin: `${slug}:admin` };
    await this.call('POST', `${this.apps}/${created.id}/scopes`, {
      scope_string: scopes.admin,
      display_name: 'Administer issues',
      description: 'Close issues and change the tracker for everyone',
      risk_level: 'high',
    });
    return { id: created.id, secret: created.introspection_secret, resourceUri: created.resource_url, port, scopes };
  }

  async ids(app: Application): Promise<{ tools: Map<string, string>; scopes: Map<string, string> }> {
    const matrix = await this.call<{ tools: { id: string; name: string }[] }>('GET', `${this.apps}/${app.id}/scope-matrix`);
    const scopes = await this.call<{ id: string; scope_string: string }[]>('GET', `${this.apps}/${app.id}/scopes`);
    return { tools: new Map(matrix.tools.map((t) => [t.name, t.id])), scopes: new Map(scopes.map((s) => [s.scope_string, s.id])) };
  }

  /** `PUT …/tool-scope-map` (admin_override); `remove` unmaps. */
  async mapTool(app: Application, tool: string, scope: string, remove = false): Promise<void> {
    const { tools, scopes } = await this.ids(app);
    const body = { mappings: [{ tool_id: tools.get(tool), scope_id: scopes.get(scope), ...(remove ? { remove: true } : {}) }] };
    const res = await this.call<{ applied: number }>('PUT', `${this.apps}/${app.id}/tool-scope-map`, body);
    assert.equal(res.applied, 1, `${remove ? 'unmapped' : 'mapped'} ${tool} ${remove ? 'from' : 'to'} ${scope}`);
  }

  /**
   * Steps 4–5 (after the server published its manifest): map every tool, give the default role
   * (viewer) read and write, turn the default access policy on, activate.
   */
  async launch(app: Application): Promise<void> {
    const { tools } = await this.ids(app);
    assert.deepEqual([...tools.keys()].sort(), [ADMIN_TOOL, WRITE_TOOL, ...READ_TOOLS].sort(), 'the manifest the server published is the inventory');
    for (const tool of READ_TOOLS) await this.mapTool(app, tool, app.scopes.read);
    await this.mapTool(app, WRITE_TOOL, app.scopes.write);
    await this.mapTool(app, ADMIN_TOOL, app.scopes.admin);
    const { scopes } = await this.ids(app);
    const { roles } = await this.call<{ roles: { id: string; name: string }[] }>('GET', `${this.apps}/${app.id}/roles`);
    const viewer = roles.find((r) => r.name === `rs-${app.id}:viewer`)!;
    await this.call('PUT', `${this.apps}/${app.id}/roles/${viewer.id}/scope-grants`, {
      scope_ids: [scopes.get(app.scopes.read), scopes.get(app.scopes.write)],
    });
    await this.call('PUT', `${this.apps}/${app.id}/access-policy`, { enabled: true, default_role_id: viewer.id });
    const activated = await this.call<{ status: string }>('POST', `${this.apps}/${app.id}/activate`);
    assert.equal(activated.status, 'ready');
  }
}

// ---- The MCP client's side: an OAuthClientProvider and a wire log --------------------------------

/** What went over the wire to the MCP server (not to the authorization server). */
export interface McpExchange {
  method: string;
  url: string;
  rpc?: string;
  status: number;
  wwwAuthenticate: string | null;
  body: string;
}

/** An in-memory OAuthClientProvider; `redirectToAuthorization` hands the URL to whoever plays the person. */
export class LoopClientProvider implements OAuthClientProvider {
  #client?: OAuthClientInformationMixed;
  #tokens?: OAuthTokens;
  #verifier = '';
  #state = '';
  readonly authorizeUrls: URL[] = [];
  #waiters: ((url: URL) => void)[] = [];

  constructor(readonly redirectUri: string) {}

  get redirectUrl(): string {
    return this.redirectUri;
  }

  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: CLIENT_NAME,
      redirect_uris: [this.redirectUri],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }

  state(): string {
    this.#state = randomBytes(16).toString('base64url');
    return this.#state;
  }

  get expectedState(): string {
    return this.#state;
  }

  clientInformation() {
    return this.#client;
  }
  saveClientInformation(info: OAuthClientInformationMixed) {
    this.#client = info;
  }
  tokens() {
    return this.#tokens;
  }
  saveTokens(tokens: OAuthTokens) {
    this.#tokens = tokens;
  }
  saveCodeVerifier(verifier: string) {
    this.#verifier = verifier;
  }
  codeVerifier() {
    return this.#verifier;
  }
  /** What a real client does when AuthSec refuses what it holds (a revoked grant: `tokens`). */
  invalidateCredentials(scope: 'all' | 'client' | 'tokens' | 'verifier' | 'discovery'): void {
    if (scope === 'all' || scope === 'tokens') this.#tokens = undefined;
    if (scope === 'all' || scope === 'client') this.#client = undefined;
    if (scope === 'all' || scope === 'verifier') this.#verifier = '';
  }

  /** Like a fresh install of the same client: no tokens, so the next connection authorizes again. */
  forgetTokens(): void {
    this.#tokens = undefined;
  }

  /** Like a person choosing "reconnect": the next step-up goes to the consent screen, not to a refresh. */
  forgetRefreshToken(): void {
    if (this.#tokens) this.#tokens = { ...this.#tokens, refresh_token: undefined };
  }

  redirectToAuthorization(url: URL): void {
    this.authorizeUrls.push(url);
    for (const resolve of this.#waiters.splice(0)) resolve(url);
  }

  /** The next authorization URL the SDK opens (or the last one, when it already did). */
  nextAuthorizeUrl(after = this.authorizeUrls.length): Promise<URL> {
    if (this.authorizeUrls.length > after) return Promise.resolve(this.authorizeUrls[after]!);
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}

/** A fetch for the SDK transport that logs every exchange with the MCP server. */
export function recordingFetch(mcpOrigin: string): { fetch: typeof fetch; log: McpExchange[] } {
  const log: McpExchange[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = input instanceof Request ? input.url : String(input);
    if (new URL(url).origin === mcpOrigin) {
      let rpc: string | undefined;
      try {
        rpc = (JSON.parse(String(init?.body ?? '')) as { method?: string }).method;
      } catch {
        // GET (SSE) or no body
      }
      log.push({
        method: init?.method ?? 'GET',
        url,
        ...(rpc ? { rpc } : {}),
        status: response.status,
        wwwAuthenticate: response.headers.get('www-authenticate'),
        body: await response.clone().text(),
      });
    }
    return response;
  };
  return { fetch: wrapped, log };
}

export function mcpClient(serverUrl: string, provider: LoopClientProvider, recorder: { fetch: typeof fetch }) {
  const transport = new StreamableHTTPClientTransport(new URL(serverUrl), { authProvider: provider, fetch: recorder.fetch });
  const client = new Client({ name: 'loop-test', version: '1.0.0' });
  return { client, transport };
}

/** The text content of a tool result, parsed as JSON. */
export function resultJson(result: unknown): unknown {
  const content = (result as { content?: { type: string; text?: string }[] }).content ?? [];
  return JSON.parse(content.find((c) => c.type === 'text')?.text ?? 'null');
}

// ---- The person: the consent screen ---------------------------------------------------------------

const HOST = 'authsec-consent-screen';
const ALLOW = `${HOST} >>> button[part=allow]`;
const CARD = `${HOST} >>> [part=card]`;
// The screen's own parts: its light DOM also holds AuthSec's (hidden) consent form.
const SCOPE_ITEMS = `${HOST} >>> [part=scopes] li.scope`;
const scopeCheckbox = (index: number) => `${HOST} >>> [part=scopes] li.scope:nth-child(${index + 1}) input[type=checkbox]`;
export const UNVERIFIED_TEXT = 'Unverified: this app registered itself';
export const LOCALHOST_TEXT = 'Access goes to a program on this device (localhost), and any program on it could take it.';

export interface ScreenScope {
  scope: string;
  checked: boolean;
  text: string;
}

export interface ConsentSeen {
  card: string;
  scopes: ScreenScope[];
}

/**
 * A person follows the authorization URL in `driver`, reads the consent screen, unticks `untick`,
 * presses Allow; returns what the screen showed and the URL the browser landed on.
 */
export async function consentInBrowser(
  driver: Driver,
  authorizeUrl: URL,
  options: { origin: string; untick: string[]; landed: (u: URL) => boolean; check?: (seen: ConsentSeen) => void },
): Promise<{ seen: ConsentSeen; landed: URL }> {
  await driver.goto(authorizeUrl.href);
  // Today's consent page: AuthSec's HTML form, enhanced by the drop-in.
  await driver.waitForUrl((u) => u.origin === options.origin && u.pathname === '/authsec/hmgr/consent', DEFAULT_TIMEOUT_MS);
  await driver.waitFor(ALLOW, DEFAULT_TIMEOUT_MS);
  const texts = await driver.texts(SCOPE_ITEMS);
  const scopes: ScreenScope[] = [];
  for (const [i, text] of texts.entries()) {
    const scope = /\b([a-z0-9_]+:[a-z0-9_:]+)\s*$/.exec(text)?.[1] ?? '';
    scopes.push({ scope, checked: await driver.isChecked(scopeCheckbox(i)), text });
  }
  const seen: ConsentSeen = { card: await driver.text(CARD), scopes };
  options.check?.(seen);
  for (const scope of options.untick) {
    const index = scopes.findIndex((s) => s.scope === scope);
    assert.ok(index >= 0, `the screen offers ${scope}: ${JSON.stringify(scopes)}`);
    await driver.click(scopeCheckbox(index));
    const deadline = Date.now() + DEFAULT_TIMEOUT_MS;
    while (await driver.isChecked(scopeCheckbox(index))) {
      if (Date.now() > deadline) throw new Error(`${scope} did not untick`);
      await sleep(50);
    }
  }
  await driver.click(ALLOW);
  const landed = await driver.waitForUrl(options.landed, DEFAULT_TIMEOUT_MS);
  return { seen, landed };
}

/**
 * The same decision without a browser, on the v2 JSON consent API (the backport's contract, which
 * the emulator keeps serving): authorize → consent JSON → accept (node tests).
 */
export async function consentViaApi(authorizeUrl: URL, keep: string[]): Promise<{ data: Record<string, unknown>; redirect: URL }> {
  const viaJson = new URL(authorizeUrl);
  viaJson.searchParams.set('authsec_consent_page', 'json'); // emulator-only, like login_hint
  const res = await fetch(viaJson, { redirect: 'manual' });
  assert.equal(res.status, 303, `authorize → consent page: ${await res.clone().text()}`);
  const consentUrl = new URL(res.headers.get('location')!, authorizeUrl);
  assert.equal(consentUrl.pathname, '/consent');
  const challenge = consentUrl.searchParams.get('consent_challenge')!;
  const api = new URL('/authsec/oauth/v2/consent', authorizeUrl);
  api.searchParams.set('consent_challenge', challenge);
  const data = (await (await fetch(api)).json()) as Record<string, unknown>;
  const accepted = await fetch(new URL('/authsec/oauth/v2/consent/accept', authorizeUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ consent_challenge: challenge, grant_scope: keep, remember: false }),
  });
  const body = (await accepted.json()) as { redirect_to: string };
  return { data, redirect: new URL(body.redirect_to) };
}
