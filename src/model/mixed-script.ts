/** Names that mix alphabets with look-alikes of Latin letters: a phishing signal on the consent screen. */
import { marker } from './text-safety.js';

const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Cherokee'] as const;
const SCRIPT_RE = Object.fromEntries(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')])) as Record<(typeof SCRIPTS)[number], RegExp>;

const scriptOf = (ch: string) => SCRIPTS.find((s) => SCRIPT_RE[s].test(ch));

/**
 * True when a name mixes scripts that contain look-alikes of Latin letters (`Сlaude` with a
 * Cyrillic С). Pure Cyrillic or Greek names are fine; mixing is the phishing signal.
 */
export function isMixedScript(value: string): boolean {
  return new Set([...value].map(scriptOf).filter(Boolean)).size > 1;
}

/**
 * A mixed-script name with its odd letters out made visible: every letter not in the name's main
 * script becomes `⟨U+0456⟩`, so `gіthub` (Cyrillic і) cannot pass for `github`.
 */
export function revealLookalikes(value: string): string {
  const chars = [...value];
  const count = (script: string) => chars.filter((ch) => scriptOf(ch) === script).length;
  const main = SCRIPTS.reduce((a, b) => (count(b) > count(a) ? b : a));
  return chars.map((ch) => (scriptOf(ch) && scriptOf(ch) !== main ? marker(ch) : ch)).join('');
}
