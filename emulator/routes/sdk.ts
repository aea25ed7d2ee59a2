/** What the SDK calls with Basic `<rs_id>:<secret>`: policy and manifest. authsec-api.md §5. */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { appSlug } from '../../src/model/app-slug.js';
import { ApiError, mount, type Deps } from '../http.js';
import type { ManifestAttemptRow, ResourceServerRow, Store, ToolRow } from '../store.js';

export function sdkRoutes(app: Hono, deps: Deps): void {
  const { store } = deps;

  mount(app, deps, ep.getSdkPolicy, ({ rs, json }) => json(sdkPolicy(store, rs())));

  mount(app, deps, ep.putSdkManifest, async ({ rs, c, json }) => {
    const row = rs();
    const attempt = (status: ManifestAttemptRow['status'], extra: Partial<ManifestAttemptRow> = {}) =>
      store.manifestAttempts.push({ id: store.newId(), rs_id: row.id, attempted_at: store.nowIso(), status, ...extra });
    const text = await c.req.text();
    if (text.length > 4 * 1024 * 1024) {
      attempt('invalid_payload', { reason: 'manifest larger than 4 MiB' });
      throw new ApiError(400, 'invalid manifest JSON');
    }
    let manifest: { tools?: unknown; manifest_version?: unknown; sdk_build_id?: unknown };
    try {
      manifest = JSON.parse(text) as typeof manifest;
      if (!manifest || typeof manifest !== 'object') throw new Error('not an object');
      if (manifest.tools != null && !Array.isArray(manifest.tools)) throw new Error('tools is not a list');
    } catch (error) {
      attempt('invalid_payload', { reason: error instanceof Error ? error.message : 'invalid JSON' });
      throw new ApiError(400, 'invalid manifest JSON');
    }
    const tools = ((manifest.tools as unknown[] | null) ?? []).filter(
      (t): t is Record<string, unknown> => !!t && typeof t === 'object' && typeof (t as { name?: unknown }).name === 'string',
    );
    const meta = {
      ...(typeof manifest.manifest_version === 'string' ? { manifest_version: manifest.manifest_version } : {}),
      ...(typeof manifest.sdk_build_id === 'string' ? { sdk_build_id: manifest.sdk_build_id } : {}),
    };
    if (tools.length === 0) {
      attempt('empty_tool_list', { reason: 'manifest must contain at least one tool', tool_count: 0, ...meta });
      throw new ApiError(422, 'manifest must contain at least one tool');
    }
    applyManifest(store, row, tools);
    attempt('success', { tool_count: tools.length, ...meta });
    return json({ status: 'ok', tools_seen: tools.length, generation: row.last_successful_generation });
  });
}

/** Upserts `sdk_manifest` tools and their `sdk_suggested` mappings; bumps the generation. */
export function applyManifest(store: Store, row: ResourceServerRow, tools: Record<string, unknown>[]): void {
  const slug = appSlug(row.name);
  for (const t of tools) {
    const name = String(t.name);
    let tool: ToolRow | undefined = store.toolsOf(row.id).find((x) => x.name === name);
    const fields = {
      title: typeof t.title === 'string' ? t.title : '',
      description: typeof t.description === 'string' ? t.description : '',
      input_schema: t.input_schema,
      ...(t.annotations && typeof t.annotations === 'object' ? { annotations: t.annotations as ToolRow['annotations'] } : {}),
    };
    if (!tool) tool = store.addTool({ rs_id: row.id, name, ...fields, inventory_source: 'sdk_manifest', is_public: false });
    else if (tool.inventory_source === 'sdk_manifest') Object.assign(tool, fields);
    // A same-named scanned or manual tool only takes the suggestions.
    const suggested = Array.isArray(t.suggested_scopes) ? t.suggested_scopes.filter((s): s is string => typeof s === 'string') : [];
    for (const scopeString of suggested) {
      if (!scopeString.startsWith(`${slug}:`)) continue;
      let scope = store.scopesOf(row.id).find((s) => s.scope_string === scopeString);
      scope ??= store.addScope({
        workspace_id: row.workspace_id, rs_id: row.id, scope_string: scopeString, display_name: scopeString,
        risk_level: 'low', is_auto_discovered: false, source: 'manifest',
      });
      const toolId = tool.id;
      const scopeId = scope.id;
      if (!store.mappings.some((m) => m.tool_id === toolId && m.scope_id === scopeId)) {
        store.mappings.push({ tool_id: toolId, scope_id: scopeId, source: 'sdk_suggested', auto_matched: true });
      }
    }
  }
  store.reconcileDefaultRoles(row.id);
  row.scan_generation = row.last_successful_generation = Math.max(row.scan_generation, row.last_successful_generation) + 1;
  row.last_scan_completed_at = store.nowIso();
  row.last_scan_status = 'success';
  if (row.state === 'pending_scan' || row.state === 'scan_failed') row.state = 'needs_setup';
  row.updated_at = store.nowIso();
}

/** Until the application is launched the policy is incomplete: the SDK must deny every call. */
export function sdkPolicy(store: Store, row: ResourceServerRow) {
  const fetchedAt = store.nowIso();
  if (row.state !== 'ready') {
    return {
      state: row.state, policy_complete: false, reason: `rs_${row.state}`, rs_id: row.id,
      generation: row.last_successful_generation, scopes_supported: [], tools: {}, tool_policy: [],
      tool_metadata: {}, fetched_at: fetchedAt, ttl_seconds: 60,
    };
  }
  const tools = store.toolsOf(row.id);
  const required = (toolId: string) =>
    store.mappingsOf(toolId, 'admin_override').map((m) => store.scopes.get(m.scope_id)?.scope_string).filter((s): s is string => !!s).sort();
  return {
    state: row.state, policy_complete: true, reason: '', rs_id: row.id, generation: row.last_successful_generation,
    scopes_supported: store.scopesOf(row.id).map((s) => s.scope_string),
    tools: Object.fromEntries(tools.filter((t) => !t.is_public).map((t) => [t.name, required(t.id)])),
    tool_policy: tools.map((t) => ({ name: t.name, is_public: t.is_public, required_scopes: required(t.id) })),
    tool_metadata: Object.fromEntries(tools.map((t) => [t.name, { ...(t.annotations ? { annotations: t.annotations } : {}), inventory_source: t.inventory_source }])),
    fetched_at: fetchedAt, ttl_seconds: 300,
  };
}
