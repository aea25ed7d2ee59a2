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

/** Clients AuthSec counts for an application: approved registrations. */
export const approvedCount = (items: readonly { status: string }[]): number => items.filter((c) => c.status === 'approved').length;

const byId = '/authsec/resource-servers/:id' as const;
const appById = '/authsec/applications/:id' as const;

/** One application's row (no summary fields): what most screens need. */
export const getResourceServer = endpoint({
  name: 'getResourceServer', method: 'GET', path: byId, auth: 'bearer', status: 200,
  response: resourceServer,
  applications: { path: appById },
});
