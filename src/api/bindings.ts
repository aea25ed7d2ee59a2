/** Role bindings of one application and the users that may get one. authsec-api.md §6.3–6.4. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { id, maybe, timestamp } from './wire.js';
import { goList } from './list-items.js';

export const assignmentSource = z.enum(['manual_admin', 'default_policy']);
export type AssignmentSource = z.output<typeof assignmentSource>;

export const rsBinding = z.object({
  id,
  user_id: z.string(),
  username: maybe(z.string()),
  user_email: maybe(z.string()),
  role_id: z.string(),
  role_name: z.string(),
  /** `null` for tenant-wide bindings (default policy); `resource_server` for bindings made here. */
  scope_type: maybe(z.string()),
  scope_id: maybe(z.string()),
  created_at: maybe(timestamp),
  assignment_source: maybe(assignmentSource),
});
export type RsBinding = z.output<typeof rsBinding>;

export const createBindingRequest = z.object({ user_id: z.string(), role_id: z.string() });
export const bindingCreated = z.object({
  id,
  user_id: z.string(),
  role_id: z.string(),
  role_name: z.string(),
  scope_type: z.literal('resource_server'),
  scope_id: z.string(),
});

export const eligibleUser = z.object({ id, email: z.string(), name: z._default(z.string(), '') });
export type EligibleUser = z.output<typeof eligibleUser>;

export const listBindings = endpoint({
  name: 'listBindings', method: 'GET', path: '/authsec/resource-servers/:id/bindings', auth: 'bearer', status: 200,
  response: z.object({ bindings: goList(rsBinding, 'binding') }),
  applications: { path: '/authsec/applications/:id/bindings' },
});
export const createBinding = endpoint({
  name: 'createBinding', method: 'POST', path: '/authsec/resource-servers/:id/bindings', auth: 'bearer', status: 201,
  request: createBindingRequest, response: bindingCreated,
  applications: { path: '/authsec/applications/:id/bindings' },
});
export const deleteBinding = endpoint({
  name: 'deleteBinding', method: 'DELETE', path: '/authsec/resource-servers/:id/bindings/:binding_id',
  auth: 'bearer', status: 200, response: z.object({ status: z.literal('deleted') }),
  applications: { path: '/authsec/applications/:id/bindings/:binding_id' },
});
/** Up to 200 active users of the workspace, newest first. */
export const listEligibleUsers = endpoint({
  name: 'listEligibleUsers', method: 'GET', path: '/authsec/resource-servers/:id/eligible-users', auth: 'bearer',
  status: 200, response: z.object({ users: goList(eligibleUser, 'user') }),
  applications: { path: '/authsec/applications/:id/eligible-users' },
});
