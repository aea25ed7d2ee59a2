/**
 * The public design tokens' names and defaults: plain data (no lit), read by the element styles
 * (src/styles/tokens.ts), the contrast tests and the manifest, which documents each token as a CSS
 * custom property of every element (custom-elements-manifest.config.mjs).
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

/** Public custom property a host sets for a colour token. */
export function publicColorProperty(token: ColorToken): string {
  return token === 'focus-ring' ? '--authsec-focus-ring-color' : `--authsec-color-${token}`;
}


/** Sizes, weights, spacing, radii and motion: public name is `--authsec-<name>`. */
export const SIZES: Readonly<Record<string, string>> = {
  'font-size-xs': '0.75rem',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.125rem',
  'font-size-xl': '1.375rem',
  'font-weight-normal': '400',
  'font-weight-medium': '500',
  'font-weight-bold': '600',
  'line-height': '1.5',
  'line-height-tight': '1.25',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'space-7': '3rem',
  'radius-sm': '0.25rem',
  'radius-md': '0.5rem',
  'radius-lg': '0.75rem',
  'radius-pill': '999px',
  'focus-ring-width': '2px',
  'focus-ring-offset': '2px',
  'duration-fast': '120ms',
  'duration': '200ms',
  'easing': 'cubic-bezier(0.2, 0, 0, 1)',
};
/** Fonts: public name is `--authsec-<name>`. */
export const FONTS: Readonly<Record<string, string>> = {
  // Named fonts before the generic family: WebKitGTK settles a bare sans-serif after first paint, shifting the layout.
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  // Safari's system monospace, else the macOS and Windows ones, else the platform's (DejaVu, Liberation…).
  'font-family-mono': 'ui-monospace, Menlo, Consolas, monospace',
};

export interface PublicToken {
  readonly name: string;
  readonly default: string;
  readonly description: string;
}

const sizeWords = (name: string): string =>
  name.replace(/^font-size-/, 'Font size ').replace(/^font-weight-/, 'Font weight ').replace(/^space-/, 'Spacing step ').replace(/^radius-/, 'Corner radius ').replace(/^line-height-?/, 'Line height ').replace(/^duration-?/, 'Animation duration ').replace(/^easing$/, 'Animation easing').replace(/^focus-ring-/, 'Focus ring ').trim();

/** Every `--authsec-*` token a host may set (on `:root` or any ancestor), with its default and what it is for. */
export function publicTokens(): PublicToken[] {
  const colors = (Object.keys(palette.light) as ColorToken[]).map((token) => ({
    name: publicColorProperty(token),
    default: `light-dark(${palette.light[token]}, ${palette.dark[token]})`,
    description: `Colour: ${token.replace(/-/g, ' ')} (light, dark).`,
  }));
  return [
    { name: '--authsec-color-scheme', default: 'the user\'s preference', description: '`light` or `dark` pins the scheme of every element below it.' },
    ...colors,
    { name: '--authsec-font-family', default: FONTS['font-family'] ?? '', description: 'Text font.' },
    { name: '--authsec-font-family-mono', default: FONTS['font-family-mono'] ?? '', description: 'Font of identifiers, URLs and code.' },
    ...Object.entries(SIZES).map(([name, value]) => ({ name: `--authsec-${name}`, default: value, description: `${sizeWords(name)}.` })),
    { name: '--authsec-shadow-sm', default: '0 1px 2px (scheme-dependent)', description: 'Shadow of raised controls.' },
    { name: '--authsec-shadow-lg', default: '0 12px 32px (scheme-dependent)', description: 'Shadow of dialogs and popovers.' },
  ];
}
