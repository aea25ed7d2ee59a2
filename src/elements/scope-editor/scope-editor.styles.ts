import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { tableStyles } from '../../styles/tables.js';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const scopeEditorStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  fieldStyles,
  tableStyles,
  css`
    :host { container-type: inline-size; }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0 0 var(--_authsec-space-2); }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); }
    .name { font-weight: var(--_authsec-font-weight-medium); }
    .desc { white-space: pre-line; }
    .row-actions,
    .nowrap { white-space: nowrap; overflow-wrap: normal; }
    /* Identifiers keep one line (identifier()): the column gives them room before the words wrap. */
    tbody th { inline-size: 30%; max-inline-size: 20rem; }
    tbody th code { display: block; }
    .form, .presets {
      margin-block: var(--_authsec-space-4);
      padding: var(--_authsec-space-4);
      border: 1px solid var(--_authsec-color-border);
      border-radius: var(--_authsec-radius-md);
      background: var(--_authsec-color-surface-raised);
    }
    .form h3 { margin-block-start: 0; font-size: var(--_authsec-font-size-md); }
    .field { margin-block-end: var(--_authsec-space-3); }
    .field p { margin: var(--_authsec-space-1) 0 0; }
    label { display: block; font-weight: var(--_authsec-font-weight-medium); margin-block-end: var(--_authsec-space-1); }
    .prefixed { display: flex; align-items: stretch; }
    .prefix {
      display: flex;
      align-items: center;
      padding-inline: var(--_authsec-space-2);
      border: 1px solid var(--_authsec-color-border-strong);
      border-inline-end: 0;
      border-radius: var(--_authsec-radius-sm) 0 0 var(--_authsec-radius-sm);
      font-family: var(--_authsec-font-family-mono);
      font-size: var(--_authsec-font-size-sm);
      background: var(--_authsec-color-neutral-subtle);
    }
    .error { color: var(--_authsec-color-danger); font-size: var(--_authsec-font-size-sm); min-block-size: 1.2em; }
    .preview {
      margin: var(--_authsec-space-3) 0;
      padding: var(--_authsec-space-3);
      border: 1px dashed var(--_authsec-color-border-strong);
      border-radius: var(--_authsec-radius-sm);
      background: var(--_authsec-color-surface);
    }
    .preview-row { display: flex; gap: var(--_authsec-space-2); }
    .preview-box { color: var(--_authsec-color-accent); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); }
    summary { cursor: pointer; min-block-size: 24px; font-weight: var(--_authsec-font-weight-medium); }

    /* A narrow container: each scope is a card (its name, its scope string, then risk, source and
       tools on one wrapping line, then its actions); nothing scrolls sideways. */
    @container (max-width: 40rem) {
      table[part='table'] thead { display: none; }
      table[part='table'], table[part='table'] tbody { display: block; }
      table[part='table'] tr {
        display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-1) var(--_authsec-space-3);
        padding-block: var(--_authsec-space-3); border-block-end: 1px solid var(--_authsec-color-border);
      }
      table[part='table'] th, table[part='table'] td { display: block; padding: 0; border: 0; inline-size: auto; max-inline-size: 100%; min-inline-size: 0; }
      table[part='table'] td.name-cell { order: -1; flex: 1 1 100%; }
      table[part='table'] th { flex: 1 1 100%; }
      table[part='table'] td.meta { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
      table[part='table'] td.row-actions { flex: 1 1 100%; }
      table[part='table'] td[data-label]::before { content: attr(data-label) ':'; margin-inline-end: 0.3em; color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
      .form, .presets { padding: var(--_authsec-space-3); }
    }
  `,
];
