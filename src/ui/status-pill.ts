import './messages.js';
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { baseStyles, tokens } from '../styles/tokens.js';
import { defineElement } from './define-element.js';
import { toneStyles, type Tone } from './tone.js';

/** A shape per tone, so colour is never the only signal (WCAG 1.4.1). */
export const STATUS_GLYPHS: Readonly<Record<Tone, string>> = {
  neutral: '•',
  info: 'i',
  success: '✓',
  warning: '!',
  danger: '✕',
};

/**
 * @summary A state such as "Launched", "Needs attention" or "Blocked": tone colour, a glyph, and a label.
 * @tag authsec-ui-status-pill
 * @status internal
 *
 * @slot - The label (used when `label` is empty).
 *
 * @csspart base - The pill.
 * @csspart icon - The decorative glyph (hidden from assistive technology).
 * @csspart label - The label text.
 */
export class AuthsecUiStatusPill extends LitElement {
  static override get properties(): PropertyDeclarations {
    return {
      tone: { reflect: true },
      label: {},
    };
  }

  static override styles = [
    tokens,
    baseStyles,
    toneStyles,
    css`
      .base {
        display: inline-flex;
        align-items: center;
        gap: var(--_authsec-space-1);
        max-inline-size: 100%;
        padding: 0 var(--_authsec-space-2) 0 var(--_authsec-space-1);
        border: 1px solid var(--_tone);
        /* Half the single-line height: a pill on one line, soft corners when a long label wraps. */
        border-radius: 0.75rem;
        background: var(--_tone-bg);
        color: var(--_tone);
        font-size: var(--_authsec-font-size-xs);
        font-weight: var(--_authsec-font-weight-medium);
        line-height: 1.25rem;
      }
      .icon {
        display: inline-grid;
        flex: none;
        place-items: center;
        inline-size: 1rem;
        block-size: 1rem;
        border-radius: 50%;
        background: var(--_tone);
        color: var(--_tone-bg);
        font-size: 0.6875rem;
        font-weight: var(--_authsec-font-weight-bold);
        line-height: 1;
      }
      .label {
        min-inline-size: 0;
        overflow-wrap: anywhere;
      }
      @media (forced-colors: active) {
        .icon {
          forced-color-adjust: none;
          background: CanvasText;
          color: Canvas;
        }
      }
    `,
  ];

  tone: Tone = 'neutral';

  /** The state in words; rendered as text. */
  label = '';

  override render() {
    const glyph = STATUS_GLYPHS[this.tone] ?? STATUS_GLYPHS.neutral;
    return html`<span part="base" class="base"
      ><span part="icon" class="icon" aria-hidden="true">${glyph}</span
      ><span part="label" class="label"><slot>${this.label}</slot></span></span
    >`;
  }
}

defineElement('authsec-ui-status-pill', AuthsecUiStatusPill);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-ui-status-pill': AuthsecUiStatusPill;
  }
}
