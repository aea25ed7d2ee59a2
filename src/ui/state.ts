import './messages.js';
import { LitElement, css, html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { baseStyles, tokens } from '../styles/tokens.js';
import type { MessageKey } from '../i18n/catalog.js';
import { AuthsecUiButton } from './button.js';
import { defineElement } from './define-element.js';
import { MessagesController } from './messages-controller.js';
import { spinner, spinnerStyles } from './spinner.js';

export type StateKind = 'loading' | 'empty' | 'error' | 'forbidden';

/** Fired when the person presses Retry on an error. The element that loads data re-runs its task. */
export class AuthsecUiRetryEvent extends Event {
  static readonly eventName = 'authsec-ui-retry';
  constructor() {
    super(AuthsecUiRetryEvent.eventName, { bubbles: true, composed: true });
  }
}

const DEFAULT_HEADING: Readonly<Record<StateKind, MessageKey>> = {
  loading: 'ui.state.loading',
  empty: 'ui.state.empty.heading',
  error: 'ui.state.error.heading',
  forbidden: 'ui.state.forbidden.heading',
};

const DEFAULT_MESSAGE: Readonly<Partial<Record<StateKind, MessageKey>>> = {
  error: 'ui.state.error.message',
  forbidden: 'ui.state.forbidden.message',
};

const GLYPHS: Readonly<Partial<Record<StateKind, string>>> = { empty: '○', error: '!', forbidden: '⊘' };

/**
 * @summary The loading, empty, error and forbidden states every element shows, in one look.
 * @tag authsec-ui-state
 * @status internal
 *
 * @slot actions - Extra actions, e.g. "Add a tool" on an empty list or "Sign in" on a session error.
 *
 * @csspart base - The wrapper.
 * @csspart icon - The decorative glyph (hidden from assistive technology).
 * @csspart heading - The heading line.
 * @csspart message - The explanation.
 * @csspart retry - The Retry button (errors only).
 *
 * @fires authsec-ui-retry - When Retry is pressed.
 *
 * Loading is a polite `role="status"`; error text is a `role="alert"` so it is announced when it
 * appears. `heading` and `message` are rendered as text (error messages from the API are untrusted).
 */
export class AuthsecUiState extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      kind: { reflect: true },
      heading: {},
      message: {},
      retryLabel: { attribute: 'retry-label' },
      noRetry: { type: Boolean, attribute: 'no-retry' },
      locale: {},
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
    spinnerStyles,
    css`
      .base {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: var(--_authsec-space-3);
        padding: var(--_authsec-space-6) var(--_authsec-space-4);
        text-align: center;
      }
      .text {
        display: grid;
        gap: var(--_authsec-space-1);
        max-inline-size: 40rem;
      }
      .heading {
        margin: 0;
        font-size: var(--_authsec-font-size-md);
        font-weight: var(--_authsec-font-weight-bold);
        overflow-wrap: anywhere;
      }
      .message {
        margin: 0;
        color: var(--_authsec-color-text-muted);
        font-size: var(--_authsec-font-size-sm);
        overflow-wrap: anywhere;
        white-space: pre-line;
      }
      .icon {
        display: grid;
        place-items: center;
        inline-size: 2.5rem;
        block-size: 2.5rem;
        border: 2px solid currentColor;
        border-radius: 50%;
        color: var(--_authsec-color-neutral);
        font-size: var(--_authsec-font-size-lg);
        font-weight: var(--_authsec-font-weight-bold);
      }
      :host([kind='error']) .icon {
        color: var(--_authsec-color-danger);
      }
      :host([kind='forbidden']) .icon {
        color: var(--_authsec-color-warning);
      }
      .spinner {
        --_spinner-size: 2rem;
        --_spinner-width: 3px;
        --_spinner-track: var(--_authsec-color-border);
        --_spinner-indicator: var(--_authsec-color-accent);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: var(--_authsec-space-2);
      }
    `,
  ];

  readonly #messages = new MessagesController(this);

  kind: StateKind = 'loading';

  /** Heading text. Default depends on `kind` (`ui.state.*`). */
  heading: string | undefined = undefined;

  /** Explanation under the heading: what happened and what the person can do. */
  message: string | undefined = undefined;

  /** Retry button text. Default: `ui.state.retry`. */
  retryLabel: string | undefined = undefined;

  /** Hides Retry on an error that retrying cannot fix (e.g. validation). */
  noRetry = false;

  locale: string | undefined = undefined;

  #retry(): void {
    this.dispatchEvent(new AuthsecUiRetryEvent());
  }

  #renderText(): TemplateResult {
    const t = this.#messages.t.bind(this.#messages);
    const kind = Object.hasOwn(DEFAULT_HEADING, this.kind) ? this.kind : 'loading';
    const messageKey = DEFAULT_MESSAGE[kind];
    const message = this.message ?? (messageKey ? t(messageKey) : '');
    return html`<p part="heading" class="heading">${this.heading ?? t(DEFAULT_HEADING[kind])}</p>
      ${message ? html`<p part="message" class="message">${message}</p>` : nothing}`;
  }

  override render() {
    const glyph = GLYPHS[this.kind];
    if (this.kind === 'loading' || !Object.hasOwn(DEFAULT_HEADING, this.kind)) {
      return html`<div part="base" class="base">
        ${spinner()}
        <div class="text" role="status">${this.#renderText()}</div>
      </div>`;
    }
    const showRetry = this.kind === 'error' && !this.noRetry;
    return html`<div part="base" class="base">
      ${glyph ? html`<span part="icon" class="icon" aria-hidden="true">${glyph}</span>` : nothing}
      ${this.kind === 'error'
        ? html`<div class="text" role="alert">${this.#renderText()}</div>`
        : html`<div class="text">${this.#renderText()}</div>`}
      <div class="actions">
        ${showRetry
          ? html`<authsec-ui-button part="retry" variant="primary" .locale=${this.locale} @click=${this.#retry}
              >${this.retryLabel ?? this.#messages.t('ui.state.retry')}</authsec-ui-button
            >`
          : nothing}
        <slot name="actions"></slot>
      </div>
    </div>`;
  }
}

defineElement('authsec-ui-state', AuthsecUiState);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-ui-state': AuthsecUiState;
  }
  interface GlobalEventHandlersEventMap {
    'authsec-ui-retry': AuthsecUiRetryEvent;
  }
}
