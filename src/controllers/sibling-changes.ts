import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A burst of changes (a preset creates scopes one by one) is one reload. */
const DEBOUNCE_MS = 150;

/**
 * Reloads an element when a sibling AuthSec element on the page reports a change it shows
 * (`authsec-scopes-changed`, `authsec-secret-rotated`…): by event name only, so the element loads
 * none of the others. Its own events are left to it.
 */
export class SiblingChanges implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #events: readonly string[];
  readonly #reload: () => void;
  #timer?: ReturnType<typeof setTimeout>;
  readonly #onChange = (event: Event): void => {
    if (event.composedPath().includes(this.#host)) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#reload, DEBOUNCE_MS);
  };

  constructor(host: ReactiveControllerHost & EventTarget, events: readonly string[], reload: () => void) {
    this.#host = host;
    this.#events = events;
    this.#reload = reload;
    host.addController(this);
  }

  hostConnected(): void {
    for (const name of this.#events) document.addEventListener(name, this.#onChange);
  }

  hostDisconnected(): void {
    for (const name of this.#events) document.removeEventListener(name, this.#onChange);
    clearTimeout(this.#timer);
  }
}
