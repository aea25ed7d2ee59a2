import { css } from 'lit';
import { tableStyles } from '../../styles/tables.js';
import { cardStyles } from '../../styles/card.js';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const launchQueueStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  cardStyles,
  tableStyles,
  css`
    :host { container-type: inline-size; }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_authsec-space-2);
    }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0; overflow-wrap: anywhere; }
    h3 { font-size: var(--_authsec-font-size-md); margin: 0 0 var(--_authsec-space-2); }
    h4 { font-size: var(--_authsec-font-size-sm); margin: var(--_authsec-space-3) 0 var(--_authsec-space-1); }
    p { margin: var(--_authsec-space-1) 0; }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }
    .card { overflow-wrap: anywhere; }
    .card:focus-visible { outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color); }
    .notice p { margin: 0; }
    ul, ol { margin: 0; padding: 0; }

    .facts { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-3) var(--_authsec-space-6); margin: 0; }
    .facts > div { min-inline-size: 0; }
    .facts dt { font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); font-weight: var(--_authsec-font-weight-medium); }
    .facts dd { margin: var(--_authsec-space-1) 0 0; }
    .areas { list-style: none; display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2) var(--_authsec-space-4); }
    .area { display: flex; align-items: center; gap: var(--_authsec-space-1); font-size: var(--_authsec-font-size-sm); }
    .area-name { font-weight: var(--_authsec-font-weight-medium); }

    .queue { list-style: none; display: grid; gap: var(--_authsec-space-2); }
    .step {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: start;
      gap: var(--_authsec-space-3);
      padding: var(--_authsec-space-2) var(--_authsec-space-3);
      border: 1px solid var(--_authsec-color-border);
      border-radius: var(--_authsec-radius-sm);
      background: var(--_authsec-color-surface);
    }
    .step[aria-current='step'] { border-color: var(--_authsec-color-accent); border-inline-start-width: 4px; }
    .mark {
      display: inline-grid;
      place-items: center;
      inline-size: 1.75rem;
      block-size: 1.75rem;
      border: 2px solid var(--_authsec-color-border-strong);
      border-radius: 50%;
      font-weight: var(--_authsec-font-weight-bold);
      font-size: var(--_authsec-font-size-sm);
    }
    .step.done .mark { border-color: var(--_authsec-color-success); color: var(--_authsec-color-success); }
    .step-title { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-2); }
    .step-body { min-inline-size: 0; }
    .detail { font-size: var(--_authsec-font-size-sm); }
    @media (max-width: 36rem) {
      .step { grid-template-columns: auto 1fr; }
      .step .go { grid-column: 2; justify-self: start; }
    }

    .checks, .drift, .blockers { list-style: none; display: grid; gap: var(--_authsec-space-2); margin-block-start: var(--_authsec-space-2); }
    .check, .drift-event {
      padding: var(--_authsec-space-2) var(--_authsec-space-3);
      border: 1px solid var(--_authsec-color-border);
      border-radius: var(--_authsec-radius-sm);
      background: var(--_authsec-color-surface);
    }
    .check.failing { border-inline-start: 4px solid var(--_authsec-color-danger); }
    .drift-event { border-inline-start: 4px solid var(--_authsec-color-warning); }
    .check-title, .drift-title { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-2); }
    .check-message, .reason { white-space: pre-line; }
    .fix { font-size: var(--_authsec-font-size-sm); }
    .observed summary { cursor: pointer; min-block-size: 24px; font-size: var(--_authsec-font-size-sm); }
    .observed dl { margin: var(--_authsec-space-1) 0 0; display: grid; gap: var(--_authsec-space-1); }
    .observed dt { font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); }
    .observed dd { margin: 0; }
    .drift-actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); }
    .blockers li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: var(--_authsec-space-2); }

    .counters { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); margin: 0; }
    .counter {
      min-inline-size: 6rem;
      padding: var(--_authsec-space-2) var(--_authsec-space-3);
      border: 1px solid var(--_authsec-color-border);
      border-radius: var(--_authsec-radius-sm);
      background: var(--_authsec-color-surface);
    }
    .counter dt { font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); }
    .counter dd { margin: 0; font-size: var(--_authsec-font-size-lg); font-weight: var(--_authsec-font-weight-bold); }
    .counter.attention { border-color: var(--_authsec-color-warning); }
    .counter.attention dd { color: var(--_authsec-color-warning); }
    .num { text-align: end; white-space: nowrap; }
    /* Scope strings give way in their middle; names take the width first (docs/design.md, "Identifiers"). */
    table.scopes tbody th { inline-size: 45%; max-inline-size: 0; }
    table.scopes code { display: block; font-size: inherit; }
    table.scopes { margin-block-end: var(--_authsec-space-3); }

    /* Phones and side panels (where cards draw no box: cardStyles): each scope of the preview
       becomes lines of label and value, so the table never scrolls sideways. Its roles are
       explicit: it stays a table to assistive technology whatever display the cells take. */
    @container (max-width: 30rem) {
      table.scopes thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      table.scopes, table.scopes tbody, table.scopes tr, table.scopes th, table.scopes td { display: block; }
      table.scopes tbody th { inline-size: auto; max-inline-size: none; }
      table.scopes tr { padding-block: var(--_authsec-space-2); border-block-end: 1px solid var(--_authsec-color-border); }
      table.scopes tbody tr:first-child { border-block-start: 1px solid var(--_authsec-color-border); }
      table.scopes th, table.scopes td { border: 0; padding: 0; }
      table.scopes td[data-label] {
        display: grid; grid-template-columns: minmax(5rem, 35%) minmax(0, 1fr); gap: var(--_authsec-space-2); align-items: baseline;
        font-size: var(--_authsec-font-size-sm);
      }
      table.scopes td[data-label]::before {
        content: attr(data-label);
        content: attr(data-label) / '';
        color: var(--_authsec-color-text-muted);
      }
      table.scopes td:empty { display: none; }
      table.scopes .num { text-align: start; }
    }
    .names { list-style: none; display: flex; flex-wrap: wrap; gap: var(--_authsec-space-1) var(--_authsec-space-2); }
    .activate-row { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-3); margin-block-start: var(--_authsec-space-4); }
    .activate-row p { margin: 0; }
    .verify { padding-inline-start: var(--_authsec-space-5); display: grid; gap: var(--_authsec-space-3); }
    /* An identifier inside a sentence, with the characters that touch it: one line, the identifier gives way. */
    .in-text { display: inline-flex; max-inline-size: 100%; white-space: nowrap; vertical-align: bottom; }
    .in-text > code { display: inline-flex; min-inline-size: 0; }
    /* Steps take the card's width, not their longest line's: the metadata URL gives way in its middle. */
    .verify > li { min-inline-size: 0; }
  `,
];
