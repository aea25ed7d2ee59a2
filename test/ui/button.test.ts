import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AuthsecUiButton } from '../../src/ui/button.js';
import '../../src/ui/button.js';

const inner = (el: AuthsecUiButton) => el.shadowRoot!.querySelector('button')!;

describe('authsec-ui-button', () => {
  it('renders a real button exposed as part "base"', async () => {
    const el = await fixture<AuthsecUiButton>(html`<authsec-ui-button>Save</authsec-ui-button>`);
    const button = inner(el);
    expect(button.getAttribute('part')).to.equal('base');
    expect(button.type).to.equal('button');
    expect(el.variant).to.equal('secondary');
    await expect(el).to.be.accessible();
  });

  for (const variant of ['primary', 'secondary', 'danger', 'ghost'] as const) {
    for (const size of ['small', 'medium', 'large'] as const) {
      it(`is accessible as ${variant}/${size}`, async () => {
        const el = await fixture<AuthsecUiButton>(
          html`<authsec-ui-button variant=${variant} size=${size}>Delete scope</authsec-ui-button>`,
        );
        expect(el.getAttribute('variant')).to.equal(variant);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('delegates focus to the inner button and activates with Enter and Space', async () => {
    const el = await fixture<AuthsecUiButton>(html`<authsec-ui-button>Save</authsec-ui-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(inner(el));
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(clicks).to.equal(2);
  });

  it('swallows clicks while disabled', async () => {
    const el = await fixture<AuthsecUiButton>(html`<authsec-ui-button disabled>Save</authsec-ui-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.click();
    inner(el).click();
    expect(clicks).to.equal(0);
    expect(inner(el).disabled).to.equal(true);
    await expect(el).to.be.accessible();
    el.disabled = false;
    await el.updateComplete;
    el.click();
    expect(clicks).to.equal(1);
  });

  it('while loading: aria-busy, stays focusable, ignores clicks, shows a spinner', async () => {
    const el = await fixture<AuthsecUiButton>(html`<authsec-ui-button loading>Save</authsec-ui-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    const button = inner(el);
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="spinner"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.sr-only')!.textContent).to.equal('Working…');
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    el.click();
    expect(clicks).to.equal(0);
    await expect(el).to.be.accessible();
    el.loading = false;
    await el.updateComplete;
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="spinner"]')).to.equal(null);
  });

  it('type="submit" submits the surrounding form; type="button" does not', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <authsec-ui-button type="submit">Save</authsec-ui-button>
      <authsec-ui-button class="plain">Other</authsec-ui-button>
    </form>`);
    let submits = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submits++;
    });
    const [submit, plain] = [...form.querySelectorAll('authsec-ui-button')] as AuthsecUiButton[];
    inner(plain!).click();
    expect(submits).to.equal(0);
    setTimeout(() => inner(submit!).click());
    await oneEvent(form, 'submit');
    expect(submits).to.equal(1);
  });

  it('supports toggle semantics and an explicit accessible name', async () => {
    const el = await fixture<AuthsecUiButton>(
      html`<authsec-ui-button label="Show client secret" .pressed=${false}>Show</authsec-ui-button>`,
    );
    expect(inner(el).getAttribute('aria-pressed')).to.equal('false');
    expect(inner(el).getAttribute('aria-label')).to.equal('Show client secret');
    el.pressed = true;
    await el.updateComplete;
    expect(inner(el).getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });
});
