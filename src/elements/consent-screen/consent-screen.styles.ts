import { css } from 'lit';
import { noticeStyles } from '../../styles/notice.js';
import { coreStyles, tokens } from '../../styles/tokens.js';

export const consentScreenStyles = [
  tokens,
  // No `.sr-only`: the consent screen shows every word it says.
  coreStyles,
  noticeStyles,
  css`
    :host {
      --_max-width: var(--authsec-consent-max-width, 34rem);
    }
    :host([page]) {
      display: grid;
      align-content: center;
      min-block-size: 100dvh;
    }
    ::slotted([slot='brand']) {
      display: block;
      margin-block-end: var(--_authsec-space-4);
    }
    .card {
      max-inline-size: var(--_max-width);
      margin-inline: auto;
      padding: var(--_authsec-space-5);
      background: var(--_authsec-color-surface);
      border: 1px solid var(--_authsec-color-border);
      border-radius: var(--_authsec-radius-lg);
      box-shadow: var(--_authsec-shadow-sm);
      overflow-wrap: anywhere;
    }
    .title {
      font-size: var(--_authsec-font-size-xl);
      font-weight: var(--_authsec-font-weight-bold);
      line-height: var(--_authsec-line-height-tight);
      margin-block-end: var(--_authsec-space-3);
    }
    .title:focus {
      /* Focus lands here on arrival so screen readers start at the question; no ring needed. */
      outline: none;
    }
    p {
      margin-block: var(--_authsec-space-2);
    }
    .muted,
    legend + .hint {
      color: var(--_authsec-color-text-muted);
      font-size: var(--_authsec-font-size-sm);
    }
    .redirect {
      font-weight: var(--_authsec-font-weight-medium);
    }
    .badge {
      display: inline-block;
      padding: var(--_authsec-space-1) var(--_authsec-space-2);
      border-radius: var(--_authsec-radius-sm);
      font-size: var(--_authsec-font-size-sm);
      background: var(--_authsec-color-neutral-subtle);
      color: var(--_authsec-color-neutral);
      border: 1px solid currentColor;
    }
    .badge.success { background: var(--_authsec-color-success-subtle); color: var(--_authsec-color-success); }
    .badge.info { background: var(--_authsec-color-info-subtle); color: var(--_authsec-color-info); }
    .badge.warning { background: var(--_authsec-color-warning-subtle); color: var(--_authsec-color-warning); }
    .notice { border-radius: var(--_authsec-radius-sm); }
    fieldset {
      border: 0;
      padding: 0;
      margin: var(--_authsec-space-4) 0;
    }
    legend,
    .subheading {
      font-weight: var(--_authsec-font-weight-bold);
      padding: 0;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .scope {
      display: flex;
      gap: var(--_authsec-space-3);
      align-items: flex-start;
      padding-block: var(--_authsec-space-3);
      border-block-end: 1px solid var(--_authsec-color-border);
    }
    .scope input,
    .remember input {
      /* WCAG 2.5.8: targets of at least 24×24 px. */
      inline-size: 24px;
      block-size: 24px;
      margin: 0;
      flex: none;
      accent-color: var(--_authsec-color-accent);
    }
    .scope label {
      font-weight: var(--_authsec-font-weight-medium);
      margin-inline-end: var(--_authsec-space-2);
    }
    .scope-text { min-inline-size: 0; flex: 1; }
    .scope p { margin-block: var(--_authsec-space-1); }
    .description { white-space: pre-line; }
    .risk {
      font-size: var(--_authsec-font-size-xs);
      font-weight: var(--_authsec-font-weight-medium);
      white-space: nowrap;
    }
    .risk-low .risk { color: var(--_authsec-color-success); }
    .risk-medium .risk { color: var(--_authsec-color-warning); }
    .risk-high .risk,
    .risk-critical .risk { color: var(--_authsec-color-danger); }
    code {
      font-family: var(--_authsec-font-family-mono);
      font-size: var(--_authsec-font-size-sm);
    }
    .blocked li { padding-block: var(--_authsec-space-1); color: var(--_authsec-color-text-muted); }
    .blocked-title { color: var(--_authsec-color-text); font-weight: var(--_authsec-font-weight-medium); }
    .blocked span { display: block; }
    .remember {
      display: flex;
      gap: var(--_authsec-space-2);
      align-items: center;
      margin-block: var(--_authsec-space-4);
      min-block-size: 24px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_authsec-space-3);
      justify-content: flex-end;
    }
    .button {
      /* Allow and Deny are peers: same size and weight, only the fill differs. */
      flex: 1 1 10rem;
      min-block-size: 44px;
      padding: var(--_authsec-space-2) var(--_authsec-space-4);
      font: inherit;
      font-weight: var(--_authsec-font-weight-medium);
      border-radius: var(--_authsec-radius-md);
      border: 1px solid var(--_authsec-color-border-strong);
      background: var(--_authsec-color-surface);
      color: var(--_authsec-color-text);
      cursor: pointer;
    }
    .button.primary {
      background: var(--_authsec-color-accent);
      border-color: var(--_authsec-color-accent);
      color: var(--_authsec-color-on-accent);
    }
    .button:hover:not(:disabled) { border-color: var(--_authsec-color-accent); }
    .button.primary:hover:not(:disabled) { background: var(--_authsec-color-accent-hover); }
    .button:disabled { opacity: 0.55; cursor: not-allowed; }
    .button[aria-busy='true'] { cursor: progress; }
    .link {
      background: none;
      border: 0;
      padding: var(--_authsec-space-2) 0;
      min-block-size: 24px;
      font: inherit;
      color: var(--_authsec-color-accent);
      text-decoration: underline;
      cursor: pointer;
    }
    .details { margin-block-start: var(--_authsec-space-4); font-size: var(--_authsec-font-size-sm); }
    .details summary { cursor: pointer; min-block-size: 24px; }
    .details dl { display: grid; grid-template-columns: max-content 1fr; gap: var(--_authsec-space-1) var(--_authsec-space-3); }
    .details dd { margin: 0; }
    .status {
      display: flex;
      gap: var(--_authsec-space-2);
      align-items: center;
    }
    .spinner {
      inline-size: 1rem;
      block-size: 1rem;
      border: 2px solid var(--_authsec-color-border-strong);
      border-block-start-color: var(--_authsec-color-accent);
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin { to { transform: rotate(1turn); } }
    @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
    @media (forced-colors: active) {
      .button:disabled { opacity: 1; color: GrayText; border-color: GrayText; }
      .badge { border: 1px solid CanvasText; }
    }
    @media (max-width: 30rem) {
      .card { padding: var(--_authsec-space-4); }
    }
  `,
];
