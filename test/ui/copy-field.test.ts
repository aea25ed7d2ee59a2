import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AuthsecUiButton } from '../../src/ui/button.js';
import type { AuthsecUiCopyField } from '../../src/ui/copy-field.js';
import '../../src/ui/copy-field.js';
import { until } from '../helpers/element.js';

const SECRET = 'isec_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

/** Every attribute value on the element and everything inside its (nested) shadow roots. */
function allAttributeValues(root: Element): string[] {
  const values: string[] = [];
  const visit = (el: Element) => {
    for (const attr of el.attributes) values.push(`${attr.name}=${attr.value}`);
    for (const child of el.children) visit(child);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child);
  };
  visit(root);
  return values;
}

function stubClipboard(writeText: (text: string) => Promise<void>): () => void {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>)['clipboard'];
  };
}

const input = (el: AuthsecUiCopyField) => el.shadowRoot!.querySelector('input')!;
const button = (el: AuthsecUiCopyField, cls: 'copy' | 'reveal') =>
  el.shadowRoot!.querySelector<AuthsecUiButton>(`authsec-ui-button.${cls}`)!;
const inner = (b: AuthsecUiButton) => b.shadowRoot!.querySelector('button')!;
const status = (el: AuthsecUiCopyField) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('authsec-ui-copy-field', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('draws a long value as an identifier until focused: the middle gives way, the end stays, the input shows itself on focus', async () => {
    const value = 'https://billing-agent.production.europe.acme.example/mcp';
    const el = await fixture<AuthsecUiCopyField>(
      html`<div style="inline-size: 20rem"><authsec-ui-copy-field label="Resource URI" .value=${value}></authsec-ui-copy-field></div>`,
    ).then((d) => d.querySelector<AuthsecUiCopyField>('authsec-ui-copy-field')!);
    const face = el.shadowRoot!.querySelector<HTMLElement>('.face')!;
    const head = face.querySelector<HTMLElement>('.head')!;
    expect(face.getAttribute('aria-hidden')).to.equal('true', 'read once, from the input');
    expect(face.textContent).to.equal(value, 'the whole value, as text');
    expect(face.lastElementChild!.textContent).to.equal('.example/mcp', 'the end that tells values apart');
    expect(head.scrollWidth).to.be.greaterThan(head.clientWidth, 'the middle is cut at this width');
    expect(face.lastElementChild!.getBoundingClientRect().right).to.be.at.most(input(el).getBoundingClientRect().right);
    expect(getComputedStyle(input(el)).color).to.equal('rgba(0, 0, 0, 0)', 'the input text is not drawn twice');
    input(el).focus();
    expect(getComputedStyle(face).display).to.equal('none', 'focused, the input itself shows the value');
    expect(getComputedStyle(input(el)).color).to.not.equal('rgba(0, 0, 0, 0)');
    expect(allAttributeValues(el).some((v) => v.includes(value))).to.equal(false, 'never in an attribute');
  });

  it('draws no face for a maskable value, hidden or revealed', async () => {
    const el = await fixture<AuthsecUiCopyField>(html`<authsec-ui-copy-field label="Client secret" masked .value=${SECRET}></authsec-ui-copy-field>`);
    expect(el.shadowRoot!.querySelector('.face')).to.equal(null);
    inner(button(el, 'reveal')).click();
    await until(el, () => input(el).value === SECRET);
    expect(el.shadowRoot!.querySelector('.face')).to.equal(null);
  });

  it('shows a plain value with a labelled input and a named Copy button', async () => {
    const el = await fixture<AuthsecUiCopyField>(
      html`<authsec-ui-copy-field label="Client ID" .value=${'client-123'}></authsec-ui-copy-field>`,
    );
    expect(input(el).value).to.equal('client-123');
    expect(input(el).readOnly).to.equal(true);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('Client ID');
    expect(button(el, 'reveal')).to.equal(null);
    await button(el, 'copy').updateComplete;
    expect(inner(button(el, 'copy')).getAttribute('aria-label')).to.equal('Copy Client ID');
    await expect(el).to.be.accessible();
  });

  it('never reflects the value to an attribute', async () => {
    const el = await fixture<AuthsecUiCopyField>(
      html`<authsec-ui-copy-field label="Secret" value="ignored-attribute"></authsec-ui-copy-field>`,
    );
    expect(el.value).to.equal('', 'the value attribute is not an input');
    el.value = SECRET;
    await el.updateComplete;
    expect(el.hasAttribute('value')).to.equal(true); // the author's own attribute is untouched…
    expect(el.getAttribute('value')).to.equal('ignored-attribute'); // …and not overwritten
    expect(allAttributeValues(el).join('\n')).to.not.contain(SECRET);
  });

  it('masked: hides the secret from the DOM until revealed, with an aria-pressed toggle', async () => {
    const el = await fixture<AuthsecUiCopyField>(
      html`<authsec-ui-copy-field label="Client secret" masked .value=${SECRET}></authsec-ui-copy-field>`,
    );
    const reveal = button(el, 'reveal');
    await reveal.updateComplete;
    expect(input(el).type).to.equal('password');
    expect(input(el).value).to.not.contain(SECRET);
    expect(el.shadowRoot!.innerHTML).to.not.contain(SECRET);
    expect(inner(reveal).getAttribute('aria-pressed')).to.equal('false');
    expect(inner(reveal).getAttribute('aria-label')).to.equal('Show Client secret');
    await expect(el).to.be.accessible();

    inner(reveal).click();
    await el.updateComplete;
    await reveal.updateComplete;
    expect(input(el).type).to.equal('text');
    expect(input(el).value).to.equal(SECRET);
    expect(inner(reveal).getAttribute('aria-pressed')).to.equal('true');
    expect(allAttributeValues(el).join('\n')).to.not.contain(SECRET);
    await expect(el).to.be.accessible();

    inner(reveal).click();
    await el.updateComplete;
    expect(input(el).type).to.equal('password');
    expect(input(el).value).to.not.contain(SECRET);
  });

  it('toggles reveal from the keyboard', async () => {
    const el = await fixture<AuthsecUiCopyField>(
      html`<authsec-ui-copy-field label="Client secret" masked .value=${SECRET}></authsec-ui-copy-field>`,
    );
    button(el, 'reveal').focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(input(el).value).to.equal(SECRET);
  });

  it('hides again when a new value arrives', async () => {
    const el = await fixture<AuthsecUiCopyField>(
      html`<authsec-ui-copy-field label="Client secret" masked .value=${SECRET}></authsec-ui-copy-field>`,
    );
    inner(button(el, 'reveal')).click();
    await el.updateComplete;
    expect(input(el).type).to.equal('text');
    el.value = 'isec_rotated';
    await el.updateComplete;
    expect(input(el).type).to.equal('password');
    expect(input(el).value).to.not.contain('isec_rotated');
  });

  it('copies with the Clipboard API, announces "Copied" and fires an event without the value', async () => {
    const written: string[] = [];
    restore = stubClipboard(async (text) => {
      written.push(text);
    });
    const el = await fixture<AuthsecUiCopyField>(
      html`<authsec-ui-copy-field label="Client secret" masked .value=${SECRET}></authsec-ui-copy-field>`,
    );
    const parent = el.parentElement!;
    setTimeout(() => inner(button(el, 'copy')).click());
    const event = await oneEvent(parent, 'authsec-ui-copied');
    await el.updateComplete;
    expect(written).to.deep.equal([SECRET]);
    expect(event.bubbles && event.composed).to.equal(true);
    expect((event as Event & { detail?: unknown }).detail).to.equal(undefined);
    const serialised = JSON.stringify(Object.fromEntries(Object.entries(event))) + String(Object.values(event));
    expect(serialised).to.not.contain(SECRET);
    expect(status(el)).to.equal('Copied');
    expect(input(el).type).to.equal('password', 'copying does not reveal');
    expect(allAttributeValues(el).join('\n')).to.not.contain(SECRET);
    await expect(el).to.be.accessible();
  });

  it('falls back to revealing and selecting the text when the clipboard fails', async () => {
    restore = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const el = await fixture<AuthsecUiCopyField>(
      html`<authsec-ui-copy-field label="Client secret" masked .value=${SECRET}></authsec-ui-copy-field>`,
    );
    let copiedEvents = 0;
    el.addEventListener('authsec-ui-copied', () => copiedEvents++);
    inner(button(el, 'copy')).click();
    await until(el, () => status(el).includes('Ctrl+C'));
    const field = input(el);
    expect(field.type).to.equal('text');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, SECRET.length]);
    expect(status(el)).to.contain('Ctrl+C');
    expect(copiedEvents).to.equal(0);
    expect(allAttributeValues(el).join('\n')).to.not.contain(SECRET);
    await expect(el).to.be.accessible();
  });

  it('disables Copy when there is nothing to copy', async () => {
    const el = await fixture<AuthsecUiCopyField>(html`<authsec-ui-copy-field label="Client ID"></authsec-ui-copy-field>`);
    await button(el, 'copy').updateComplete;
    expect(inner(button(el, 'copy')).disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('uses caller-provided labels', async () => {
    const el = await fixture<AuthsecUiCopyField>(
      html`<authsec-ui-copy-field label="Secret client" masked copy-label="Copier" reveal-label="Afficher"
        .value=${SECRET}></authsec-ui-copy-field>`,
    );
    expect(button(el, 'copy').textContent!.trim()).to.equal('Copier');
    expect(button(el, 'reveal').textContent!.trim()).to.equal('Afficher');
    await expect(el).to.be.accessible();
  });
});
