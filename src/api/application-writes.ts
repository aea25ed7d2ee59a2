/**
 * Registering, changing and deleting an application and rotating its secret (authsec-api.md §2.3–2.4):
 * only the screens that write carry these schemas.
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { applicationType, resourceServer } from './resource-servers.js';
import { goArray, id, maybe, registrationMode } from './wire.js';

const byId = '/authsec/resource-servers/:id' as const;
const appById = '/authsec/applications/:id' as const;

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
