const warnedTags = new Set<string>();

/**
 * Registers a custom element, tolerating double registration.
 *
 * Pages often load two copies of a library (a drop-in bundle next to an npm build, or two
 * micro-frontends). Defining the same tag again with the same class is a no-op; with a different
 * class (another copy or version) the first definition stays, and we warn once per tag instead of
 * throwing, so the page keeps working. Without a `customElements` registry (SSR, Node) it does nothing.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(
    `[authsec] <${tag}> is already defined by another copy of AuthSec Elements: the first is kept. Load the library once per page.`,
  );
}
