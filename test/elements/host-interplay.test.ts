// What a host page does around our elements while they wait on AuthSec: the person moves on to
// the host's own controls, a framework moves an element, a provider is defined late. (Found by a
// review; each test fails without its fix.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/context/define.js';
import '../../src/elements/consent-screen/define.js';
import '../../src/elements/launch-queue/define.js';
import { AuthsecProvider } from '../../src/context/authsec-provider.js';
import type { AuthsecConsentScreen } from '../../src/elements/consent-screen/consent-screen.js';
import type { AuthsecLaunchQueue } from '../../src/elements/launch-queue/launch-queue.js';
import { settled, until, shadowQuery as $, shadowText } from '../helpers/element.js';
import { gatedEmulator, SEED, type GatedEmulator } from '../helpers/gated-emulator.js';

async function newChallenge(g: GatedEmulator): Promise<string> {
  const res = await g.emu.fetchFn(`${g.emu.baseUrl}/__emulator/consent-challenges`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  return ((await res.json()) as { consent_challenge: string }).consent_challenge;
}

/** The consent question is on screen and nothing is loading. */
const asking = (el: AuthsecConsentScreen) => !!$(el, '#title') && !$(el, '[aria-busy="true"]') && !!$(el, '[part="allow"]');

describe('host interplay', () => {
  it('a slow Dismiss does not pull focus back from the host page the person moved to', async () => {
    const g = await gatedEmulator();
    const root = await fixture<HTMLElement>(html`<div><input id="host-search" aria-label="Search the portal" />
      <authsec-provider base-url=${g.emu.baseUrl} .fetch=${g.fetchFn} .getToken=${() => g.token}>
        <authsec-launch-queue application-id=${SEED.apps.docsSearch}></authsec-launch-queue></authsec-provider></div>`);
    const el = root.querySelector<AuthsecLaunchQueue>('authsec-launch-queue')!;
    await until(el, () => !!$(el, '.drift-event .dismiss'));
    const release = g.hold((_url, method) => method === 'POST');
    $(el, '.drift-event .dismiss')!.shadowRoot!.querySelector('button')!.click();
    await until(el, () => g.log.some((l) => l.startsWith('POST')));
    const search = root.querySelector<HTMLInputElement>('#host-search')!;
    search.focus();
    await release();
    await until(el, () => el.shadowRoot!.querySelectorAll('.drift-event .dismiss').length === 1);
    await settled(el);
    expect(document.activeElement === search).to.equal(true);
  });

  it('a Dismiss that removes the focused row still puts focus on the next one when the person stayed', async () => {
    const g = await gatedEmulator();
    const root = await fixture<HTMLElement>(html`<div><authsec-provider base-url=${g.emu.baseUrl} .fetch=${g.fetchFn} .getToken=${() => g.token}>
      <authsec-launch-queue application-id=${SEED.apps.docsSearch}></authsec-launch-queue></authsec-provider></div>`);
    const el = root.querySelector<AuthsecLaunchQueue>('authsec-launch-queue')!;
    await until(el, () => el.shadowRoot!.querySelectorAll('.drift-event .dismiss').length === 2);
    const first = $(el, '.drift-event .dismiss')!;
    first.shadowRoot!.querySelector('button')!.focus();
    first.shadowRoot!.querySelector('button')!.click();
    await until(el, () => el.shadowRoot!.querySelectorAll('.drift-event .dismiss').length === 1);
    await until(el, () => el.shadowRoot!.activeElement === $(el, '.drift-event .dismiss'));
  });

  it('the consent screen moved in the page while loading still loads', async () => {
    const g = await gatedEmulator();
    const challenge = await newChallenge(g);
    const release = g.hold((url) => url.includes('/consent'));
    const host = await fixture<HTMLElement>(html`<div><section id="a"></section><section id="b"></section></div>`);
    const el = document.createElement('authsec-consent-screen') as AuthsecConsentScreen;
    el.setAttribute('base-url', g.emu.baseUrl);
    el.fetch = g.fetchFn;
    el.setAttribute('consent-challenge', challenge);
    host.querySelector('#a')!.append(el);
    await until(el, () => g.log.some((l) => l.includes('/consent')));
    host.querySelector('#b')!.append(el);
    await release();
    await until(el, () => asking(el));
    expect(shadowText(el)).not.to.include('Loading');
  });

  it('the consent screen inside a provider defined after it loads through that provider', async () => {
    const g = await gatedEmulator();
    const challenge = await newChallenge(g);
    const tag = 'test-late-consent-provider';
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<${tag} base-url="${g.emu.baseUrl}"><authsec-consent-screen consent-challenge="${challenge}"></authsec-consent-screen></${tag}>`;
    (wrapper.firstElementChild as HTMLElement & { fetch?: unknown }).fetch = g.fetchFn;
    const el = wrapper.querySelector<AuthsecConsentScreen>('authsec-consent-screen')!;
    // Its first attempt, without a provider, goes to the page's own origin and ends.
    await until(el, () => !$(el, '[aria-busy="true"]'));
    customElements.define(tag, class extends AuthsecProvider {});
    await until(el, () => asking(el));
    expect(g.log.some((l) => l.startsWith('GET /authsec/oauth/v2/consent'))).to.equal(true);
    expect(shadowText(el)).not.to.include('expired');
  });
});
