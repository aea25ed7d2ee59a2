/** Scope strings as AuthSec and RFC 6749 §3.3 accept them, inside an application's namespace. */
import { appSlug } from './app-slug.js';

/** RFC 6749 scope-token: %x21 / %x23-5B / %x5D-7E (printable ASCII without space, `"` and `\`). */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

export type ScopeStringProblem = 'empty' | 'characters' | 'namespace' | 'duplicate' | 'too_long';

export const SCOPE_MAX_LENGTH = 200;

/** `<slug>:` for an application name, as AuthSec namespaces preset and SDK scopes. */
export function scopeNamespace(applicationName: string): string {
  return `${appSlug(applicationName)}:`;
}

/** The full scope string for what an admin typed after the namespace (`tools:read` → `app:tools:read`). */
export function namespacedScope(applicationName: string, suffix: string): string {
  const ns = scopeNamespace(applicationName);
  const trimmed = suffix.trim();
  return trimmed.startsWith(ns) ? trimmed : ns + trimmed;
}

/** What is wrong with a scope string for this application, or null. */
export function checkScopeString(
  scope: string,
  applicationName: string,
  existing: readonly string[] = [],
): ScopeStringProblem | null {
  const ns = scopeNamespace(applicationName);
  if (scope === ns || scope.trim() === '') return 'empty';
  if (!SCOPE_TOKEN.test(scope)) return 'characters';
  if (!scope.startsWith(ns)) return 'namespace';
  if (scope.length > SCOPE_MAX_LENGTH) return 'too_long';
  if (existing.includes(scope)) return 'duplicate';
  return null;
}
