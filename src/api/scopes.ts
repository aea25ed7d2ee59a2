/** Application scopes (dev lineage `OAuthScope`), authsec-api.md §3.1, §3.3. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { id, maybe, riskLevel, timestamp } from './wire.js';
import { itemList } from './list-items.js';

/** Seen: `manual`, `manifest`, `preset` (dev) and `admin`, `application_create`, `sdk_discovered` (v2). Open-ended. */
export const scopeSource = z.string();

export const oauthScope = z.object({
  id,
  tenant_id: maybe(z.string()),
  workspace_id: maybe(z.string()),
  resource_server_id: maybe(z.string()),
  scope_string: z.string().check(z.minLength(1)),
  display_name: z._default(z.string(), ''),
  description: maybe(z.string()),
  icon: maybe(z.string()),
  risk_level: z._default(riskLevel, 'low'),
  parent_scope_id: maybe(z.string()),
  is_auto_discovered: z._default(z.boolean(), false),
  source: maybe(scopeSource),
  created_at: maybe(timestamp),
  updated_at: maybe(timestamp),
});
export type OAuthScope = z.output<typeof oauthScope>;

export const createScopeRequest = z.object({
  scope_string: z.string(),
  display_name: z.string(),
  description: z.optional(z.string()),
  icon: z.optional(z.string()),
  risk_level: z.optional(riskLevel),
  parent_scope_id: z.optional(z.string()),
  permission_ids: z.optional(z.array(z.string())),
});
export type CreateScopeRequest = z.input<typeof createScopeRequest>;

export const updateScopeRequest = z.object({
  display_name: z.optional(z.string()),
  description: z.optional(z.string()),
  icon: z.optional(z.string()),
  risk_level: z.optional(riskLevel),
  parent_scope_id: z.optional(z.string()),
  permission_ids: z.optional(z.array(z.string())),
});
export type UpdateScopeRequest = z.input<typeof updateScopeRequest>;

export const listScopes = endpoint({
  name: 'listScopes', method: 'GET', path: '/authsec/resource-servers/:id/scopes', auth: 'bearer', status: 200,
  response: itemList(oauthScope, 'scope'),
  applications: { path: '/authsec/applications/:id/scopes' },
});
export const createScope = endpoint({
  name: 'createScope', method: 'POST', path: '/authsec/resource-servers/:id/scopes', auth: 'bearer', status: 201,
  request: createScopeRequest, response: oauthScope,
  applications: { path: '/authsec/applications/:id/scopes' },
});
/** Dev lineage: scope update/delete are keyed by scope id alone. */
export const updateScope = endpoint({
  name: 'updateScope', method: 'PUT', path: '/authsec/scopes/:scope_id', auth: 'bearer', status: 200,
  request: updateScopeRequest, response: oauthScope,
});
export const deleteScope = endpoint({
  name: 'deleteScope', method: 'DELETE', path: '/authsec/scopes/:scope_id', auth: 'bearer', status: 204,
  response: z.optional(z.unknown()),
});
