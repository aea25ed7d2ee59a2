import { LitElement, css, html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { dialogStyles } from '../styles/dialog.js';
import { baseStyles, tokens } from '../styles/tokens.js';
import { AuthsecUiButton } from './button.js';
import { defineElement } from './define-element.js';

/** The focused element, looking through open shadow roots (the opener is often inside one). */
function deepActiveElement(): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/** Open drawers holding the page still; the page's own inline styles, put back when the last one closes. */
let locks = 0;
let pageOverflow: string | undefined;

/** The page behind a modal drawer does not scroll. */
function lockPageScroll(): void {
  if (locks++ > 0) return;
  pageOverflow = document.documentElement.style.overflow;
  document.documentElement.style.overflow = 'hidden';
}

function unlockPageScroll(): void {
  if (locks === 0 || --locks > 0) return;
  document.documentElement.style.overflow = pageOverflow ?? '';
  pageOverflow = undefined;
}

/**
 * The person asked to close the drawer (Escape, the close button, a click on the backdrop).
 * Cancelable: a host with something to lose calls `preventDefault()`, asks, then sets `open` to
 * false itself. Not fired when the host closes the drawer.
 */
export class AuthsecUiCloseRequestEvent extends Event {
  static readonly eventName = 'authsec-ui-close-request';
  constructor() {
    super(AuthsecUiCloseRequestEvent.eventName, { cancelable: true });
  }
}

/**
 * @summary A side drawer on the native modal `<dialog>`: at the inline end, 32rem wide, full-screen
 * on phones (docs/design.md, "Create and edit flows: drawers").
 * @tag authsec-ui-drawer
 * @status internal
 *
 * @slot - The drawer's content (a form, a result).
 *
 * @fires authsec-ui-close-request - Escape, the close button or the backdrop asked to close. Cancelable.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart header - The title bar with the heading and the close button.
 * @csspart heading - The heading (`<h2>`), which also names the dialog.
 * @csspart body - The scrolling area around the default slot.
 *
 * The native modal dialog keeps focus inside and makes the page behind it inert; the page does not
 * scroll behind it. Opening moves focus to the heading (the content's first field is one Tab away);
 * closing returns it to the control that had it when the drawer opened.
 */
export class AuthsecUiDrawer extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      open: { type: Boolean, reflect: true },
      heading: {},
      closeLabel: { attribute: 'close-label' },
    };
  }

  static readonly dependencies = { 'authsec-ui-button': AuthsecUiButton };

  static override styles = [
    tokens,
    baseStyles,
    dialogStyles,
    css`
      dialog {
        box-sizing: border-box;
        position: fixed;
        inset-block: 0;
        inset-inline-start: auto;
        inset-inline-end: 0;
        margin: 0;
        /* Percentages of a fixed box are of the viewport without its scrollbar (100vw would pass under it). */
        inline-size: min(32rem, 100%);
        max-inline-size: 100%;
        block-size: 100%;
        max-block-size: 100%;
        border: 0;
        border-inline-start: 1px solid var(--_authsec-color-border);
        overflow: hidden;
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.45);
      }
      header {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--_authsec-space-3);
        padding-block: var(--_authsec-space-3);
        padding-inline: var(--_authsec-space-5) var(--_authsec-space-3);
        border-block-end: 1px solid var(--_authsec-color-border);
      }
      h2 {
        overflow-wrap: break-word;
        min-inline-size: 0;
      }
      /* Focus lands here on opening so reading starts at the title; it is not a control, so no ring. */
      h2:focus {
        outline: none;
      }
      .close {
        flex: none;
      }
      .close svg {
        inline-size: 1rem;
        block-size: 1rem;
      }
      .body {
        flex: 1 1 auto;
        min-block-size: 0;
        overflow: auto;
        overscroll-behavior: contain;
        padding: var(--_authsec-space-5);
      }
      /* Phones: the whole screen, and no second inset inside it. */
      @media (max-width: 30rem) {
        dialog {
          inline-size: 100%;
          border: 0;
        }
        header {
          padding-inline: var(--_authsec-space-3) var(--_authsec-space-2);
        }
        .body {
          padding: var(--_authsec-space-3);
        }
      }
      @media (prefers-reduced-motion: no-preference) {
        dialog[open] {
          animation: slide-in var(--_authsec-duration) var(--_authsec-easing);
        }
        :host(:dir(rtl)) dialog[open] {
          animation-name: slide-in-rtl;
        }
      }
      /* Movement only: the words are at full contrast from the first frame. */
      @keyframes slide-in {
        from {
          transform: translateX(2rem);
        }
      }
      @keyframes slide-in-rtl {
        from {
          transform: translateX(-2rem);
        }
      }
      @media (forced-colors: active) {
        dialog {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];

  /** Whether the drawer shows. Setting it false closes it without asking. */
  open = false;

  /** The drawer's title: the one heading of what it shows. */
  heading = '';

  /** Accessible name of the close button (the host's words: "Close"). */
  closeLabel = 'Close';

  #opener: HTMLElement | null = null;

  /** Set while the dialog closes because `open` went false: its (later) close event is ours. */
  #closing = false;

  /** This drawer holds the page's scroll lock. */
  #locked = false;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#opener = null;
    this.#unlock();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.#dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.#opener = deepActiveElement();
      dialog.showModal();
      if (!this.#locked) lockPageScroll();
      this.#locked = true;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } else if (!this.open && dialog.open) {
      const inside = this.matches(':focus-within') || dialog.matches(':focus-within');
      this.#closing = true;
      dialog.close();
      this.#unlock();
      this.#restoreFocus(inside);
    }
  }

  /** Where focus goes back to on close: the opener, when it is still on the page. */
  get opener(): HTMLElement | null {
    return this.#opener?.isConnected ? this.#opener : null;
  }

  /** Asks to close, as Escape or the close button do (the host may keep it open). */
  requestClose(): void {
    if (!this.open) return;
    if (this.dispatchEvent(new AuthsecUiCloseRequestEvent())) this.open = false;
  }

  #unlock(): void {
    if (this.#locked) unlockPageScroll();
    this.#locked = false;
  }

  #restoreFocus(focusWasInside: boolean): void {
    const opener = this.opener;
    this.#opener = null;
    const active = deepActiveElement();
    // Only when the person's focus was in the drawer (or nowhere): never steal it from elsewhere.
    if (opener && (focusWasInside || !active || active === document.body)) opener.focus();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    // Escape in a dialog opened from inside the drawer (a confirmation) belongs to that dialog.
    const nearest = event.composedPath().find((node) => node instanceof HTMLDialogElement);
    if (nearest !== this.#dialog) return;
    event.preventDefault();
    this.requestClose();
  }

  #onCancel(event: Event): void {
    // Other close requests (a phone's back gesture): asked like Escape.
    event.preventDefault();
    this.requestClose();
  }

  #onClose(): void {
    // The close event comes a task later: by then the drawer may have been opened again.
    if (this.#closing) {
      this.#closing = false;
      return;
    }
    // Closed by the browser itself (a close request it would not let us cancel): back on screen,
    // and asked like Escape, so the host's question still comes first.
    if (!this.open || !this.isConnected) return;
    this.#dialog?.showModal();
    this.requestClose();
  }

  #onClick(event: MouseEvent): void {
    // The dialog's content fills its box: a click on the dialog itself is a click on the backdrop.
    if (event.target === this.#dialog) this.requestClose();
  }

  override render() {
    return html`<dialog part="dialog" aria-labelledby="heading" @keydown=${this.#onKeydown} @cancel=${this.#onCancel}
      @click=${this.#onClick} @close=${this.#onClose}>
      <header part="header">
        <h2 part="heading" id="heading" tabindex="-1">${this.heading}</h2>
        <authsec-ui-button class="close" variant="ghost" size="small" .label=${this.closeLabel} @click=${() => this.requestClose()}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" fill="none" /></svg>
        </authsec-ui-button>
      </header>
      <div part="body" class="body"><slot></slot></div>
    </dialog>`;
  }
}

defineElement('authsec-ui-drawer', AuthsecUiDrawer);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-ui-drawer': AuthsecUiDrawer;
  }
  interface GlobalEventHandlersEventMap {
    'authsec-ui-close-request': AuthsecUiCloseRequestEvent;
  }
}
