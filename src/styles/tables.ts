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

/**
 * A table (class `stack`) whose rows become cards in a narrow container: each cell on its own line,
 * led by its label (`data-label`), and the row's actions (`td.row-actions`) beside the first. Its
 * markup carries explicit table roles, so it stays a table to assistive technology whatever display
 * its parts take. Controls of class `narrow-sort` sort it where its column headers are hidden.
 */
export const stackedTableStyles = css`
  @container (width > 40rem) {
    .narrow-sort { display: none; }
  }
  @container (max-width: 40rem) {
    table.stack thead { display: none; }
    table.stack, table.stack tbody { display: block; }
    table.stack tr {
      display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: var(--_authsec-space-1) var(--_authsec-space-3);
      padding-block: var(--_authsec-space-3); border-block-end: 1px solid var(--_authsec-color-border);
    }
    table.stack th, table.stack td { display: block; padding: 0; border: 0; grid-column: 1; max-inline-size: none; }
    table.stack td.row-actions { grid-column: 2; grid-row: 1; }
    /* No space inside the string: the build squeezes template whitespace; the gap is a margin. */
    table.stack td[data-label]::before { content: attr(data-label) ':'; margin-inline-end: 0.3em; color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
  }
`;
