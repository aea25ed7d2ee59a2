import { css } from 'lit';

/** identifier() (src/elements/shared/identifier.ts): one line, the middle gives way, the end stays; in full while focus is near. */
export const identifierStyles = css`
  .ident { display: inline-flex; max-inline-size: 100%; white-space: nowrap; vertical-align: bottom; }
  .ident-head { overflow: hidden; text-overflow: ellipsis; min-inline-size: 1ch; }
  .ident-tail { flex: none; }
  :focus-within > .ident,
  :focus-within > * > .ident { display: inline; white-space: normal; overflow-wrap: anywhere; }
`;
