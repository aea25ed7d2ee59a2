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

/** What a mount measured: when the watched response was in hand, and its size. */
export interface DataClock {
  /** `performance.now()` when the response the element waits for had arrived (0 until then). */
  readonly at: number;
  readonly bytes: number;
}

/**
 * Mounts `<tag application-id>` inside `<authsec-provider>` on the in-page emulator, its fetch
 * timing the response whose path ends with `watch`: "data" is that response in hand, as if it had
 * just arrived over the network. The clock starts once the copy the client reads exists (making
 * it, a large string encoded again, is the bench's own work, not the page's); decoding and parsing
 * it are the page's, and counted.
 */
export async function mountTimed<T extends HTMLElement>(
  emu: { baseUrl: string; fetchFn: (input: string, init?: RequestInit) => Promise<Response>; ownerToken(): Promise<string> },
  tag: string,
  applicationId: string,
  watch: string,
): Promise<{ el: T; clock: DataClock }> {
  const token = await emu.ownerToken();
  const clock = { at: 0, bytes: 0 };
  const fetch = async (input: string, init?: RequestInit) => {
    const res = await emu.fetchFn(input, init);
    if (!new URL(input).pathname.endsWith(watch)) return res;
    const text = await res.text();
    clock.bytes = text.length;
    const arrived = new Response(text, { status: res.status, headers: res.headers });
    clock.at = performance.now();
    performance.mark('bench:data'); // for a trace (scripts/bench-page.mjs)
    return arrived;
  };
  const provider = document.createElement('authsec-provider');
  provider.setAttribute('base-url', emu.baseUrl);
  Object.assign(provider, { fetch, getToken: () => token });
  const el = document.createElement(tag) as T;
  el.setAttribute('application-id', applicationId);
  provider.append(el);
  document.body.append(provider);
  return { el, clock };
}

/**
 * Each key press in `search`: from the input event's own timestamp to the frame that shows the
 * filtered rows (what `shown` and `first` read differs from before the key) or, when the key did
 * not change the result, the element's next render.
 */
export function watchKeys(el: HTMLElement & { updateComplete: Promise<unknown> }, search: HTMLInputElement, shown: () => string, first: () => string, record: (ms: number) => void): void {
  let before = { shown: shown(), first: first() };
  search.addEventListener('input', (event) => {
    const t0 = event.timeStamp;
    const was = before;
    const changed = () => shown() !== was.shown || first() !== was.first;
    void Promise.race([whenDom(el, changed), el.updateComplete.then(afterPaint)])
      .then(afterPaint)
      .then((t1) => {
        before = { shown: shown(), first: first() };
        record(t1 - t0);
      });
  });
}
