/**
 * An identifier (URL, scope string, tool name) that wraps only after a separator, never inside a
 * word: `https://billing-agent.` / `acme.example/mcp`, not `billing-` / `agent`. The text is already
 * made safe (revealed, clamped) by the caller. A segment over 24 characters keeps the normal
 * wrapping rules, so hostile text cannot hold a line open. Styles: `.seg { white-space: nowrap; }`.
 */
import { html, nothing, type TemplateResult } from 'lit';

const SEPARATOR = /(?<=[/.:?&=#@])/;
const LONGEST_UNBROKEN = 24;

export function identifier(text: string): TemplateResult {
  const parts = text.split(SEPARATOR);
  return html`${parts.map(
    (part, i) => html`${i ? html`<wbr>` : nothing}${part.length > LONGEST_UNBROKEN ? part : html`<span class="seg">${part}</span>`}`,
  )}`;
}
