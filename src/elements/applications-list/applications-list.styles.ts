import { css } from 'lit';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const applicationsListStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  css`
    :host { container-type: inline-size; }
    .top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_authsec-space-2); }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0; }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); }
    p { margin: var(--_authsec-space-1) 0; }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }
    code .seg { white-space: nowrap; }
    .toolbar {
      display: flex; flex-wrap: wrap; align-items: end; gap: var(--_authsec-space-3);
      margin-block: var(--_authsec-space-3);
    }
    .field { display: grid; gap: var(--_authsec-space-1); min-inline-size: 0; flex: 1 1 14rem; }
    .field.show { flex: 0 1 12rem; }
    label { font-size: var(--_authsec-font-size-sm); font-weight: var(--_authsec-font-weight-medium); }
    input, select {
      font: inherit; color: inherit; inline-size: 100%; min-block-size: 2.5rem;
      padding: var(--_authsec-space-1) var(--_authsec-space-2);
      border: 1px solid var(--_authsec-color-border-strong); border-radius: var(--_authsec-radius-sm);
      background: var(--_authsec-color-surface);
    }
    input:focus-visible, select:focus-visible, button:focus-visible {
      outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color);
      outline-offset: var(--_authsec-focus-ring-offset);
    }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; inline-size: 100%; }
    th, td {
      text-align: start; vertical-align: top;
      padding: var(--_authsec-space-2) var(--_authsec-space-3);
      border-block-end: 1px solid var(--_authsec-color-border);
      overflow-wrap: anywhere;
    }
    thead th { font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); font-weight: var(--_authsec-font-weight-medium); white-space: nowrap; }
    tbody th { font-weight: normal; }
    .sort {
      font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer;
      display: inline-flex; gap: var(--_authsec-space-1); align-items: center;
    }
    .sort .arrow { inline-size: 1ch; }
    .open {
      font: inherit; font-weight: var(--_authsec-font-weight-medium); color: var(--_authsec-color-accent);
      background: none; border: 0; padding: 0; cursor: pointer; text-align: start; text-decoration: underline;
      text-underline-offset: 0.15em; overflow-wrap: anywhere;
    }
    .open:hover { color: var(--_authsec-color-accent-hover); }
    .sub { display: block; }
    .num { text-align: end; font-variant-numeric: tabular-nums; }
    td.risk { white-space: nowrap; }
    .register {
      margin-block: var(--_authsec-space-4); padding: var(--_authsec-space-4);
      border: 1px solid var(--_authsec-color-border); border-radius: var(--_authsec-radius-md);
      background: var(--_authsec-color-surface-raised);
    }
    .register-top { display: flex; justify-content: space-between; align-items: center; gap: var(--_authsec-space-2); }
    .register-top h3 { margin: 0; font-size: var(--_authsec-font-size-md); }

    /* Narrow containers (phones, side panels): each application becomes a card; the header labels
       move into each cell. The table keeps its roles explicitly, so it stays a table to assistive
       technology whatever display the cells take. The breakpoint sits above the table's narrowest
       layout (~55rem with every column), so the table never scrolls sideways: a scroller would also
       be a tab stop of its own in Firefox. */
    @container (max-width: 58rem) {
      thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
      /* The sort buttons stay reachable from the keyboard: the one with focus is shown. */
      thead:focus-within {
        position: static; inline-size: auto; block-size: auto; overflow: visible; clip-path: none;
        margin-block-end: var(--_authsec-space-2);
      }
      thead:focus-within tr { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-1) var(--_authsec-space-3); border: 0; padding: 0; margin: 0; background: none; }
      thead:focus-within th { display: block; padding: 0; border: 0; }
      thead:focus-within th:not(:has(.sort)) { display: none; }
      table, tbody, tr, th, td { display: block; }
      tr {
        border: 1px solid var(--_authsec-color-border); border-radius: var(--_authsec-radius-md);
        padding: var(--_authsec-space-2) var(--_authsec-space-3); margin-block-end: var(--_authsec-space-3);
        background: var(--_authsec-color-surface-raised);
      }
      tbody th, td { border: 0; padding: var(--_authsec-space-1) 0; }
      td[data-label] { display: grid; grid-template-columns: minmax(6.5rem, 35%) 1fr; gap: var(--_authsec-space-2); }
      td[data-label]::before {
        content: attr(data-label);
        content: attr(data-label) / '';
        color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm);
      }
      .num { text-align: start; }
    }
  `,
];
