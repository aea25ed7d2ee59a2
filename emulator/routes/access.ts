/** Access tab: default policy, roles, bindings, eligible users. authsec-api.md §6. */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { ApiError, mount, optionalStringArray, requireString, type Deps } from '../http.js';
import { bindingJson } from '../serialise.js';
import type { BindingRow, Store } from '../store.js';

export function roleOptions(store: Store, rsId: string) {
  return store
    .rolesOf(rsId)
    .filter((r) => store.roleScopeStrings(r).length > 0)
    .map((r) => ({
      role_id: r.id,
      name: r.name,
      description: r.description,
      is_generated: r.name.endsWith(':readonly') || r.name.endsWith(':admin'),
      recommended: r.name.endsWith(':readonly'),
      permissions: store.roleScopeStrings(r).length,
    }));
}

export function accessRoutes(app: Hono, deps: Deps): void {
  const { store } = deps;

  const policyJson = (rsId: string) => {
    const policy = store.accessPolicies.get(rsId)!;
    const role = store.roles.get(policy.default_role_id);
    return {
      enabled: policy.enabled,
      default_role_id: policy.default_role_id || null,
      default_role_name: role?.name ?? null,
      assignment_trigger: 'first_successful_login',
      assignment_source: 'default_policy',
      role_options: roleOptions(store, rsId),
    };
  };

  mount(app, deps, ep.getAccessPolicy, ({ rs, json }) => json(policyJson(rs().id)));

  mount(app, deps, ep.putAccessPolicy, async ({ rs, body, session, json }) => {
    const row = rs();
    const b = await body();
    if (typeof b.enabled !== 'boolean') throw new ApiError(400, 'enabled is required');
    const roleId = typeof b.default_role_id === 'string' ? b.default_role_id.trim() : '';
    const policy = store.accessPolicies.get(row.id)!;
    if (b.enabled && !roleId) throw new ApiError(400, 'default_role_id is required when access policy is enabled');
    if (roleId) {
      if (!store.roles.has(roleId)) throw new ApiError(400, 'invalid default_role_id');
      if (!roleOptions(store, row.id).some((o) => o.role_id === roleId)) {
        throw new ApiError(400, 'default role is not compatible with this resource server');
      }
    }
    const wasEnabled = policy.enabled;
    const prior = store.roles.get(policy.default_role_id)?.name ?? '';
    policy.enabled = b.enabled;
    if (roleId) policy.default_role_id = roleId;
    if (wasEnabled && !policy.enabled) store.emitDrift(row.id, 'default_role_disabled', { prior_default_role: prior }, session.user.id);
    return json(policyJson(row.id));
  });

  mount(app, deps, ep.listRoles, ({ rs, json }) => {
    const row = rs();
    const policy = store.accessPolicies.get(row.id);
    return json({
      roles: store.rolesOf(row.id).map((r) => ({
        id: r.id, name: r.name, description: r.description, is_default: policy?.default_role_id === r.id,
        permissions: store.roleScopeStrings(r).length,
        bindings: [...store.bindings.values()].filter((b) => b.role_id === r.id).length,
        // Extension field (v2 shape): which scopes the role grants, so the Access tab can say it in words.
        granted_scopes: r.scope_ids
          .map((id) => store.scopes.get(id))
          .filter((s) => s !== undefined)
          .map((s) => ({ scope_id: s.id, scope_string: s.scope_string, display_name: s.display_name, risk_level: s.risk_level })),
      })),
    });
  });

  mount(app, deps, ep.putRoleScopeGrants, async ({ rs, param, body, json }) => {
    const row = rs();
    const role = store.roles.get(param('role_id'));
    if (!role || !role.name.startsWith(`rs-${row.id}:`)) throw new ApiError(400, 'role is not scoped to this resource server');
    const ids = optionalStringArray(await body(), 'scope_ids');
    if (!ids) throw new ApiError(400, 'scope_ids is required');
    for (const id of ids) {
      if (store.scopes.get(id)?.rs_id !== row.id) throw new ApiError(400, `scope ${id} does not belong to this resource server`);
    }
    role.scope_ids = [...new Set(ids)];
    return json({
      role_id: role.id, role_name: role.name, scope_ids: role.scope_ids,
      granted_scopes: store.roleScopeStrings(role), permissions_count: role.scope_ids.length,
    });
  });

  const bindingsOf = (rsId: string): BindingRow[] => {
    const roleIds = new Set(store.rolesOf(rsId).map((r) => r.id));
    return [...store.bindings.values()]
      .filter((b) => roleIds.has(b.role_id) && (b.scope_type === null || b.scope_id === rsId))
      .sort((a, b) => a.created_at.localeCompare(b.created_at));
  };

  mount(app, deps, ep.listBindings, ({ rs, json }) => json({ bindings: bindingsOf(rs().id).map((b) => bindingJson(b, store)) }));

  mount(app, deps, ep.createBinding, async ({ rs, body, json }) => {
    const row = rs();
    const b = await body();
    const userId = requireString(b, 'user_id');
    const roleId = requireString(b, 'role_id');
    const user = store.users.get(userId);
    if (!user || user.workspace_id !== row.workspace_id) {
      throw new ApiError(404, 'user not found for this tenant', {
        hint: 'The user must exist in this workspace: invite them, or ask them to sign in once, then try again.',
      });
    }
    const role = store.roles.get(roleId);
    if (!role || !role.name.startsWith(`rs-${row.id}:`)) throw new ApiError(400, 'role is not scoped to this resource server');
    if (bindingsOf(row.id).some((x) => x.user_id === userId && x.role_id === roleId && x.scope_type === 'resource_server')) {
      throw new ApiError(409, 'binding already exists');
    }
    const binding = store.addBinding({
      workspace_id: row.workspace_id, user_id: userId, role_id: roleId,
      scope_type: 'resource_server', scope_id: row.id, assignment_source: 'manual_admin',
    });
    return json({ id: binding.id, user_id: userId, role_id: roleId, role_name: role.name, scope_type: 'resource_server', scope_id: row.id });
  });

  mount(app, deps, ep.deleteBinding, ({ rs, param, json }) => {
    const row = rs();
    const binding = store.bindings.get(param('binding_id'));
    // Tenant-wide (default-policy) bindings are not scoped here and cannot be deleted here.
    if (!binding || binding.scope_type !== 'resource_server' || binding.scope_id !== row.id) {
      throw new ApiError(404, 'binding not found for this resource server');
    }
    store.bindings.delete(binding.id);
    return json({ status: 'deleted' });
  });

  mount(app, deps, ep.listEligibleUsers, ({ rs, json }) => {
    const row = rs();
    const users = [...store.users.values()]
      .filter((u) => u.workspace_id === row.workspace_id && u.active)
      .sort((a, b) => b.created_at.localeCompare(a.created_at))
      .slice(0, 200)
      .map((u) => ({ id: u.id, email: u.email, name: u.name }));
    return json({ users });
  });
}
