/**
 * Pattern rules over tool names ("map `*_issue*` to github:tools:write"): `*` matches any run of
 * characters (also none), `?` exactly one character (one code point), everything else itself.
 * Case-sensitive and anchored at both ends, like the names AuthSec enforces.
 *
 * No RegExp is built from the pattern, so nothing in it can be injected (`(a+)+$`, `.*`, `[` are
 * plain characters) and nothing can backtrack catastrophically: the matcher is the two-pointer
 * wildcard walk that remembers only the last `*`, O(name × pattern) at worst, and a cheap length
 * check rejects most names before the walk starts. Patterns are capped at `MAX_GLOB_LENGTH`.
 * There is no escape syntax: MCP tool names do not contain `*` or `?`.
 */

/** Longer than any sensible pattern over MCP tool names (≤ 128 characters by the spec's advice). */
export const MAX_GLOB_LENGTH = 512;

export type GlobRejection =
  /** Empty or only whitespace. */
  | 'empty'
  /** Only `*` and `?`: it would match (almost) every tool, which is what bulk "select all" is for. */
  | 'only_wildcards'
  /** Longer than `MAX_GLOB_LENGTH`. */
  | 'too_long';

export interface GlobRule {
  /** The pattern as typed. */
  readonly pattern: string;
  /** Runs of `*` collapsed to one: same meaning, shorter walk. */
  readonly compiled: string;
  /** Fewest UTF-16 units a matching name can have. */
  readonly minLength: number;
}

export type GlobParse = { readonly ok: true; readonly rule: GlobRule } | { readonly ok: false; readonly reason: GlobRejection };

export function parseGlob(pattern: string): GlobParse {
  if (pattern.trim() === '') return { ok: false, reason: 'empty' };
  if (pattern.length > MAX_GLOB_LENGTH) return { ok: false, reason: 'too_long' };
  let compiled = '';
  let minLength = 0;
  let literal = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (!compiled.endsWith('*')) compiled += '*';
      continue;
    }
    compiled += ch;
    minLength++;
    if (ch !== '?') literal = true;
  }
  if (!literal) return { ok: false, reason: 'only_wildcards' };
  return { ok: true, rule: { pattern, compiled, minLength } };
}

/** One code point on from `i` (a surrogate pair is one character for `?` and `*`). */
function nextChar(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

export function globMatches(rule: GlobRule, name: string): boolean {
  if (name.length < rule.minLength) return false;
  const p = rule.compiled;
  let pi = 0;
  let si = 0;
  let starP = -1;
  let starS = 0;
  while (si < name.length) {
    const pc = pi < p.length ? p.charCodeAt(pi) : -1;
    if (pc === 0x2a /* * */) {
      starP = ++pi;
      starS = si;
    } else if (pc === 0x3f /* ? */) {
      pi++;
      si = nextChar(name, si);
    } else if (pc === name.charCodeAt(si)) {
      pi++;
      si++;
    } else if (starP >= 0) {
      // Let the last `*` swallow one more character and retry from just after it.
      starS = nextChar(name, starS);
      si = starS;
      pi = starP;
    } else {
      return false;
    }
  }
  while (pi < p.length && p.charCodeAt(pi) === 0x2a) pi++;
  return pi === p.length;
}

export type RulePreview<T> =
  | { readonly ok: true; readonly rule: GlobRule; readonly matches: readonly T[] }
  | { readonly ok: false; readonly reason: GlobRejection };

/**
 * The tools a pattern selects, in the given order. Apply the rule with exactly these ids
 * (`staged.map(preview.matches.map((t) => t.id), scopeId)`) so the preview is what happens.
 */
export function previewRule<T extends { readonly name: string }>(tools: readonly T[], pattern: string): RulePreview<T> {
  const parsed = parseGlob(pattern);
  if (!parsed.ok) return parsed;
  const matches = tools.filter((tool) => globMatches(parsed.rule, tool.name));
  return { ok: true, rule: parsed.rule, matches };
}
