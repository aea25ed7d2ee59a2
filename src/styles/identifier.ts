import { css } from 'lit';

/**
 * identifier() (src/ui/identifier.ts): one line, the middle gives way, the end stays;
 * in full while focus is near. The visible parts are generated content with an empty alternative
 * (`/ ""`), so assistive technology reads the one real text node once; a browser without that
 * syntax keeps the first `content` and shows the same.
 */
export const identifierStyles = css`
  .ident { position: relative; display: inline-flex; max-inline-size: 100%; white-space: nowrap; vertical-align: bottom; }
  .ident::before { content: attr(data-head); content: attr(data-head) / ''; overflow: hidden; text-overflow: ellipsis; min-inline-size: 1ch; }
  .ident::after { content: attr(data-tail); content: attr(data-tail) / ''; flex: none; }
  .ident-text {
    position: absolute; inset-inline-start: 0; inline-size: 1px; block-size: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap;
  }
  /* sentenceWithCode(): inside text that may break anywhere, this code breaks only at its separators. */
  code.wraps { overflow-wrap: break-word; }
  :focus-within > .ident,
  :focus-within > * > .ident { display: inline; white-space: normal; overflow-wrap: anywhere; }
`;
