import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region for one element: `say()` clears it and sets the new words in the next
 * update, so a message equal to the last one is still announced.
 */
export class Announcer implements ReactiveController {
  #message = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get message(): string {
    return this.#message;
  }

  hostDisconnected(): void {
    this.#message = '';
  }

  say(message: string): void {
    this.#message = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.#message = message;
      this.host.requestUpdate();
    });
  }

  render(): TemplateResult {
    return html`<p class="sr-only" role="status" aria-live="polite">${this.#message}</p>`;
  }
}
