/**
 * A role's name in words for people. AuthSec names an application's roles `rs-<application id>:<name>`
 * and creates three of them for every application (viewer, readonly, admin; authsec-api.md §12):
 * those get the product's own translated names, any other keeps its own name without the prefix.
 */

/** The roles AuthSec creates for every application, in the order of what they grant. */
export const BUILTIN_ROLES = ['viewer', 'readonly', 'admin'] as const;
export type BuiltinRole = (typeof BUILTIN_ROLES)[number];

export type RoleWords = { readonly builtin: BuiltinRole } | { readonly words: string };

/** `rs-<id>:` of an application role (any id when the caller does not know the application). */
const APP_ROLE = /^rs-[^:\s]+:(.+)$/;

/** The name without `rs-<id>:`, or the name as it is when it is not an application role. */
export function roleOwnName(name: string, applicationId?: string): string {
  if (applicationId) {
    const prefix = `rs-${applicationId}:`;
    if (name.startsWith(prefix) && name.length > prefix.length) return name.slice(prefix.length);
  }
  return APP_ROLE.exec(name)?.[1] ?? name;
}

/**
 * What to call a role: one of AuthSec's own roles (the caller translates it), or the role's own
 * name in words (`billing-ops` → `Billing ops`).
 */
export function roleWords(name: string, applicationId?: string): RoleWords {
  const own = roleOwnName(name, applicationId);
  const builtin = BUILTIN_ROLES.find((b) => b === own.toLowerCase());
  if (builtin) return { builtin };
  if (own === name) return { words: name };
  const spaced = own.replace(/[-_]+/g, ' ').trim() || own;
  return { words: spaced.charAt(0).toUpperCase() + spaced.slice(1) };
}

/** Where a role sits in a list of roles: AuthSec's own first (viewer, readonly, admin), then the rest. */
export function roleRank(name: string, applicationId?: string): number {
  const w = roleWords(name, applicationId);
  return 'builtin' in w ? BUILTIN_ROLES.indexOf(w.builtin) : BUILTIN_ROLES.length;
}
