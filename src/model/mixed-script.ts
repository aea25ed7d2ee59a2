/** Names that mix alphabets with look-alikes of Latin letters: a phishing signal on the consent screen. */

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
