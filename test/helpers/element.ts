/** What every element test reads from a shadow root, and how it waits for one. */

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/** Polls `done` after each update until it holds; the error quotes what the element shows. */
export async function until(el: Updating, done: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!done()) {
    if (performance.now() > end) throw new Error(`timed out; element says: ${shadowText(el).slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
  }
}

/** The element's shadow text, whitespace collapsed. */
export const shadowText = (el: HTMLElement): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** `querySelector` inside the element's shadow root. */
export const shadowQuery = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
