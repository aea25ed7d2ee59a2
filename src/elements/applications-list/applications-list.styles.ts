import { css } from 'lit';
import { noticeStyles } from '../../styles/notice.js';
import { tableStyles } from '../../styles/tables.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const applicationsListStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  tableStyles,
  css`
    :host { container-type: inline-size; }
    .top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_authsec-space-2); }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0; }
    .intro { margin-block-end: var(--_authsec-space-3); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); }
    p { margin: var(--_authsec-space-1) 0; }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    .toolbar {
      display: flex; flex-wrap: wrap; align-items: end; gap: var(--_authsec-space-3);
      margin-block: var(--_authsec-space-3);
    }
    .field { display: grid; gap: var(--_authsec-space-1); min-inline-size: 0; flex: 1 1 14rem; }
    .field.show { flex: 0 1 auto; }
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
    thead th { font-weight: var(--_authsec-font-weight-medium); white-space: nowrap; }
    .sort {
      font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer;
      display: inline-flex; gap: var(--_authsec-space-1); align-items: center;
    }
    .sort .arrow { inline-size: 1ch; }
    .open {
      font: inherit; font-weight: var(--_authsec-font-weight-medium); color: var(--_authsec-color-accent);
      background: none; border: 0; padding: 0; cursor: pointer; text-align: start; text-decoration: underline;
      text-underline-offset: 0.15em; overflow-wrap: break-word;
    }
    .open:hover { color: var(--_authsec-color-accent-hover); }
    .sub { display: block; }
    .partly-read { color: var(--_authsec-color-warning); font-size: var(--_authsec-font-size-sm); font-weight: var(--_authsec-font-weight-medium); }
    .num { text-align: end; font-variant-numeric: tabular-nums; }
    td.risk, td.next { white-space: nowrap; }
    /* Identifiers: monospace at the size of the cell, one line, the middle gives way (identifier()). */
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); }
    .drawer-actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); margin-block-start: var(--_authsec-space-4); }

    /* A table where it fits. Names get the width first: a short name stays on one line and a long
       one wraps between words; the Resource URI takes what is left and ellipsizes in its middle. */
    @container (width > 68rem) {
      th, td { padding-inline: var(--_authsec-space-2); box-sizing: border-box; }
      tbody th { min-inline-size: 11rem; }
      td.resource { max-inline-size: 0; inline-size: 20%; min-inline-size: 9rem; }
      td.resource code { display: block; }
      td.readiness { min-inline-size: 8.5rem; }
      td.signal { min-inline-size: 8.5rem; }
      /* A status wraps between words, never inside one. */
      authsec-ui-status-pill::part(label) { overflow-wrap: break-word; }
    }

    /* Narrow containers (phones, side panels): each application becomes a block of label and value
       lines, divided by a rule; no card of its own, so nothing sits in a card inside the host's
       card. The header labels move into each cell. The table keeps its roles explicitly, so it
       stays a table to assistive technology whatever display the cells take. The breakpoint sits
       above the table's narrowest layout (~66rem with every column, names on one line and next
       actions unwrapped), so the table never scrolls sideways: a scroller would also be a tab stop
       of its own in Firefox. */
    @container (max-width: 68rem) {
      thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
      /* The sort buttons stay reachable from the keyboard: the one with focus is shown. */
      thead:focus-within {
        position: static; inline-size: auto; block-size: auto; overflow: visible; clip-path: none;
        margin-block-end: var(--_authsec-space-2);
      }
      thead:focus-within tr { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-1) var(--_authsec-space-3); border: 0; padding: 0; margin: 0; }
      thead:focus-within th { display: block; padding: 0; border: 0; }
      thead:focus-within th:not(:has(.sort)) { display: none; }
      table, tbody, tr, th, td { display: block; }
      tr { padding-block: var(--_authsec-space-3); border-block-end: 1px solid var(--_authsec-color-border); }
      tbody tr:first-child { border-block-start: 1px solid var(--_authsec-color-border); }
      tbody th, td { border: 0; padding: var(--_authsec-space-1) 0; }
      tbody th { padding-block-end: var(--_authsec-space-2); }
      td[data-label] { display: grid; grid-template-columns: minmax(6.5rem, 35%) minmax(0, 1fr); gap: var(--_authsec-space-2); align-items: baseline; }
      td[data-label] > * { min-inline-size: 0; }
      td[data-label]::before {
        content: attr(data-label);
        content: attr(data-label) / '';
        color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm);
      }
      .num { text-align: start; }
    }
  `,
];
