/** The emulator's plumbing between Hono and AuthSec's conventions: auth per endpoint, envelopes. */
import type { Context, Hono } from 'hono';
import type { Endpoint } from '../src/api/endpoint.js';
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

export interface Deps {
  store: Store;
  signer: SessionSigner;
  issuer: (c: Context) => string;
}

export interface RouteContext {
  c: Context;
  deps: Deps;
  /** Present on `bearer` endpoints. */
  session: AdminSession;
  /** Path parameter. */
  param(name: string): string;
  /** Parsed JSON body (404 on a workspace id that is not the token's, like AuthSec). */
  body<T = Record<string, unknown>>(): Promise<T>;
  /** The application named by `:id`, within the caller's workspace (404 otherwise). */
  rs(): ResourceServerRow;
  json(data: unknown, status?: number): Response;
}

const WORKSPACE_KEYS = ['workspace_id', 'tenant_id', 'workspaceId', 'tenantId'];

export function mount(
  app: Hono,
  deps: Deps,
  ep: Endpoint,
  handler: (ctx: RouteContext) => Response | Promise<Response>,
): void {
  app.on(ep.method, ep.path, async (c) => {
    let session: AdminSession | undefined;
    let basicRsId: string | undefined;
    if (ep.auth === 'bearer') {
      try {
        session = await deps.signer.verify(c.req.header('authorization'), deps.store);
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
      rs: () => {
        const rs = deps.store.resourceServers.get(c.req.param('id') ?? '');
        if (basicRsId !== undefined) {
          if (!rs) throw new ApiError(404, 'resource server not found');
          return rs;
        }
        if (!rs || rs.workspace_id !== session?.workspaceId) throw new ApiError(404, 'resource server not found');
        return rs;
      },
      json: (data, status = ep.status) => c.json(data as object, status as 200),
    };
    return handler(ctx);
  });
}

function checkBasic(c: Context, store: Store, realm: string): string {
  const credentials = parseBasic(c.req.header('authorization'));
  if (!credentials) {
    throw new ApiError(401, 'resource server credentials required', {}, { 'WWW-Authenticate': `Basic realm="${realm}"` });
  }
  const rs = store.resourceServers.get(credentials.username);
  if (!rs || !secretsEqual(rs.introspection_secret, credentials.password)) {
    // A wrong secret on a known application is what the admin sees as "auth_failed".
    if (rs && realm === 'sdk-manifest') {
      store.manifestAttempts.push({ id: store.newId(), rs_id: rs.id, attempted_at: store.nowIso(), status: 'auth_failed', reason: 'invalid credentials' });
    }
    throw new ApiError(401, 'invalid credentials');
  }
  if (rs.id !== c.req.param('id')) throw new ApiError(401, 'credentials do not match the requested resource server');
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
