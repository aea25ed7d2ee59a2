/**
 * Who gets what on one application, and whether the signed-in admin is about to lock themselves
 * out. AuthSec's dev API has no per-user effective-access read, so this is computed from what the
 * Access tab already loads: the application's roles (with the scopes each grants, when AuthSec
 * lists them) and its bindings. AuthSec enforces access itself; these are display rules.
 */
import type { RsBinding } from '../api/bindings.js';
import type { GrantedScope, RsRole } from '../api/roles.js';
import type { RiskLevel } from '../api/wire.js';
import { bindingSource, type BindingSource } from './binding-table.js';

/** The signed-in admin as their session token names them. */
export interface AdminIdentity {
  readonly userId?: string;
  readonly email?: string;
}

const claim = (claims: Readonly<Record<string, unknown>>, ...names: string[]): string | undefined => {
  for (const name of names) {
    const value = claims[name];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
};

/**
 * The admin from their token's claims, the way AuthSec reads them: user from `user_id` or `sub`,
 * email from `email_id` or `email`. Undefined when neither is there (an opaque token).
 */
export function adminIdentity(claims: Readonly<Record<string, unknown>> | undefined): AdminIdentity | undefined {
  if (!claims) return undefined;
  const userId = claim(claims, 'user_id', 'sub');
  const email = claim(claims, 'email_id', 'email');
  if (!userId && !email) return undefined;
  return { ...(userId ? { userId } : {}), ...(email ? { email } : {}) };
}

/** `rs-<application id>:viewer` → `viewer`; any other name is returned as it is. */
export function roleShortName(name: string, applicationId: string): string {
  const prefix = `rs-${applicationId}:`;
  return name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : name;
}

/** The application's generated admin role (`rs-<id>:admin`), if AuthSec listed it. */
export function adminRoleOf(roles: readonly RsRole[], applicationId: string): RsRole | undefined {
  return roles.find((r) => r.name === `rs-${applicationId}:admin`);
}

/** Bindings of one person: by user id, or by email when the token carried no id. */
export function bindingsOfUser(bindings: readonly RsBinding[], who: AdminIdentity): RsBinding[] {
  const email = who.email?.toLowerCase();
  return bindings.filter((b) =>
    who.userId ? b.user_id === who.userId : !!email && b.user_email?.toLowerCase() === email,
  );
}

export type LockoutGuard =
  /** The token does not say who the admin is: nothing to check. */
  | { readonly kind: 'unknown' }
  /** A manual binding of the admin role keeps the admin in. */
  | { readonly kind: 'safe'; readonly binding: RsBinding }
  /**
   * No manual admin binding. `others` are the admin's other bindings (what they would get);
   * `adminRole` is the role "add me as admin" binds (undefined if AuthSec did not list it);
   * `userId` is who to bind (undefined when the token had only an email that matched nobody).
   */
  | {
      readonly kind: 'exposed';
      readonly others: readonly RsBinding[];
      readonly adminRole: RsRole | undefined;
      readonly userId: string | undefined;
    };

/**
 * The lock-out guard: the signed-in admin needs their own manual admin binding on the application,
 * or enabling the default policy leaves them with whatever the default role grants the first time
 * they test it. `knownUsers` (eligible users) resolves an email-only token to a user id.
 */
export function lockoutGuard(
  who: AdminIdentity | undefined,
  bindings: readonly RsBinding[],
  roles: readonly RsRole[],
  applicationId: string,
  knownUsers: readonly { id: string; email: string }[] = [],
): LockoutGuard {
  if (!who) return { kind: 'unknown' };
  const mine = bindingsOfUser(bindings, who);
  const adminRole = adminRoleOf(roles, applicationId);
  const keeper = mine.find(
    (b) => bindingSource(b) === 'manual_admin' && (adminRole ? b.role_id === adminRole.id : b.role_name === `rs-${applicationId}:admin`),
  );
  if (keeper) return { kind: 'safe', binding: keeper };
  const email = who.email?.toLowerCase();
  const userId = who.userId ?? mine[0]?.user_id ?? knownUsers.find((u) => !!email && u.email.toLowerCase() === email)?.id;
  return { kind: 'exposed', others: mine, adminRole, userId };
}

/** One binding that grants a scope. */
export interface Grant {
  readonly bindingId: string;
  readonly roleId: string;
  readonly roleName: string;
  readonly source: BindingSource;
}

export interface EffectiveScope {
  readonly scopeId: string;
  readonly scopeString: string;
  readonly displayName: string;
  readonly riskLevel: RiskLevel;
  /** Every binding that grants it (more than one: removing one binding does not remove the scope). */
  readonly grantedBy: readonly Grant[];
}

export interface EffectiveAccess {
  readonly bindings: readonly RsBinding[];
  /** Sorted by scope string. */
  readonly scopes: readonly EffectiveScope[];
  /**
   * Bindings whose role AuthSec did not list scopes for (the dev API sends counts only), with the
   * count it did send: the UI says how many scopes, not which.
   */
  readonly unlisted: readonly { readonly binding: RsBinding; readonly permissions: number | undefined }[];
}

/** The scopes a role grants, or undefined when AuthSec did not list them. */
export function roleScopes(roles: readonly RsRole[], roleId: string): readonly GrantedScope[] | undefined {
  return roles.find((r) => r.id === roleId)?.granted_scopes;
}

/** What one user can do on the application, and through which binding, from roles and bindings. */
export function effectiveAccess(userId: string, bindings: readonly RsBinding[], roles: readonly RsRole[]): EffectiveAccess {
  const mine = bindings.filter((b) => b.user_id === userId);
  const scopes = new Map<string, { scope: GrantedScope; grants: Grant[] }>();
  const unlisted: { binding: RsBinding; permissions: number | undefined }[] = [];
  for (const binding of mine) {
    const role = roles.find((r) => r.id === binding.role_id);
    if (!role?.granted_scopes) {
      unlisted.push({ binding, permissions: role?.permissions });
      continue;
    }
    const grant: Grant = { bindingId: binding.id, roleId: binding.role_id, roleName: binding.role_name, source: bindingSource(binding) };
    for (const scope of role.granted_scopes) {
      const entry = scopes.get(scope.scope_id) ?? { scope, grants: [] };
      entry.grants.push(grant);
      scopes.set(scope.scope_id, entry);
    }
  }
  const list = [...scopes.values()]
    .map(({ scope, grants }) => ({
      scopeId: scope.scope_id,
      scopeString: scope.scope_string,
      displayName: scope.display_name,
      riskLevel: scope.risk_level,
      grantedBy: grants,
    }))
    .sort((a, b) => (a.scopeString < b.scopeString ? -1 : a.scopeString > b.scopeString ? 1 : 0));
  return { bindings: mine, scopes: list, unlisted };
}
