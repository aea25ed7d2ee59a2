/**
 * Rows → wire JSON, reproducing Go's encoding: nil slices as `null`, omitempty fields absent,
 * `[]byte` payloads as base64. Components must cope with exactly this.
 */
import { encodeGoBytes } from '../src/api/wire.js';
import type { BindingRow, ClientRow, DriftEventRow, ResourceServerRow, ScopeRow, Store, ToolRow } from './store.js';

/** Go marshals a nil slice as null: the emulator does so for empty lists AuthSec does not coerce. */
export const goSlice = <T>(items: T[]): T[] | null => (items.length ? items : null);

export function resourceServerJson(rs: ResourceServerRow, store: Store) {
  const scopes = store.scopesOf(rs.id).map((s) => s.scope_string);
  return {
    id: rs.id,
    tenant_id: rs.workspace_id,
    workspace_id: rs.workspace_id,
    application_type: rs.application_type,
    name: rs.name,
    public_base_url: rs.public_base_url,
    protected_base_path: rs.protected_base_path,
    resource_uri: rs.resource_uri,
    scopes_supported: goSlice(scopes),
    registration_modes: rs.registration_modes,
    active: rs.active,
    state: rs.state,
    setup_completed_at: rs.setup_completed_at,
    setup_completed_by: rs.setup_completed_by,
    status: rs.status,
    scan_generation: rs.scan_generation,
    last_successful_generation: rs.last_successful_generation,
    ...pick(rs, ['last_scan_status', 'last_scan_error', 'last_scan_started_at', 'last_scan_completed_at',
      'last_validated_at', 'last_validation_status', 'last_validation_error']),
    created_at: rs.created_at,
    updated_at: rs.updated_at,
  };
}

export function resourceServerSummaryJson(rs: ResourceServerRow, store: Store) {
  const policy = store.accessPolicies.get(rs.id);
  const role = policy ? store.roles.get(policy.default_role_id) : undefined;
  const clientCount = [...store.clients.values()].filter((c) => c.rs_id === rs.id && c.status === 'approved').length;
  return {
    ...resourceServerJson(rs, store),
    client_count: clientCount,
    access_policy_enabled: policy?.enabled ?? false,
    access_policy_role_name: role?.name ?? null,
  };
}

/**
 * A row of `GET /authsec/applications` (today's surface): the plain row plus counters, each
 * `omitempty` (a 0 is absent), the default role's name and the latest access issue.
 */
export function applicationListJson(rs: ResourceServerRow, store: Store) {
  const roles = store.rolesOf(rs.id);
  const roleIds = new Set(roles.map((r) => r.id));
  const bindings = [...store.bindings.values()].filter((b) => roleIds.has(b.role_id) && (b.scope_type === null || b.scope_id === rs.id));
  const policy = store.accessPolicies.get(rs.id);
  const defaultRole = policy?.enabled ? store.roles.get(policy.default_role_id) : undefined;
  const counters: Record<string, number> = {
    tools_count: store.toolsOf(rs.id).length,
    scopes_count: store.scopesOf(rs.id).length,
    roles_count: roles.length,
    bindings_count: bindings.length,
    end_users_count: new Set(bindings.map((b) => b.user_id)).size,
  };
  return {
    ...resourceServerJson(rs, store),
    ...Object.fromEntries(Object.entries(counters).filter(([, n]) => n > 0)),
    ...(defaultRole ? { default_role_name: defaultRole.name } : { latest_access_issue: 'No default application role' }),
  };
}

/** One OAuth client of one application, as each surface lists it (authsec-api-current.md §4.1). */
export function connectionJson(client: ClientRow, surface: 'applications' | 'resource-servers') {
  const base = { client_id: client.client_id, client_name: client.client_name, registration_type: client.registration_type, status: client.status };
  if (surface === 'resource-servers') return base;
  return {
    connection_id: client.client_id,
    ...base,
    client_kind: client.metadata?.application_type === 'native' ? 'cli' : 'agent',
    access_method: 'xaa',
    created_at: client.created_at ?? null,
  };
}

/** `GET /authsec/clients` rows (the admin UI's type, authsec-api-current.md §4.1). */
export function workspaceClientJson(client: ClientRow, store: Store) {
  return {
    ...connectionJson(client, 'resource-servers'),
    client_kind: client.metadata?.application_type === 'native' ? 'cli' : 'agent',
    sync_status: 'active',
    resource_server_id: client.rs_id,
    resource_server_name: store.resourceServers.get(client.rs_id)?.name ?? null,
    redirect_uris: client.redirect_uris,
    ...(client.pending_redirect_uris ? { pending_redirect_uris: client.pending_redirect_uris } : {}),
    tags: null,
    ...(client.last_token_issued_at ? { last_token_issued_at: client.last_token_issued_at } : {}),
    adopted_elsewhere: false,
    created_at: client.created_at ?? null,
  };
}

export function scopeJson(s: ScopeRow) {
  return {
    id: s.id,
    tenant_id: s.workspace_id,
    resource_server_id: s.rs_id,
    scope_string: s.scope_string,
    display_name: s.display_name,
    ...pick(s, ['description', 'icon', 'parent_scope_id']),
    risk_level: s.risk_level,
    is_auto_discovered: s.is_auto_discovered,
    source: s.source,
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
}

export function toolJson(t: ToolRow, store: Store) {
  const entry = (scopeId: string, source: 'sdk_suggested' | 'admin_override', autoMatched: boolean) => {
    const s = store.scopes.get(scopeId)!;
    return { scope_id: s.id, scope_string: s.scope_string, display_name: s.display_name, risk_level: s.risk_level, auto_matched: autoMatched, source };
  };
  const overrides = store.mappingsOf(t.id, 'admin_override').filter((m) => store.scopes.has(m.scope_id));
  const overridden = new Set(overrides.map((m) => m.scope_id));
  const suggested = store
    .mappingsOf(t.id, 'sdk_suggested')
    .filter((m) => store.scopes.has(m.scope_id) && !overridden.has(m.scope_id));
  return {
    id: t.id,
    name: t.name,
    title: t.title,
    description: t.description,
    ...(t.input_schema !== undefined ? { input_schema: t.input_schema } : {}),
    ...(t.annotations ? { annotations: t.annotations } : {}),
    scopes: goSlice([...overrides, ...suggested].map((m) => entry(m.scope_id, m.source, m.auto_matched))),
    inventory_source: t.inventory_source,
    is_public: t.is_public,
    ...(suggested.length ? { suggested_scopes: suggested.map((m) => entry(m.scope_id, 'sdk_suggested', true)) } : {}),
  };
}

export function bindingJson(b: BindingRow, store: Store) {
  const user = store.users.get(b.user_id);
  return {
    id: b.id,
    user_id: b.user_id,
    username: user?.name ?? '',
    user_email: user?.email ?? '',
    role_id: b.role_id,
    role_name: store.roles.get(b.role_id)?.name ?? '',
    scope_type: b.scope_type,
    scope_id: b.scope_id,
    created_at: b.created_at,
    assignment_source: b.assignment_source,
  };
}

export function driftEventJson(e: DriftEventRow) {
  return {
    id: e.id,
    rs_id: e.rs_id,
    event_type: e.event_type,
    event_payload: encodeGoBytes(e.payload),
    occurred_at: e.occurred_at,
    ...(e.occurred_by ? { occurred_by: e.occurred_by } : {}),
  };
}

function pick<T extends object, K extends keyof T>(row: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (row[k] !== undefined) out[k] = row[k];
  return out;
}
