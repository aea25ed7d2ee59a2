import './messages.js';
import { LitElement, css, html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { live } from 'lit/directives/live.js';
import { baseStyles, tokens } from '../styles/tokens.js';
import { AuthsecUiButton } from './button.js';
import { writeClipboard } from './clipboard.js';
import { identifierTail } from './identifier.js';
import { defineElement } from './define-element.js';
import { MessagesController } from './messages-controller.js';

/** Fired after the value was written to the clipboard. Carries no value: it may be a secret. */
export class AuthsecUiCopiedEvent extends Event {
  static readonly eventName = 'authsec-ui-copied';
  constructor() {
    super(AuthsecUiCopiedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Stand-in shown while masked, so the secret is not in the DOM until the person reveals it. */
const MASK_PLACEHOLDER = '················';
const ANNOUNCEMENT_MS = 4000;

/**
 * @summary A read-only value with a Copy button, optionally masked with a Show toggle (client IDs,
 * resource URIs, the one-time introspection secret).
 * @tag authsec-ui-copy-field
 * @status internal
 *
 * @csspart base - The wrapper.
 * @csspart label - The `<label>`.
 * @csspart input - The read-only `<input>` showing the value.
 * @csspart status - The polite live region ("Copied", or the manual-copy hint).
 *
 * @fires authsec-ui-copied - After a successful clipboard write. No detail, never the value.
 *
 * `value` is a property only (never an attribute), and while masked it is not rendered at all.
 */
export class AuthsecUiCopyField extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      label: {},
      value: { attribute: false },
      masked: { type: Boolean, reflect: true },
      copyLabel: { attribute: 'copy-label' },
      copiedLabel: { attribute: 'copied-label' },
      revealLabel: { attribute: 'reveal-label' },
      copyFailedLabel: { attribute: 'copy-failed-label' },
      locale: {},
      revealed: { state: true },
      status: { state: true },
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
    css`
      .base {
        display: grid;
        gap: var(--_authsec-space-1);
      }
      label {
        font-size: var(--_authsec-font-size-sm);
        font-weight: var(--_authsec-font-weight-medium);
        overflow-wrap: anywhere;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_authsec-space-2);
        align-items: center;
      }
      input {
        flex: 1 1 12rem;
        min-inline-size: 0;
        min-block-size: 2.25rem;
        padding: var(--_authsec-space-1) var(--_authsec-space-3);
        border: 1px solid var(--_authsec-color-border-strong);
        border-radius: var(--_authsec-radius-md);
        background: var(--_authsec-color-surface-raised);
        color: var(--_authsec-color-text);
        font-family: var(--_authsec-font-family-mono);
        font-size: var(--_authsec-font-size-sm);
        /* 'normal' clips underscores in monospace at 1× (issue_tracker read as "issue tracker"). */
        line-height: var(--_authsec-line-height);
        text-overflow: ellipsis;
      }
      /* Unfocused, the value is drawn as an identifier (the middle gives way, the end stays:
         docs/design.md); focused or selected for a manual copy, the input shows itself. */
      .value { position: relative; display: flex; flex: 1 1 12rem; min-inline-size: 0; }
      .value input { flex: 1; }
      .value .face {
        /* Over the input's text: its border (1px) and padding. */
        position: absolute; inset: 1px calc(var(--_authsec-space-3) + 1px); display: flex; align-items: center;
        font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); pointer-events: none;
      }
      .face .head { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-inline-size: 1ch; }
      .face > :last-child { flex: none; white-space: nowrap; }
      .value.drawn input:not(:focus) { color: transparent; }
      .value input:focus + .face { display: none; }
      /* Forced colours ignore the transparent text: the input shows itself, the face would double it. */
      @media (forced-colors: active) {
        .value .face { display: none; }
      }
      .status {
        min-block-size: 1lh;
        margin: 0;
        color: var(--_authsec-color-text-muted);
        font-size: var(--_authsec-font-size-sm);
      }
    `,
  ];

  readonly #messages = new MessagesController(this);

  #statusTimer: ReturnType<typeof setTimeout> | undefined;

  get #input(): HTMLInputElement {
    return this.renderRoot.querySelector<HTMLInputElement>('input')!;
  }

  private revealed = false;

  private status = '';

  /** Visible label of the field, e.g. "Client secret". Also names the buttons ("Copy Client secret"). */
  label = '';

  /** The value. Property only: it may hold a one-time secret, so it is never reflected or rendered as an attribute. */
  value = '';

  /** Hides the value behind a "Show" toggle (`aria-pressed`). */
  masked = false;

  /** Visible text of the copy button. Default: `ui.copy.copy`. */
  copyLabel: string | undefined = undefined;

  /** Announced after copying. Default: `ui.copy.copied`. */
  copiedLabel: string | undefined = undefined;

  /** Visible text of the reveal toggle. Default: `ui.copy.reveal`. */
  revealLabel: string | undefined = undefined;

  /** Shown when the clipboard is unavailable. Default: `ui.copy.copyFailed`. */
  copyFailedLabel: string | undefined = undefined;

  locale: string | undefined = undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    // A new value (e.g. a rotated secret) starts hidden again.
    if (changed.has('value') || changed.has('masked')) this.revealed = false;
    if (changed.has('value')) this.#setStatus('');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#statusTimer);
  }

  get #valueHidden(): boolean {
    return this.masked && !this.revealed;
  }

  #setStatus(text: string, clearAfter = 0): void {
    clearTimeout(this.#statusTimer);
    this.status = text;
    if (clearAfter > 0) this.#statusTimer = setTimeout(() => (this.status = ''), clearAfter);
  }

  #toggleReveal(): void {
    this.revealed = !this.revealed;
  }

  async #copy(): Promise<void> {
    const value = this.value;
    if (!value) return;
    if (!(await writeClipboard(value))) {
      await this.#selectForManualCopy();
      return;
    }
    // Clear first so a second copy is announced again by screen readers.
    this.#setStatus('');
    await this.updateComplete;
    this.#setStatus(this.copiedLabel ?? this.#messages.t('ui.copy.copied'), ANNOUNCEMENT_MS);
    this.dispatchEvent(new AuthsecUiCopiedEvent());
  }

  /** Without clipboard access (insecure context, denied permission) the person copies by hand. */
  async #selectForManualCopy(): Promise<void> {
    this.revealed = true;
    await this.updateComplete;
    this.#input.focus();
    this.#input.select();
    this.#setStatus(this.copyFailedLabel ?? this.#messages.t('ui.copy.copyFailed'));
  }

  override render() {
    const t = this.#messages.t.bind(this.#messages);
    const name = this.label;
    const hidden = this.#valueHidden;
    // The identifier's face, as text (never an attribute: the value may be a secret); none for a
    // maskable value, whose reveal shows the input itself.
    const face = this.masked || !this.value ? '' : identifierTail(this.value);
    const revealText = this.revealLabel ?? t('ui.copy.reveal');
    const copyText = this.copyLabel ?? t('ui.copy.copy');
    return html`
      <div part="base" class="base">
        <label part="label" id="label" for="value">${name}</label>
        <!-- The group gives the buttons their context ("Client secret") when a custom label drops the named one. -->
        <div class="row" role="group" aria-labelledby="label">
          <span class="value ${face ? 'drawn' : ''}">
            <input
              id="value"
              part="input"
              dir="ltr"
              type=${hidden ? 'password' : 'text'}
              readonly
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              .value=${live(hidden ? (this.value ? MASK_PLACEHOLDER : '') : this.value)}
            />${face ? html`<span class="face" dir="ltr" aria-hidden="true"><span class="head">${this.value.slice(0, -face.length)}</span><span>${face}</span></span>` : nothing}
          </span>
          ${this.masked
            ? html`<authsec-ui-button
                class="reveal"
                size="small"
                .locale=${this.locale}
                .pressed=${this.revealed}
                .label=${name && this.revealLabel === undefined ? t('ui.copy.revealNamed', { label: name }) : ''}
                @click=${this.#toggleReveal}
                >${revealText}</authsec-ui-button
              >`
            : nothing}
          <authsec-ui-button
            class="copy"
            size="small"
            .locale=${this.locale}
            .label=${name && this.copyLabel === undefined ? t('ui.copy.copyNamed', { label: name }) : ''}
            ?disabled=${!this.value}
            @click=${this.#copy}
            >${copyText}</authsec-ui-button
          >
        </div>
        <p part="status" class="status" role="status">${this.status}</p>
      </div>
    `;
  }
}

defineElement('authsec-ui-copy-field', AuthsecUiCopyField);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-ui-copy-field': AuthsecUiCopyField;
  }
  interface GlobalEventHandlersEventMap {
    'authsec-ui-copied': AuthsecUiCopiedEvent;
  }
}
