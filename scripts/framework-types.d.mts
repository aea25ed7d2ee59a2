/** The generated framework sources (`src/frameworks/*.generated.ts`), by repo path, from a manifest (default: custom-elements.json). */
export function frameworkSources(manifest?: unknown): Record<string, string>;
/** VS Code HTML/CSS custom data and JetBrains web-types, by file name. */
export function ideData(manifest?: unknown): Record<string, string>;
