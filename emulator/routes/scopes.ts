/** Scopes tab: list, create, update, delete. authsec-api.md §3.1, §3.3. */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { riskLevel, type RiskLevel } from '../../src/api/wire.js';
import { ApiError, mount, optionalString, requireString, type Deps } from '../http.js';
import { scopeJson } from '../serialise.js';
import type { ScopeRow } from '../store.js';

export function scopeRoutes(app: Hono, deps: Deps): void {
  const { store } = deps;

  const risk = (value: string | undefined): RiskLevel | undefined => {
    if (value === undefined) return undefined;
    if (!riskLevel.options.includes(value as RiskLevel)) throw new ApiError(400, `invalid risk_level: ${value}`);
    return value as RiskLevel;
  };
  /** A scope in the caller's workspace, or 404 (also for another workspace's scope). */
  const scopeFor = (id: string, workspaceId: string): ScopeRow => {
    const scope = store.scopes.get(id);
    if (!scope || scope.workspace_id !== workspaceId) throw new ApiError(404, 'scope not found');
    return scope;
  };
  const parentFor = (id: string | undefined, rsId: string): string | undefined => {
    if (!id) return undefined;
    if (store.scopes.get(id)?.rs_id !== rsId) throw new ApiError(400, 'parent_scope_id must belong to the same resource server');
    return id;
  };

  mount(app, deps, ep.listScopes, ({ rs, json }) => json(store.scopesOf(rs().id).map(scopeJson)));

  mount(app, deps, ep.createScope, async ({ rs, body, json }) => {
    const row = rs();
    const b = await body();
    const scopeString = requireString(b, 'scope_string');
    if (/\s/.test(scopeString)) throw new ApiError(400, 'scope_string must not contain spaces');
    const displayName = optionalString(b, 'display_name')?.trim() || scopeString;
    if (store.scopesOf(row.id).some((s) => s.scope_string === scopeString)) {
      throw new ApiError(409, `scope ${scopeString} already exists for this resource server`);
    }
    const description = optionalString(b, 'description');
    const icon = optionalString(b, 'icon');
    const parent = parentFor(optionalString(b, 'parent_scope_id'), row.id);
    const scope = store.addScope({
      workspace_id: row.workspace_id, rs_id: row.id, scope_string: scopeString, display_name: displayName,
      ...(description !== undefined ? { description } : {}), ...(icon !== undefined ? { icon } : {}),
      ...(parent ? { parent_scope_id: parent } : {}),
      risk_level: risk(optionalString(b, 'risk_level')) ?? 'low', is_auto_discovered: false, source: 'manual',
    });
    store.reconcileDefaultRoles(row.id);
    return json(scopeJson(scope));
  });

  mount(app, deps, ep.updateScope, async ({ param, session, body, json }) => {
    const scope = scopeFor(param('scope_id'), session.workspaceId);
    const b = await body();
    const displayName = optionalString(b, 'display_name');
    if (displayName !== undefined) scope.display_name = displayName.trim() || scope.scope_string;
    const description = optionalString(b, 'description');
    if (description !== undefined) scope.description = description;
    const icon = optionalString(b, 'icon');
    if (icon !== undefined) scope.icon = icon;
    const level = risk(optionalString(b, 'risk_level'));
    if (level) scope.risk_level = level;
    if ('parent_scope_id' in b) {
      const parent = parentFor(optionalString(b, 'parent_scope_id'), scope.rs_id);
      if (parent === scope.id) throw new ApiError(400, 'a scope cannot be its own parent');
      if (parent) scope.parent_scope_id = parent;
      else delete scope.parent_scope_id;
    }
    scope.updated_at = store.nowIso();
    return json(scopeJson(scope));
  });

  mount(app, deps, ep.deleteScope, ({ param, session, c }) => {
    const scope = scopeFor(param('scope_id'), session.workspaceId);
    // Who holds it now, through a role binding: their tokens are revoked once it is gone (§2.5).
    const holders = [...new Set([...store.bindings.values()].map((b) => b.user_id))].filter((u) =>
      store.effectiveScopes(u, scope.rs_id).includes(scope.scope_string),
    );
    store.scopes.delete(scope.id);
    store.mappings = store.mappings.filter((m) => m.scope_id !== scope.id);
    for (const role of store.roles.values()) role.scope_ids = role.scope_ids.filter((id) => id !== scope.id);
    store.emitDrift(scope.rs_id, 'scope_deleted', { scope_id: scope.id, scope_string: scope.scope_string }, session.user.id);
    store.revokeTokensOf(holders);
    return c.body(null, 204);
  });
}
