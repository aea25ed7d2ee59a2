import { css, unsafeCSS } from 'lit';
import { FONTS, palette, publicColorProperty, SIZES, type ColorToken } from './token-values.js';

export { palette, publicColorProperty, type ColorScheme, type ColorToken } from './token-values.js';

/**
 * Design tokens for every AuthSec element.
 *
 * Three layers (as in Spectrum / Material):
 * 1. Public `--authsec-*` custom properties. A host themes them at `:root` or on any ancestor; custom
 *    properties inherit through shadow roots, so one declaration themes every element on the page.
 * 2. Private `--_authsec-*` properties, defined at each element's `:host` from the public ones with
 *    our defaults as fallbacks. Component styles only ever read the private ones.
 * 3. Per-element custom properties and `::part`s, documented on each element.
 *
 * Light/dark: every default colour is `light-dark(<light>, <dark>)`, resolved against the element's
 * `color-scheme`. The scheme follows `prefers-color-scheme` unless the host pins it with
 * `--authsec-color-scheme: light | dark` (on `:root` or any ancestor) or with the `theme="light|dark"`
 * attribute on an element. Because the pin is a custom property it inherits into nested elements,
 * which `:host-context()` (unsupported in Firefox and Safari) could not do.
 * A host whose page is light-only should set `:root { --authsec-color-scheme: light }`.
 *
 * A host overriding a colour (e.g. `--authsec-color-accent`) may use its own `light-dark()`; it is
 * responsible for keeping WCAG AA contrast (the defaults are checked in `test/ui/tokens.test.ts`).
 */

/**
 * System colour for `forced-colors: active` (Windows High Contrast and similar): backgrounds are
 * Canvas, text and lines CanvasText, the accent LinkText, the focus ring Highlight.
 */
const forcedColor = (token: ColorToken): string =>
  token === 'focus-ring' ? 'Highlight' : token.startsWith('accent') ? 'LinkText' : /subtle|surface|^on-/.test(token) ? 'Canvas' : 'CanvasText';

const colorTokens = Object.keys(palette.light) as ColorToken[];

function privateColorProperty(token: ColorToken): string {
  return token === 'focus-ring' ? '--_authsec-focus-ring-color' : `--_authsec-color-${token}`;
}

function colorDeclarations(valueOf: (token: ColorToken) => string, fromPublic: boolean): string {
  return colorTokens
    .map((token) => {
      const value = valueOf(token);
      return `${privateColorProperty(token)}: ${fromPublic ? `var(${publicColorProperty(token)}, ${value})` : value};`;
    })
    .join('\n');
}

// Generated from the constants in token-values.ts only (never from input), so unsafeCSS is safe here.
const defaultColors = unsafeCSS(
  colorDeclarations((t) => `light-dark(${palette.light[t]}, ${palette.dark[t]})`, true),
);
// Browsers without light-dark() (Safari < 17.5, Chromium < 123, Firefox < 120) get the light theme.
const lightOnlyColors = unsafeCSS(colorDeclarations((t) => palette.light[t], true));
const systemColors = unsafeCSS(colorDeclarations(forcedColor, false));

// Generated from the constants in token-values.ts only (never from input), so unsafeCSS is safe here.
const sizeDefaults = unsafeCSS(Object.entries({ ...FONTS, ...SIZES }).map(([n, v]) => `--_authsec-${n}: var(--authsec-${n}, ${v});`).join('\n'));

/** Apply first in every element's `static styles`. */
export const tokens = css`
  :host {
    color-scheme: var(--authsec-color-scheme, light);

    ${defaultColors}
    ${sizeDefaults}

    --_authsec-shadow-sm: var(
      --authsec-shadow-sm,
      0 1px 2px light-dark(rgb(16 24 40 / 0.08), rgb(0 0 0 / 0.5))
    );
    --_authsec-shadow-lg: var(
      --authsec-shadow-lg,
      0 12px 32px light-dark(rgb(16 24 40 / 0.18), rgb(0 0 0 / 0.6))
    );

  }

  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: var(--authsec-color-scheme, dark);
    }
  }

  /* Per-element pin; as a custom property it also reaches the element's nested building blocks. */
  :host([theme='light']) {
    --authsec-color-scheme: light;
  }
  :host([theme='dark']) {
    --authsec-color-scheme: dark;
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${lightOnlyColors}
      --_authsec-shadow-sm: var(--authsec-shadow-sm, 0 1px 2px rgb(16 24 40 / 0.08));
      --_authsec-shadow-lg: var(--authsec-shadow-lg, 0 12px 32px rgb(16 24 40 / 0.18));
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_authsec-duration-fast: 0ms;
      --_authsec-duration: 0ms;
    }
  }

  /* System colours win over host theming: the user chose them. Shadows vanish in this mode, so
     components draw boundaries and focus with borders and outlines, never with shadows alone. */
  @media (forced-colors: active) {
    :host {
      ${systemColors}
      --_authsec-shadow-sm: none;
      --_authsec-shadow-lg: none;
      --_authsec-focus-ring-width: 3px;
    }
  }
`;

/** Shared base: box model, host defaults, `[hidden]`, focus ring. Apply after `tokens`. */
export const coreStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_authsec-font-family);
    font-size: var(--_authsec-font-size-md);
    font-weight: var(--_authsec-font-weight-normal);
    line-height: var(--_authsec-line-height);
    color: var(--_authsec-color-text);
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* :host's display would otherwise beat the UA's [hidden] rule. */
  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  :focus-visible {
    outline: var(--_authsec-focus-ring-width) solid var(--_authsec-focus-ring-color);
    outline-offset: var(--_authsec-focus-ring-offset);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Text for screen readers only (`.sr-only`): live regions, table captions, icon-only labels. */
// A pure call (a tagged template cannot be marked pure): a bundle without `.sr-only` users, the
// consent drop-in, leaves it out.
export const srOnlyStyles = /* @__PURE__ */ (() => css`
  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`)();

/** `coreStyles` and `.sr-only`: what every admin element and building block applies after `tokens`. */
export const baseStyles = [coreStyles, srOnlyStyles];
