/**
 * Form fields and data tables as every element draws them. Apply after `tokens` and `baseStyles`;
 * an element adds only what is its own.
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
`;

/** A horizontally scrolling wrapper and a plain data table. */
export const tableStyles = css`
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; inline-size: 100%; }
  th, td {
    text-align: start;
    vertical-align: top;
    padding: var(--_authsec-space-2) var(--_authsec-space-3);
    border-block-end: 1px solid var(--_authsec-color-border);
    overflow-wrap: anywhere;
  }
  thead th { font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); }
  tbody th { font-weight: normal; }
`;
