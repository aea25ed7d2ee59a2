/**
 * Form fields as every element draws them. Apply after `tokens` and `baseStyles`; an element adds
 * only what is its own.
 */
import { css } from 'lit';

/** Text-like inputs, selects and textareas; an invalid field gets the danger border. */
export const fieldStyles = css`
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    inline-size: 100%;
    min-block-size: 2.25rem;
    padding: var(--_authsec-space-1) var(--_authsec-space-2);
    border: 1px solid var(--_authsec-color-border-strong);
    border-radius: var(--_authsec-radius-sm);
    background: var(--_authsec-color-surface);
    color: var(--_authsec-color-text);
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_authsec-color-danger);
  }
  /* One control style for radios and checkboxes everywhere (docs/design.md): a 20-px box with room
     for a 24-px target, the accent when ticked. */
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem;
    flex: none;
    accent-color: var(--_authsec-color-accent);
  }
`;
