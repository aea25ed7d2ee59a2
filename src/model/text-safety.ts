/**
 * Untrusted text made safe to show: everything from AuthSec, an MCP server or a client (names,
 * descriptions, scope strings, hosts) passes through here before it becomes a text node.
 * Nothing here produces HTML; the job is to make hidden things visible and long things bounded.
 */

/** Bidirectional controls (Trojan Source): embeddings, overrides, isolates, marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Invisible or zero-width characters, incl. tag characters used for "ASCII smuggling". */
// eslint-disable-next-line no-misleading-character-class -- matching combining/invisible marks one by one is the point
const INVISIBLE = /[\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200D\u2060-\u2064\u206A-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/u;
/** C0/C1 controls except tab and newline (those are handled by `multiline`). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** Both classes in one global pattern: `[…]` + `[…]` → `[……]`. */
// eslint-disable-next-line no-misleading-character-class -- same character list as above, matched one by one
const HIDDEN_ALL = new RegExp(`[${BIDI.source.slice(1, -1)}${INVISIBLE.source.slice(1, -1)}]`, 'gu');

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

const marker = (ch: string) => `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

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

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee'] as const;
const SCRIPT_RE = Object.fromEntries(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')])) as Record<(typeof SCRIPTS)[number], RegExp>;

/**
 * True when a name mixes scripts that contain look-alikes of Latin letters (`Сlaude` with a
 * Cyrillic С). Pure Cyrillic or Greek names are fine; mixing is the phishing signal.
 */
export function isMixedScript(value: string): boolean {
  const found = new Set<string>();
  for (const ch of value) {
    for (const script of SCRIPTS) if (SCRIPT_RE[script].test(ch)) found.add(script);
    if (found.size > 1) return true;
  }
  return false;
}

export interface DisplayUrl {
  /** The host as the WHATWG parser sees it: ASCII, punycode for IDNs, no userinfo. */
  readonly host: string;
  readonly scheme: 'https' | 'http';
  readonly loopback: boolean;
  /** Internationalised host (shown as punycode): worth a second look. */
  readonly punycode: boolean;
  /** The URL carried a `user:pass@` part that hid the real host. */
  readonly hadUserinfo: boolean;
  /** Full URL, normalised by the parser. */
  readonly href: string;
}

/**
 * Parses a URL we may show or follow. Only `http:` and `https:` are accepted: anything else
 * (`javascript:`, `data:`, `file:`, relative or protocol-relative) is `null`.
 */
export function parseDisplayUrl(value: string | null | undefined): DisplayUrl | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname;
  return {
    host,
    scheme: url.protocol === 'https:' ? 'https' : 'http',
    loopback: isLoopback(host),
    punycode: host.split('.').some((label) => label.startsWith('xn--')),
    hadUserinfo: url.username !== '' || url.password !== '',
    href: url.href,
  };
}

/** Literal loopback hosts only: `localhost.evil.example` or `127.0.0.1.nip.io` are not. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** A URL that may be navigated to (http/https), or null. */
export function safeNavigationUrl(value: string | null | undefined): string | null {
  return parseDisplayUrl(value)?.href ?? null;
}

/**
 * Untrusted single-line text ready to render: cut to `max` characters first (a 10,000-character
 * description costs no more than a short one), then hidden characters made visible.
 */
export function displayText(value: string, max: number): string {
  // 2 UTF-16 units per code point at most, +1 so clampText still sees that it was longer.
  return revealHidden(clampText(value.slice(0, max * 2 + 1), max).text).text;
}
