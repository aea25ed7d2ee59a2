/** Roles of one application (`rs-<id>:*`), authsec-api.md §6.2. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goArray, id, maybe, riskLevel } from './wire.js';
import { goList } from './list-items.js';

/** One scope a role grants, as the v2 roles list sends it. */
export const grantedScope = z.object({
  scope_id: id,
  scope_string: z.string(),
  display_name: z._default(z.string(), ''),
  risk_level: z._default(riskLevel, 'low'),
});
export type GrantedScope = z.output<typeof grantedScope>;

export const rsRole = z.object({
  id,
  name: z.string(),
  description: maybe(z.string()),
  is_default: z._default(z.boolean(), false),
  /** Counts, not lists. */
  permissions: z._default(z.number(), 0),
  bindings: z._default(z.number(), 0),
  /**
   * Extension (the dev backend sends counts only; the v2 roles list sends this shape): the scopes
   * the role grants on this application. Undefined when AuthSec did not say.
   */
  granted_scopes: maybe(z.array(grantedScope)),
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
  response: z.object({ roles: goList(rsRole, 'role') }),
  applications: { path: '/authsec/applications/:id/roles' },
});
/** Replace semantics within this application. */
export const putRoleScopeGrants = endpoint({
  name: 'putRoleScopeGrants', method: 'PUT', path: '/authsec/resource-servers/:id/roles/:role_id/scope-grants',
  auth: 'bearer', status: 200, request: scopeGrantsRequest, response: scopeGrantsResult,
  applications: { path: '/authsec/applications/:id/roles/:role_id/scope-grants' },
});
