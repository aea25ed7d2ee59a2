/** `locale`, else the `lang` of the nearest element around `node` that has one, across shadow roots (`<html lang>` at the top). */
export function orPageLang<T extends string | null | undefined>(locale: T, node: Partial<Node>): T | string {
  let found: string | null | undefined = locale;
  for (let n: Partial<Node> | null | undefined = node; !found && n; n = n.parentNode ?? (n as ShadowRoot).host) found = (n as Element).getAttribute?.('lang');
  return found || locale;
}
