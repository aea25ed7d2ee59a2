/** What the SDK speaks (Basic `<rs_id>:<secret>`) and what the admin sees of it. authsec-api.md §4.4, §5. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { resourceServerState } from './resource-servers.js';
import { inventorySource, toolAnnotations } from './scope-matrix.js';
import { goArray, id, maybe, rawJson, timestamp } from './wire.js';

export const manifestAttemptStatus = z.enum(['success', 'auth_failed', 'invalid_payload', 'empty_tool_list', 'server_error']);
export type ManifestAttemptStatus = z.output<typeof manifestAttemptStatus>;

export const manifestAttempt = z.object({
  id,
  rs_id: z.string(),
  attempted_at: timestamp,
  status: manifestAttemptStatus,
  reason: maybe(z.string()),
  tool_count: maybe(z.number()),
  manifest_version: maybe(z.string()),
  sdk_build_id: maybe(z.string()),
});
export type ManifestAttempt = z.output<typeof manifestAttempt>;

export const manifestStatus = z.object({
  last_attempt: maybe(manifestAttempt),
  last_success: maybe(manifestAttempt),
  never_seen: z.boolean(),
});
export type ManifestStatus = z.output<typeof manifestStatus>;

export const manifestTool = z.object({
  name: z.string(),
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  input_schema: z.optional(z.unknown()),
  annotations: z.optional(toolAnnotations),
  suggested_scopes: z.optional(z.nullable(z.array(z.string()))),
});
export type ManifestTool = z.input<typeof manifestTool>;

export const sdkManifest = z.object({
  tools: z.nullable(z.array(manifestTool)),
  manifest_version: z.optional(z.string()),
  sdk_build_id: z.optional(z.string()),
});
export type SdkManifest = z.input<typeof sdkManifest>;

export const sdkManifestAccepted = z.object({ status: z.literal('ok'), tools_seen: z.number(), generation: z.number() });

export const sdkPolicyReason = z.enum(['rs_pending_scan', 'rs_needs_setup', 'rs_scan_failed', '']);

/** `policy_complete: false` means deny every call: the SDK must not guess. */
export const sdkPolicy = z.object({
  state: resourceServerState,
  policy_complete: z.boolean(),
  reason: z._default(sdkPolicyReason, ''),
  rs_id: z.string(),
  generation: z.number(),
  scopes_supported: goArray(z.string()),
  /** Legacy map `{ tool name: [scope…] }`; `tool_policy` is authoritative. */
  tools: z.pipe(
    z.optional(z.nullable(z.record(z.string(), z.nullable(z.array(z.string()))))),
    z.transform((v) => Object.fromEntries(Object.entries(v ?? {}).map(([k, s]) => [k, s ?? []]))),
  ),
  tool_policy: goArray(z.object({ name: z.string(), is_public: z.boolean(), required_scopes: goArray(z.string()) })),
  tool_metadata: z.pipe(
    z.optional(z.nullable(z.record(z.string(), z.object({ annotations: rawJson, inventory_source: maybe(inventorySource) })))),
    z.transform((v) => v ?? {}),
  ),
  fetched_at: timestamp,
  ttl_seconds: z.number(),
});
export type SdkPolicy = z.output<typeof sdkPolicy>;

export const getManifestStatus = endpoint({
  name: 'getManifestStatus', method: 'GET', path: '/authsec/resource-servers/:id/sdk-manifest-status',
  auth: 'bearer', status: 200, response: manifestStatus,
  applications: { path: '/authsec/applications/:id/sdk-manifest-status' },
});
export const getSdkPolicy = endpoint({
  name: 'getSdkPolicy', method: 'GET', path: '/authsec/resource-servers/:id/sdk-policy', auth: 'basic', status: 200,
  response: sdkPolicy,
});
export const putSdkManifest = endpoint({
  name: 'putSdkManifest', method: 'PUT', path: '/authsec/resource-servers/:id/sdk-manifest', auth: 'basic',
  status: 200, request: sdkManifest, response: sdkManifestAccepted,
});
