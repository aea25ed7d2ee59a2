/** AuthSec's server-side rules for setup and launch (`ResourceServerService.SetupChecklist`, `Activate`). */
import type * as z from 'zod/mini';
import type { activationPreview as previewSchema, setupChecklist as checklistSchema } from '../src/api/setup.js';
import type { Store } from './store.js';

export function setupChecklist(store: Store, rsId: string): z.input<typeof checklistSchema> {
  const rs = store.resourceServers.get(rsId)!;
  const tools = store.toolsOf(rsId);
  const scopes = store.scopesOf(rsId);
  const unmapped = store.unmappedTools(rsId).length;
  const viewerScopes = store.roleScopeStrings(store.viewerRole(rsId)).length;
  const steps = [
    { step: 1, name: 'Register', complete: true },
    { step: 2, name: 'Tool inventory', complete: tools.length > 0, detail: `${tools.length} tools` },
    { step: 3, name: 'Define scopes', complete: scopes.length > 0, detail: `${scopes.length} scopes` },
    { step: 4, name: 'Map tools to scopes', complete: tools.length > 0 && unmapped === 0, detail: `${unmapped} unmapped` },
    { step: 5, name: 'Default role', complete: viewerScopes > 0, detail: `viewer: ${viewerScopes} scopes` },
  ];
  const canActivate = steps.every((s) => s.complete);
  return {
    steps: [...steps, { step: 6, name: 'Activate', complete: rs.state === 'ready', detail: `can_activate=${canActivate}` }],
    can_activate: canActivate,
  };
}

/** The `failed[]` codes of a blocked activation, in AuthSec's order and spelling. */
export function activationGates(store: Store, rsId: string): string[] {
  const failed: string[] = [];
  if (store.toolsOf(rsId).length === 0) failed.push('step_2_no_tools');
  if (store.scopesOf(rsId).length === 0) failed.push('step_3_no_scopes');
  const unmapped = store.unmappedTools(rsId).length;
  if (unmapped > 0) failed.push(`step_4_unmapped_tool_count: ${unmapped}`);
  const viewer = store.viewerRole(rsId);
  if (!viewer) failed.push('step_5_no_viewer_role');
  else if (store.roleScopeStrings(viewer).length === 0) failed.push('step_5_viewer_role_empty');
  return failed;
}

export function activationPreview(store: Store, rsId: string): z.input<typeof previewSchema> {
  const tools = store.toolsOf(rsId);
  const publicTools = tools.filter((t) => t.is_public);
  const mapped = tools.filter((t) => t.is_public || store.mappingsOf(t.id, 'admin_override').length > 0).length;
  const scopes = store.scopesOf(rsId).map((s) => ({
    scope_string: s.scope_string,
    display_name: s.display_name,
    tool_count: store.mappings.filter((m) => m.scope_id === s.id && m.source === 'admin_override').length,
  }));
  const policy = store.accessPolicies.get(rsId);
  const defaultRole = policy ? store.roles.get(policy.default_role_id) : store.viewerRole(rsId);
  const viewerScopes = store.roleScopeStrings(store.viewerRole(rsId));
  return {
    tools: { total: tools.length, public: publicTools.length, mapped, unmapped: tools.length - mapped },
    scopes,
    scope_count: scopes.length,
    default_role: defaultRole?.name ?? '',
    viewer_scopes: viewerScopes,
    public_tool_names: publicTools.map((t) => t.name),
    first_time_user_grant: viewerScopes,
    can_activate: activationGates(store, rsId).length === 0,
  };
}
