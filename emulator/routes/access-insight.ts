/**
 * Who can call what, and why not (authsec-api-current.md §4.3, §4.5): users with access, one
 * user's effective access, the access simulation with its decision trace, and a scope's impact.
 * The rules are the store's own (bindings → roles → scopes; tools → admin mappings), so the answers
 * agree with what the OAuth server grants and the SDK policy enforces.
 */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { ApiError, mount, type Deps } from '../http.js';
import type { BindingRow, RoleRow, ScopeRow, User } from '../store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function accessInsightRoutes(app: Hono, deps: Deps): void {
  const { store } = deps;
  const personJson = (u: User) => ({ id: u.id, email: u.email, name: u.name, status: u.active ? 'active' : 'suspended' });
  const roleJson = (r: RoleRow, b?: BindingRow) => ({
    id: r.id, name: r.name, label: r.name.split(':').pop(), source: b?.assignment_source ?? null, binding_id: b?.id ?? null,
  });
  const scopeJson = (s: ScopeRow) => ({ id: s.id, scope_string: s.scope_string, display_name: s.display_name, risk_level: s.risk_level });
  /** A user's bindings of this application's roles (app-scoped or tenant-wide). */
  const bindingsOf = (rsId: string, userId?: string) => {
    const roles = new Set(store.rolesOf(rsId).map((r) => r.id));
    return [...store.bindings.values()].filter((b) => roles.has(b.role_id) && (b.scope_type === null || b.scope_id === rsId) && (!userId || b.user_id === userId));
  };
  const userOf = (rsWorkspace: string, id: string) => {
    if (!UUID.test(id)) throw new ApiError(400, 'invalid user_id');
    const user = store.users.get(id);
    if (!user || user.workspace_id !== rsWorkspace) throw new ApiError(404, 'user not found for this tenant');
    return user;
  };
  const firstConsent = (userId: string, rsId: string) =>
    store.consentGrants.filter((g) => g.user_id === userId && g.rs_id === rsId).map((g) => g.created_at).sort()[0] ?? null;

  mount(app, deps, ep.listAccessUsers, ({ rs, json }) => {
    const row = rs('application not found');
    const byUser = new Map<string, BindingRow[]>();
    for (const b of bindingsOf(row.id)) byUser.set(b.user_id, [...(byUser.get(b.user_id) ?? []), b]);
    const users = [...byUser].flatMap(([userId, bindings]) => {
      const user = store.users.get(userId);
      if (!user) return [];
      const granted = new Set(store.effectiveScopes(userId, row.id));
      return [{
        user: personJson(user),
        roles: bindings.map((b) => roleJson(store.roles.get(b.role_id)!, b)),
        scopes: store.scopesOf(row.id).filter((s) => granted.has(s.scope_string)).map(scopeJson),
        first_consent_at: firstConsent(userId, row.id),
      }];
    });
    return json({ users, count: users.length });
  });

  mount(app, deps, ep.getEffectiveAccess, ({ rs, param, json }) => {
    const row = rs('application not found');
    const user = userOf(row.workspace_id, param('user_id'));
    const bindings = bindingsOf(row.id, user.id);
    return json({
      user: personJson(user),
      application: { id: row.id, name: row.name, resource_uri: row.resource_uri },
      roles: bindings.map((b) => roleJson(store.roles.get(b.role_id)!, b)),
      scopes: store.scopesOf(row.id).map((s) => {
        const through = bindings.filter((b) => store.roles.get(b.role_id)!.scope_ids.includes(s.id));
        return {
          ...scopeJson(s),
          status: through.length ? 'granted' : 'not_granted',
          granted_through: through.map((b) => ({ role_id: b.role_id, role_name: store.roles.get(b.role_id)!.name, binding_id: b.id, source: b.assignment_source })),
          removable: through.some((b) => b.scope_type === 'resource_server'),
        };
      }),
    });
  });

  mount(app, deps, ep.simulateAccess, async ({ rs, body, json }) => {
    const row = rs('application not found');
    const b = await body();
    if (typeof b.user_id !== 'string' || !UUID.test(b.user_id)) throw new ApiError(400, 'valid user_id is required');
    const wanted = typeof b.tool_id === 'string' ? b.tool_id : typeof b.tool_name === 'string' ? b.tool_name : '';
    if (!wanted) throw new ApiError(400, 'tool_id or tool_name is required');
    const user = userOf(row.workspace_id, b.user_id);
    const tool = store.toolsOf(row.id).find((t) => t.id === wanted || t.name === wanted);
    if (!tool) throw new ApiError(404, 'tool not found');
    const required = store.mappingsOf(tool.id, 'admin_override').map((m) => store.scopes.get(m.scope_id)?.scope_string).filter((s): s is string => !!s);
    const granted = new Set(store.effectiveScopes(user.id, row.id));
    const missing = required.filter((s) => !granted.has(s));
    const trace = [
      { check: 'user_active', state: user.active ? 'ok' : 'blocked', detail: user.active ? 'user is active' : 'user is suspended' },
      { check: 'application_launched', state: row.state === 'ready' ? 'ok' : 'blocked', detail: `application state is ${row.state}` },
      { check: 'tool_public', state: 'ok', detail: tool.is_public ? 'tool is public: no scope is required' : 'tool is protected' },
      { check: 'tool_mapped', state: tool.is_public || required.length ? 'ok' : 'blocked', detail: required.length ? `requires ${required.join(', ')}` : 'tool has no scope mapping' },
      { check: 'role_grants_scope', state: tool.is_public || (required.length && !missing.length) ? 'ok' : 'blocked', detail: missing.length ? `missing ${missing.join(', ')}` : 'role grants the required scopes' },
    ];
    const failed = !user.active ? 'user_inactive' : row.state !== 'ready' ? 'application_not_launched' : tool.is_public ? undefined
      : !required.length ? 'tool_unmapped' : missing.length ? 'missing_role_scope' : undefined;
    const fixes: Record<string, string> = {
      user_inactive: 'Reactivate the user.',
      application_not_launched: 'Activate the application.',
      tool_unmapped: `Map ${tool.name} to a scope.`,
      missing_role_scope: `Grant ${missing.join(', ')} to one of the user's roles, or assign a role that has it.`,
    };
    const common = { application: { id: row.id, name: row.name }, tool: { id: tool.id, name: tool.name, public: tool.is_public }, decision_trace: trace };
    return json(failed
      ? { verdict: 'denied', ...common, failed_condition: failed, safest_fix: fixes[failed] }
      : { verdict: 'allowed', ...common, reason: tool.is_public ? 'tool is public' : 'role grants the required scopes', safest_fix: '' });
  });

  mount(app, deps, ep.getScopeImpact, ({ rs, param, json }) => {
    const row = rs('application not found');
    const scope = store.scopes.get(param('scope_id'));
    if (!scope || scope.rs_id !== row.id) throw new ApiError(404, 'scope not found');
    const roles = store.rolesOf(row.id).filter((r) => r.scope_ids.includes(scope.id));
    const roleIds = new Set(roles.map((r) => r.id));
    const impact = {
      tools_unlocked: store.toolsOf(row.id).filter((t) => store.mappingsOf(t.id, 'admin_override').some((m) => m.scope_id === scope.id)).length,
      roles_using_it: roles.length,
      users_affected: new Set(bindingsOf(row.id).filter((b) => roleIds.has(b.role_id)).map((b) => b.user_id)).size,
      consent_grants: store.consentGrants.filter((g) => g.rs_id === row.id && !g.revoked_at && g.scopes.includes(scope.scope_string)).length,
    };
    return json({
      application: { id: row.id, name: row.name },
      scope: { id: scope.id, scope_string: scope.scope_string, display_name: scope.display_name, risk_level: scope.risk_level },
      impact,
      safe_to_delete: Object.values(impact).every((n) => n === 0),
    });
  });
}
