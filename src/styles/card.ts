import { css } from 'lit';

/** A raised box for one block of an element (a form, a result, the one-time secret). */
export const cardStyles = css`
  .card {
    margin-block: var(--_authsec-space-4);
    padding: var(--_authsec-space-4);
    border: 1px solid var(--_authsec-color-border);
    border-radius: var(--_authsec-radius-md);
    background: var(--_authsec-color-surface-raised);
  }
`;
