import './messages.js';
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { baseStyles, tokens } from '../styles/tokens.js';
import { defineElement } from './define-element.js';
import { toneStyles, type Tone } from './tone.js';

/**
 * @summary A small text label with a tone, e.g. a scope's risk level or "Manual".
 * @tag authsec-ui-badge
 * @status internal
 *
 * @slot - The text (used when `label` is empty). Text only: no interactive content.
 *
 * @csspart base - The badge box.
 *
 * The tone only adds colour; the text must carry the meaning. Use `authsec-ui-status-pill` for a state.
 */
export class AuthsecUiBadge extends LitElement {
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
        display: inline-block;
        max-inline-size: 100%;
        padding: 0 var(--_authsec-space-2);
        /* Transparent borders turn visible in forced colours, keeping the badge's outline. */
        border: 1px solid transparent;
        border-radius: var(--_authsec-radius-sm);
        background: var(--_tone-bg);
        color: var(--_tone);
        font-size: var(--_authsec-font-size-xs);
        font-weight: var(--_authsec-font-weight-medium);
        line-height: 1.25rem;
        overflow-wrap: anywhere;
      }
    `,
  ];

  tone: Tone = 'neutral';

  /** The text; rendered as text, never as HTML. */
  label = '';

  override render() {
    return html`<span part="base" class="base"><slot>${this.label}</slot></span>`;
  }
}

defineElement('authsec-ui-badge', AuthsecUiBadge);

declare global {
  interface HTMLElementTagNameMap {
    'authsec-ui-badge': AuthsecUiBadge;
  }
}
