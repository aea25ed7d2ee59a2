import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { tableStyles } from '../../styles/tables.js';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const accessPolicyStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  fieldStyles,
  tableStyles,
  css`
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0 0 var(--_authsec-space-2); }
    h3 { font-size: var(--_authsec-font-size-md); margin: 0 0 var(--_authsec-space-2); }
    h4 { font-size: var(--_authsec-font-size-sm); margin: 0 0 var(--_authsec-space-2); }
    h3:focus { outline: none; }
    h3:focus-visible { outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color); }
    p { margin: 0 0 var(--_authsec-space-2); overflow-wrap: anywhere; }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    .panel {
      margin-block: var(--_authsec-space-4);
      padding: var(--_authsec-space-4);
      border: 1px solid var(--_authsec-color-border);
      border-radius: var(--_authsec-radius-md);
      background: var(--_authsec-color-surface);
    }
    .viewer-choices { border: 0; margin: 0; padding: 0; display: grid; gap: var(--_authsec-space-1); }
    .viewer-choice { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: baseline; font-weight: normal; min-block-size: 24px; }
    .viewer-choice code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }
    .panel-head { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-2); }
    .panel-head h3 { margin: 0; }
    .notice {
      margin-block: var(--_authsec-space-3);
    }
    .guard { padding: var(--_authsec-space-3) var(--_authsec-space-4); }
    .guard p { margin-block: var(--_authsec-space-1); }
    .error { color: var(--_authsec-color-danger); font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }
    .error:empty { display: none; }
    .switch-row { display: flex; align-items: center; gap: var(--_authsec-space-2); margin-block: var(--_authsec-space-3); }
    .switch-row input { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; accent-color: var(--_authsec-color-accent); }
    .switch-row label { font-weight: var(--_authsec-font-weight-medium); }
    fieldset.roles { margin: 0 0 var(--_authsec-space-3); padding: var(--_authsec-space-3); border: 1px solid var(--_authsec-color-border); border-radius: var(--_authsec-radius-sm); }
    legend { font-weight: var(--_authsec-font-weight-medium); padding-inline: var(--_authsec-space-1); }
    .role-option { display: flex; gap: var(--_authsec-space-2); align-items: flex-start; padding-block: var(--_authsec-space-1); }
    .role-option input { margin-block-start: 0.3rem; inline-size: 1rem; block-size: 1rem; accent-color: var(--_authsec-color-accent); }
    .role-option label { display: inline-flex; flex-wrap: wrap; gap: var(--_authsec-space-1); align-items: center; }
    .role-option p { margin: 0; }
    .role-name, .name { font-weight: var(--_authsec-font-weight-medium); overflow-wrap: anywhere; }
    .actions { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-2); }
    .add {
      margin-block: var(--_authsec-space-3) var(--_authsec-space-4);
      padding: var(--_authsec-space-3);
      border: 1px solid var(--_authsec-color-border);
      border-radius: var(--_authsec-radius-sm);
      background: var(--_authsec-color-surface-raised);
    }
    .add-grid, .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0 var(--_authsec-space-3); align-items: start; }
    .field { margin-block-end: var(--_authsec-space-2); min-inline-size: 0; }
    .field p { margin: var(--_authsec-space-1) 0 0; }
    label { font-weight: var(--_authsec-font-weight-medium); }
    .field label { display: block; margin-block-end: var(--_authsec-space-1); }
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
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }
    ul.scopes { list-style: none; margin: 0 0 var(--_authsec-space-2); padding: 0; }
    ul.scopes li { padding-block: var(--_authsec-space-2); border-block-end: 1px solid var(--_authsec-color-border); }
    ul.scopes li > * { margin-inline-end: var(--_authsec-space-1); }
    @media (forced-colors: active) {
    }
  `,
];
