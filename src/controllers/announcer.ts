import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for one element: `say()` clears it and sets the new words in the next
 * update, so a message equal to the last one is still announced.
 */
export class Announcer implements ReactiveController {
  #message = '';

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#message = '';
  }

  say(message: string): void {
    this.#message = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.#message = message;
      this.#host.requestUpdate();
    });
  }

  render(): TemplateResult {
    return html`<p class="sr-only" role="status">${this.#message}</p>`;
  }
}
