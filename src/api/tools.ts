/** Tool inventory actions: manual tools, the public toggle, rescan. authsec-api.md §3.1, §3.4. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { inventorySource } from './scope-matrix.js';
import { goArray, id, maybe } from './wire.js';

export const createToolRequest = z.object({
  name: z.string(),
  description: z.optional(z.string()),
  inventory_source: z.optional(z.literal('manual')),
});
export const toolCreated = z.object({ tool_id: id, name: z.string(), inventory_source: inventorySource });

/** `confirmation_token` must equal the tool name exactly when making a tool public. */
export const setToolPublicRequest = z.object({
  is_public: z.boolean(),
  confirmation_token: z.optional(z.string()),
});
export type SetToolPublicRequest = z.input<typeof setToolPublicRequest>;
export const toolPublicResult = z.object({ tool_id: id, is_public: z.boolean() });

export const rescanRequest = z.object({ mcp_token: z.optional(z.string()) });

export const discoverySyncResult = z.object({
  tools_added: z._default(z.number(), 0),
  tools_updated: z._default(z.number(), 0),
  tools_removed: z._default(z.number(), 0),
  scopes_added: z._default(z.number(), 0),
  scopes_removed: z._default(z.number(), 0),
  unmapped_scopes: goArray(z.string()),
  warnings: goArray(z.string()),
  failure_reason: maybe(z.string()),
});
export type DiscoverySyncResult = z.output<typeof discoverySyncResult>;

export const rescanResult = z.object({
  result: discoverySyncResult,
  status: maybe(z.string()),
  last_scan_status: maybe(z.string()),
  scan_generation: z.number(),
  last_successful_generation: z.number(),
});

export const createTool = endpoint({
  name: 'createTool', method: 'POST', path: '/authsec/resource-servers/:id/tools', auth: 'bearer', status: 201,
  request: createToolRequest, response: toolCreated,
  applications: { path: '/authsec/applications/:id/tools' },
});
export const setToolPublic = endpoint({
  name: 'setToolPublic', method: 'POST', path: '/authsec/resource-servers/:id/tools/:tool_id/public',
  auth: 'bearer', status: 200, request: setToolPublicRequest, response: toolPublicResult,
  applications: { path: '/authsec/applications/:id/tools/:tool_id/public' },
});
export const rescan = endpoint({
  name: 'rescan', method: 'POST', path: '/authsec/resource-servers/:id/rescan', auth: 'bearer', status: 200,
  request: rescanRequest, response: rescanResult,
  applications: { path: '/authsec/applications/:id/rescan' },
});
