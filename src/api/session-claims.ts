/**
 * Claims of the admin session token, decoded **without verifying** it: for display and client-side
 * guards only (AuthSec enforces every rule itself). Its own module so that bundles which never show
 * who is signed in (the consent drop-in) do not carry it.
 */
import type { AuthsecClient } from './client.js';

/** The current session token's claims; undefined when there is no token or it is not a JWT. */
export async function sessionClaims(client: AuthsecClient): Promise<Readonly<Record<string, unknown>> | undefined> {
  const token = await client.sessionToken();
  return token ? decodeJwtClaims(token) : undefined;
}

/** The payload of a JWT (`header.payload.signature`, base64url), unverified; undefined if it is not one. */
export function decodeJwtClaims(token: string): Readonly<Record<string, unknown>> | undefined {
  const part = token.split('.')[1];
  if (!part || token.split('.').length !== 3) return undefined;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === 'object' && !Array.isArray(payload) ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
