import './messages.js';
import { LitElement, css, html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles, tokens } from '../styles/tokens.js';
import { defineElement } from './define-element.js';
import { MessagesController } from './messages-controller.js';
import { spinner, spinnerStyles } from './spinner.js';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';
export type ButtonSize = 'small' | 'medium' | 'large';

/**
 * @summary The one button of AuthSec Elements: a real `<button>` in shadow DOM with product styling.
 * @tag authsec-ui-button
 * @status internal
 *
 * @slot - The visible label.
 * @slot prefix - An optional icon before the label.
 *
 * @csspart base - The native `<button>`.
 * @csspart label - The wrapper around the default slot.
 * @csspart spinner - The spinner shown while `loading`.
 *
 * While `disabled` or `loading`, clicks are swallowed before they reach listeners on this element.
 * `loading` keeps the button focusable (`aria-disabled`, `aria-busy`) so focus is not lost mid-action.
 */
export class AuthsecUiButton extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      variant: { reflect: true },
      size: { reflect: true },
      disabled: { type: Boolean, reflect: true },
      loading: { type: Boolean, reflect: true },
      type: {},
      label: {},
      pressed: { type: Boolean },
      loadingLabel: { attribute: 'loading-label' },
      locale: {},
    };
  }

  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    tokens,
    baseStyles,
    spinnerStyles,
    css`
      :host {
        display: inline-block;
        vertical-align: middle;
        --_bg: var(--_authsec-color-surface);
        --_bg-hover: var(--_authsec-color-surface-raised);
        --_fg: var(--_authsec-color-text);
        --_border: var(--_authsec-color-border-strong);
      }
      :host([variant='primary']) {
        --_bg: var(--_authsec-color-accent);
        --_bg-hover: var(--_authsec-color-accent-hover);
        --_fg: var(--_authsec-color-on-accent);
        --_border: transparent;
      }
      :host([variant='danger']) {
        --_bg: var(--_authsec-color-danger);
        --_bg-hover: var(--_authsec-color-danger-hover);
        --_fg: var(--_authsec-color-on-danger);
        --_border: transparent;
      }
      :host([variant='ghost']) {
        --_bg: transparent;
        --_bg-hover: var(--_authsec-color-neutral-subtle);
        --_fg: var(--_authsec-color-accent);
        --_border: transparent;
      }

      .base {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        gap: var(--_authsec-space-2);
        inline-size: 100%;
        min-block-size: 2.25rem;
        margin: 0;
        padding: var(--_authsec-space-1) var(--_authsec-space-4);
        border: 1px solid var(--_border);
        border-radius: var(--_authsec-radius-md);
        background: var(--_bg);
        color: var(--_fg);
        font: inherit;
        font-size: var(--_authsec-font-size-sm);
        font-weight: var(--_authsec-font-weight-medium);
        line-height: var(--_authsec-line-height-tight);
        text-align: center;
        overflow-wrap: anywhere;
        cursor: pointer;
        transition:
          background-color var(--_authsec-duration-fast) var(--_authsec-easing),
          border-color var(--_authsec-duration-fast) var(--_authsec-easing);
      }
      .base:hover:not(:disabled, [aria-disabled='true']) {
        background: var(--_bg-hover);
      }
      .base:disabled {
        cursor: not-allowed;
        opacity: 0.55;
      }
      .base[aria-busy='true'] {
        cursor: progress;
      }

      /* One type size for every button (docs/design.md, "Buttons"): sizes change height and padding only. */
      :host([size='small']) .base {
        min-block-size: 2rem;
        padding-inline: var(--_authsec-space-3);
      }
      :host([size='large']) .base {
        min-block-size: 2.75rem;
        padding-inline: var(--_authsec-space-5);
      }

      ::slotted([slot='prefix']) {
        display: inline-flex;
      }

      @media (forced-colors: active) {
        .base {
          border-color: ButtonText;
          background: ButtonFace;
          color: ButtonText;
        }
        .base:disabled {
          border-color: GrayText;
          color: GrayText;
          opacity: 1;
        }
      }
    `,
  ];

  readonly #messages = new MessagesController(this);

  /** Visual weight: `primary` for the main action, `danger` for destructive ones. */
  variant: ButtonVariant = 'secondary';

  size: ButtonSize = 'medium';

  disabled = false;

  /** Shows a spinner, sets `aria-busy`, and ignores clicks until cleared. */
  loading = false;

  /** `submit` submits the closest `<form>` in the same tree (no form association beyond that). */
  type: 'button' | 'submit' = 'button';

  /** Accessible name when the visible label is not enough (icon-only, or to add context). */
  label = '';

  /** Makes this a toggle button (`aria-pressed`); leave unset for an ordinary button. */
  pressed: boolean | undefined = undefined;

  /** Screen-reader text appended while `loading`. Default from the catalog: `ui.button.loading`. */
  loadingLabel: string | undefined = undefined;

  /** Locale for default strings; elements pass theirs. */
  locale: string | undefined = undefined;

  constructor() {
    super();
    // Capture on the host runs before the inner button and before any listener a parent added here.
    this.addEventListener('click', this.#swallowInactiveClick, { capture: true });
  }

  readonly #swallowInactiveClick = (event: MouseEvent): void => {
    if (this.disabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  #handleClick(): void {
    if (this.type === 'submit') this.closest('form')?.requestSubmit();
  }

  override render() {
    const pressed = this.pressed === undefined ? undefined : this.pressed ? 'true' : 'false';
    return html`
      <button
        part="base"
        class="base"
        type="button"
        ?disabled=${this.disabled}
        aria-disabled=${ifDefined(this.loading && !this.disabled ? 'true' : undefined)}
        aria-busy=${ifDefined(this.loading ? 'true' : undefined)}
        aria-label=${ifDefined(this.label || undefined)}
        aria-pressed=${ifDefined(pressed)}
        @click=${this.#handleClick}
      >
        ${this.loading ? spinner() : nothing}
        <slot name="prefix"></slot>
        <span part="label"><slot></slot></span>
        ${this.loading
          ? html`<span class="sr-only">${this.loadingLabel ?? this.#messages.t('ui.button.loading')}</span>`
          : nothing}
      </button>
    `;
  }
}

defineElement('authsec-ui-button', AuthsecUiButton);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-ui-button': AuthsecUiButton;
  }
}
