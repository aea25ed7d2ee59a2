import { css } from 'lit';
import { cardStyles } from '../../styles/card.js';
import { fieldStyles } from '../../styles/fields.js';
import { stackedTableStyles, tableStyles } from '../../styles/tables.js';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const accessPolicyStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  fieldStyles,
  cardStyles,
  tableStyles,
  stackedTableStyles,
  css`
    :host { container-type: inline-size; }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0 0 var(--_authsec-space-2); }
    h3 { font-size: var(--_authsec-font-size-md); margin: 0 0 var(--_authsec-space-2); }
    h4 { font-size: var(--_authsec-font-size-sm); margin: 0 0 var(--_authsec-space-2); }
    h3:focus { outline: none; }
    h3:focus-visible { outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color); }
    p { margin: 0 0 var(--_authsec-space-2); overflow-wrap: anywhere; }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    /* Each section is a card (cardStyles: no box on a phone). */
    .panel { min-inline-size: 0; }
    .panel-head { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-2); }
    .panel-head h3 { margin: 0; }
    .notice { margin-block: var(--_authsec-space-3); }
    .guard { padding: var(--_authsec-space-3) var(--_authsec-space-4); }
    .guard p { margin-block: var(--_authsec-space-1); }
    .error { color: var(--_authsec-color-danger); font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }
    .error:empty { display: none; }

    /* Switches, radios and checkboxes (fieldStyles' one control style) sit on the first line of their words. */
    .check {
      display: grid; grid-template-columns: 1.5rem minmax(0, 1fr); gap: var(--_authsec-space-2); align-items: start;
      min-block-size: 1.5rem; font-weight: normal; cursor: pointer;
    }
    .check-text { overflow-wrap: anywhere; }
    .switch-row { margin-block: var(--_authsec-space-3); }
    .switch-row .check-text { font-weight: var(--_authsec-font-weight-medium); }
    fieldset { margin: 0; padding: 0; border: 0; min-inline-size: 0; }
    fieldset.roles { margin-block-end: var(--_authsec-space-3); }
    legend { font-weight: var(--_authsec-font-weight-medium); padding: 0; margin-block-end: var(--_authsec-space-2); }
    .role-option {
      display: grid; grid-template-columns: 1.5rem minmax(0, 1fr); gap: var(--_authsec-space-2); align-items: start;
      padding-block: var(--_authsec-space-2); border-block-start: 1px solid var(--_authsec-color-border);
    }
    .role-option:first-of-type { border-block-start: 0; }
    .role-body > label { display: inline-flex; flex-wrap: wrap; gap: var(--_authsec-space-1) var(--_authsec-space-2); align-items: center; min-block-size: 1.5rem; cursor: pointer; }
    .role-option p { margin: 0; }
    .role-option p.role-warning { color: var(--_authsec-color-warning); }
    .role-name, .name { font-weight: var(--_authsec-font-weight-medium); overflow-wrap: anywhere; }
    .viewer-choices { display: grid; gap: var(--_authsec-space-1); margin-block-start: var(--_authsec-space-2); }
    .viewer-choices legend { font-size: var(--_authsec-font-size-sm); margin-block-end: var(--_authsec-space-1); }
    .viewer-choices code { color: var(--_authsec-color-text-muted); }
    .viewer-open { margin-block-start: var(--_authsec-space-1); margin-inline-start: calc(-1 * var(--_authsec-space-2)); }
    .viewer-note { margin-block-start: var(--_authsec-space-2); }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-2); }

    /* Adding an exception: a part of the Exceptions section, not a card inside its card. */
    .add {
      margin-block: var(--_authsec-space-3) var(--_authsec-space-4);
      padding-block-end: var(--_authsec-space-4);
      border-block-end: 1px solid var(--_authsec-color-border);
    }
    .add-grid, .filters {
      display: grid; grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
      gap: 0 var(--_authsec-space-3); align-items: start;
    }
    .field { margin-block-end: var(--_authsec-space-2); min-inline-size: 0; }
    .field p { margin: var(--_authsec-space-1) 0 0; }
    label { font-weight: var(--_authsec-font-weight-medium); }
    .field > label { display: block; margin-block-end: var(--_authsec-space-1); }

    /* Find a person: a text box and the list under it. */
    .combo { position: relative; }
    .options {
      position: absolute; z-index: 2; inset-inline: 0; inset-block-start: calc(100% + 2px);
      max-block-size: 16rem; overflow-y: auto; margin: 0; padding: var(--_authsec-space-1) 0; list-style: none;
      background: var(--_authsec-color-surface); color: var(--_authsec-color-text);
      border: 1px solid var(--_authsec-color-border-strong); border-radius: var(--_authsec-radius-sm);
      box-shadow: var(--_authsec-shadow-lg);
    }
    .options[hidden] { display: none; }
    .options li {
      display: flex; flex-wrap: wrap; align-items: baseline; column-gap: var(--_authsec-space-2);
      min-block-size: 1.5rem; padding: var(--_authsec-space-1) var(--_authsec-space-2); cursor: pointer; overflow-wrap: anywhere;
    }
    .options li:hover { background: var(--_authsec-color-neutral-subtle); }
    .options li.active {
      background: var(--_authsec-color-neutral-subtle);
      outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color); outline-offset: calc(-1 * var(--_authsec-focus-ring-width));
    }
    .person-name { font-weight: var(--_authsec-font-weight-medium); }

    thead th { font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); white-space: nowrap; }
    tbody th { font-weight: normal; max-inline-size: 24rem; }
    .sort {
      display: inline-flex;
      gap: var(--_authsec-space-1);
      align-items: center;
      min-block-size: 24px;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      font-weight: var(--_authsec-font-weight-medium);
      cursor: pointer;
    }
    .sort-mark { font-size: 0.75em; }
    .row-actions, .nowrap { white-space: nowrap; overflow-wrap: normal; }
    .pager { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-2); margin-block: var(--_authsec-space-3); }
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); }
    ul.scopes { list-style: none; margin: 0 0 var(--_authsec-space-2); padding: 0; }
    ul.scopes li { padding-block: var(--_authsec-space-2); border-block-end: 1px solid var(--_authsec-color-border); overflow-wrap: anywhere; }
    ul.scopes li > * { margin-inline-end: var(--_authsec-space-1); }

    /* A phone: the notice keeps less padding (the sections draw no box: cardStyles). */
    @container (max-width: 30rem) {
      .guard { padding: var(--_authsec-space-3); }
    }
    @media (forced-colors: active) {
      .options li.active { outline-color: Highlight; }
    }
  `,
];
