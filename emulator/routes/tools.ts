/** Tools tab: scope matrix, tool→scope map, manual tools, public toggle, rescan. authsec-api.md §3. */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { ApiError, mount, optionalString, requireString, type Deps } from '../http.js';
import { scanTools, type Probe } from '../probe.js';
import { goSlice, toolJson } from '../serialise.js';
import type { ScopeRow } from '../store.js';

export function toolRoutes(app: Hono, deps: Deps, probe: Probe): void {
  const { store } = deps;
  const scanning = new Set<string>();

  mount(app, deps, ep.getScopeMatrix, ({ rs, json }) => {
    const row = rs();
    const tools = store.toolsOf(row.id);
    const scopes = store.scopesOf(row.id);
    const used = new Set(store.mappings.map((m) => m.scope_id));
    return json({
      resource_server: {
        id: row.id, name: row.name, url: row.public_base_url, status: row.status,
        ...(row.last_scan_status ? { last_scan_status: row.last_scan_status } : {}),
        scan_generation: row.scan_generation, last_successful_generation: row.last_successful_generation,
        ...(row.last_scan_started_at ? { last_scan_started_at: row.last_scan_started_at } : {}),
        ...(row.last_scan_completed_at ? { last_scan_completed_at: row.last_scan_completed_at } : {}),
      },
      tools: tools.map((t) => toolJson(t, store)),
      unmapped_scopes: goSlice(scopes.filter((s) => !used.has(s.id)).map(scopeSummary)),
      // Newer AuthSec: every scope of the application (authsec-api-current.md §2.4); an AuthSec from
      // before the applications surface does not send it.
      ...(deps.surfaces === 'resource-servers' ? {} : { scopes: goSlice(scopes.map(scopeSummary)) }),
      total_scopes: scopes.length,
      total_tools: tools.length,
    });
  });

  mount(app, deps, ep.putToolScopeMap, async ({ rs, body, session, json }) => {
    const row = rs();
    const b = await body<{ mappings?: unknown }>();
    if (!Array.isArray(b.mappings)) throw new ApiError(400, 'mappings is required');
    let applied = 0;
    for (const raw of b.mappings as Record<string, unknown>[]) {
      const tool = store.tools.get(String(raw?.tool_id ?? ''));
      const scope = store.scopes.get(String(raw?.scope_id ?? ''));
      // AuthSec skips ids that are invalid or belong elsewhere without saying so.
      if (!tool || tool.rs_id !== row.id || !scope || scope.rs_id !== row.id) continue;
      const existing = store.mappings.findIndex((m) => m.tool_id === tool.id && m.scope_id === scope.id && m.source === 'admin_override');
      if (raw.remove === true) {
        if (existing >= 0) {
          store.mappings.splice(existing, 1);
          store.emitDrift(row.id, 'tool_unmapped', { tool_id: tool.id, scope_id: scope.id }, session.user.id);
        }
      } else if (existing < 0) {
        store.mappings.push({ tool_id: tool.id, scope_id: scope.id, source: 'admin_override', auto_matched: false });
      }
      applied++;
    }
    return json({ status: 'updated', applied, requested: b.mappings.length });
  });

  mount(app, deps, ep.createTool, async ({ rs, body, json }) => {
    const row = rs();
    const b = await body();
    const name = requireString(b, 'name', 'name is required');
    const existing = store.toolsOf(row.id).find((t) => t.name === name);
    if (existing) {
      throw new ApiError(409, 'a tool with this name already exists', { existing_source: existing.inventory_source, existing_tool_id: existing.id });
    }
    const tool = store.addTool({
      rs_id: row.id, name, title: '', description: optionalString(b, 'description') ?? '',
      inventory_source: 'manual', is_public: false,
    });
    if (row.state === 'pending_scan') row.state = 'needs_setup';
    return json({ tool_id: tool.id, name: tool.name, inventory_source: tool.inventory_source });
  });

  mount(app, deps, ep.setToolPublic, async ({ rs, param, body, json }) => {
    const row = rs();
    const tool = store.tools.get(param('tool_id'));
    if (!tool || tool.rs_id !== row.id) throw new ApiError(404, 'tool not found');
    const b = await body();
    if (typeof b.is_public !== 'boolean') throw new ApiError(400, 'is_public is required');
    if (b.is_public && b.confirmation_token !== tool.name) {
      throw new ApiError(400, 'confirmation_token must match the tool name to make it public', {
        confirmation_hint: 'Type the tool name exactly to confirm that anyone with a token for this application may call it.',
        expected_tool_name: tool.name,
      });
    }
    tool.is_public = b.is_public;
    return json({ tool_id: tool.id, is_public: tool.is_public });
  });

  mount(app, deps, ep.rescan, async ({ rs, body, json }) => {
    const row = rs();
    if (scanning.has(row.id)) throw new ApiError(409, 'a scan is already in progress');
    const b = await body();
    scanning.add(row.id);
    row.last_scan_started_at = store.nowIso();
    try {
      const scanned = await scanTools(row, probe, optionalString(b, 'mcp_token'));
      let added = 0;
      let updated = 0;
      for (const t of scanned) {
        const existing = store.toolsOf(row.id).find((x) => x.name === t.name);
        if (existing) {
          if (existing.inventory_source === 'mcp_scan') {
            Object.assign(existing, { title: t.title ?? '', description: t.description ?? '', input_schema: t.inputSchema, annotations: t.annotations });
            updated++;
          }
          continue;
        }
        store.addTool({
          rs_id: row.id, name: t.name, title: t.title ?? '', description: t.description ?? '',
          input_schema: t.inputSchema, ...(t.annotations ? { annotations: t.annotations } : {}),
          inventory_source: 'mcp_scan', is_public: false,
        });
        added++;
      }
      row.scan_generation = row.last_successful_generation = Math.max(row.scan_generation, row.last_successful_generation) + 1;
      row.last_scan_status = 'success';
      delete row.last_scan_error;
      row.last_scan_completed_at = store.nowIso();
      if (row.state === 'pending_scan' || row.state === 'scan_failed') row.state = 'needs_setup';
      return json({
        result: { tools_added: added, tools_updated: updated, tools_removed: 0, scopes_added: 0, scopes_removed: 0, unmapped_scopes: null, warnings: null },
        status: row.status, last_scan_status: row.last_scan_status,
        scan_generation: row.scan_generation, last_successful_generation: row.last_successful_generation,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      row.last_scan_status = 'failed';
      row.last_scan_error = reason;
      row.last_scan_completed_at = store.nowIso();
      if (row.state === 'pending_scan') row.state = 'scan_failed';
      throw new ApiError(502, 'discovery failed', { failure_reason: reason });
    } finally {
      scanning.delete(row.id);
    }
  });
}

const scopeSummary = (s: ScopeRow) => ({
  id: s.id, scope_string: s.scope_string, display_name: s.display_name, risk_level: s.risk_level,
  is_auto_discovered: s.is_auto_discovered,
});
