import { css } from 'lit';
import { fieldStyles } from '../../styles/fields.js';
import { tableStyles } from '../../styles/tables.js';
import { noticeStyles } from '../../styles/notice.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

export const toolScopeMapperStyles = [
  tokens,
  baseStyles,
  noticeStyles,
  fieldStyles,
  tableStyles,
  css`
    .heading { font-size: var(--_authsec-font-size-lg); margin: 0 0 var(--_authsec-space-2); }
    .muted { color: var(--_authsec-color-text-muted); font-size: var(--_authsec-font-size-sm); }
    code { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }

    .counters-wrap { margin-block: var(--_authsec-space-3); }
    .counters { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-3); margin: 0; }
    .counter {
      min-inline-size: 7rem;
      padding: var(--_authsec-space-2) var(--_authsec-space-3);
      border: 1px solid var(--_authsec-color-border);
      border-inline-start-width: 4px;
      border-radius: var(--_authsec-radius-md);
      background: var(--_authsec-color-surface-raised);
    }
    .counter.mapped { border-inline-start-color: var(--_authsec-color-success); }
    .counter.public { border-inline-start-color: var(--_authsec-color-warning); }
    .counter.unmapped { border-inline-start-color: var(--_authsec-color-danger); }
    .counter dt { font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); }
    .counter dd { margin: 0; font-size: var(--_authsec-font-size-xl); font-weight: var(--_authsec-font-weight-bold); font-variant-numeric: tabular-nums; }
    .blockers { color: var(--_authsec-color-danger); font-weight: var(--_authsec-font-weight-medium); }

    .notice { margin-block: var(--_authsec-space-2); }
    .notice ul { margin-block: var(--_authsec-space-1); }

    .pending {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      margin-block: var(--_authsec-space-3);
      padding: var(--_authsec-space-3);
      border: 1px solid var(--_authsec-color-accent);
      border-radius: var(--_authsec-radius-md);
      background: var(--_authsec-color-surface-raised);
      box-shadow: var(--_authsec-shadow-sm);
    }
    .pending p { margin: 0 0 var(--_authsec-space-2); }
    .removals { color: var(--_authsec-color-danger); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
    .pending .table-wrap { max-block-size: 40vh; margin-block-start: var(--_authsec-space-2); }
    td.unmapped { color: var(--_authsec-color-danger); }
    .toolbar select, .bulk select { inline-size: auto; max-inline-size: 100%; }

    .toolbar { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-3); align-items: end; margin-block: var(--_authsec-space-3); }
    /* The search box has a row of its own (its hint is never cut); the filters share the next. */
    .toolbar .search { flex: 1 1 100%; }
    /* The state boxes line up with the selects beside them: the same height, the same bottom margin. */
    .toolbar fieldset { margin-block-end: var(--_authsec-space-2); }
    .toolbar fieldset label { min-block-size: 2.25rem; }
    .field { display: grid; gap: var(--_authsec-space-1); margin-block-end: var(--_authsec-space-2); }
    .field p { margin: 0; }
    label { font-weight: var(--_authsec-font-weight-medium); }
    fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center; }
    legend { font-weight: var(--_authsec-font-weight-medium); padding: 0; margin-block-end: var(--_authsec-space-1); }
    fieldset label { font-weight: normal; display: inline-flex; gap: var(--_authsec-space-1); align-items: center; min-block-size: 24px; }
    .error { color: var(--_authsec-color-danger); font-size: var(--_authsec-font-size-sm); min-block-size: 1.2em; }

    .bulk {
      display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: center;
      padding: var(--_authsec-space-2) var(--_authsec-space-3);
      border-radius: var(--_authsec-radius-md);
      background: var(--_authsec-color-info-subtle);
      margin-block-end: var(--_authsec-space-2);
    }
    .list-head { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-3); align-items: center; padding-block: var(--_authsec-space-2); border-block-end: 1px solid var(--_authsec-color-border); }
    .select-all { display: inline-flex; gap: var(--_authsec-space-2); align-items: center; font-weight: normal; }
    /* As tall as its rows, up to the cap: a short list leaves no gap, a long one scrolls inside it. */
    .list { max-block-size: var(--authsec-mapper-list-height, min(70vh, 44rem)); overflow: auto; overscroll-behavior: contain; }
    /*
     * A virtualised list is always longer than the cap, so it is exactly the cap: its viewport is
     * known before any row exists and the first rows are drawn in the task the data arrives in, not
     * a frame later, after the list has grown.
     */
    .list.virtual { block-size: var(--authsec-mapper-list-height, min(70vh, 44rem)); }
    /* Until the virtualizer sizes it, its box fills the list (an empty box has no rows in view). */
    .virtual > .rows { min-block-size: 100%; }
    .list:focus-visible, .notice:focus-visible {
      outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color);
      outline-offset: calc(-1 * var(--_authsec-focus-ring-width));
    }
    .no-match { padding: var(--_authsec-space-4); text-align: center; }

    .row {
      display: grid;
      grid-template-columns: auto minmax(0, 2fr) minmax(0, 1.4fr) auto;
      gap: var(--_authsec-space-3);
      align-items: start;
      inline-size: 100%;
      padding: var(--_authsec-space-2) var(--_authsec-space-3);
      border-block-end: 1px solid var(--_authsec-color-border);
      background: var(--_authsec-color-surface);
    }
    .row.changed { background: var(--_authsec-color-warning-subtle); }
    .row .select { margin-block-start: 0.2rem; }
    .title-line { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); align-items: baseline; }
    .tool-name { font-weight: var(--_authsec-font-weight-bold); font-size: var(--_authsec-font-size-md); min-inline-size: 0; max-inline-size: 100%; }
    .tool-title { color: var(--_authsec-color-text-muted); }
    .desc {
      margin: var(--_authsec-space-1) 0;
      font-size: var(--_authsec-font-size-sm);
      overflow-wrap: anywhere;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .meta { display: flex; flex-wrap: wrap; gap: var(--_authsec-space-2); font-size: var(--_authsec-font-size-sm); color: var(--_authsec-color-text-muted); }
    .partly-read { color: var(--_authsec-color-warning); font-weight: var(--_authsec-font-weight-medium); }
    .hints { display: inline-flex; flex-wrap: wrap; gap: var(--_authsec-space-1); }
    .hint { padding-inline: var(--_authsec-space-1); border: 1px dashed var(--_authsec-color-border-strong); border-radius: var(--_authsec-radius-sm); }
    .state { display: flex; flex-direction: column; gap: var(--_authsec-space-1); align-items: flex-start; min-inline-size: 0; }
    .scopes { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); overflow-wrap: break-word; }
    .staged { font-size: var(--_authsec-font-size-sm); font-weight: var(--_authsec-font-weight-medium); }
    .suggestion { font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }

    .panels { display: grid; gap: var(--_authsec-space-2); margin-block-start: var(--_authsec-space-4); }
    details { border: 1px solid var(--_authsec-color-border); border-radius: var(--_authsec-radius-md); padding: var(--_authsec-space-2) var(--_authsec-space-3); background: var(--_authsec-color-surface-raised); }
    summary { cursor: pointer; min-block-size: 24px; font-weight: var(--_authsec-font-weight-medium); }
    .panel { padding-block: var(--_authsec-space-3); max-inline-size: 40rem; }
    .preview { margin-block: var(--_authsec-space-2); }
    .preview p { margin: 0 0 var(--_authsec-space-1); }
    .names { font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm); overflow-wrap: anywhere; }
    .prefixed { display: flex; }
    .prefixed input { flex: 1; min-inline-size: 0; }
    .prefix {
      display: flex; align-items: center; padding-inline: var(--_authsec-space-2);
      border: 1px solid var(--_authsec-color-border-strong); border-inline-end: 0;
      border-radius: var(--_authsec-radius-sm) 0 0 var(--_authsec-radius-sm);
      font-family: var(--_authsec-font-family-mono); font-size: var(--_authsec-font-size-sm);
      background: var(--_authsec-color-neutral-subtle);
    }

    .modes { display: grid; gap: var(--_authsec-space-2); }
    .choice { display: flex; gap: var(--_authsec-space-2); align-items: flex-start; font-weight: normal; }
    .choice input { margin-block-start: 0.2rem; }
    .scope-choices { display: grid; gap: var(--_authsec-space-1); padding-inline-start: var(--_authsec-space-5); max-block-size: 14rem; overflow: auto; }
    .scope-choice { display: flex; gap: var(--_authsec-space-2); align-items: baseline; font-weight: normal; overflow-wrap: anywhere; }

    @media (max-width: 40rem) {
      .row { grid-template-columns: auto minmax(0, 1fr); }
      .row .state, .row .edit { grid-column: 2; }
      .row .edit { justify-self: start; }
    }
  `,
];
