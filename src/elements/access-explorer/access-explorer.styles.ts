import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { cardStyles } from '../../styles/card.js';
import { noticeStyles } from '../../styles/notice.js';
import { tableStyles } from '../../styles/tables.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const accessExplorerStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  cardStyles,
  fieldStyles,
  tableStyles,
  css`
    :host { container-type: inline-size; }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0 0 var(--_authsec-space-2); }
    h3 { font-size: var(--_authsec-font-size-md); margin: var(--_authsec-space-5) 0 var(--_authsec-space-2); overflow-wrap: anywhere; }
    h3:focus { outline: none; }
    h3:focus-visible { outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color); }
    p { margin: 0 0 var(--_authsec-space-2); }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); }
    label { display: block; font-weight: var(--_authsec-font-weight-medium); margin-block-end: var(--_authsec-space-1); }
    .person-cell strong { overflow-wrap: anywhere; }
    .chips { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-1); }
    .row-actions { white-space: nowrap; }

    .check { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-3); align-items: end; }
    .check > div { flex: 1 1 14rem; min-inline-size: 0; }
    .check select, .check input { inline-size: 100%; }
    .error { color: var(--_authsec-color-danger); font-size: var(--_authsec-font-size-sm); min-block-size: 1.2em; margin: var(--_authsec-space-1) 0 0; }

    .verdict { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; font-weight: var(--_authsec-font-weight-medium); }
    .trace { margin: var(--_authsec-space-2) 0; padding: 0; list-style: none; display: grid; gap: var(--_authsec-space-1); }
    .trace li { display: grid; grid-template-columns: 1.5em minmax(0, 1fr); gap: var(--_authsec-space-2); }
    .trace .mark.ok { color: var(--_authsec-color-success); }
    .trace .mark.blocked { color: var(--_authsec-color-danger); }
    .trace .detail { display: block; overflow-wrap: anywhere; }
    .fix { border-inline-start: 4px solid var(--_authsec-color-accent); padding-inline-start: var(--_authsec-space-3); margin-block-start: var(--_authsec-space-3); }
    .fix ul, .access ul { margin: var(--_authsec-space-1) 0 var(--_authsec-space-2); padding-inline-start: var(--_authsec-space-4); }
    .fix li, .access li { overflow-wrap: anywhere; }
    .access .not-granted { color: var(--_authsec-color-text-muted); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
    .chips authsec-ui-badge { white-space: nowrap; }
    .check authsec-ui-button { align-self: end; }

    /* A phone: each person is a card (name, then roles, what they can do and dates with their labels). */
    @container (max-width: 40rem) {
      table[part='people'] thead { display: none; }
      table[part='people'], table[part='people'] tbody { display: block; }
      table[part='people'] tr {
        display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: var(--_authsec-space-1) var(--_authsec-space-3);
        padding-block: var(--_authsec-space-3); border-block-end: 1px solid var(--_authsec-color-border);
      }
      table[part='people'] th, table[part='people'] td { display: block; padding: 0; border: 0; grid-column: 1; }
      table[part='people'] td.row-actions { grid-column: 2; grid-row: 1; }
      /* No space inside the string: the build squeezes template whitespace; the gap is a margin. */
      table[part='people'] td[data-label]::before { content: attr(data-label) ':'; margin-inline-end: 0.3em; color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    }
  `,
];
