/** Applications: create, list, get, update, delete, rotate secret, protection check. authsec-api.md §2. */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { appSlug } from '../../src/model/app-slug.js';
import { presetScopes } from '../../src/model/preset-scopes.js';
import { checkPublicBaseUrl, composeResourceUri, normaliseProtectedPath } from '../../src/model/resource-uri.js';
import { applicationType, registrationMode } from '../../src/api/resource-servers.js';
import { ApiError, mount, optionalString, optionalStringArray, requireString, type Deps } from '../http.js';
import { scopePresets } from '../seed/scope-presets.js';
import { applicationListJson, resourceServerJson, resourceServerSummaryJson } from '../serialise.js';
import type { ResourceServerRow, Store } from '../store.js';
import { runProtectionCheck, type Probe } from '../probe.js';

export function newIntrospectionSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `sec_${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export function resourceServerRoutes(app: Hono, deps: Deps, probe: Probe): void {
  const { store } = deps;

  mount(app, deps, ep.listScopePresets, ({ json }) => json({ presets: scopePresets }));

  mount(app, deps, ep.listResourceServers, ({ session, surface, c, json }) => {
    const type = c.req.query('application_type');
    if (surface === 'applications' && type !== undefined && !applicationType.options.includes(type as never)) {
      throw new ApiError(400, 'invalid application_type filter');
    }
    return json(
      [...store.resourceServers.values()]
        .filter((rs) => rs.workspace_id === session.workspaceId && (type === undefined || rs.application_type === type))
        .sort((a, b) => b.created_at.localeCompare(a.created_at))
        .map((rs) => (surface === 'applications' ? applicationListJson(rs, store) : resourceServerSummaryJson(rs, store))),
    );
  });

  // One route serves both descriptors of it: the shim answers with the summary, the facade with
  // the plain row (and its own not-found text).
  mount(app, deps, ep.getApplicationSummary, ({ rs, surface, json }) =>
    json(surface === 'applications' ? resourceServerJson(rs('application not found'), store) : resourceServerSummaryJson(rs(), store)),
  );

  mount(app, deps, ep.createResourceServer, async ({ body, session, surface, c, json }) => {
    const b = await body();
    // The facade binds its own struct: a missing required field fails the binding as a whole (§2.3).
    if (surface === 'applications' && (typeof b.name !== 'string' || !b.name.trim() || typeof b.public_base_url !== 'string' || !b.public_base_url.trim())) {
      throw new ApiError(400, 'invalid request body');
    }
    const name = requireString(b, 'name');
    const publicBaseUrl = requireString(b, 'public_base_url');
    const urlProblem = checkPublicBaseUrl(publicBaseUrl);
    if (urlProblem === 'not_https') throw new ApiError(400, 'public_base_url must use https (http is allowed only for localhost and 127.0.0.1)');
    if (urlProblem) throw new ApiError(400, 'public_base_url must be an absolute http(s) URL');
    const path = normaliseProtectedPath(optionalString(b, 'protected_base_path'));
    const resourceUri = composeResourceUri(publicBaseUrl, path);
    const type = optionalString(b, 'application_type') ?? 'mcp_server';
    if (!applicationType.options.includes(type as never)) {
      throw new ApiError(400, surface === 'applications' ? 'invalid application_type' : `invalid application_type: ${type}`);
    }
    const modes = optionalStringArray(b, 'registration_modes') ?? ['dcr', 'cimd', 'prereg'];
    const badMode = modes.find((m) => !registrationMode.options.includes(m as never));
    if (badMode) throw new ApiError(400, `invalid registration mode: ${badMode}`);
    if ([...store.resourceServers.values()].some((rs) => rs.resource_uri === resourceUri)) {
      throw new ApiError(400, `a resource server with this URL already exists (resource_uri=${resourceUri})`);
    }
    const presetId = optionalString(b, 'scope_preset_id');
    const preset = presetId && presetId !== 'blank' ? scopePresets.find((p) => p.id === presetId) : undefined;
    if (presetId && presetId !== 'blank' && !preset) throw new ApiError(400, `unknown scope_preset_id: ${presetId}`);

    const now = store.nowIso();
    const rs: ResourceServerRow = {
      id: store.newId(), workspace_id: session.workspaceId, application_type: type as ResourceServerRow['application_type'],
      name, public_base_url: publicBaseUrl.trim().replace(/\/+$/, ''), protected_base_path: path, resource_uri: resourceUri,
      registration_modes: modes as ResourceServerRow['registration_modes'], active: true, state: 'pending_scan',
      status: 'pending_scan', introspection_secret: newIntrospectionSecret(), setup_completed_at: null,
      setup_completed_by: null, scan_generation: 0, last_successful_generation: 0, created_at: now, updated_at: now,
    };
    store.resourceServers.set(rs.id, rs);
    // Newest AuthSec keeps only scopes inside the application's namespace.
    const slug = appSlug(name);
    const seeded = preset ? presetScopes(name, preset.scopes) : [];
    for (const { scope, template } of seeded) {
      store.addScope({
        workspace_id: rs.workspace_id, rs_id: rs.id, scope_string: scope, display_name: template.description,
        description: template.description, risk_level: template.risk, is_auto_discovered: false, source: 'preset',
      });
    }
    for (const scope of optionalStringArray(b, 'scopes_supported') ?? []) {
      if (!scope.startsWith(`${slug}:`) || store.scopesOf(rs.id).some((s) => s.scope_string === scope)) continue;
      store.addScope({
        workspace_id: rs.workspace_id, rs_id: rs.id, scope_string: scope, display_name: scope, risk_level: 'low',
        is_auto_discovered: false, source: 'manual',
      });
    }
    store.reconcileDefaultRoles(rs.id);
    store.accessPolicies.set(rs.id, {
      rs_id: rs.id, enabled: b.default_access_enabled === true, default_role_id: store.viewerRole(rs.id)!.id,
    });
    const issuer = deps.issuer(c);
    return json({
      id: rs.id,
      issuer_url: issuer,
      resource_url: rs.resource_uri,
      jwks_uri: `${issuer}/oauth/jwks`,
      introspection_endpoint: `${issuer}/oauth/introspect`,
      introspection_secret: rs.introspection_secret,
      scope_matrix_url: `${issuer}/authsec/resource-servers/${rs.id}/sdk-policy`,
      manifest_url: `${issuer}/authsec/resource-servers/${rs.id}/sdk-manifest`,
      validation_mode: 'auto',
      scopes_supported: store.scopesOf(rs.id).map((s) => s.scope_string),
      status: rs.status,
    });
  });

  mount(app, deps, ep.updateResourceServer, async ({ rs, body, surface, json }) => {
    const row = rs(surface === 'applications' ? 'application not found' : undefined);
    const b = await body();
    const allowed = ['name', 'public_base_url', 'protected_base_path', 'scopes_supported', 'registration_modes', 'active'];
    // The facade's whitelist adds application_type (validated).
    if (surface === 'applications') allowed.push('application_type');
    if (!allowed.some((k) => k in b)) throw new ApiError(400, 'no valid fields to update');
    if (surface === 'applications' && 'application_type' in b) {
      const type = optionalString(b, 'application_type');
      if (!applicationType.options.includes(type as never)) throw new ApiError(400, 'invalid application_type');
      row.application_type = type as ResourceServerRow['application_type'];
    }
    if ('name' in b) row.name = requireString(b, 'name');
    if ('public_base_url' in b) {
      const url = requireString(b, 'public_base_url');
      const problem = checkPublicBaseUrl(url);
      if (problem) throw new ApiError(400, problem === 'not_https' ? 'public_base_url must use https (http is allowed only for localhost and 127.0.0.1)' : 'public_base_url must be an absolute http(s) URL');
      row.public_base_url = url.replace(/\/+$/, '');
    }
    if ('protected_base_path' in b) row.protected_base_path = normaliseProtectedPath(optionalString(b, 'protected_base_path'));
    if ('registration_modes' in b) row.registration_modes = (optionalStringArray(b, 'registration_modes') ?? []) as ResourceServerRow['registration_modes'];
    if ('active' in b) row.active = b.active === true;
    const uri = composeResourceUri(row.public_base_url, row.protected_base_path);
    if ([...store.resourceServers.values()].some((o) => o.id !== row.id && o.resource_uri === uri)) {
      throw new ApiError(400, `a resource server with this URL already exists (resource_uri=${uri})`);
    }
    row.resource_uri = uri;
    row.updated_at = store.nowIso();
    return json(resourceServerJson(row, store));
  });

  mount(app, deps, ep.deleteResourceServer, ({ rs, surface, c }) => {
    deleteResourceServer(store, rs(surface === 'applications' ? 'application not found' : undefined).id);
    return c.body(null, 204);
  });

  mount(app, deps, ep.rotateIntrospectionSecret, ({ rs, session, json }) => {
    const row = rs();
    row.introspection_secret = newIntrospectionSecret();
    row.updated_at = store.nowIso();
    store.emitDrift(row.id, 'secret_rotated', { rotated_at: row.updated_at }, session.user.id);
    return json({ introspection_secret: row.introspection_secret });
  });

  mount(app, deps, ep.validate, async ({ rs, json }) => json(await runProtectionCheck(store, rs(), probe)));
}

function deleteResourceServer(store: Store, rsId: string): void {
  for (const t of store.toolsOf(rsId)) store.tools.delete(t.id);
  const scopeIds = new Set(store.scopesOf(rsId).map((s) => s.id));
  for (const id of scopeIds) store.scopes.delete(id);
  store.mappings = store.mappings.filter((m) => !scopeIds.has(m.scope_id) && store.tools.has(m.tool_id));
  for (const role of store.rolesOf(rsId)) {
    store.roles.delete(role.id);
    for (const [id, b] of store.bindings) if (b.role_id === role.id) store.bindings.delete(id);
  }
  store.accessPolicies.delete(rsId);
  store.resourceServers.delete(rsId);
}
