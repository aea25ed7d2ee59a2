/**
 * `createEmulator()`: a local AuthSec as a fetch-style app (Request → Response). The same app
 * runs under Node (`server.ts`) and in the browser (`browser.ts`, Storybook, tests).
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { SessionSigner, type AdminTokenOptions } from './auth.js';
import { DROP_HEADER, FaultController, faultResponse } from './faults.js';
import { ApiError, type Deps, type SurfaceMode } from './http.js';
import { startSigningKey } from './oauth/keys.js';
import { defaultProbe, type Probe } from './probe.js';
import { accessRoutes } from './routes/access.js';
import { consentRoutes, type ConsentHooks } from './routes/consent.js';
import { controlRoutes } from './routes/control.js';
import { hmgrConsentRoutes } from './routes/hmgr-consent.js';
import { launchRoutes } from './routes/launch.js';
import { oauthRoutes } from './routes/oauth.js';
import { connectionRoutes } from './routes/connections.js';
import { consentGrantRoutes } from './routes/consent-grants.js';
import { accessInsightRoutes } from './routes/access-insight.js';
import { resourceServerRoutes } from './routes/resource-servers.js';
import { scopeRoutes } from './routes/scopes.js';
import { sdkRoutes } from './routes/sdk.js';
import { toolRoutes } from './routes/tools.js';
import { seedWorkspace, SEED } from './seed/workspace.js';
import { Store, type Clock } from './store.js';

export interface EmulatorOptions {
  /** Seed the story workspace (default true). */
  seed?: boolean;
  /** Fixed issuer; by default the origin the request arrived on. */
  issuer?: string;
  clock?: Clock;
  /** HS256 secret for admin session tokens. */
  sessionSecret?: string;
  /** How the emulator reaches applications (protection check, scan). */
  probe?: Probe;
  /** Replaces the authorization codes the OAuth server issues for accepted consent (default: real, single-use codes). */
  consentHooks?: ConsentHooks;
  /** Random source for rate-based faults (tests make it deterministic). */
  random?: () => number;
  /** Expose `/__emulator/session`, which hands out admin tokens (demo and Storybook only). */
  devSession?: boolean;
  /** Which admin surfaces to serve (default `both`, as today's AuthSec; env `AUTHSEC_SURFACE` for the server). */
  surfaces?: SurfaceMode;
  /**
   * Origins that may call the API from a browser besides the emulator's own (a portal on another
   * port). Nothing else gets CORS headers, so another page open in the same browser cannot use it.
   */
  corsOrigins?: readonly string[];
  /**
   * Where `/oauth/authorize` sends the person: `form`, today's AuthSec (`/authsec/hmgr/consent`, the
   * HTML form the drop-in enhances; default), or `json`, the v2 backport's hosted page (`/consent`,
   * the element on the JSON consent API). Both are always served.
   */
  consentPage?: 'form' | 'json';
}

export interface Emulator {
  readonly app: Hono;
  readonly store: Store;
  readonly faults: FaultController;
  /** Handles one request; a dropped connection comes back as a response with `x-emulator-drop`. */
  fetch(request: Request): Promise<Response>;
  /** The last requests it answered, as `METHOD /path` (oldest first; emulator-only, for tests). */
  readonly requests: readonly string[];
  /** Lets one more origin call the API from a browser (see `corsOrigins`). */
  allowOrigin(origin: string): void;
  issueAdminToken(options: AdminTokenOptions): Promise<string>;
  /** Token for the seeded workspace owner. */
  ownerToken(ttlSeconds?: number): Promise<string>;
}

const REQUEST_LOG_SIZE = 20_000;
/** Expired challenges, codes and tokens are freed every this many requests. */
const SWEEP_EVERY = 100;

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const store = new Store(options.clock);
  const signer = new SessionSigner(options.sessionSecret ?? crypto.randomUUID());
  const faults = new FaultController(options.random);
  const issuer = (c: Context) => options.issuer ?? new URL(c.req.url).origin;
  const requests: string[] = [];
  const deps: Deps = { store, signer, issuer, surfaces: options.surfaces ?? 'both', requests: () => requests, consentPage: options.consentPage ?? 'form' };
  const allowed = new Set(options.corsOrigins ?? []);
  const probe = options.probe ?? defaultProbe;
  // The access-token signing key (ES256), generated once per emulator.
  const signingKey = startSigningKey();

  const app = new Hono();
  app.use('*', async (c, next) => {
    // What the tests read back; bounded, and swept with the rest.
    requests.push(`${c.req.method} ${c.req.path}`);
    if (requests.length > REQUEST_LOG_SIZE) requests.splice(0, requests.length - REQUEST_LOG_SIZE);
    if (requests.length % SWEEP_EVERY === 0) store.sweep();
    return next();
  });
  const corsFor = cors({
    // Only the emulator's own origin and those it was told about: a page on any other origin open in
    // the same browser must not be able to read its answers (its dev sign-in hands out owner tokens).
    origin: (origin, c) => (origin === new URL(c.req.url).origin || allowed.has(origin) ? origin : null),
    allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Emulator-Fault'],
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD'],
    maxAge: 86400,
  });
  // The authorization endpoint is navigated to, never fetched: no CORS at all (RFC 9700 §2.6).
  app.use('*', (c, next) => (c.req.path === '/oauth/authorize' ? next() : corsFor(c, next)));
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const { kind, latencyMs } = faults.pick(new URL(c.req.url).pathname, c.req.header('x-emulator-fault'));
    if (latencyMs) await new Promise((r) => setTimeout(r, latencyMs));
    if (kind === 'lost' || kind === 'late') {
      await next();
      c.res = faultResponse(kind);
      return;
    }
    if (kind) return faultResponse(kind, faults.config.retryAfterS);
    return next();
  });

  resourceServerRoutes(app, deps, probe);
  connectionRoutes(app, deps);
  consentGrantRoutes(app, deps);
  accessInsightRoutes(app, deps);
  toolRoutes(app, deps, probe);
  scopeRoutes(app, deps);
  launchRoutes(app, deps);
  accessRoutes(app, deps);
  sdkRoutes(app, deps);
  const oauthHooks = oauthRoutes(app, deps, signingKey);
  consentRoutes(app, deps, options.consentHooks ?? oauthHooks);
  hmgrConsentRoutes(app, deps, options.consentHooks ?? oauthHooks);
  controlRoutes(app, deps, faults, options.devSession ?? false, (origin) => allowed.add(origin));

  // Gin's answer to a route it does not have: plain text, no envelope (a client tells it apart from
  // a handler's "not found" this way, e.g. to fall back from the applications surface).
  app.notFound((c) => c.text('404 page not found', 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
      return c.json({ ...error.extras, error: error.message }, error.status as 400);
    }
    return c.json({ error: 'internal server error' }, 500);
  });

  if (options.seed !== false) seedWorkspace(store);

  return {
    app,
    store,
    faults,
    fetch: async (request) => app.fetch(request),
    requests,
    allowOrigin: (origin) => void allowed.add(origin),
    issueAdminToken: (o) => signer.issue(o, store.clock.now()),
    ownerToken: (ttlSeconds) =>
      signer.issue({ userId: SEED.users.owner, workspaceId: SEED.workspace, email: 'ada@acme.example', roles: ['owner'], ...(ttlSeconds ? { ttlSeconds } : {}) }, store.clock.now()),
  };
}

export { DROP_HEADER };
