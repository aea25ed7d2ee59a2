import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { cardStyles } from '../../styles/card.js';
import { noticeStyles } from '../../styles/notice.js';
import { stackedTableStyles, tableStyles } from '../../styles/tables.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const accessExplorerStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  cardStyles,
  fieldStyles,
  tableStyles,
  stackedTableStyles,
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

  `,
];
