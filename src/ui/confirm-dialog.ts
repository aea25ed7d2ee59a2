import './messages.js';
import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { dialogStyles } from '../styles/dialog.js';
import { baseStyles, tokens } from '../styles/tokens.js';
import { AuthsecUiButton } from './button.js';
import { defineElement } from './define-element.js';
import { MessagesController } from './messages-controller.js';

const CONFIRMED = 'confirm';

/** The focused element, looking through open shadow roots (the opener is often inside one). */
function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * @summary A modal confirmation on the native `<dialog>`: `await dialog.open()` resolves `true` on
 * confirm and `false` on cancel, Esc, or removal.
 * @tag authsec-ui-confirm-dialog
 * @status internal
 *
 * @slot - The body: what will happen and what it affects.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading - The heading (`<h2>`), which also names the dialog.
 * @csspart body - The wrapper around the default slot.
 * @csspart actions - The button row.
 *
 * With `require-text`, Confirm stays disabled until the person types exactly that text (for "type
 * the Application name to delete it"). Initial focus goes to that input, otherwise to Cancel, so a
 * stray Enter never confirms a destructive action. Focus returns to the opener when it closes.
 */
export class AuthsecUiConfirmDialog extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      heading: {},
      confirmLabel: { attribute: 'confirm-label' },
      cancelLabel: { attribute: 'cancel-label' },
      danger: { type: Boolean, reflect: true },
      requireText: { attribute: 'require-text' },
      requireTextLabel: { attribute: 'require-text-label' },
      locale: {},
      typed: { state: true },
    };
  }

  /**
   * Building blocks this one renders. Referencing the classes (not a bare side-effect import) keeps
   * their registration in bundles that honour `package.json#sideEffects`.
   */
  static readonly dependencies = { 'authsec-ui-button': AuthsecUiButton };

  static override styles = [
    tokens,
    baseStyles,
    dialogStyles,
    css`
      dialog {
        inline-size: min(32rem, calc(100vw - 2rem));
        max-block-size: calc(100dvh - 2rem);
        overflow: auto;
        border: 1px solid var(--_authsec-color-border);
        border-radius: var(--_authsec-radius-lg);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.5);
      }
      form {
        display: grid;
        gap: var(--_authsec-space-4);
        padding: var(--_authsec-space-5);
      }
      h2 {
        overflow-wrap: anywhere;
      }
      .mark {
        display: inline-grid;
        place-items: center;
        inline-size: 1.25em;
        block-size: 1.25em;
        margin-inline-end: var(--_authsec-space-2);
        border-radius: 50%;
        background: var(--_authsec-color-danger);
        color: var(--_authsec-color-on-danger);
        font-size: 0.875em;
        vertical-align: 0.1em;
      }
      @media (forced-colors: active) {
        .mark {
          forced-color-adjust: none;
          background: CanvasText;
          color: Canvas;
        }
      }
      .body {
        overflow-wrap: anywhere;
      }
      .require {
        display: grid;
        gap: var(--_authsec-space-1);
      }
      .require label {
        font-weight: var(--_authsec-font-weight-medium);
        overflow-wrap: anywhere;
      }
      .require input {
        min-block-size: 2.25rem;
        padding: var(--_authsec-space-1) var(--_authsec-space-3);
        border: 1px solid var(--_authsec-color-border-strong);
        border-radius: var(--_authsec-radius-md);
        background: var(--_authsec-color-surface);
        color: var(--_authsec-color-text);
        font: inherit;
      }
      .hint {
        margin: 0;
        color: var(--_authsec-color-text-muted);
        font-size: var(--_authsec-font-size-sm);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-end;
        gap: var(--_authsec-space-2);
      }
    `,
  ];

  readonly #messages = new MessagesController(this);

  #pending: { promise: Promise<boolean>; resolve: (confirmed: boolean) => void } | undefined;

  #opener: HTMLElement | null = null;

  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog')!;
  }

  get #requireInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('.require input');
  }

  get #cancelButton(): HTMLElement {
    return this.renderRoot.querySelector<HTMLElement>('.cancel')!;
  }

  private typed = '';

  /** Names the dialog; say what will happen ("Delete scope github:repo:write?"). */
  heading = '';

  /** Confirm button text. Default: `ui.dialog.confirm`. Prefer the action's verb ("Delete"). */
  confirmLabel: string | undefined = undefined;

  /** Cancel button text. Default: `ui.dialog.cancel`. */
  cancelLabel: string | undefined = undefined;

  /** Destructive action: danger-styled confirm and a warning mark on the heading. */
  danger = false;

  /** Text the person must type exactly before Confirm is enabled. Empty: no typing needed. */
  requireText = '';

  /** Label of the typing field. Default: `ui.dialog.requireText` with `{text}`. */
  requireTextLabel: string | undefined = undefined;

  locale: string | undefined = undefined;

  /** Whether the dialog is showing. */
  get isOpen(): boolean {
    return this.#pending !== undefined;
  }

  get #canConfirm(): boolean {
    return this.requireText === '' || this.typed === this.requireText;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removing an open modal <dialog> fires no close event; settle the promise ourselves.
    this.#settle(false);
  }

  /** Shows the dialog modally. Calling it again while open returns the same promise. */
  open(): Promise<boolean> {
    if (this.#pending) return this.#pending.promise;
    let resolve: (confirmed: boolean) => void = () => undefined;
    const promise = new Promise<boolean>((r) => (resolve = r));
    this.#pending = { promise, resolve };
    this.#opener = deepActiveElement();
    this.typed = '';
    void this.#show();
    return promise;
  }

  async #show(): Promise<void> {
    await this.updateComplete;
    if (!this.#pending || !this.isConnected || this.#dialog.open) return;
    this.#dialog.returnValue = '';
    this.#dialog.showModal();
    (this.requireText ? this.#requireInput : this.#cancelButton)?.focus();
  }

  /** Closes the dialog; `open()` resolves with `confirmed`. */
  close(confirmed = false): void {
    if (this.#dialog?.open) this.#dialog.close(confirmed ? CONFIRMED : '');
    else this.#settle(confirmed);
  }

  #settle(confirmed: boolean): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    if (this.#dialog?.open) this.#dialog.close();
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
    pending.resolve(confirmed);
  }

  // Native close covers Esc, Cancel and Confirm alike; returnValue tells them apart.
  #handleClose(): void {
    this.#settle(this.#dialog.returnValue === CONFIRMED);
  }

  #handleSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.#canConfirm) this.#dialog.close(CONFIRMED);
  }

  #handleInput(event: InputEvent): void {
    this.typed = (event.target as HTMLInputElement).value;
  }

  override render() {
    const t = this.#messages.t.bind(this.#messages);
    return html`
      <dialog part="dialog" aria-labelledby="heading" @close=${this.#handleClose}>
        <form method="dialog" novalidate @submit=${this.#handleSubmit}>
          <h2 part="heading" id="heading">
            ${this.danger ? html`<span class="mark" aria-hidden="true">!</span>` : nothing}${this.heading}
          </h2>
          <div part="body" class="body"><slot></slot></div>
          ${this.requireText
            ? html`<div class="require">
                <label for="require-input"
                  >${this.requireTextLabel ?? t('ui.dialog.requireText', { text: this.requireText })}</label
                >
                <input
                  id="require-input"
                  autocomplete="off"
                  autocapitalize="off"
                  spellcheck="false"
                  aria-describedby="require-hint"
                  .value=${live(this.typed)}
                  @input=${this.#handleInput}
                />
                <p id="require-hint" class="hint">${t('ui.dialog.requireTextHint')}</p>
              </div>`
            : nothing}
          <div part="actions" class="actions">
            <authsec-ui-button class="cancel" .locale=${this.locale} @click=${() => this.close(false)}
              >${this.cancelLabel ?? t('ui.dialog.cancel')}</authsec-ui-button
            >
            <authsec-ui-button
              class="confirm"
              type="submit"
              variant=${this.danger ? 'danger' : 'primary'}
              .locale=${this.locale}
              ?disabled=${!this.#canConfirm}
              >${this.confirmLabel ?? t('ui.dialog.confirm')}</authsec-ui-button
            >
          </div>
        </form>
      </dialog>
    `;
  }
}

defineElement('authsec-ui-confirm-dialog', AuthsecUiConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-ui-confirm-dialog': AuthsecUiConfirmDialog;
  }
}
