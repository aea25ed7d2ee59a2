import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createTranslator, overrideMessages, registerLocale, resetMessages } from '../../src/i18n/index.js';
import type { AuthsecUiButton } from '../../src/ui/button.js';
import type { AuthsecUiState } from '../../src/ui/state.js';
import '../../src/ui/state.js';
import { resetMedia, tryEmulateMedia } from './media.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const retryButton = (el: AuthsecUiState) => el.shadowRoot!.querySelector<AuthsecUiButton>('authsec-ui-button');
const text = (el: AuthsecUiState, part: string) => el.shadowRoot!.querySelector(`[part="${part}"]`)?.textContent;

describe('authsec-ui-state', () => {
  afterEach(async () => {
    resetMessages();
    await resetMedia();
  });

  it('loading: a status region with text and a decorative spinner', async () => {
    const el = await fixture<AuthsecUiState>(html`<authsec-ui-state kind="loading"></authsec-ui-state>`);
    const status = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Loading…');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.spinner')!.getAttribute('aria-hidden')).to.equal('true');
    expect(retryButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('loading spinner stops rotating for prefers-reduced-motion', async function () {
    const el = await fixture<AuthsecUiState>(html`<authsec-ui-state kind="loading"></authsec-ui-state>`);
    const spinner = el.shadowRoot!.querySelector('.spinner')!;
    expect(getComputedStyle(spinner).animationName).to.equal('authsec-spin');
    if (!(await tryEmulateMedia({ reducedMotion: 'reduce' }))) this.skip();
    expect(getComputedStyle(spinner).animationName).to.equal('authsec-pulse');
  });

  it('error: an alert with default text and a Retry that fires authsec-ui-retry', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><authsec-ui-state kind="error"></authsec-ui-state></div>`);
    const el = wrapper.firstElementChild as AuthsecUiState;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Something went wrong');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    const retry = retryButton(el)!;
    expect(retry.textContent!.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();

    retry.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = await oneEvent(wrapper, 'authsec-ui-retry');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('error: shows the caller’s message as text, and no-retry hides Retry', async () => {
    const t = createTranslator();
    const el = await fixture<AuthsecUiState>(html`<authsec-ui-state
      kind="error"
      no-retry
      .heading=${t('ui.state.error.heading')}
      .message=${t('error.detail', { detail: HOSTILE })}
    ></authsec-ui-state>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el, 'message')).to.equal(`Details from AuthSec: ${HOSTILE}`);
    expect(retryButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('empty: no live region, default heading, caller actions slot', async () => {
    const el = await fixture<AuthsecUiState>(html`<authsec-ui-state kind="empty" message="Publish a manifest to list tools.">
      <button slot="actions">Add a tool</button>
    </authsec-ui-state>`);
    expect(el.shadowRoot!.querySelector('[role="alert"], [role="status"]')).to.equal(null);
    expect(text(el, 'heading')).to.equal('Nothing here yet');
    expect(text(el, 'message')).to.equal('Publish a manifest to list tools.');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Add a tool');
    expect(retryButton(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('forbidden: explains the missing permission without Retry', async () => {
    const el = await fixture<AuthsecUiState>(html`<authsec-ui-state kind="forbidden"></authsec-ui-state>`);
    expect(text(el, 'heading')).to.equal('You do not have access');
    expect(text(el, 'message')).to.contain('Ask an administrator');
    expect(retryButton(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('re-renders when the host overrides wording, and follows its locale', async () => {
    const el = await fixture<AuthsecUiState>(html`<authsec-ui-state kind="empty"></authsec-ui-state>`);
    overrideMessages({ 'ui.state.empty.heading': 'No applications yet' });
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('No applications yet');

    registerLocale('fr', { 'ui.state.empty.heading': 'Rien pour le moment' });
    el.locale = 'fr-CA';
    await el.updateComplete;
    expect(text(el, 'heading')).to.equal('Rien pour le moment');
    await expect(el).to.be.accessible();
  });

  it('stops listening for catalog changes once removed', async () => {
    const el = await fixture<AuthsecUiState>(html`<authsec-ui-state kind="empty"></authsec-ui-state>`);
    el.remove();
    await el.updateComplete;
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof original>) => {
      updates++;
      original(...args);
    };
    overrideMessages({ 'ui.state.empty.heading': 'x' });
    expect(updates).to.equal(0);
  });
});
