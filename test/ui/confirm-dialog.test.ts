import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AuthsecUiButton } from '../../src/ui/button.js';
import type { AuthsecUiConfirmDialog } from '../../src/ui/confirm-dialog.js';
import '../../src/ui/confirm-dialog.js';
import { settled } from '../helpers/element.js';

const dialogOf = (el: AuthsecUiConfirmDialog) => el.shadowRoot!.querySelector('dialog')!;
const buttonOf = (el: AuthsecUiConfirmDialog, cls: 'confirm' | 'cancel') =>
  el.shadowRoot!.querySelector<AuthsecUiButton>(`authsec-ui-button.${cls}`)!;
const nativeButton = (b: AuthsecUiButton) => b.shadowRoot!.querySelector('button')!;
const requireInput = (el: AuthsecUiConfirmDialog) => el.shadowRoot!.querySelector<HTMLInputElement>('.require input');

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Settles a promise into a value we can inspect without awaiting forever. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T } = { settled: false };
  void promise.then((value) => Object.assign(state, { settled: true, value }));
  return state;
}


/** Replaces the field's text as a paste would. (WebKitWebDriver drops spaces from typed keys.) */
async function enterText(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

async function setup(template = html`<authsec-ui-confirm-dialog heading="Delete scope github:repo:write?" danger>
  Clients lose this permission immediately.
</authsec-ui-confirm-dialog>`) {
  const root = await fixture<HTMLDivElement>(html`<div>
    <button class="opener">Delete…</button>
    ${template}
  </div>`);
  const el = root.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('.opener')!;
  opener.focus();
  return { el, opener };
}

describe('authsec-ui-confirm-dialog', () => {
  it('opens a modal native dialog named by its heading, focusing Cancel', async () => {
    const { el } = await setup();
    expect(dialogOf(el).open).to.equal(false);
    const result = track(el.open());
    await el.updateComplete;
    await buttonOf(el, 'cancel').updateComplete;
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    const heading = el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    const mark = heading.querySelector('.mark')!;
    expect(mark.getAttribute('aria-hidden'), 'the danger mark is decorative').to.equal('true');
    expect(heading.textContent!.replace(mark.textContent!, '').trim()).to.equal('Delete scope github:repo:write?');
    expect(deepActive()).to.equal(nativeButton(buttonOf(el, 'cancel')));
    expect(buttonOf(el, 'confirm').variant).to.equal('danger');
    await expect(el).to.be.accessible();
    expect(result.settled).to.equal(false);
    el.close();
  });

  it('resolves true on Confirm and false on Cancel, returning focus to the opener', async () => {
    const { el, opener } = await setup();
    const first = el.open();
    await el.updateComplete;
    nativeButton(buttonOf(el, 'confirm')).click();
    expect(await first).to.equal(true);
    expect(dialogOf(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);

    const second = el.open();
    await el.updateComplete;
    nativeButton(buttonOf(el, 'cancel')).click();
    expect(await second).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('Esc cancels and returns focus to the opener', async () => {
    const { el, opener } = await setup();
    const result = el.open();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    expect(await result).to.equal(false);
    expect(dialogOf(el).open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('returns the same promise when opened twice', async () => {
    const { el } = await setup();
    const a = el.open();
    const b = el.open();
    expect(a).to.equal(b);
    el.close(true);
    expect(await a).to.equal(true);
  });

  it('require-text keeps Confirm disabled until the exact text is entered', async () => {
    const { el } = await setup(html`<authsec-ui-confirm-dialog
      heading="Delete GitHub MCP Server?"
      danger
      require-text="GitHub MCP Server"
      confirm-label="Delete application"
      >All tool mappings are removed.</authsec-ui-confirm-dialog
    >`);
    const promise = el.open();
    const result = track(promise);
    await el.updateComplete;
    const input = requireInput(el)!;
    const confirm = buttonOf(el, 'confirm');
    expect(deepActive()).to.equal(input);
    expect(el.shadowRoot!.querySelector('label[for="require-input"]')!.textContent).to.equal(
      'To confirm, type “GitHub MCP Server”',
    );
    expect(confirm.disabled).to.equal(true);
    await expect(el).to.be.accessible();

    for (const attempt of ['github mcp server', 'GitHub MCP Server ', ' GitHub MCP Server', 'GitHub  MCP Server']) {
      await enterText(input, attempt);
      await el.updateComplete;
      expect(confirm.disabled, JSON.stringify(attempt)).to.equal(true);
    }
    nativeButton(confirm).click();
    input.form!.requestSubmit(); // what Enter does: the gate holds there too
    await settled(el);
    expect(result.settled).to.equal(false);
    expect(dialogOf(el).open).to.equal(true);

    await enterText(input, 'GitHub MCP Server');
    await el.updateComplete;
    expect(confirm.disabled).to.equal(false);
    await expect(el).to.be.accessible();
    nativeButton(confirm).click();
    expect(await promise).to.equal(true);
  });

  it('require-text works from the keyboard: typing, Enter blocked until exact, then Enter confirms', async () => {
    // Letters only, no doubled keys: WebKitWebDriver drops some of those when typing.
    const { el } = await setup(html`<authsec-ui-confirm-dialog heading="Revoke access?" require-text="revoke"
      >The client loses its tokens.</authsec-ui-confirm-dialog
    >`);
    const promise = el.open();
    const result = track(promise);
    await el.updateComplete;
    const confirm = buttonOf(el, 'confirm');
    await sendKeys({ type: 'Revoke' });
    await el.updateComplete;
    expect(requireInput(el)!.value).to.equal('Revoke');
    expect(confirm.disabled).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect(result.settled).to.equal(false);
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'revoke' });
    await el.updateComplete;
    expect(requireInput(el)!.value).to.equal('revoke');
    expect(confirm.disabled).to.equal(false);
    await sendKeys({ press: 'Enter' });
    expect(await promise).to.equal(true);
  });

  it('clears typed text between openings', async () => {
    const { el } = await setup(html`<authsec-ui-confirm-dialog heading="Delete?" require-text="abc"></authsec-ui-confirm-dialog>`);
    const first = el.open();
    await el.updateComplete;
    await sendKeys({ type: 'abc' });
    await el.updateComplete;
    el.close(false);
    expect(await first).to.equal(false);
    void el.open();
    await el.updateComplete;
    expect(requireInput(el)!.value).to.equal('');
    expect(buttonOf(el, 'confirm').disabled).to.equal(true);
    el.close();
  });

  it('resolves false when removed while open', async () => {
    const { el } = await setup();
    const result = el.open();
    await el.updateComplete;
    el.remove();
    expect(await result).to.equal(false);
  });

  it('renders a hostile heading as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { el } = await setup(html`<authsec-ui-confirm-dialog .heading=${hostile} .requireText=${hostile}></authsec-ui-confirm-dialog>`);
    void el.open();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.contain(hostile);
    el.close();
  });
});
