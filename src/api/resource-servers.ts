/** Applications (AuthSec "resource servers"), authsec-api.md §2. */
import * as z from 'zod/mini';
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

const byId = '/authsec/resource-servers/:id' as const;

export const listResourceServers = endpoint({
  name: 'listResourceServers', method: 'GET', path: '/authsec/resource-servers', auth: 'bearer', status: 200,
  response: goArray(resourceServerSummary),
});
export const getResourceServer = endpoint({
  name: 'getResourceServer', method: 'GET', path: byId, auth: 'bearer', status: 200,
  response: resourceServerSummary,
});
export const createResourceServer = endpoint({
  name: 'createResourceServer', method: 'POST', path: '/authsec/resource-servers', auth: 'bearer', status: 201,
  request: createResourceServerRequest, response: resourceServerCreated,
});
export const updateResourceServer = endpoint({
  name: 'updateResourceServer', method: 'PUT', path: byId, auth: 'bearer', status: 200,
  request: updateResourceServerRequest, response: resourceServer,
});
export const deleteResourceServer = endpoint({
  name: 'deleteResourceServer', method: 'DELETE', path: byId, auth: 'bearer', status: 204,
  response: z.optional(z.unknown()),
});
export const rotateIntrospectionSecret = endpoint({
  name: 'rotateIntrospectionSecret', method: 'POST', path: `${byId}/rotate-introspection-secret`, auth: 'bearer',
  status: 200, response: secretRotated,
});
