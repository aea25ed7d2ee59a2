/** RFC 6749 §3.3: `scope = scope-token *( SP scope-token )`, `scope-token = 1*( %x21 / %x23-5B / %x5D-7E )`. */

const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]+(?: [\x21\x23-\x5B\x5D-\x7E]+)*$/;
export const MAX_SCOPE_TOKENS = 100;

/** The scope tokens of a `scope` value (deduplicated, in order), or undefined when it is malformed. */
export function parseScope(value: string): string[] | undefined {
  if (!SCOPE.test(value)) return undefined;
  const tokens = [...new Set(value.split(' '))];
  return tokens.length > MAX_SCOPE_TOKENS ? undefined : tokens;
}
