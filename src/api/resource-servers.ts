/** Applications (AuthSec "resource servers"), authsec-api.md §2. */
import * as z from 'zod/mini';
import { getAccessPolicy } from './access-policy.js';
import { endpoint } from './endpoint.js';
import { goArray, id, maybe, registrationMode, timestamp } from './wire.js';

export const resourceServerState = z.enum(['pending_scan', 'needs_setup', 'ready', 'scan_failed']);
export type ResourceServerState = z.output<typeof resourceServerState>;

export const applicationType = z.enum(['mcp_server', 'ai_agent', 'clawbot', 'api_service']);
export type ApplicationType = z.output<typeof applicationType>;

export { registrationMode, type RegistrationMode } from './wire.js';

/** `last_validation_status`: the backend writes `failing` (the admin UI wrongly checks `failed`). */
export const validationStatus = z.enum(['passed', 'failing']);

/** The `ResourceServer` row as serialised by Go (`models/resource_server.go`). */
export const resourceServer = z.object({
  id,
  tenant_id: maybe(z.string()),
  workspace_id: maybe(z.string()),
  application_type: z._default(applicationType, 'mcp_server'),
  agent_type: maybe(z.string()),
  legacy_client_id: maybe(z.string()),
  name: z.string(),
  public_base_url: z.string(),
  protected_base_path: z.string(),
  resource_uri: z.string(),
  scopes_supported: goArray(z.string()),
  registration_modes: goArray(registrationMode),
  active: z.boolean(),
  state: resourceServerState,
  setup_completed_at: maybe(timestamp),
  setup_completed_by: maybe(z.string()),
  status: maybe(z.string()),
  scan_generation: z._default(z.number(), 0),
  last_successful_generation: z._default(z.number(), 0),
  last_scan_status: maybe(z.string()),
  last_scan_error: maybe(z.string()),
  last_scan_started_at: maybe(timestamp),
  last_scan_completed_at: maybe(timestamp),
  last_validated_at: maybe(timestamp),
  last_validation_status: maybe(validationStatus),
  last_validation_error: maybe(z.string()),
  created_at: timestamp,
  updated_at: timestamp,
});
export type ResourceServer = z.output<typeof resourceServer>;

/** List/Get on `/resource-servers` add these summary fields to the row. */
export const resourceServerSummary = z.extend(resourceServer, {
  client_count: z._default(z.number(), 0),
  access_policy_enabled: z._default(z.boolean(), false),
  access_policy_role_name: maybe(z.string()),
});
export type ResourceServerSummary = z.output<typeof resourceServerSummary>;

export const createResourceServerRequest = z.object({
  name: z.string(),
  public_base_url: z.string(),
  protected_base_path: z.optional(z.string()),
  scopes_supported: z.optional(z.array(z.string())),
  registration_modes: z.optional(z.array(registrationMode)),
  application_type: z.optional(applicationType),
  agent_type: z.optional(z.string()),
  scope_preset_id: z.optional(z.string()),
  default_access_enabled: z.optional(z.boolean()),
});
export type CreateResourceServerRequest = z.input<typeof createResourceServerRequest>;

/** 201 from create. `introspection_secret` appears here and in rotate, never again. */
export const resourceServerCreated = z.object({
  id,
  issuer_url: z.string(),
  resource_url: z.string(),
  jwks_uri: z.string(),
  introspection_endpoint: z.string(),
  introspection_secret: z.string().check(z.minLength(1)),
  scope_matrix_url: maybe(z.string()),
  manifest_url: maybe(z.string()),
  validation_mode: maybe(z.string()),
  scopes_supported: goArray(z.string()),
  status: maybe(z.string()),
});
export type ResourceServerCreated = z.output<typeof resourceServerCreated>;

export const updateResourceServerRequest = z.object({
  name: z.optional(z.string()),
  public_base_url: z.optional(z.string()),
  protected_base_path: z.optional(z.string()),
  scopes_supported: z.optional(z.array(z.string())),
  registration_modes: z.optional(z.array(registrationMode)),
  active: z.optional(z.boolean()),
});

export const secretRotated = z.object({ introspection_secret: z.string().check(z.minLength(1)) });

/**
 * `GET /authsec/applications` rows (today's surface): the plain row plus counters, all `omitempty`
 * (a 0 is absent), and no `client_count` / `access_policy_*` (authsec-api-current.md §2.2).
 */
export const applicationListItem = z.extend(resourceServer, {
  tools_count: z._default(z.number(), 0),
  scopes_count: z._default(z.number(), 0),
  roles_count: z._default(z.number(), 0),
  bindings_count: z._default(z.number(), 0),
  end_users_count: z._default(z.number(), 0),
  /** The application's default role; absent when it has none. */
  default_role_name: maybe(z.string()),
  /** `"No default application role"` when the application has none; else absent. */
  latest_access_issue: maybe(z.string()),
});
export type ApplicationListItem = z.output<typeof applicationListItem>;

