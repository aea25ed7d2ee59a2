/**
 * "Who can call what, and why not": which scopes a tool needs, which tools a set of scopes opens,
 * and the safest role to give someone who is missing a scope (the one that adds least beyond what
 * the call needs), with what it would change. Pure rules over the scope matrix and the roles.
 */
import type { RsRole } from '../api/roles.js';
import type { McpTool } from '../api/scope-matrix.js';

/** The scopes a call to `tool` needs (its admin mappings); every one of them, as the SDK enforces. */
export function requiredScopes(tool: Pick<McpTool, 'scopes'>): string[] {
  return [...new Set(tool.scopes.filter((s) => s.source === 'admin_override').map((s) => s.scope_string))].sort();
}

/** Tools these scopes let someone call: public ones, and mapped ones whose every scope is held. */
export function callableTools(tools: readonly McpTool[], granted: ReadonlySet<string>): string[] {
  return tools
    .filter((t) => {
      if (t.is_public) return true;
      const needs = requiredScopes(t);
      return needs.length > 0 && needs.every((s) => granted.has(s));
    })
    .map((t) => t.name);
}

export const roleScopes = (role: RsRole): string[] => (role.granted_scopes ?? []).map((s) => s.scope_string);

export interface RoleFix {
  readonly role: RsRole;
  /** Scopes the person would gain (the needed ones and any others the role brings). */
  readonly gained: readonly string[];
  /** Tools the person could newly call. */
  readonly tools: readonly string[];
}

/**
 * The role that grants every needed scope with the fewest scopes the person lacks beyond them
 * (least privilege); undefined when no role of the application grants them all.
 */
export function safestRole(roles: readonly RsRole[], needed: readonly string[], granted: ReadonlySet<string>, tools: readonly McpTool[]): RoleFix | undefined {
  const candidates = roles
    .map((role) => ({ role, scopes: roleScopes(role) }))
    .filter(({ scopes }) => needed.every((s) => scopes.includes(s)))
    .map(({ role, scopes }) => ({ role, gained: scopes.filter((s) => !granted.has(s)).sort() }))
    .sort((a, b) => a.gained.length - b.gained.length || roleScopes(a.role).length - roleScopes(b.role).length || a.role.name.localeCompare(b.role.name));
  const best = candidates[0];
  if (!best) return undefined;
  const before = new Set(callableTools(tools, granted));
  const after = callableTools(tools, new Set([...granted, ...best.gained]));
  return { role: best.role, gained: best.gained, tools: after.filter((t) => !before.has(t)) };
}

/** Tool names that start with (or contain) what was typed, the closest first, at most `limit`. */
export function toolSuggestions(tools: readonly McpTool[], typed: string, limit = 50): string[] {
  const q = typed.trim().toLowerCase();
  if (!q) return tools.slice(0, limit).map((t) => t.name);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const t of tools) {
    const name = t.name.toLowerCase();
    if (name.startsWith(q)) starts.push(t.name);
    else if (name.includes(q)) contains.push(t.name);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
