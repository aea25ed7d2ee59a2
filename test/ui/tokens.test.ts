import { expect, fixture, html } from '@open-wc/testing';
import {
  CONTRAST_AA_NON_TEXT,
  CONTRAST_AA_TEXT,
  contrastRatio,
  parseColor,
} from '../../src/model/contrast.js';
import { palette, type ColorScheme, type ColorToken } from '../../src/styles/tokens.js';
import '../../src/ui/index.js';
import { resetMedia, tryEmulateMedia } from './media.js';

function rgb(hex: string): string {
  const channels = parseColor(hex);
  if (!channels) throw new Error(`bad colour ${hex}`);
  return `rgb(${channels.join(', ')})`;
}

const TEXT_TOKENS: ColorToken[] = [
  'text',
  'text-muted',
  'accent',
  'neutral',
  'info',
  'success',
  'warning',
  'danger',
];
const TONES = ['neutral', 'info', 'success', 'warning', 'danger'] as const;

/** [foreground, background, minimum] for every pairing the components use. */
function pairs(): Array<[ColorToken, ColorToken, number]> {
  const list: Array<[ColorToken, ColorToken, number]> = [];
  for (const bg of ['surface', 'surface-raised'] as const) {
    for (const fg of TEXT_TOKENS) list.push([fg, bg, CONTRAST_AA_TEXT]);
    list.push(['border-strong', bg, CONTRAST_AA_NON_TEXT], ['focus-ring', bg, CONTRAST_AA_NON_TEXT]);
  }
  for (const tone of TONES) {
    list.push([tone, `${tone}-subtle`, CONTRAST_AA_TEXT], ['text', `${tone}-subtle`, CONTRAST_AA_TEXT]);
  }
  list.push(
    ['on-accent', 'accent', CONTRAST_AA_TEXT],
    ['on-accent', 'accent-hover', CONTRAST_AA_TEXT],
    ['on-danger', 'danger', CONTRAST_AA_TEXT],
    ['on-danger', 'danger-hover', CONTRAST_AA_TEXT],
    ['accent', 'neutral-subtle', CONTRAST_AA_TEXT], // ghost button hover
  );
  return list;
}

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 0.001);
    expect(contrastRatio('#777777', '#777777')).to.equal(1);
    expect(contrastRatio('#767676', '#ffffff')).to.be.closeTo(4.54, 0.01);
    expect(contrastRatio('rgb(255, 255, 255)', '#767676')).to.be.closeTo(4.54, 0.01);
    expect(() => contrastRatio('tomato', '#fff')).to.throw(RangeError);
  });

  for (const scheme of ['light', 'dark'] as ColorScheme[]) {
    it(`meets WCAG AA for every ${scheme} token pairing`, () => {
      const failures = pairs()
        .map(([fg, bg, min]) => ({ fg, bg, min, ratio: contrastRatio(palette[scheme][fg], palette[scheme][bg]) }))
        .filter(({ ratio, min }) => ratio < min)
        .map(({ fg, bg, ratio, min }) => `${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
      expect(failures).to.deep.equal([]);
    });
  }
});

describe('tokens in the browser', () => {
  afterEach(() => resetMedia());

  it('uses the light palette by default', async function () {
    if (!(await tryEmulateMedia({ colorScheme: 'light' }))) this.skip();
    const el = await fixture(html`<authsec-ui-badge label="x"></authsec-ui-badge>`);
    expect(getComputedStyle(el).color).to.equal(rgb(palette.light.text));
  });

  it('follows prefers-color-scheme: dark', async function () {
    if (!(await tryEmulateMedia({ colorScheme: 'dark' }))) this.skip();
    const el = await fixture(html`<authsec-ui-badge label="x"></authsec-ui-badge>`);
    expect(getComputedStyle(el).color).to.equal(rgb(palette.dark.text));
  });

  it('lets the host pin a scheme on an ancestor with --authsec-color-scheme', async function () {
    if (!(await tryEmulateMedia({ colorScheme: 'dark' }))) this.skip();
    const wrapper = await fixture(
      html`<div style="--authsec-color-scheme: light"><authsec-ui-badge label="x"></authsec-ui-badge></div>`,
    );
    const badge = wrapper.querySelector('authsec-ui-badge')!;
    expect(getComputedStyle(badge).color).to.equal(rgb(palette.light.text));
  });

  it('theme="dark" on an element also themes its nested building blocks', async () => {
    await tryEmulateMedia({ colorScheme: 'light' }); // the attribute must win whatever the OS says
    const el = await fixture(html`<authsec-ui-state kind="error" theme="dark"></authsec-ui-state>`);
    const button = el.shadowRoot!.querySelector('authsec-ui-button')!;
    await button.updateComplete;
    const inner = button.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(inner).backgroundColor).to.equal(rgb(palette.dark.accent));
    expect(getComputedStyle(inner).color).to.equal(rgb(palette.dark['on-accent']));
  });

  it('public --authsec-* tokens set on an ancestor win over the defaults', async () => {
    const wrapper = await fixture(
      html`<div style="--authsec-color-text: rgb(1, 2, 3); --authsec-radius-sm: 7px">
        <authsec-ui-badge label="x"></authsec-ui-badge>
      </div>`,
    );
    const badge = wrapper.querySelector('authsec-ui-badge')!;
    expect(getComputedStyle(badge).color).to.equal('rgb(1, 2, 3)');
    const base = badge.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).borderTopLeftRadius).to.equal('7px');
  });

  it('switches to system colours in forced-colors mode', async function () {
    if (!(await tryEmulateMedia({ forcedColors: 'active' }))) this.skip();
    const el = await fixture(html`<authsec-ui-badge label="x"></authsec-ui-badge>`);
    const style = getComputedStyle(el);
    expect(style.getPropertyValue('--_authsec-color-border').trim()).to.equal('CanvasText');
    expect(style.getPropertyValue('--_authsec-focus-ring-color').trim()).to.equal('Highlight');
  });

  it('drops transition durations for prefers-reduced-motion', async function () {
    const button = await fixture(html`<authsec-ui-button>Save</authsec-ui-button>`);
    const inner = button.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(inner).transitionDuration).to.not.match(/^0s(, 0s)*$/);
    if (!(await tryEmulateMedia({ reducedMotion: 'reduce' }))) this.skip();
    expect(getComputedStyle(inner).transitionDuration).to.match(/^0s(, 0s)*$/);
  });
});
