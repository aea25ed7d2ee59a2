/**
 * `createEmulator()`: a local AuthSec as a fetch-style app (Request → Response). The same app
 * runs under Node (`server.ts`) and in the browser (`browser.ts`, Storybook, tests).
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { SessionSigner, type AdminTokenOptions } from './auth.js';
import { DROP_HEADER, FaultController, faultResponse } from './faults.js';
import { ApiError, type Deps } from './http.js';
import { startSigningKey } from './oauth/keys.js';
import { defaultProbe, type Probe } from './probe.js';
import { accessRoutes } from './routes/access.js';
import { consentRoutes, type ConsentHooks } from './routes/consent.js';
import { controlRoutes } from './routes/control.js';
import { launchRoutes } from './routes/launch.js';
import { oauthRoutes } from './routes/oauth.js';
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
}

export interface Emulator {
  readonly app: Hono;
  readonly store: Store;
  readonly faults: FaultController;
  /** Handles one request; a dropped connection comes back as a response with `x-emulator-drop`. */
  fetch(request: Request): Promise<Response>;
  issueAdminToken(options: AdminTokenOptions): Promise<string>;
  /** Token for the seeded workspace owner. */
  ownerToken(ttlSeconds?: number): Promise<string>;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const store = new Store(options.clock);
  const signer = new SessionSigner(options.sessionSecret ?? crypto.randomUUID());
  const faults = new FaultController(options.random);
  const issuer = (c: Context) => options.issuer ?? new URL(c.req.url).origin;
  const deps: Deps = { store, signer, issuer };
  const probe = options.probe ?? defaultProbe;
  // The access-token signing key (ES256), generated once per emulator.
  const signingKey = startSigningKey();

  const app = new Hono();
  app.use('*', cors({
    origin: (origin) => origin,
    allowHeaders: ['Authorization', 'Content-Type', 'Accept', 'X-Emulator-Fault'],
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'HEAD'],
    maxAge: 86400,
  }));
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const { kind, latencyMs } = faults.pick(new URL(c.req.url).pathname, c.req.header('x-emulator-fault'));
    if (latencyMs) await new Promise((r) => setTimeout(r, latencyMs));
    if (kind) return faultResponse(kind);
    return next();
  });

  resourceServerRoutes(app, deps, probe);
  toolRoutes(app, deps, probe);
  scopeRoutes(app, deps);
  launchRoutes(app, deps);
  accessRoutes(app, deps);
  sdkRoutes(app, deps);
  const oauthHooks = oauthRoutes(app, deps, signingKey);
  consentRoutes(app, deps, options.consentHooks ?? oauthHooks);
  controlRoutes(app, deps, faults, options.devSession ?? false);

  app.notFound((c) => c.json({ error: 'not found' }, 404));
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
    issueAdminToken: (o) => signer.issue(o, store.clock.now()),
    ownerToken: (ttlSeconds) =>
      signer.issue({ userId: SEED.users.owner, workspaceId: SEED.workspace, email: 'ada@acme.example', roles: ['owner'], ...(ttlSeconds ? { ttlSeconds } : {}) }, store.clock.now()),
  };
}

export { DROP_HEADER };
