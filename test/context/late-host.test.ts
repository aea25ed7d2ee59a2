// Hosts do not always set things up in our order: an element may upgrade before its provider (code
// splitting, a framework rendering before a lazy import lands), and the host's sign-in often resolves
// after the page has rendered. Elements must catch up on their own, not sit on an error until
// someone clicks Try again.
import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/benign-errors.js';
import { customElement } from 'lit/decorators.js';
import { AuthsecElement } from '../../src/context/authsec-element.js';
import { AuthsecProvider } from '../../src/context/authsec-provider.js';
import '../../src/context/define.js';
import '../../src/elements/applications-list/define.js';
import '../../src/elements/tool-scope-mapper/define.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { waitUntil as until } from '../helpers/element.js';

@customElement('test-late-consumer')
class LateConsumer extends AuthsecElement {
  get exposedClient() {
    return this.client;
  }
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** Text of an element's shadow tree, nested building blocks included. */
const text = (el: Element): string => {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const root = (node as Element).shadowRoot;
    if (root) walk(root);
    for (const child of node.childNodes) walk(child);
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return squash(parts.join(' '));
};

let lateTags = 0;

describe('late hosts', () => {
  it('an element upgraded before its provider still gets the provider’s client once the provider is defined', async () => {
    const tag = `test-late-provider-${++lateTags}`;
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    // The provider's tag is not defined yet: the consumer asks for a client and nobody answers.
    wrapper.innerHTML = `<${tag} base-url="https://late.example"><test-late-consumer></test-late-consumer></${tag}>`;
    const consumer = wrapper.querySelector<LateConsumer>('test-late-consumer')!;
    await consumer.updateComplete;
    expect(consumer.exposedClient).to.equal(undefined);

    customElements.define(tag, class extends AuthsecProvider {});
    const provider = wrapper.querySelector<AuthsecProvider>(tag)!;
    await provider.updateComplete;
    await consumer.updateComplete;
    expect(consumer.exposedClient?.baseUrl).to.equal('https://late.example');
    expect(consumer.exposedClient).to.equal(provider.client);
  });

  it('a list rendered before the host’s sign-in loads by itself once the host gives the provider a token', async () => {
    const emu = createBrowserEmulator();
    const provider = await fixture<AuthsecProvider>(html`<authsec-provider base-url=${emu.baseUrl} .fetch=${emu.fetchFn}>
      <authsec-applications-list></authsec-applications-list>
    </authsec-provider>`);
    const list = provider.querySelector('authsec-applications-list')!;
    // No token yet: AuthSec refuses, and the list says so in words.
    await until(() => /sign in/i.test(text(list)), () => `list says: ${text(list)}`);

    const token = await emu.ownerToken();
    provider.getToken = () => token;
    await until(() => list.shadowRoot!.querySelectorAll('tbody tr').length === 3, () => `list says: ${text(list)}`);
    expect(text(list)).not.to.contain('Something went wrong');
  });

  it('the tool mapper rendered before the host’s sign-in loads by itself once the host gives the provider a token', async () => {
    const emu = createBrowserEmulator();
    const provider = await fixture<AuthsecProvider>(html`<authsec-provider base-url=${emu.baseUrl} .fetch=${emu.fetchFn}>
      <authsec-tool-scope-mapper application-id=${SEED.apps.github}></authsec-tool-scope-mapper>
    </authsec-provider>`);
    const mapper = provider.querySelector('authsec-tool-scope-mapper')!;
    await until(() => /sign in/i.test(text(mapper)), () => `mapper says: ${text(mapper)}`);

    const token = await emu.ownerToken();
    provider.getToken = () => token;
    await until(() => /Mapped 48 Public 2 Unmapped 51/.test(text(mapper)), () => `mapper says: ${text(mapper)}`);
    expect(text(mapper)).not.to.contain('Something went wrong');
  });
});
