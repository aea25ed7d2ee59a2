// dist/cdn/authsec-loader.js: include it once and use any <authsec-*> tag. Each tag is defined the
// first time it appears in the document, or in a shadow root a page attaches later, by loading that
// element's file from elements/ beside this one (with the shared files it needs, preloaded), so a page
// pays only for the elements it shows. Same-origin module imports only: it runs under
// `script-src 'self'` with Trusted Types enforced. The single-file authsec-elements.js stays for hosts
// that want one file.

/** The tags this loader can define (scripts/package-entries.mjs, at build time). */
declare const __AUTHSEC_TAGS__: readonly string[];
/** For each tag, the shared files its element imports, to preload in parallel (filled in at build time). */
const SHARED: Readonly<Record<string, readonly string[]>> = JSON.parse('"__AUTHSEC_SHARED__"');

const requested = new Set<string>();
const at = (file: string) => new URL(file, import.meta.url).href;

function preload(file: string): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = at(file);
  document.head.append(link);
}

function define(tag: string): void {
  if (requested.has(tag) || !__AUTHSEC_TAGS__.includes(tag)) return;
  requested.add(tag);
  for (const file of SHARED[tag] ?? []) preload(file);
  import(/* @vite-ignore */ at(`./elements/${tag}.js`)).catch((error: unknown) => {
    // Asked again the next time the tag appears (e.g. after the network came back).
    requested.delete(tag);
    console.error(`authsec-loader: could not load <${tag}>`, error);
  });
}

function discover(root: ParentNode): void {
  if (root instanceof Element && !customElements.get(root.localName)) define(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) define(el.localName);
}

function watch(root: Document | ShadowRoot): void {
  discover(root);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }).observe(root, { childList: true, subtree: true });
}

// Shadow roots a host attaches later are watched too. Ours are not: an element loads what it renders.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  if (!this.localName.startsWith('authsec-')) watch(root);
  return root;
};
watch(document);
