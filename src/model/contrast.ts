/**
 * WCAG 2.x contrast ratio between two opaque sRGB colours.
 * Pure and DOM-free: used by the token tests to prove every text/background pair meets AA.
 * @see https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** The WCAG AA minimums. */
export const CONTRAST_AA_TEXT = 4.5;
export const CONTRAST_AA_LARGE_TEXT = 3;
/** WCAG 1.4.11: borders of controls and focus indicators. */
export const CONTRAST_AA_NON_TEXT = 3;

export type Rgb = readonly [r: number, g: number, b: number];

/** Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)` / `rgb(r g b)`; returns `undefined` for anything else. */
export function parseColor(input: string): Rgb | undefined {
  const value = input.trim().toLowerCase();
  let channels: number[] | undefined;
  if (/^#[0-9a-f]{3}$/.test(value)) channels = [...value.slice(1)].map((d) => parseInt(d + d, 16));
  else if (/^#[0-9a-f]{6}$/.test(value)) channels = [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
  else {
    const fn = /^rgb\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*\)$/.exec(value);
    if (fn) channels = fn.slice(1, 4).map(Number);
  }
  if (!channels || channels.some((c) => !(c >= 0 && c <= 255))) return undefined;
  const [r = 0, g = 0, b = 0] = channels;
  return [r, g, b];
}

/** Relative luminance (0 = black, 1 = white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio from 1 to 21. Throws on a colour it cannot parse, so a typo in a token fails loudly. */
export function contrastRatio(foreground: string, background: string): number {
  const fg = parseColor(foreground);
  const bg = parseColor(background);
  if (!fg || !bg) throw new RangeError(`Cannot compute contrast for "${foreground}" on "${background}"`);
  const a = relativeLuminance(fg);
  const b = relativeLuminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
