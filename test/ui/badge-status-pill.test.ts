import { expect, fixture, html } from '@open-wc/testing';
import type { AuthsecUiBadge } from '../../src/ui/badge.js';
import type { AuthsecUiStatusPill } from '../../src/ui/status-pill.js';
import { TONES } from '../../src/ui/tone.js';
import '../../src/ui/badge.js';
import '../../src/ui/status-pill.js';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('authsec-ui-badge', () => {
  for (const tone of TONES) {
    it(`is accessible with tone ${tone}`, async () => {
      const el = await fixture<AuthsecUiBadge>(html`<authsec-ui-badge tone=${tone} label="High risk"></authsec-ui-badge>`);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.textContent).to.equal('High risk');
      await expect(el).to.be.accessible();
    });
  }

  it('gives each tone its own colours', async () => {
    const colours = new Set<string>();
    for (const tone of TONES) {
      const el = await fixture<AuthsecUiBadge>(html`<authsec-ui-badge tone=${tone} label="x"></authsec-ui-badge>`);
      const base = el.shadowRoot!.querySelector('[part="base"]')!;
      colours.add(`${getComputedStyle(base).color}/${getComputedStyle(base).backgroundColor}`);
    }
    expect(colours.size).to.equal(TONES.length);
  });

  it('renders a hostile label as text and prefers slotted text', async () => {
    const el = await fixture<AuthsecUiBadge>(html`<authsec-ui-badge .label=${HOSTILE}></authsec-ui-badge>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain(HOSTILE);
    const slotted = await fixture<AuthsecUiBadge>(html`<authsec-ui-badge label="fallback">Manual</authsec-ui-badge>`);
    const slot = slotted.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent).join('')).to.equal('Manual');
  });
});

describe('authsec-ui-status-pill', () => {
  it('shows a different decorative glyph per tone, hidden from assistive technology', async () => {
    const glyphs = new Set<string>();
    for (const tone of TONES) {
      const el = await fixture<AuthsecUiStatusPill>(
        html`<authsec-ui-status-pill tone=${tone} label="Launched"></authsec-ui-status-pill>`,
      );
      const icon = el.shadowRoot!.querySelector('[part="icon"]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      glyphs.add(icon.textContent!.trim());
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Launched');
      await expect(el).to.be.accessible();
    }
    expect(glyphs.size).to.equal(TONES.length);
  });

  it('uses the success tick and danger cross', async () => {
    const ok = await fixture(html`<authsec-ui-status-pill tone="success" label="Ready"></authsec-ui-status-pill>`);
    const bad = await fixture(html`<authsec-ui-status-pill tone="danger" label="Blocked"></authsec-ui-status-pill>`);
    expect(ok.shadowRoot!.querySelector('[part="icon"]')!.textContent).to.equal('✓');
    expect(bad.shadowRoot!.querySelector('[part="icon"]')!.textContent).to.equal('✕');
  });

  it('keeps hostile, very long labels as wrapped text', async () => {
    const long = `${HOSTILE} ${'x'.repeat(400)}`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 200px"><authsec-ui-status-pill tone="warning" .label=${long}></authsec-ui-status-pill></div>`,
    );
    const el = wrapper.firstElementChild as AuthsecUiStatusPill;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(long);
    expect(el.getBoundingClientRect().width).to.be.at.most(200);
    await expect(el).to.be.accessible();
  });
});
