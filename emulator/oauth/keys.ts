/**
 * The emulator's token-signing key: an ES256 pair generated with jose when the emulator starts
 * (nothing persists across restarts), published at `/oauth/jwks` with a thumbprint `kid`.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export const SIGNING_ALG = 'ES256';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  /** The public half as a JWK (`kid`, `alg`, `use`), never the private one. */
  readonly publicJwk: JWK;
}

export async function createSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG);
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicKey, publicJwk: { ...jwk, kid, alg: SIGNING_ALG, use: 'sig' } };
}

/**
 * Starts generating the key now; every caller awaits the same promise. A failure reaches the
 * callers (as a 500), not the process as an unhandled rejection.
 */
export function startSigningKey(): Promise<SigningKey> {
  const pending = createSigningKey();
  pending.catch(() => undefined);
  return pending;
}

export interface AccessTokenClaims {
  iss: string;
  sub: string;
  aud: string;
  client_id: string;
  scope: string;
  email?: string;
  jti: string;
  iat: number;
  exp: number;
}

/** An RFC 9068-style JWT access token (`typ: at+jwt`). */
export function signAccessToken(key: SigningKey, claims: AccessTokenClaims): Promise<string> {
  const { iss, sub, aud, jti, iat, exp, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: SIGNING_ALG, kid: key.kid, typ: 'at+jwt' })
    .setIssuer(iss)
    .setSubject(sub)
    .setAudience(aud)
    .setJti(jti)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key.privateKey);
}
