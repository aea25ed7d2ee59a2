/**
 * An application's AI clients ("connections" on today's surface, "clients" on the shim) and the
 * admin's writes on them (authsec-api-current.md §4.1). The list the Connections tab reads is the
 * workspace-wide `GET /authsec/clients?resource_server_id=`: the only list that carries redirect
 * URIs and when a client last got a token, on both surfaces, in one request.
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { itemList } from './list-items.js';
import { goArray, id, maybe, statusAck, timestamp } from './wire.js';

/** One OAuth client of the workspace (the admin UI's type; every field but the id and status may be absent). */
export const workspaceClient = z.looseObject({
  client_id: id,
  client_name: maybe(z.string()),
  /** `human_app`, `agent`, `m2m`, `cli`: AuthSec adds kinds, so any string. */
  client_kind: maybe(z.string()),
  /** `dcr`, `cimd`, `prereg` today; kept as text so a new mode costs a label, not the row. */
  registration_type: maybe(z.string()),
  /** `approved`, `pending_approval`, `revoked` (the model words unknown values). */
  status: z.string(),
  resource_server_id: maybe(z.string()),
  resource_server_name: maybe(z.string()),
  redirect_uris: goArray(z.string()),
  /**
   * Redirect URIs a CIMD client's metadata document now lists and an admin has not approved yet
   * [inferred: AuthSec has `approve-redirects` but no read shape was found; the emulator sends it].
   */
  pending_redirect_uris: maybe(goArray(z.string())),
  last_token_issued_at: maybe(timestamp),
  software_id: maybe(z.string()),
  software_version: maybe(z.string()),
  created_at: maybe(timestamp),
});
export type WorkspaceClient = z.output<typeof workspaceClient>;

/**
 * A workspace's OAuth clients, or one application's with `query: { resource_server_id }` (the
 * applications list counts them all in one request; the Connections tab reads one application's).
 */
export const listWorkspaceClients = endpoint({
  name: 'listWorkspaceClients', method: 'GET', path: '/authsec/clients', auth: 'bearer', status: 200,
  response: itemList(workspaceClient, 'client'),
});

/** DCR-style metadata, as AuthSec's admin UI sends it (`grant_types` etc. default there). */
export const preRegisterRequest = z.object({
  client_name: z.string(),
  redirect_uris: z.array(z.string()),
  grant_types: z.optional(z.array(z.string())),
  response_types: z.optional(z.array(z.string())),
  token_endpoint_auth_method: z.optional(z.enum(['none', 'client_secret_basic', 'client_secret_post'])),
  scope: z.optional(z.string()),
});
export type PreRegisterRequest = z.input<typeof preRegisterRequest>;

/** 201. `client_secret` only for a confidential client, and only in this response (shown once). */
export const preRegistered = z.object({
  client_id: id,
  client_name: maybe(z.string()),
  client_secret: maybe(z.string().check(z.minLength(1))),
});

export const preRegisterClient = endpoint({
  name: 'preRegisterClient', method: 'POST', path: '/authsec/resource-servers/:id/clients', auth: 'bearer', status: 201,
  request: preRegisterRequest, response: preRegistered,
  applications: { path: '/authsec/applications/:id/connections' },
});

export const revokeClient = endpoint({
  name: 'revokeClient', method: 'DELETE', path: '/authsec/resource-servers/:id/clients/:client_id', auth: 'bearer', status: 200,
  response: statusAck('revoked'),
  applications: { path: '/authsec/applications/:id/connections/:client_id' },
});

/** Today's surface only: a pending registration is approved or denied there (the shim has neither). */
export const approveClient = endpoint({
  name: 'approveClient', method: 'PUT', path: '/authsec/applications/:id/connections/:client_id/approve', auth: 'bearer', status: 200,
  onlyOn: 'applications',
  response: z.looseObject({ status: z.literal('approved'), note: maybe(z.string()) }),
});

export const denyClient = endpoint({
  name: 'denyClient', method: 'PUT', path: '/authsec/applications/:id/connections/:client_id/deny', auth: 'bearer', status: 200,
  onlyOn: 'applications',
  response: statusAck('denied'),
});

/** A CIMD client's changed redirect URIs; on the shim path on both surfaces (§4.1). */
export const approveClientRedirects = endpoint({
  name: 'approveClientRedirects', method: 'PUT', path: '/authsec/resource-servers/:id/clients/:client_id/approve-redirects', auth: 'bearer', status: 200,
  response: statusAck('redirects approved'),
});
