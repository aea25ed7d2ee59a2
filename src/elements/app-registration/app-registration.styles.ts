import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { identifierStyles } from '../../styles/identifier.js';
import { cardStyles } from '../../styles/card.js';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';
import { secretStyles } from '../shared/one-time-secret.js';

export const appRegistrationStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  cardStyles,
  fieldStyles,
  secretStyles,
  identifierStyles,
  css`
    :host { container-type: inline-size; }
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0 0 var(--_authsec-space-2); overflow-wrap: anywhere; }
    h3 { font-size: var(--_authsec-font-size-md); margin: 0 0 var(--_authsec-space-2); overflow-wrap: anywhere; }
    h3:focus { outline: none; }
    h3:focus-visible { outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color); }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    p { margin: 0 0 var(--_authsec-space-2); }
    code, pre { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); }
    .field { margin-block-end: var(--_authsec-space-4); }
    .field p { margin: var(--_authsec-space-1) 0 0; }
    label, legend { display: block; font-weight: var(--_authsec-font-weight-medium); margin-block-end: var(--_authsec-space-1); }
    .req { font-weight: normal; color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    input[aria-invalid='true'] { border-width: 2px; }
    fieldset { border: 0; margin: 0 0 var(--_authsec-space-4); padding: 0; min-inline-size: 0; }
    .choice { display: flex; gap: var(--_authsec-space-2); align-items: flex-start; margin-block: var(--_authsec-space-1); }
    .choice input { margin-block-start: 0.15em; }
    .choice label { font-weight: normal; margin: 0; }
    .choice .muted { display: block; }
    .error { color: var(--_authsec-color-danger); font-size: var(--_authsec-font-size-sm); min-block-size: 1.2em; overflow-wrap: anywhere; }
    .resource-uri {
      margin-block-end: var(--_authsec-space-4);
      padding: var(--_authsec-space-2) var(--_authsec-space-3);
      /* A preview, not an action: neutral chrome (the accent marks what can be done). */
      border-inline-start: 4px solid var(--_authsec-color-border-strong);
      background: var(--_authsec-color-surface-raised);
    }
    .resource-uri output { display: block; font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); overflow-wrap: break-word; }
    .resource-uri output.pending { font-family: inherit; color: var(--_authsec-color-text-muted); }
    .scopes { margin: var(--_authsec-space-1) 0 0; padding-inline-start: var(--_authsec-space-5); }
    /* The preset's scope names, read whole: they wrap only after a separator (wrapAtSeparators). */
    .scopes li { overflow-wrap: anywhere; }
    .scopes code { overflow-wrap: break-word; }
    details { margin-block-end: var(--_authsec-space-4); }
    summary { cursor: pointer; min-block-size: 24px; font-weight: var(--_authsec-font-weight-medium); margin-block-end: var(--_authsec-space-2); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
    .notice { margin-block: var(--_authsec-space-2); }
    .status { min-block-size: 1.2em; margin: var(--_authsec-space-1) 0; color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    .credentials { display: grid; gap: var(--_authsec-space-3); }
    .state-row { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
    [role='tablist'] { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-1); border-block-end: 1px solid var(--_authsec-color-border-strong); }
    [role='tab'] {
      font: inherit;
      font-size: var(--_authsec-font-size-sm);
      min-block-size: 2.25rem;
      padding: var(--_authsec-space-1) var(--_authsec-space-3);
      border: 1px solid transparent;
      border-block-end: 0;
      border-radius: var(--_authsec-radius-sm) var(--_authsec-radius-sm) 0 0;
      background: transparent;
      color: var(--_authsec-color-text);
      cursor: pointer;
    }
    [role='tab'][aria-selected='true'] {
      border-color: var(--_authsec-color-border-strong);
      background: var(--_authsec-color-surface);
      font-weight: var(--_authsec-font-weight-bold);
      box-shadow: inset 0 -3px 0 var(--_authsec-color-accent);
    }
    [role='tabpanel'] { padding-block: var(--_authsec-space-2); }
    pre {
      margin: 0 0 var(--_authsec-space-2);
      padding: var(--_authsec-space-3);
      max-block-size: var(--authsec-snippet-max-height, 40rem);
      overflow: auto;
      border: 1px solid var(--_authsec-color-border-strong);
      border-radius: var(--_authsec-radius-sm);
      background: var(--_authsec-color-surface);
      color: var(--_authsec-color-text);
      tab-size: 4;
      white-space: pre;
    }
    /* On a phone the snippet wraps rather than scroll sideways, only after a separator
       (wrapAtSeparators; Copy takes it exactly as it is). */
    @media (max-width: 30rem) {
      pre { white-space: pre-wrap; overflow-wrap: break-word; }
    }
    /* In the applications list's registration drawer: the drawer's title is the one heading, and
       the drawer is the surface, so the form (and what says it was registered) draws no card inside it. */
    :host(.in-drawer) .heading { display: none; }
    :host(.in-drawer) form.card,
    :host(.in-drawer) .card.created { margin-block: var(--_authsec-space-3) 0; padding: 0; border: 0; background: none; }
    @media (forced-colors: active) {
      [role='tab'][aria-selected='true'] { border-color: Highlight; box-shadow: none; text-decoration: underline; }
    }
  `,
];
