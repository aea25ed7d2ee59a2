/**
 * What every in-page benchmark times with: a clock stopped after the frame that shows a result is
 * painted, a DOM node count (shadow roots included), and a wait for a condition after DOM changes.
 */

/** Resolves after the next frame has been painted (the task after its rAF callback). */
export const afterPaint = () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));

/** Every node in a tree, shadow roots included. */
export function countNodes(node: Node): number {
  let n = 1;
  if (node instanceof Element && node.shadowRoot) n += countNodes(node.shadowRoot);
  for (let c = node.firstChild; c; c = c.nextSibling) n += countNodes(c);
  return n;
}

/** Resolves when `check` holds after a DOM change inside the element (or already holds). */
export function whenDom(el: HTMLElement, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (check()) return resolve();
    const observer = new MutationObserver(() => {
      if (check()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}
