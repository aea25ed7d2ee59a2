/**
 * Admin session JWTs as AuthSec's `AuthMiddleware` checks them (HS256, `iss`, `exp`,
 * `workspace_id`), and the SDK's HTTP Basic `<rs_id>:<introspection_secret>`.
 */
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { Store, User } from './store.js';

export const ADMIN_ISSUERS = ['authsec-ai/auth-manager', 'authsec-ai/user-flow'] as const;

export interface AdminTokenOptions {
  userId: string;
  workspaceId: string;
  email?: string;
  roles?: string[];
  ttlSeconds?: number;
  issuer?: (typeof ADMIN_ISSUERS)[number];
}

export interface AdminSession {
  user: User;
  workspaceId: string;
}

export class AuthFailure extends Error {
  constructor(readonly status: 401 | 403 | 404, message: string) {
    super(message);
  }
}

export class SessionSigner {
  readonly #key: Uint8Array;
  constructor(secret: string) {
    this.#key = new TextEncoder().encode(secret);
  }

  async issue(options: AdminTokenOptions, now = new Date()): Promise<string> {
    const iat = Math.floor(now.getTime() / 1000);
    return new SignJWT({
      user_id: options.userId,
      workspace_id: options.workspaceId,
      tenant_id: options.workspaceId,
      ...(options.email ? { email: options.email } : {}),
      roles: options.roles ?? ['admin'],
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(options.issuer ?? 'authsec-ai/auth-manager')
      .setSubject(options.userId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + (options.ttlSeconds ?? 3600))
      .sign(this.#key);
  }

  /**
   * Verifies a Bearer header and resolves the admin, mirroring AuthSec's 401/403 messages. With
   * `admin: false` any active user of the workspace passes (the self-service `/oauth/*` routes).
   */
  async verify(header: string | undefined, store: Store, now = new Date(), admin = true): Promise<AdminSession> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw new AuthFailure(401, 'authorization header required');
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(match[1]!, this.#key, {
        issuer: [...ADMIN_ISSUERS],
        algorithms: ['HS256'],
        currentDate: now,
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw new AuthFailure(401, error instanceof joseErrors.JWTExpired ? 'token has expired' : 'invalid token');
    }
    const workspaceId = typeof payload.workspace_id === 'string' ? payload.workspace_id : undefined;
    if (!workspaceId) throw new AuthFailure(401, 'workspace_id is the only identity claim and it is missing');
    const userId = String(payload.user_id ?? payload.sub ?? '');
    const user = store.users.get(userId);
    if (!user || user.workspace_id !== workspaceId || !user.active) {
      throw new AuthFailure(401, 'session is no longer valid for this workspace');
    }
    if (admin && user.workspace_role !== 'owner' && user.workspace_role !== 'admin') {
      throw new AuthFailure(403, 'workspace admin role required');
    }
    return { user, workspaceId };
  }
}

/** Parses `Authorization: Basic base64(id:secret)`; undefined when absent or malformed. */
export function parseBasic(header: string | undefined): { username: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!match) return undefined;
  let decoded: string;
  try {
    decoded = atob(match[1]!);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Constant-time comparison for secrets. */
export function secretsEqual(a: string, b: string): boolean {
  const x = new TextEncoder().encode(a);
  const y = new TextEncoder().encode(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}
