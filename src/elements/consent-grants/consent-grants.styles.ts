import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const consentGrantsStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  fieldStyles,
  css`
    :host { container-type: inline-size; }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0 0 var(--_authsec-space-2); }
    h3 { font-size: var(--_authsec-font-size-md); margin: 0; overflow-wrap: anywhere; }
    p { margin: 0 0 var(--_authsec-space-2); }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    label { display: block; font-weight: var(--_authsec-font-weight-medium); margin-block-end: var(--_authsec-space-1); }
    .search { max-inline-size: 28rem; margin-block: var(--_authsec-space-3); }
    .search input { inline-size: 100%; }

    .people { margin: 0; padding: 0; list-style: none; display: grid; gap: var(--_authsec-space-4); }
    .person-head {
      display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2) var(--_authsec-space-3); align-items: center; justify-content: space-between;
      padding-block-end: var(--_authsec-space-2); border-block-end: 1px solid var(--_authsec-color-border);
    }
    .person-head .who { min-inline-size: 0; }
    .person-head .email { overflow-wrap: anywhere; }

    .grants { margin: 0; padding: 0; list-style: none; display: grid; gap: var(--_authsec-space-2); }
    .grant {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'head actions' 'app actions' 'can can' 'when when';
      gap: var(--_authsec-space-1) var(--_authsec-space-3);
      padding: var(--_authsec-space-3);
      border: 1px solid var(--_authsec-color-border);
      border-radius: var(--_authsec-radius-md);
      background: var(--_authsec-color-surface-raised);
    }
    .grant-head { grid-area: head; display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
    .grant-head strong { overflow-wrap: anywhere; }
    .app { grid-area: app; overflow-wrap: anywhere; }
    .can { grid-area: can; }
    .can ul { margin: var(--_authsec-space-1) 0 0; padding-inline-start: var(--_authsec-space-4); display: grid; gap: 2px; }
    .can li { overflow-wrap: anywhere; }
    .scope { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); margin-inline-start: var(--_authsec-space-1); }
    .risk { font-size: var(--_authsec-font-size-sm); margin-inline-start: var(--_authsec-space-1); color: var(--_authsec-color-warning); }
    .risk.high, .risk.critical { color: var(--_authsec-color-danger); }
    .when { grid-area: when; display: flex; flex-wrap: wrap; gap: var(--_authsec-space-1) var(--_authsec-space-3); }
    .actions { grid-area: actions; align-self: start; }
    .no-match { padding: var(--_authsec-space-4); text-align: center; }

    @container (max-width: 30rem) {
      .grant { grid-template-columns: minmax(0, 1fr); grid-template-areas: 'head' 'app' 'can' 'when' 'actions'; }
    }
  `,
];
