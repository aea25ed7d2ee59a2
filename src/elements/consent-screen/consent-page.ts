/**
 * What the hosting page gives the consent screen and where the request stands: the page's inline
 * consent data, whether AuthSec still knows the request, and how the page is framed.
 */
import * as z from 'zod/mini';
import { consentPageData, type ConsentPageData } from '../../api/consent.js';
import { AuthsecError } from '../../api/errors.js';

/** The page's own consent data (`<script type="application/json">` in the element): undefined when none, null when unreadable. */
export function inlineData(host: Element): unknown {
  const text = host.querySelector(':scope > script[type="application/json"]')?.textContent;
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return null;
  }
}

/** Consent data as AuthSec's schema reads it, or undefined. */
export function pageData(value: unknown): ConsentPageData | undefined {
  const parsed = z.safeParse(consentPageData, value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A request AuthSec no longer knows (404/410: expired), already answered (409: used), or refuses
 * (a 400 or `{success: false}`: the challenge is all a consent call sends, so it is the challenge
 * that is expired or used; never "check the highlighted fields", there are none).
 */
export function gone(error: unknown): { kind: 'gone'; reason: 'expired' | 'used' } | undefined {
  const status = error instanceof AuthsecError ? error.status : 0;
  if (status === 404 || status === 410) return { kind: 'gone', reason: 'expired' };
  return status === 409 || (error as AuthsecError | undefined)?.code === 'validation' ? { kind: 'gone', reason: 'used' } : undefined;
}

/** Where this page is shown: the top window, a frame of its own origin, or another origin's frame. */
export function framing(): 'top' | 'same-origin' | 'cross-origin' {
  if (globalThis.top === globalThis.self) return 'top';
  try {
    // Reading another origin's location throws: that is the signal.
    return globalThis.top?.location.origin === globalThis.location.origin ? 'same-origin' : 'cross-origin';
  } catch {
    return 'cross-origin';
  }
}