/**
 * A workspace's OAuth clients, every application at once (`GET /authsec/clients`; the admin UI's
 * type, authsec-api-current.md §4.1). Read for the applications list's client counts, so the list
 * needs no request per row.
 */
export const workspaceClient = z.looseObject({
  client_id: z.string(),
  client_name: maybe(z.string()),
  registration_type: maybe(z.string()),
  status: z.string(),
  resource_server_id: maybe(z.string()),
});
export const listWorkspaceClients = endpoint({
  name: 'listWorkspaceClients', method: 'GET', path: '/authsec/clients', auth: 'bearer', status: 200,
  response: goArray(workspaceClient),
});

/** One OAuth client of one application ("connection" on today's surface, "client" on the shim). */
export const connection = z.looseObject({
  /** = the public `client_id` (applications surface only). */
  connection_id: maybe(z.string()),
  client_id: z.string(),
  client_name: maybe(z.string()),
  client_kind: maybe(z.string()),
  registration_type: maybe(z.string()),
  status: z.string(),
  created_at: maybe(timestamp),
});
export type Connection = z.output<typeof connection>;

/** The newest facade sends `{ items }`; older builds (and the admin UI's type) a bare array. */
const connectionList = z.union([z.object({ items: goArray(connection) }), goArray(connection)]);

export const listConnections = endpoint({
  name: 'listConnections', method: 'GET', path: '/authsec/resource-servers/:id/clients', auth: 'bearer', status: 200,
  response: goArray(connection),
  applications: {
    path: '/authsec/applications/:id/connections',
    response: connectionList,
    adapt: (value: z.output<typeof connectionList>) => (Array.isArray(value) ? value : value.items),
  },
});

const byId = '/authsec/resource-servers/:id' as const;
const appById = '/authsec/applications/:id' as const;

/** Clients AuthSec counts for an application: approved registrations. */
const approved = (items: readonly { status: string }[]) => items.filter((c) => c.status === 'approved').length;

export const listResourceServers = endpoint({
  name: 'listResourceServers', method: 'GET', path: '/authsec/resource-servers', auth: 'bearer', status: 200,
  response: goArray(resourceServerSummary),
  applications: {
    path: '/authsec/applications',
    response: goArray(applicationListItem),
    // One more request for every row's client count; the access policy follows the default role
    // the row names (the facade enables the policy with its default role: §4.4) [inferred].
    adapt: async (rows: ApplicationListItem[], { call, signal }) => {
      const clients = await call(listWorkspaceClients, { signal });
      return rows.map((row): ResourceServerSummary & ApplicationListItem => ({
        ...row,
        client_count: approved(clients.filter((c) => c.resource_server_id === row.id)),
        access_policy_enabled: row.default_role_name !== undefined,
        access_policy_role_name: row.default_role_name,
      }));
    },
  },
});

/** One application's row (no summary fields): what most screens need. */
export const getResourceServer = endpoint({
  name: 'getResourceServer', method: 'GET', path: byId, auth: 'bearer', status: 200,
  response: resourceServer,
  applications: { path: appById },
});

/**
 * One application's row with the summary the Overview's readiness reads (client count, access
 * policy). The shim sends it in one response; today's surface sends the plain row, so the
 * connections and the access policy are read beside it.
 */
export const getApplicationSummary = endpoint({
  name: 'getApplicationSummary', method: 'GET', path: byId, auth: 'bearer', status: 200,
  response: resourceServerSummary,
  applications: {
    path: appById,
    response: resourceServer,
    adapt: async (row: ResourceServer, { call, params, signal }): Promise<ResourceServerSummary> => {
      const [clients, policy] = await Promise.all([
        call(listConnections, { params, signal }),
        call(getAccessPolicy, { params, signal }),
      ]);
      return {
        ...row,
        client_count: approved(clients),
        access_policy_enabled: policy.enabled,
        access_policy_role_name: policy.enabled ? policy.default_role_name : undefined,
      };
    },
  },
});

export const createResourceServer = endpoint({
  name: 'createResourceServer', method: 'POST', path: '/authsec/resource-servers', auth: 'bearer', status: 201,
  request: createResourceServerRequest, response: resourceServerCreated,
  // The facade binds its own struct: `agent_type` is not one of its fields (§2.3).
  applications: { path: '/authsec/applications', body: ({ agent_type: _dropped, ...rest }) => rest },
});
export const updateResourceServer = endpoint({
  name: 'updateResourceServer', method: 'PUT', path: byId, auth: 'bearer', status: 200,
  request: updateResourceServerRequest, response: resourceServer,
  applications: { path: appById },
});
export const deleteResourceServer = endpoint({
  name: 'deleteResourceServer', method: 'DELETE', path: byId, auth: 'bearer', status: 204,
  response: z.optional(z.unknown()),
  applications: { path: appById },
});
export const rotateIntrospectionSecret = endpoint({
  name: 'rotateIntrospectionSecret', method: 'POST', path: `${byId}/rotate-introspection-secret`, auth: 'bearer',
  status: 200, response: secretRotated,
  applications: { path: `${appById}/rotate-introspection-secret` },
});
