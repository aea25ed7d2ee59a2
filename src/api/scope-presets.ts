/** Scope presets offered at registration, authsec-api.md §2.5. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goArray, riskLevel } from './wire.js';

export const scopePresetId = z.enum([
  'read_only', 'read_write', 'read_write_admin', 'per_resource_crud', 'code_repos', 'messaging',
  'file_storage', 'workflow_actions', 'database', 'knowledge_rag', 'voice_agent', 'blank',
]);
export type ScopePresetId = z.output<typeof scopePresetId>;

export const scopePreset = z.object({
  id: scopePresetId,
  name: z.string(),
  category: z.enum(['common', 'domain', 'custom']),
  description: z.string(),
  recommended: z._default(z.boolean(), false),
  /** `suffix` uses `<app>` (the application slug) and `<resource>` (template only, skipped). */
  scopes: goArray(z.object({ suffix: z.string(), description: z.string(), risk: riskLevel })),
});
export type ScopePreset = z.output<typeof scopePreset>;

export const listScopePresets = endpoint({
  name: 'listScopePresets', method: 'GET', path: '/authsec/scope-presets', auth: 'bearer', status: 200,
  response: z.object({ presets: goArray(scopePreset) }),
});
