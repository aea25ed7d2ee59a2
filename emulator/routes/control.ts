/**
 * Emulator-only controls under `/__emulator` (not AuthSec's API): health, faults, consent
 * challenges for tests and demos, and — when enabled — an admin session for the demo page.
 */
import type { Hono, MiddlewareHandler } from 'hono';
import { isFaultKind, type FaultController } from '../faults.js';
import { ApiError, type Deps } from '../http.js';
import { SEED } from '../seed/workspace.js';
import type { ConsentChallengeRow } from '../store.js';

/**
 * Emulator controls answer only the emulator's own pages and scripts without a browser: a page of
 * any other origin (which a browser marks with `Origin` and `Sec-Fetch-Site`) gets 403, so nothing
 * else open in the same browser can sign in as the owner, inject faults or open CORS.
 */
const sameOriginOnly: MiddlewareHandler = async (c, next) => {
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  if ((origin !== undefined && origin !== new URL(c.req.url).origin) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
    throw new ApiError(403, 'emulator controls answer same-origin requests only');
  }
  await next();
};

export function controlRoutes(app: Hono, deps: Deps, faults: FaultController, devSession: boolean, allowOrigin: (origin: string) => void): void {
  const { store, signer } = deps;

  app.use('/__emulator/*', sameOriginOnly);

  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  // Browsers ask for it on every page; an empty answer keeps consoles free of 404 noise.
  app.get('/favicon.ico', (c) => c.body(null, 204));

  app.post('/__emulator/faults', async (c) => {
    const b = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    const kinds = Array.isArray(b.kinds) ? b.kinds.filter((k): k is string => typeof k === 'string' && isFaultKind(k)) : [];
    faults.set({
      rate: Math.min(1, Math.max(0, Number(b.rate ?? (kinds.length ? 1 : 0)))),
      kinds: kinds as never,
      latencyMs: Math.min(30_000, Math.max(0, Number(b.latency_ms ?? 0))),
      pathPrefix: typeof b.path_prefix === 'string' ? b.path_prefix : '/authsec',
      count: typeof b.count === 'number' ? b.count : undefined,
      retryAfterS: typeof b.retry_after_s === 'number' ? b.retry_after_s : undefined,
    });
    return c.json({ faults: faults.config });
  });
  app.delete('/__emulator/faults', (c) => {
    faults.clear();
    return c.json({ faults: faults.config });
  });

  /** Creates a consent challenge as the authorize step would. */
  app.post('/__emulator/consent-challenges', async (c) => {
    const b = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    const rsId = String(b.rs_id ?? SEED.apps.docsSearch);
    if (!store.resourceServers.has(rsId)) throw new ApiError(404, 'resource server not found');
    const row: ConsentChallengeRow = {
      challenge: `ch_${crypto.randomUUID().replaceAll('-', '')}`,
      rs_id: rsId,
      client_id: String(b.client_id ?? SEED.clients.claudeDesktop),
      user_id: String(b.user_id ?? SEED.users.endUsers[0]),
      requested_scopes: Array.isArray(b.scopes) ? b.scopes.map(String) : store.scopesOf(rsId).map((s) => s.scope_string),
      redirect_uri: String(b.redirect_uri ?? 'http://127.0.0.1:33418/callback'),
      ...(typeof b.state === 'string' ? { state: b.state } : {}),
      expires_at: new Date(store.clock.now().getTime() + 10 * 60_000).toISOString(),
      extended: b.extended !== false,
    };
    store.consentChallenges.set(row.challenge, row);
    return c.json({ consent_challenge: row.challenge }, 201);
  });

  /** Lets a test's page on another origin (e.g. the MCP loop's admin page) call the API. */
  app.post('/__emulator/cors-origins', async (c) => {
    const b = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    let origin: string;
    try {
      origin = new URL(String(b.origin)).origin;
    } catch {
      throw new ApiError(400, 'origin must be an absolute URL');
    }
    if (origin === 'null' || !/^https?:$/.test(new URL(origin).protocol)) throw new ApiError(400, 'origin must be http(s)');
    allowOrigin(origin);
    return c.json({ origin }, 201);
  });

  /** The requests answered so far, as `METHOD /path`: which surface a run used. */
  app.get('/__emulator/requests', (c) => c.json({ requests: deps.requests() }));

  if (devSession) {
    /** The demo portal's sign-in: a session for a seeded user (default: the workspace owner). */
    app.post('/__emulator/session', async (c) => {
      const b = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
      // A seeded user by id or email (the demo's end-user account page signs in by email).
      const byEmail = typeof b.email === 'string' ? [...store.users.values()].find((u) => u.email === b.email) : undefined;
      const user = byEmail ?? store.users.get(typeof b.user_id === 'string' ? b.user_id : SEED.users.owner);
      if (!user) throw new ApiError(404, 'user not found');
      const ttl = Math.min(86_400, Math.max(5, Number(b.ttl_seconds ?? 3600)));
      const token = await signer.issue(
        { userId: user.id, workspaceId: user.workspace_id, email: user.email, roles: [user.workspace_role], ttlSeconds: ttl },
        store.clock.now(),
      );
      return c.json({ token, expires_in: ttl, user: { id: user.id, email: user.email, name: user.name, workspace_id: user.workspace_id } });
    });
  }
}
