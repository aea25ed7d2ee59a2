/**
 * The application slug AuthSec namespaces scopes with (`scope_preset_catalog.go`): lowercase,
 * spaces and hyphens become `_`, other punctuation is dropped, at most 32 characters.
 * "GitHub MCP Server" → `github_mcp_server`.
 */
export const APP_SLUG_MAX = 32;

export function appSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\s-]/g, '_')
    .replace(/[^a-z0-9_]/g, '')
    .slice(0, APP_SLUG_MAX);
}
