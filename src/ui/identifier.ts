/**
 * An identifier (URL, scope string, client ID) on one line, never wrapped mid-token: when the
 * space is short its middle gives way to an ellipsis and its end stays in view
 * (`https://billing-agent.ac…example/mcp`), because the end tells identifiers apart. The whole value
 * stays in the DOM (screen readers and copy read all of it) and in the `title` (hover), and it shows
 * in full while keyboard focus is inside its cell, a link or a copy button (docs/design.md,
 * "Identifiers"). The text is already made safe (revealed, clamped) by the caller. Styles:
 * `identifierStyles` (src/styles/identifier.ts, part of tableStyles).
 */
import { html, type TemplateResult } from 'lit';

/**
 * How much of the end always shows: the longest end of at most 16 characters that starts at a
 * separator (`.example/mcp`, `:tools:write`), so the tail is whole words; else the last 12.
 */
export function identifierTail(text: string): string {
  const longest = Math.min(16, Math.floor(text.length / 2));
  for (let i = text.length - longest; i < text.length - 3; i++) if ('/.:'.includes(text[i]!)) return text.slice(i);
  return text.slice(-Math.min(12, longest));
}

/** `full`: the whole value when `text` leaves something out (a URL shown without `https://`). */
export function identifier(text: string, full = text): TemplateResult {
  const tail = identifierTail(text);
  // What is read, selected and copied is one text node (two spans would be read with a space between
  // them); the split the eye sees is drawn from attributes with empty alternative text.
  return html`<span class="ident" title=${full} data-head=${text.slice(0, text.length - tail.length)} data-tail=${tail}><span class="ident-text">${text}</span></span>`;
}

/**
 * A long value a person must read whole (the Resource URI being composed, a line of a code
 * snippet, an environment variable's name in a sentence): it may wrap only after a separator
 * (`/ . : _ - ? & = ,`), so a line ends between the parts of a token, never inside a word. With
 * `overflow-wrap: break-word` a part longer than the line still breaks rather than widen the page.
 * `<wbr>` adds no character: what is selected and copied is the value as it is.
 */
export function wrapAtSeparators(text: string): unknown[] {
  // Split with the separators captured (no lookbehind, which older Safari cannot parse): each word
  // keeps the separator after it, and a break opportunity follows.
  const pieces = text.split(/([/.:_\-?&=,])/);
  const out: unknown[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const word = pieces[i]! + (pieces[i + 1] ?? '');
    if (word) out.push(word);
    if (i + 1 < pieces.length) out.push(wbr);
  }
  return out;
}
const wbr = html`<wbr>`;

/** Where a value goes in a translated sentence before it is drawn (a character no translation or URL contains). */
export const SLOT = '\u0000';

/**
 * A translated sentence (made with `SLOT` where the value goes) with a long value in it as code
 * that wraps only at its separators: `AUTHSEC_INTROSPECTION_CLIENT_SECRET` in prose on a phone.
 * Styles: `code.wraps` in identifierStyles.
 */
export function sentenceWithCode(sentence: string, value: string): TemplateResult {
  // A translation or a host's override that does not name the value is shown as it is.
  if (!sentence.includes(SLOT)) return html`${sentence}`;
  const [before = '', after = ''] = sentence.split(SLOT);
  return html`${before}<code class="wraps" dir="ltr">${wrapAtSeparators(value)}</code>${after}`;
}
