/**
 * The console's tabs on narrow screens (docs/design.md, "Tabs on small screens"): while they fit,
 * one row; when they do not, a grid of equal cells, every tab visible, never a sideways scroll.
 * The widest label sets the cell, so every language fits whole, and the rows are balanced (8 tabs
 * make 4 + 4 or 3 + 3 + 2, not 5 + 3).
 *
 * Only the layout changes: the tab list keeps its ARIA tabs pattern and reading order.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the tabs need, measured once per set of labels (and again when web fonts arrive). */
interface Needs {
  readonly labels: string;
  /** Width of every tab side by side, with the gaps. */
  readonly row: number;
  /** Width of the widest tab. */
  readonly cell: number;
  readonly gap: number;
  readonly count: number;
}

export class TabFit implements ReactiveController {
  readonly #host: Host;
  #needs?: Needs;
  #width = -1;
  #observer?: ResizeObserver;
  #frame = 0;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'function') {
      // Layout changes wait for the next frame: changing it inside the callback would resize what is observed.
      this.#observer = new ResizeObserver(() => {
        cancelAnimationFrame(this.#frame);
        this.#frame = requestAnimationFrame(() => this.#fit(false));
      });
      this.#observer.observe(this.#host);
    }
    // Labels measured in a fallback font are remeasured once the page's fonts are in.
    void document.fonts?.ready.then(() => this.#host.isConnected && this.#fit(true));
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  hostUpdated(): void {
    this.#fit(false);
  }

  #fit(remeasure: boolean): void {
    const list = this.#host.renderRoot.querySelector<HTMLElement>('[role="tablist"]');
    if (!list) return;
    const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    const labels = tabs.map((t) => t.textContent ?? '').join('\n');
    const fresh = remeasure || this.#needs?.labels !== labels;
    const width = list.clientWidth;
    if (!fresh && width === this.#width && list.hasAttribute('data-fit')) return;
    if (fresh) this.#needs = measure(list, tabs, labels);
    this.#width = width;
    const needs = this.#needs!;
    const wrap = needs.row > width && needs.count > 1;
    list.setAttribute('data-fit', wrap ? 'grid' : 'row');
    if (!wrap) return;
    // As many columns as the widest tab allows, then as few as keep the same number of rows.
    const fits = Math.max(1, Math.floor((width + needs.gap) / (needs.cell + needs.gap)));
    const rows = Math.ceil(needs.count / Math.min(fits, needs.count));
    list.style.setProperty('--_authsec-tab-columns', String(Math.ceil(needs.count / rows)));
  }
}

function measure(list: HTMLElement, tabs: readonly HTMLElement[], labels: string): Needs {
  const gap = parseFloat(getComputedStyle(list).columnGap) || 0;
  const range = document.createRange();
  // Tabs keep their labels on one line (white-space: nowrap), so a label's box is its full width.
  const widths = tabs.map((tab) => {
    const style = getComputedStyle(tab);
    range.selectNodeContents(tab);
    const box = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
    return Math.ceil(range.getBoundingClientRect().width + box.reduce((sum, side) => sum + (parseFloat(style[side]) || 0), 0));
  });
  range.detach();
  return {
    labels,
    row: widths.reduce((sum, w) => sum + w, 0) + gap * Math.max(0, tabs.length - 1),
    cell: Math.max(0, ...widths),
    gap,
    count: tabs.length,
  };
}
