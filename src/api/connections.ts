/**
 * The admin's writes on an application's AI clients ("connections" on today's surface, "clients"
 * on the shim; authsec-api-current.md §4.1). The list they act on is `listWorkspaceClients`.
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { id, maybe, statusAck } from './wire.js';

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
