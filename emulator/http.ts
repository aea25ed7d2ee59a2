/** The emulator's plumbing between Hono and AuthSec's conventions: auth per endpoint, envelopes. */
import type { Context, Hono } from 'hono';
import type { ApiSurface, Endpoint } from '../src/api/endpoint.js';
import { AuthFailure, parseBasic, secretsEqual, type AdminSession, type SessionSigner } from './auth.js';
import type { ResourceServerRow, Store } from './store.js';

/** Thrown by handlers; becomes AuthSec's `{"error": "...", ...extras}` envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extras: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * Which admin surfaces the emulator serves: today's AuthSec has both (`both`); `applications` is an
 * AuthSec after the shim's removal, `resource-servers` one from before the facade.
 */
export type SurfaceMode = ApiSurface | 'both';
export const SURFACE_MODES: readonly SurfaceMode[] = ['both', 'applications', 'resource-servers'];

export interface Deps {
  store: Store;
  signer: SessionSigner;
  issuer: (c: Context) => string;
  surfaces: SurfaceMode;
  /** The request log (`METHOD /path`, oldest first). */
  requests: () => readonly string[];
  /** Where `/oauth/authorize` sends the person to consent (see EmulatorOptions). */
  consentPage: 'form' | 'json';
}

export interface RouteContext {
  c: Context;
  deps: Deps;
  /** The surface this request came in on (`resource-servers` for endpoints that have one form only). */
  surface: ApiSurface;
  /** Present on `bearer` endpoints. */
  session: AdminSession;
  /** Path parameter. */
  param(name: string): string;
  /** Parsed JSON body (404 on a workspace id that is not the token's, like AuthSec). */
  body<T = Record<string, unknown>>(): Promise<T>;
  /**
   * The application named by `:id`, within the caller's workspace (404 otherwise, in the words of the
   * handler: handlers shared with the shim say `resource server not found` on both surfaces).
   */
  rs(notFound?: string): ResourceServerRow;
  json(data: unknown, status?: number): Response;
}

const WORKSPACE_KEYS = ['workspace_id', 'tenant_id', 'workspaceId', 'tenantId'];

/**
 * Serves one endpoint of the contract on every surface the emulator has: its resource-servers path
 * (unless the shim is gone and the endpoint has an applications form) and its applications path.
 */
export function mount(
  app: Hono,
  deps: Deps,
  ep: Endpoint,
  handler: (ctx: RouteContext) => Response | Promise<Response>,
): void {
  if (ep.onlyOn) {
    if (deps.surfaces === 'both' || deps.surfaces === ep.onlyOn) app.on(ep.method, ep.path, route(deps, ep, ep.onlyOn, handler));
    return;
  }
  if (!ep.applications || deps.surfaces !== 'applications') app.on(ep.method, ep.path, route(deps, ep, 'resource-servers', handler));
  if (ep.applications && deps.surfaces !== 'resource-servers') app.on(ep.method, ep.applications.path, route(deps, ep, 'applications', handler));
}

function route(deps: Deps, ep: Endpoint, surface: ApiSurface, handler: (ctx: RouteContext) => Response | Promise<Response>) {
  return async (c: Context) => {
    let session: AdminSession | undefined;
    let basicRsId: string | undefined;
    if (ep.auth === 'bearer' || ep.auth === 'user') {
      try {
        session = await deps.signer.verify(c.req.header('authorization'), deps.store, deps.store.clock.now(), ep.auth === 'bearer');
      } catch (error) {
        if (error instanceof AuthFailure) {
          const headers: Record<string, string> =
            error.status === 401
              ? { 'WWW-Authenticate': `Bearer realm="authsec", error="invalid_token", error_description="${error.message}"` }
              : {};
          throw new ApiError(error.status, error.message, {}, headers);
        }
        throw error;
      }
      for (const key of WORKSPACE_KEYS) {
        const value = c.req.query(key) ?? c.req.param(key);
        if (value !== undefined && value !== session.workspaceId) throw new ApiError(404, 'not found');
      }
    } else if (ep.auth === 'basic') {
      basicRsId = checkBasic(c, deps.store, ep.path.endsWith('sdk-manifest') ? 'sdk-manifest' : 'sdk-policy');
    }
    let parsedBody: Record<string, unknown> | undefined;
    const ctx: RouteContext = {
      c,
      deps,
      surface,
      session: session!,
      param: (name) => c.req.param(name) ?? '',
      body: async <T,>() => {
        if (parsedBody === undefined) {
          const text = await c.req.text();
          try {
            const value: unknown = text.trim() ? JSON.parse(text) : {};
            if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
            parsedBody = value as Record<string, unknown>;
          } catch {
            throw new ApiError(400, 'invalid request body');
          }
          if (session) {
            for (const key of WORKSPACE_KEYS) {
              if (key in parsedBody && parsedBody[key] !== session.workspaceId) throw new ApiError(404, 'not found');
            }
          }
        }
        return parsedBody as T;
      },
      rs: (notFound = 'resource server not found') => {
        const rs = deps.store.resourceServers.get(c.req.param('id') ?? '');
        if (basicRsId !== undefined) {
          if (!rs) throw new ApiError(404, notFound);
          return rs;
        }
        if (!rs || rs.workspace_id !== session?.workspaceId) throw new ApiError(404, notFound);
        return rs;
      },
      json: (data, status = ep.status) => c.json(data as object, status as 200),
    };
    return handler(ctx);
  };
}

function checkBasic(c: Context, store: Store, realm: string): string {
  const challenge = { 'WWW-Authenticate': `Basic realm="${realm}"` };
  const credentials = parseBasic(c.req.header('authorization'));
  if (!credentials) throw new ApiError(401, 'resource server credentials required', {}, challenge);
  const rs = store.resourceServers.get(c.req.param('id') ?? '');
  // One answer for every failure (no such application, a wrong secret, another application's
  // credentials), so these endpoints never tell which application a secret belongs to.
  if (!rs || credentials.username !== rs.id || !secretsEqual(rs.introspection_secret, credentials.password)) {
    // What the admin of the application named in the path sees as "auth_failed".
    if (rs && realm === 'sdk-manifest') {
      store.manifestAttempts.push({ id: store.newId(), rs_id: rs.id, attempted_at: store.nowIso(), status: 'auth_failed', reason: 'invalid credentials' });
    }
    throw new ApiError(401, 'invalid credentials', {}, challenge);
  }
  return rs.id;
}

/** Narrow checks for request fields, answering with AuthSec's wording. */
export function requireString(body: Record<string, unknown>, field: string, message = `${field} is required`): string {
  const value = body[field];
  if (typeof value !== 'string' || !value.trim()) throw new ApiError(400, message);
  return value.trim();
}
export function optionalString(body: Record<string, unknown>, field: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ApiError(400, `${field} must be a string`);
  return value;
}
export function optionalStringArray(body: Record<string, unknown>, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new ApiError(400, `${field} must be an array of strings`);
  return value as string[];
}
