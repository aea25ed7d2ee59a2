import { css } from 'lit';
import { identifierStyles } from './identifier.js';

/** A horizontally scrolling wrapper and a plain data table, as every element draws them. */
export const tableStyles = css`
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; inline-size: 100%; }
  th, td {
    text-align: start;
    vertical-align: top;
    padding: var(--_authsec-space-2) var(--_authsec-space-3);
    border-block-end: 1px solid var(--_authsec-color-border);
    /* Words stay whole: a narrow screen scrolls the table rather than cutting a word in two. */
    overflow-wrap: break-word;
  }
  ${identifierStyles}
  thead th { font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); }
  tbody th { font-weight: normal; }
`;
