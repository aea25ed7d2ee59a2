/** Roles of one application (`rs-<id>:*`), authsec-api.md §6.2. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goArray, id, maybe } from './wire.js';

export const rsRole = z.object({
  id,
  name: z.string(),
  description: maybe(z.string()),
  is_default: z._default(z.boolean(), false),
  /** Counts, not lists. */
  permissions: z._default(z.number(), 0),
  bindings: z._default(z.number(), 0),
});
export type RsRole = z.output<typeof rsRole>;

export const scopeGrantsRequest = z.object({ scope_ids: z.array(z.string()) });
export const scopeGrantsResult = z.object({
  role_id: id,
  role_name: z.string(),
  scope_ids: goArray(z.string()),
  granted_scopes: goArray(z.string()),
  permissions_count: z.number(),
});

export const listRoles = endpoint({
  name: 'listRoles', method: 'GET', path: '/authsec/resource-servers/:id/roles', auth: 'bearer', status: 200,
  response: z.object({ roles: goArray(rsRole) }),
});
/** Replace semantics within this application. */
export const putRoleScopeGrants = endpoint({
  name: 'putRoleScopeGrants', method: 'PUT', path: '/authsec/resource-servers/:id/roles/:role_id/scope-grants',
  auth: 'bearer', status: 200, request: scopeGrantsRequest, response: scopeGrantsResult,
});
