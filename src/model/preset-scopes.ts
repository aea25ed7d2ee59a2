/** Which scope strings a scope preset creates for an application, as AuthSec seeds them. */
import { appSlug } from './app-slug.js';

export interface PresetScopeTemplate {
  readonly suffix: string;
}

/**
 * `<app>` becomes the slug; templates naming `<resource>` are examples only and are skipped;
 * everything ends up inside the `<slug>:` namespace (AuthSec drops scopes outside it).
 */
export function presetScopes<T extends PresetScopeTemplate>(
  applicationName: string,
  templates: readonly T[],
): { scope: string; template: T }[] {
  const slug = appSlug(applicationName);
  if (!slug) return [];
  const out: { scope: string; template: T }[] = [];
  for (const template of templates) {
    if (template.suffix.includes('<resource>')) continue;
    const filled = template.suffix.replaceAll('<app>', slug);
    const scope = filled.startsWith(`${slug}:`) ? filled : `${slug}:${filled}`;
    if (!out.some((o) => o.scope === scope)) out.push({ scope, template });
  }
  return out;
}

export function presetScopeStrings(applicationName: string, templates: readonly PresetScopeTemplate[]): string[] {
  return presetScopes(applicationName, templates).map((p) => p.scope);
}
