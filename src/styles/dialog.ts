import { css } from 'lit';

/**
 * What every dialog of ours shares (the confirm dialog, the drawer): no box of its own around the
 * `<dialog>`, a raised surface that draws its own padding, and a title in the one heading style.
 */
export const dialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    padding: 0;
    background: var(--_authsec-color-surface);
    color: var(--_authsec-color-text);
    box-shadow: var(--_authsec-shadow-lg);
  }
  h2 {
    margin: 0;
    font-size: var(--_authsec-font-size-lg);
    font-weight: var(--_authsec-font-weight-bold);
    line-height: var(--_authsec-line-height-tight);
  }
`;
