import { css } from 'lit';

/**
 * A raised box for one block of an element (a form, a result, the one-time secret). In a narrow
 * container (a phone) a card draws no box: the element is already the page's whole width, and a
 * box inside the host's own card costs width on both sides (docs/design.md, "Spacing"). Blocks are
 * then divided by a rule; the one-time secret keeps its box, it must stand out.
 */
export const cardStyles = css`
  .card {
    margin-block: var(--_authsec-space-4);
    padding: var(--_authsec-space-4);
    border: 1px solid var(--_authsec-color-border);
    border-radius: var(--_authsec-radius-md);
    background: var(--_authsec-color-surface-raised);
  }
  @container (max-width: 30rem) {
    .card:not(.secret) {
      padding: var(--_authsec-space-4) 0 0;
      border-width: 1px 0 0;
      border-radius: 0;
      background: none;
    }
  }
`;
