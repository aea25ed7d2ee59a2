/** What every element test reads from a shadow root, and how it waits for one. */

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Polls `done` after each update until it holds; the error quotes what the element shows. The
 * 20 s default is for a loaded machine (conditions take well under a second when idle); mocha's
 * own limit (web-test-runner.config.mjs) is above it.
 */
export async function until(el: Updating, done: () => boolean, ms = WAIT_MS): Promise<void> {
  await waitUntil(done, () => `element says: ${el.shadowRoot ? shadowText(el).slice(0, 600) : '(no shadow root)'}`, ms, () => el.updateComplete);
}

/** How long a test waits for a condition by default (see `until`). */
export const WAIT_MS = 20_000;

/** Polls `done` until it holds; `describe` says what the page showed when it did not. */
export async function waitUntil(done: () => boolean, describe: () => string, ms = WAIT_MS, settle?: () => Promise<unknown>): Promise<void> {
  const end = performance.now() + ms;
  while (!done()) {
    if (performance.now() > end) throw new Error(`timed out after ${ms} ms; ${describe()}`);
    await new Promise((r) => setTimeout(r, 10));
    await settle?.();
  }
}

/** The element's shadow text, whitespace collapsed. */
export const shadowText = (el: HTMLElement): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

/** `querySelector` inside the element's shadow root. */
export const shadowQuery = <T extends Element = HTMLElement>(el: HTMLElement, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/**
 * Lets whatever an action set off run to its end without waiting a fixed time: two rounds of the
 * task queue (events the browser queued, such as a dialog's `close`, and the promise chains they
 * start) and the element's pending update. For "and nothing else happened" checks after an action.
 */
export async function settled(el?: Updating): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await new Promise((r) => setTimeout(r, 0));
    await el?.updateComplete;
  }
}

type UiButton = HTMLElement & { label?: string };

/** The `<authsec-ui-button>` in `root`'s shadow tree whose text or accessible label is `label`. */
export function uiButton(root: HTMLElement | ParentNode, label: string): UiButton {
  const scope = root instanceof HTMLElement && root.shadowRoot ? root.shadowRoot : root;
  const all = [...scope.querySelectorAll<UiButton>('authsec-ui-button')];
  const found = all.find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label || b.label === label);
  if (!found) throw new Error(`no button "${label}"; have: ${all.map((b) => b.label || b.textContent!.trim()).join(' | ')}`);
  return found;
}

/** Presses the native `<button>` inside an `<authsec-ui-button>`, as a pointer would. */
export const press = (b: Element): void => b.shadowRoot!.querySelector('button')!.click();
