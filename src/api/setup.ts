/** Setup checklist, activation preview and activate, authsec-api.md §4.1–4.3. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goArray, maybe } from './wire.js';
import { goList } from './list-items.js';

export const setupStep = z.object({
  /** 1 Register · 2 Tool inventory · 3 Define scopes · 4 Map tools to scopes · 5 Default role · 6 Activate */
  step: z.number(),
  name: z.string(),
  complete: z.boolean(),
  detail: maybe(z.string()),
});
export type SetupStep = z.output<typeof setupStep>;

export const setupChecklist = z.object({ steps: goList(setupStep, 'setup_step'), can_activate: z.boolean() });
export type SetupChecklist = z.output<typeof setupChecklist>;

export const activationPreview = z.object({
  tools: z.object({ total: z.number(), public: z.number(), mapped: z.number(), unmapped: z.number() }),
  scopes: goArray(z.object({ scope_string: z.string(), display_name: z._default(z.string(), ''), tool_count: z.number() })),
  scope_count: z.number(),
  /** The default role's NAME (`rs-<id>:viewer`), not its id. */
  default_role: z._default(z.string(), ''),
  viewer_scopes: goArray(z.string()),
  public_tool_names: goArray(z.string()),
  first_time_user_grant: goArray(z.string()),
  can_activate: z.boolean(),
});
export type ActivationPreview = z.output<typeof activationPreview>;

/** Gate codes in a 409 `activation blocked`; `step_4_…` carries a count as free text. */
export const activationGate = z.enum([
  'step_2_no_tools', 'step_3_no_scopes', 'step_4_unmapped_tool_count', 'step_5_no_viewer_role', 'step_5_viewer_role_empty',
]);
export type ActivationGate = z.output<typeof activationGate>;

export const getSetup = endpoint({
  name: 'getSetup', method: 'GET', path: '/authsec/resource-servers/:id/setup', auth: 'bearer', status: 200,
  response: setupChecklist,
  applications: { path: '/authsec/applications/:id/setup' },
});
export const getActivationPreview = endpoint({
  name: 'getActivationPreview', method: 'GET', path: '/authsec/resource-servers/:id/activation-preview',
  auth: 'bearer', status: 200, response: activationPreview,
  applications: { path: '/authsec/applications/:id/activation-preview' },
});
export const activate = endpoint({
  name: 'activate', method: 'POST', path: '/authsec/resource-servers/:id/activate', auth: 'bearer', status: 200,
  response: z.object({ status: z.literal('ready') }),
  applications: { path: '/authsec/applications/:id/activate' },
});
