/** The Tools tab's data: scope matrix and the tool→scope map, authsec-api.md §3.1–3.2. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goArray, id, maybe, rawJson, riskLevel, timestamp } from './wire.js';
import { goItems, goList } from './list-items.js';

export const inventorySource = z.enum(['mcp_scan', 'sdk_manifest', 'manual']);
export type InventorySource = z.output<typeof inventorySource>;

/** Only `admin_override` mappings are enforced at runtime; `sdk_suggested` is advice. */
export const mappingSource = z.enum(['sdk_suggested', 'admin_override']);
export type MappingSource = z.output<typeof mappingSource>;

export const scopeMapEntry = z.object({
  scope_id: id,
  scope_string: z.string(),
  display_name: z._default(z.string(), ''),
  risk_level: z._default(riskLevel, 'low'),
  auto_matched: z._default(z.boolean(), false),
  source: mappingSource,
});
export type ScopeMapEntry = z.output<typeof scopeMapEntry>;

/** MCP tool annotations as declared by the server: untrusted hints, shown as such. */
export const toolAnnotations = z.looseObject({
  title: z.optional(z.string()),
  readOnlyHint: z.optional(z.boolean()),
  destructiveHint: z.optional(z.boolean()),
  idempotentHint: z.optional(z.boolean()),
  openWorldHint: z.optional(z.boolean()),
});
export type ToolAnnotations = z.output<typeof toolAnnotations>;

/**
 * `suggested_scopes`: the document does not pin the element type; the backend's scope-map entries
 * are the likely shape, but manifests carry plain strings. Both become `{ scope_string, scope_id? }`.
 */
export const suggestedScope = z.pipe(
  z.union([z.string(), scopeMapEntry]),
  z.transform((v) => (typeof v === 'string' ? { scope_string: v } : v) as { scope_string: string } & Partial<ScopeMapEntry>),
);

export const mcpTool = z.object({
  id,
  name: z.string(),
  title: z._default(z.string(), ''),
  description: z._default(z.string(), ''),
  input_schema: rawJson,
  annotations: maybe(toolAnnotations),
  scopes: goArray(scopeMapEntry),
  inventory_source: inventorySource,
  is_public: z._default(z.boolean(), false),
  suggested_scopes: goArray(suggestedScope),
});
export type McpTool = z.output<typeof mcpTool>;

export const unmappedScope = z.object({
  id,
  scope_string: z.string().check(z.minLength(1)),
  display_name: z._default(z.string(), ''),
  risk_level: z._default(riskLevel, 'low'),
  is_auto_discovered: z._default(z.boolean(), false),
});

export const scopeMatrix = z.object({
  resource_server: z.object({
    id,
    name: z.string(),
    /** = public_base_url */
    url: z.string(),
    status: maybe(z.string()),
    last_scan_status: maybe(z.string()),
    scan_generation: z._default(z.number(), 0),
    last_successful_generation: z._default(z.number(), 0),
    last_scan_started_at: maybe(timestamp),
    last_scan_completed_at: maybe(timestamp),
  }),
  tools: goList(mcpTool, 'tool'),
  /** Scopes mapped to no tool (legacy field; hides scopes already mapped elsewhere). */
  unmapped_scopes: goItems(unmappedScope, 'scope'),
  /** Every scope of the application (newer AuthSec, authsec-api-current.md §2.4); absent before. */
  scopes: goItems(unmappedScope, 'scope'),
  total_scopes: z.number(),
  total_tools: z.number(),
});
export type ScopeMatrix = z.output<typeof scopeMatrix>;

export const toolScopeMapRequest = z.object({
  mappings: z.array(z.object({ tool_id: z.string(), scope_id: z.string(), remove: z.optional(z.boolean()) })),
});
export type ToolScopeMapRequest = z.input<typeof toolScopeMapRequest>;

/** AuthSec skips invalid or foreign ids silently: compare `applied` with `requested`. */
export const toolScopeMapResult = z.object({
  status: z.literal('updated'),
  applied: z.number(),
  requested: z.number(),
});

export const getScopeMatrix = endpoint({
  name: 'getScopeMatrix', method: 'GET', path: '/authsec/resource-servers/:id/scope-matrix', auth: 'bearer',
  status: 200, response: scopeMatrix,
  applications: { path: '/authsec/applications/:id/scope-matrix' },
});
export const putToolScopeMap = endpoint({
  name: 'putToolScopeMap', method: 'PUT', path: '/authsec/resource-servers/:id/tool-scope-map', auth: 'bearer',
  status: 200, request: toolScopeMapRequest, response: toolScopeMapResult,
  applications: { path: '/authsec/applications/:id/tool-scope-map' },
});
