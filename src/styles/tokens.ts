import { css, unsafeCSS } from 'lit';

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

/** Colour tokens: public name is `--authsec-color-<name>` (`focus-ring` → `--authsec-focus-ring-color`). */
export type ColorToken =
  | 'surface'
  | 'surface-raised'
  | 'text'
  | 'text-muted'
  | 'border'
  | 'border-strong'
  | 'accent'
  | 'accent-hover'
  | 'on-accent'
  | 'neutral'
  | 'neutral-subtle'
  | 'info'
  | 'info-subtle'
  | 'success'
  | 'success-subtle'
  | 'warning'
  | 'warning-subtle'
  | 'danger'
  | 'danger-hover'
  | 'danger-subtle'
  | 'on-danger'
  | 'focus-ring';

export type ColorScheme = 'light' | 'dark';

/**
 * Default colours, the single source for both the CSS below and the contrast tests.
 * Pairs checked (AA): text, text-muted, accent and every tone colour on surface, surface-raised and
 * their own `*-subtle` background (≥ 4.5:1); on-accent on accent/accent-hover and on-danger on
 * danger/danger-hover (≥ 4.5:1); border-strong and focus-ring on both surfaces (≥ 3:1, WCAG 1.4.11).
 * `border` is decorative only (card edges), never the sole boundary of a control.
 */
export const palette: Readonly<Record<ColorScheme, Readonly<Record<ColorToken, string>>>> = {
  light: {
    surface: '#ffffff',
    'surface-raised': '#f5f6f8',
    text: '#1b1e24',
    'text-muted': '#566070',
    border: '#d4d8df',
    'border-strong': '#7b8494',
    accent: '#2353c8',
    'accent-hover': '#1b43a6',
    'on-accent': '#ffffff',
    neutral: '#4a5260',
    'neutral-subtle': '#eceef2',
    info: '#1c5fa8',
    'info-subtle': '#e6f0fb',
    success: '#17713a',
    'success-subtle': '#e6f4eb',
    warning: '#7f5200',
    'warning-subtle': '#fcf1d9',
    danger: '#b42318',
    'danger-hover': '#93190f',
    'danger-subtle': '#fdeceb',
    'on-danger': '#ffffff',
    'focus-ring': '#2353c8',
  },
  dark: {
    surface: '#15171c',
    'surface-raised': '#1e2128',
    text: '#e9ebef',
    'text-muted': '#a3abb8',
    border: '#343a44',
    'border-strong': '#7d8696',
    accent: '#86a8ff',
    'accent-hover': '#a6c0ff',
    'on-accent': '#0d1526',
    neutral: '#c2c8d2',
    'neutral-subtle': '#272b33',
    info: '#7db5ff',
    'info-subtle': '#122440',
    success: '#5fcf8e',
    'success-subtle': '#13291d',
    warning: '#f0b84f',
    'warning-subtle': '#2e2411',
    danger: '#ff8f85',
    'danger-hover': '#ffaca4',
    'danger-subtle': '#3a1a18',
    'on-danger': '#1f0806',
    'focus-ring': '#9bb8ff',
  },
};

/** System colours for `forced-colors: active` (Windows High Contrast and similar). */
const forcedColors: Readonly<Record<ColorToken, string>> = {
  surface: 'Canvas',
  'surface-raised': 'Canvas',
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  border: 'CanvasText',
  'border-strong': 'CanvasText',
  accent: 'LinkText',
  'accent-hover': 'LinkText',
  'on-accent': 'Canvas',
  neutral: 'CanvasText',
  'neutral-subtle': 'Canvas',
  info: 'CanvasText',
  'info-subtle': 'Canvas',
  success: 'CanvasText',
  'success-subtle': 'Canvas',
  warning: 'CanvasText',
  'warning-subtle': 'Canvas',
  danger: 'CanvasText',
  'danger-hover': 'CanvasText',
  'danger-subtle': 'Canvas',
  'on-danger': 'Canvas',
  'focus-ring': 'Highlight',
};

