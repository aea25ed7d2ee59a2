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
function tailOf(text: string): string {
  const longest = Math.min(16, Math.floor(text.length / 2));
  for (let i = text.length - longest; i < text.length - 3; i++) if ('/.:'.includes(text[i]!)) return text.slice(i);
  return text.slice(-Math.min(12, longest));
}

/** `full`: the whole value when `text` leaves something out (a URL shown without `https://`). */
export function identifier(text: string, full = text): TemplateResult {
  const tail = tailOf(text);
  // What is read, selected and copied is one text node (two spans would be read with a space between
  // them); the split the eye sees is drawn from attributes with empty alternative text.
  return html`<span class="ident" title=${full} data-head=${text.slice(0, text.length - tail.length)} data-tail=${tail}><span class="ident-text">${text}</span></span>`;
}
