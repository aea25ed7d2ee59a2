/** PKCE (RFC 7636) with S256 only: the challenge is base64url(SHA-256(verifier)). */
import { base64url } from 'jose';
import { secretsEqual } from '../auth.js';

/** `code_verifier` and `code_challenge` share one ABNF: 43–128 unreserved characters. */
const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

export function isPkceValue(value: string): boolean {
  return PKCE_VALUE.test(value);
}

export async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url.encode(new Uint8Array(digest));
}

/** True when `verifier` is well-formed and hashes to `challenge` (compared in constant time). */
export async function verifyS256(verifier: string, challenge: string): Promise<boolean> {
  if (!isPkceValue(verifier)) return false;
  return secretsEqual(await s256(verifier), challenge);
}

/** Random URL-safe string for codes, challenges, refresh tokens and client secrets. */
export function randomToken(bytes = 32): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Lowercase hex of `bytes` random bytes (authorization codes: 16 bytes, 32 hex characters). */
export function randomHex(bytes = 16): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
