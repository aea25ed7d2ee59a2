import { css } from 'lit';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const adminConsoleStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  css`
    :host { container-type: inline-size; }
    .crumbs { margin-block-end: var(--_authsec-space-3); font-size: var(--_authsec-font-size-sm); }
    .crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: var(--_authsec-space-1); margin: 0; padding: 0; }
    .crumbs li { display: inline-flex; align-items: center; gap: var(--_authsec-space-1); min-inline-size: 0; overflow-wrap: anywhere; }
    .crumbs li + li::before { content: '›'; content: '›' / ''; color: var(--_authsec-color-text-muted); }
    .link {
      font: inherit; color: var(--_authsec-color-accent); background: none; border: 0; padding: 0; cursor: pointer;
      text-decoration: underline; text-underline-offset: 0.15em;
    }
    .link:hover { color: var(--_authsec-color-accent-hover); }
    .top { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_authsec-space-2); margin-block-end: var(--_authsec-space-3); }
    .heading { font-size: var(--_authsec-font-size-xl); margin: 0; overflow-wrap: anywhere; min-inline-size: 0; }
    .heading:focus-visible, .panel:focus-visible, .link:focus-visible, [role='tab']:focus-visible {
      outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color);
      outline-offset: var(--_authsec-focus-ring-offset);
    }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    .notice { margin-block: var(--_authsec-space-2); }
    /* One row while the tabs fit; a grid of equal cells when they do not (tab-fit.ts sets data-fit). */
    [role='tablist'] {
      display: flex; gap: var(--_authsec-space-1);
      overflow-x: auto; scrollbar-width: thin;
      border-block-end: 1px solid var(--_authsec-color-border-strong);
      margin-block-end: var(--_authsec-space-4);
    }
    [role='tablist'][data-fit='grid'] {
      display: grid;
      grid-template-columns: repeat(var(--_authsec-tab-columns, 3), minmax(0, 1fr));
      overflow: visible;
    }
    [role='tab'] {
      flex: 0 0 auto;
      font: inherit; font-size: var(--_authsec-font-size-sm); line-height: var(--_authsec-line-height-tight);
      font-weight: var(--_authsec-font-weight-medium); color: var(--_authsec-color-text-muted);
      white-space: nowrap;
      background: none; border: 0; border-block-end: 3px solid transparent; cursor: pointer;
      padding: var(--_authsec-space-2) var(--_authsec-space-3); min-block-size: 2.75rem;
      outline-offset: -3px;
    }
    [role='tablist'][data-fit='grid'] { padding-block-end: var(--_authsec-space-1); }
    [data-fit='grid'] > [role='tab'] {
      /* Only a label longer than the whole console could need it. */
      overflow: hidden; text-overflow: ellipsis;
      text-align: center;
      background: var(--_authsec-color-surface-raised);
      border-radius: var(--_authsec-radius-sm);
    }
    [role='tab']:hover { color: var(--_authsec-color-text); background: var(--_authsec-color-neutral-subtle); }
    [role='tab'][aria-selected='true'] { color: var(--_authsec-color-accent); border-block-end-color: var(--_authsec-color-accent); }
    @media (forced-colors: active) {
      [role='tab'][aria-selected='true'] { border-block-end-color: Highlight; }
    }
    .panel { min-inline-size: 0; }
    .panel > .grants { display: block; margin-block-start: var(--_authsec-space-6); }
    @container (max-width: 30rem) {
      .heading { font-size: var(--_authsec-font-size-lg); }
    }
  `,
];