const colorTokens = Object.keys(palette.light) as ColorToken[];

/** Public custom property a host sets for a colour token. */
export function publicColorProperty(token: ColorToken): string {
  return token === 'focus-ring' ? '--authsec-focus-ring-color' : `--authsec-color-${token}`;
}

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

// Generated from constants in this file only (never from input), so unsafeCSS is safe here.
const defaultColors = unsafeCSS(
  colorDeclarations((t) => `light-dark(${palette.light[t]}, ${palette.dark[t]})`, true),
);
// Browsers without light-dark() (Safari < 17.5, Chromium < 123, Firefox < 120) get the light theme.
const lightOnlyColors = unsafeCSS(colorDeclarations((t) => palette.light[t], true));
const systemColors = unsafeCSS(colorDeclarations((t) => forcedColors[t], false));

/** Apply first in every element's `static styles`. */
export const tokens = css`
  :host {
    color-scheme: var(--authsec-color-scheme, light);

    ${defaultColors}

    --_authsec-font-family: var(
      --authsec-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_authsec-font-family-mono: var(
      --authsec-font-family-mono,
      ui-monospace,
      SFMono-Regular,
      Menlo,
      Consolas,
      'Liberation Mono',
      monospace
    );
    --_authsec-font-size-xs: var(--authsec-font-size-xs, 0.75rem);
    --_authsec-font-size-sm: var(--authsec-font-size-sm, 0.875rem);
    --_authsec-font-size-md: var(--authsec-font-size-md, 1rem);
    --_authsec-font-size-lg: var(--authsec-font-size-lg, 1.125rem);
    --_authsec-font-size-xl: var(--authsec-font-size-xl, 1.375rem);
    --_authsec-font-weight-normal: var(--authsec-font-weight-normal, 400);
    --_authsec-font-weight-medium: var(--authsec-font-weight-medium, 500);
    --_authsec-font-weight-bold: var(--authsec-font-weight-bold, 600);
    --_authsec-line-height: var(--authsec-line-height, 1.5);
    --_authsec-line-height-tight: var(--authsec-line-height-tight, 1.25);

    --_authsec-space-1: var(--authsec-space-1, 0.25rem);
    --_authsec-space-2: var(--authsec-space-2, 0.5rem);
    --_authsec-space-3: var(--authsec-space-3, 0.75rem);
    --_authsec-space-4: var(--authsec-space-4, 1rem);
    --_authsec-space-5: var(--authsec-space-5, 1.5rem);
    --_authsec-space-6: var(--authsec-space-6, 2rem);
    --_authsec-space-7: var(--authsec-space-7, 3rem);

    --_authsec-radius-sm: var(--authsec-radius-sm, 0.25rem);
    --_authsec-radius-md: var(--authsec-radius-md, 0.5rem);
    --_authsec-radius-lg: var(--authsec-radius-lg, 0.75rem);
    --_authsec-radius-pill: var(--authsec-radius-pill, 999px);

    --_authsec-focus-ring-width: var(--authsec-focus-ring-width, 2px);
    --_authsec-focus-ring-offset: var(--authsec-focus-ring-offset, 2px);

    --_authsec-shadow-sm: var(
      --authsec-shadow-sm,
      0 1px 2px light-dark(rgb(16 24 40 / 0.08), rgb(0 0 0 / 0.5))
    );
    --_authsec-shadow-lg: var(
      --authsec-shadow-lg,
      0 12px 32px light-dark(rgb(16 24 40 / 0.18), rgb(0 0 0 / 0.6))
    );

    --_authsec-duration-fast: var(--authsec-duration-fast, 120ms);
    --_authsec-duration: var(--authsec-duration, 200ms);
    --_authsec-easing: var(--authsec-easing, cubic-bezier(0.2, 0, 0, 1));
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

/** Shared base: box model, host defaults, `[hidden]`, `.sr-only`, focus ring. Apply after `tokens`. */
export const baseStyles = css`
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
