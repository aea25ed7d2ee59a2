/**
 * The roles the default access policy can name (the Access tab's one list): every role of the
 * application, and any other role AuthSec offers because it grants a scope here.
 */
import type { AccessPolicy, RoleOption } from '../api/access-policy.js';
import type { RsRole } from '../api/roles.js';
import { roleRank, roleWords } from './role-words.js';

/** One role in the default-role list. */
export interface RoleChoice {
  id: string;
  name: string;
  description?: string | undefined;
  recommended: boolean;
  generated: boolean;
  /** AuthSec accepts it as the default as it stands: it grants at least one scope here. */
  offered: boolean;
  /** Scopes granted (a count, when AuthSec did not list which). */
  permissions: number;
}

/**
 * The list in its order: AuthSec's viewer, readonly and admin first, then the others by the name
 * people read (`label`), compared the locale's way.
 */
export function roleChoices(roles: readonly RsRole[], options: readonly RoleOption[], applicationId: string, label: (name: string) => string, locale: string | undefined): RoleChoice[] {
  const offered = new Map(options.map((o) => [o.role_id, o]));
  const fromRoles = roles.map((r): RoleChoice => {
    const o = offered.get(r.id);
    const own = roleWords(r.name, applicationId);
    return {
      id: r.id, name: r.name, description: o?.description ?? r.description,
      recommended: o?.recommended ?? false,
      generated: o?.is_generated ?? ('builtin' in own && own.builtin !== 'viewer'),
      offered: !!o, permissions: o?.permissions ?? r.permissions,
    };
  });
  const known = new Set(roles.map((r) => r.id));
  const others = options.filter((o) => !known.has(o.role_id)).map((o): RoleChoice => ({
    id: o.role_id, name: o.name, description: o.description, recommended: o.recommended, generated: o.is_generated, offered: true, permissions: o.permissions,
  }));
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...fromRoles, ...others].sort((a, b) => roleRank(a.name, applicationId) - roleRank(b.name, applicationId) || collator.compare(label(a.name), label(b.name)));
}

/** The role id the saved policy points at, when the list shows it ('' otherwise). */
export function savedDefaultRoleId(policy: AccessPolicy, choices: readonly RoleChoice[]): string {
  const id = policy.default_role_id ?? '';
  return choices.some((c) => c.id === id) ? id : '';
}
