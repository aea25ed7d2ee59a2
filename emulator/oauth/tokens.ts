/**
 * Authorization codes, refresh tokens and the grants behind them, in memory. A grant is one
 * successful code exchange: every access and refresh token descends from it, so replaying the code
 * (or a rotated refresh token) revokes the whole family (RFC 9700 §4.5, §4.14.2).
 */
import type { ConsentChallengeRow, Store } from '../store.js';
import { randomHex, randomToken } from './pkce.js';

export const CODE_TTL_MS = 10 * 60_000;
export const ACCESS_TOKEN_TTL_S = 3600;
export const REFRESH_TOKEN_TTL_MS = 30 * 86_400_000;

export interface AuthorizationCode {
  code: string;
  client_id: string;
  user_id: string;
  rs_id: string;
  resource: string;
  scopes: string[];
  redirect_uri: string;
  redirect_uri_sent: boolean;
  code_challenge?: string;
  issuer?: string;
  expires_at: number;
  used: boolean;
  /** The grant the first exchange created (revoked when the code is replayed). */
  grant_id?: string;
}

export interface Grant {
  id: string;
  client_id: string;
  user_id: string;
  rs_id: string;
  resource: string;
  scopes: string[];
  issuer: string;
  revoked: boolean;
}

export interface RefreshToken {
  grant_id: string;
  client_id: string;
  expires_at: number;
  /** Set once exchanged; presenting it again is reuse. */
  rotated: boolean;
}

export class TokenStore {
  readonly codes = new Map<string, AuthorizationCode>();
  readonly grants = new Map<string, Grant>();
  readonly refreshTokens = new Map<string, RefreshToken>();
  /** Access token `jti` → its grant and expiry (ms). */
  readonly accessTokens = new Map<string, { grant_id: string; expires_at: number }>();

  constructor(private readonly store: Store) {}

  private now(): number {
    return this.store.clock.now().getTime();
  }

  /** The consent hook: an accepted challenge becomes a single-use code bound to everything it was for. */
  issueCode(ch: ConsentChallengeRow, granted: string[]): string {
    const code = randomHex(16);
    const rs = this.store.resourceServers.get(ch.rs_id);
    this.codes.set(code, {
      code,
      client_id: ch.client_id,
      user_id: ch.user_id,
      rs_id: ch.rs_id,
      resource: ch.resource ?? rs?.resource_uri ?? '',
      scopes: [...granted],
      redirect_uri: ch.redirect_uri,
      redirect_uri_sent: ch.redirect_uri_sent ?? true,
      ...(ch.code_challenge ? { code_challenge: ch.code_challenge } : {}),
      ...(ch.issuer ? { issuer: ch.issuer } : {}),
      expires_at: this.now() + CODE_TTL_MS,
      used: false,
    });
    return code;
  }

  /** An unexpired code (used or not); checks run before it is spent. */
  findCode(code: string): AuthorizationCode | undefined {
    const row = this.codes.get(code);
    return row && row.expires_at > this.now() ? row : undefined;
  }

  /** Spends a code: false (and its grant revoked) when it was already used. */
  spendCode(row: AuthorizationCode): boolean {
    if (row.used) {
      if (row.grant_id) this.revoke(row.grant_id);
      return false;
    }
    row.used = true;
    return true;
  }

  createGrant(row: Omit<Grant, 'id' | 'revoked'>): Grant {
    const grant: Grant = { ...row, id: crypto.randomUUID(), revoked: false };
    this.grants.set(grant.id, grant);
    return grant;
  }

  newRefreshToken(grant: Grant): string {
    const token = `rt_${randomToken(32)}`;
    this.refreshTokens.set(token, { grant_id: grant.id, client_id: grant.client_id, expires_at: this.now() + REFRESH_TOKEN_TTL_MS, rotated: false });
    return token;
  }

  /** An unexpired refresh token whose grant is live (spent or not). */
  findRefreshToken(token: string): { row: RefreshToken; grant: Grant } | undefined {
    const row = this.refreshTokens.get(token);
    if (!row || row.expires_at <= this.now()) return undefined;
    const grant = this.grants.get(row.grant_id);
    return grant && !grant.revoked ? { row, grant } : undefined;
  }

  /** Spends a refresh token (rotation): false, and the whole grant revoked, when it was spent before. */
  spendRefreshToken(row: RefreshToken): boolean {
    if (row.rotated) {
      this.revoke(row.grant_id);
      return false;
    }
    row.rotated = true;
    return true;
  }

  recordAccessToken(jti: string, grant: Grant): void {
    this.accessTokens.set(jti, { grant_id: grant.id, expires_at: this.now() + ACCESS_TOKEN_TTL_S * 1000 });
  }

  /** The live grant behind an access token's `jti`. */
  grantOfAccessToken(jti: string): Grant | undefined {
    const grant = this.grants.get(this.accessTokens.get(jti)?.grant_id ?? '');
    return grant && !grant.revoked ? grant : undefined;
  }

  revoke(grantId: string): void {
    const grant = this.grants.get(grantId);
    if (grant) grant.revoked = true;
  }

  /** Revokes every grant of these users: their access and refresh tokens stop working. */
  revokeUsers(userIds: readonly string[]): void {
    const users = new Set(userIds);
    this.revokeWhere((grant) => users.has(grant.user_id));
  }

  /** Revokes the grants that match (a revoked connection, a revoked consent grant). */
  revokeWhere(match: (grant: Readonly<Grant>) => boolean): void {
    for (const grant of this.grants.values()) if (match(grant)) grant.revoked = true;
  }

  /**
   * Frees what can no longer be used: expired codes, expired access-token records, expired or
   * spent refresh tokens, and grants nothing refers to any more. A long-running emulator stays flat.
   */
  sweep(): void {
    const now = this.now();
    for (const [code, row] of this.codes) if (row.expires_at <= now) this.codes.delete(code);
    for (const [jti, row] of this.accessTokens) if (row.expires_at <= now) this.accessTokens.delete(jti);
    for (const [token, row] of this.refreshTokens) {
      // A spent token is kept until it expires only while its grant lives: its reuse revokes the grant.
      if (row.expires_at <= now || this.grants.get(row.grant_id)?.revoked !== false) this.refreshTokens.delete(token);
    }
    const referenced = new Set<string>();
    for (const row of this.refreshTokens.values()) referenced.add(row.grant_id);
    for (const row of this.accessTokens.values()) referenced.add(row.grant_id);
    for (const row of this.codes.values()) if (row.grant_id) referenced.add(row.grant_id);
    for (const id of this.grants.keys()) if (!referenced.has(id)) this.grants.delete(id);
  }
}
