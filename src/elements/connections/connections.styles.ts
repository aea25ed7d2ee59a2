import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { cardStyles } from '../../styles/card.js';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';
import { secretStyles } from '../shared/one-time-secret.js';

export const connectionsStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  cardStyles,
  fieldStyles,
  secretStyles,
  css`
    :host { container-type: inline-size; }
    .seg { white-space: nowrap; }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0 0 var(--_authsec-space-2); }
    h3 { font-size: var(--_authsec-font-size-md); margin: 0 0 var(--_authsec-space-2); overflow-wrap: anywhere; }
    h3:focus { outline: none; }
    h3:focus-visible { outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color); }
    p { margin: 0 0 var(--_authsec-space-2); }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); }
    label { display: block; font-weight: var(--_authsec-font-weight-medium); margin-block-end: var(--_authsec-space-1); }

    .toolbar { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-3); align-items: end; margin-block: var(--_authsec-space-3); }
    .toolbar .search { flex: 1 1 14rem; min-inline-size: 0; }
    .toolbar .search input { inline-size: 100%; }
    .toolbar select { min-inline-size: 9rem; }
    .count { margin-block: var(--_authsec-space-2); }

    .list { margin: 0; padding: 0; list-style: none; border-block-start: 1px solid var(--_authsec-color-border); }
    .row {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 1.6fr) minmax(0, 1fr) 13rem;
      gap: var(--_authsec-space-2) var(--_authsec-space-4);
      align-items: start;
      padding-block: var(--_authsec-space-3);
      border-block-end: 1px solid var(--_authsec-color-border);
    }
    .row.revoked .who strong { color: var(--_authsec-color-text-muted); }
    .who { display: grid; gap: var(--_authsec-space-1); min-inline-size: 0; }
    .title { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
    .title strong { overflow-wrap: anywhere; }
    .id { overflow-wrap: anywhere; }
    .kind.dcr { color: var(--_authsec-color-warning); }
    .hosts { margin: 0; padding: 0; list-style: none; display: grid; gap: 2px; }
    .hosts li { overflow-wrap: anywhere; font-size: var(--_authsec-font-size-sm); }
    .pending-hosts { margin-block-start: var(--_authsec-space-2); }
    .when { display: grid; gap: 2px; }
    .row-actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-1); justify-content: end; }
    .warn { color: var(--_authsec-color-warning); font-size: var(--_authsec-font-size-sm); }
    .no-match { padding: var(--_authsec-space-4); text-align: center; }

    .field { margin-block-end: var(--_authsec-space-4); }
    .field p { margin: var(--_authsec-space-1) 0 0; }
    .field input[type='text'], .field textarea { inline-size: 100%; }
    textarea { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); }
    .choice { display: flex; gap: var(--_authsec-space-2); align-items: flex-start; }
    .choice input { margin-block-start: 0.3em; inline-size: 1rem; block-size: 1rem; flex: none; }
    .choice label { font-weight: normal; margin: 0; }
    .error { color: var(--_authsec-color-danger); font-size: var(--_authsec-font-size-sm); min-block-size: 1.2em; overflow-wrap: anywhere; white-space: pre-line; }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
    .status { min-block-size: 1.2em; margin: var(--_authsec-space-1) 0; color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    .compare { display: grid; grid-template-columns: 1fr 1fr; gap: var(--_authsec-space-3); }
    .compare ul { margin: 0; padding-inline-start: var(--_authsec-space-4); }
    .compare li { overflow-wrap: anywhere; }

    @container (max-width: 44rem) {
      .row { grid-template-columns: minmax(0, 1fr); }
      .row-actions { justify-content: start; }
      .compare { grid-template-columns: 1fr; }
    }
  `,
];
