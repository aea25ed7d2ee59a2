/**
 * Untrusted text made safe to show: everything from AuthSec, an MCP server or a client (names,
 * descriptions, scope strings, hosts) passes through here before it becomes a text node.
 * Nothing here produces HTML; the job is to make hidden things visible and long things bounded.
 */

/** Bidirectional controls (Trojan Source): embeddings, overrides, isolates, marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/**
 * Invisible characters: Unicode's Default_Ignorable_Code_Point (zero-width spaces and joiners, soft
 * hyphens, variation selectors, fillers, the tag characters used for "ASCII smuggling", and the
 * bidi controls above, which are tested first).
 */
const INVISIBLE = /\p{DI}/u;
/** C0/C1 controls except tab and newline (those are handled by `multiline`). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** Bidi controls and invisible characters, all of them (the bidi controls are ignorable too). */
const HIDDEN_ALL = /\p{DI}/gu;

/** Removes bidi controls and invisible characters (search keys, comparisons), keeping everything else. */
export function stripHidden(value: string): string {
  return value.replace(HIDDEN_ALL, '');
}

export interface RevealedText {
  /** Display text: hidden characters replaced by visible `⟨U+XXXX⟩` markers. */
  readonly text: string;
  /** How many bidi controls were found. */
  readonly bidi: number;
  /** How many invisible or control characters were found. */
  readonly invisible: number;
}

export interface RevealOptions {
  /** Keep line breaks (descriptions); otherwise they are revealed too (names, identifiers). */
  readonly multiline?: boolean;
}

/** A character made visible: `⟨U+200B⟩`. */
export const marker = (ch: string): string => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** Replaces bidi, invisible and control characters with visible markers and counts them. */
export function revealHidden(value: string, options: RevealOptions = {}): RevealedText {
  let bidi = 0;
  let invisible = 0;
  let text = '';
  for (const ch of value) {
    if (options.multiline && ch === '\r') {
      // Windows line ends in multiline text: the `\n` that follows keeps the break.
    } else if (BIDI.test(ch)) {
      bidi++;
      text += marker(ch);
    } else if (INVISIBLE.test(ch) || CONTROL.test(ch) || (!options.multiline && (ch === '\n' || ch === '\r'))) {
      invisible++;
      text += marker(ch);
    } else {
      text += ch;
    }
  }
  return { text, bidi, invisible };
}

export interface ClampedText {
  readonly text: string;
  readonly truncated: boolean;
  /** Length of the whole value in characters (code points). */
  readonly length: number;
}

/** Cuts at `max` code points (never inside a surrogate pair) and says whether it did. */
export function clampText(value: string, max: number): ClampedText {
  const chars = [...value];
  if (chars.length <= max) return { text: value, truncated: false, length: chars.length };
  return { text: `${chars.slice(0, Math.max(0, max - 1)).join('')}…`, truncated: true, length: chars.length };
}

/**
 * Untrusted single-line text ready to render: cut to `max` characters first (a 10,000-character
 * description costs no more than a short one), then hidden characters made visible.
 */
export function displayText(value: string, max: number): string {
  // 2 UTF-16 units per code point at most, +1 so clampText still sees that it was longer.
  return revealHidden(clampText(value.slice(0, max * 2 + 1), max).text).text;
}
