import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { endpoints as ep } from '../../src/api/index.js';
import { AuthsecAdminElement } from '../../src/context/admin-element.js';
import { AuthsecElement } from '../../src/context/authsec-element.js';
import { AuthsecClient, PublicClient } from '../../src/api/client.js';
import '../../src/context/define.js';
import type { AuthsecProvider } from '../../src/context/authsec-provider.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';

/** A minimal consumer: what every admin element does to reach AuthSec. */
@customElement('test-authsec-consumer')
class TestConsumer extends AuthsecAdminElement {
  get exposedClient() {
    return this.client;
  }
  override render() {
    return html`<p>${this.t('common.retry')}</p>`;
  }
}

/** What the consent screen is: an element of public endpoints, no admin session. */
@customElement('test-authsec-public')
class TestPublic extends AuthsecElement {
  get exposedClient() {
    return this.client;
  }
}

describe('<authsec-provider>', () => {
  it('gives nested elements one client bound to its base URL, token source and fetch', async () => {
    const emu = createBrowserEmulator();
    const token = await emu.ownerToken();
    const provider = await fixture<AuthsecProvider>(html`
      <authsec-provider base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => token}>
        <div><test-authsec-consumer></test-authsec-consumer></div>
      </authsec-provider>
    `);
    const consumer = provider.querySelector<TestConsumer>('test-authsec-consumer')!;
    await consumer.updateComplete;
    expect(consumer.exposedClient).to.equal(provider.client);
    const apps = await consumer.exposedClient!.call(ep.listResourceServers, {});
    expect(apps).to.have.length(3);
  });

  it('reads the token function at call time, so a host can swap it without a new client', async () => {
    const emu = createBrowserEmulator();
    const token = await emu.ownerToken();
    const provider = await fixture<AuthsecProvider>(
      html`<authsec-provider base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => 'signed.out.token'}></authsec-provider>`,
    );
    const client = provider.client!;
    provider.getToken = () => token;
    await provider.updateComplete;
    expect(provider.client).to.equal(client);
    expect(await client.call(ep.listResourceServers, {})).to.have.length(3);
  });

  it('offers a new client when the host gives its first token, so elements refused without one load again', async () => {
    const emu = createBrowserEmulator();
    const provider = await fixture<AuthsecProvider>(html`<authsec-provider base-url=${emu.baseUrl} .fetch=${emu.fetchFn}></authsec-provider>`);
    const before = provider.client!;
    const token = await emu.ownerToken();
    provider.getToken = () => token;
    await provider.updateComplete;
    expect(provider.client).not.to.equal(before);
    expect(await provider.client!.call(ep.listResourceServers, {})).to.have.length(3);
  });

  it('updates consumers when its base URL changes', async () => {
    const provider = await fixture<AuthsecProvider>(html`
      <authsec-provider base-url="https://one.example"><test-authsec-consumer></test-authsec-consumer></authsec-provider>
    `);
    const consumer = provider.querySelector<TestConsumer>('test-authsec-consumer')!;
    expect(consumer.exposedClient?.baseUrl).to.equal('https://one.example');
    provider.baseUrl = 'https://two.example/authsec-proxy/';
    await provider.updateComplete;
    await consumer.updateComplete;
    expect(consumer.exposedClient?.baseUrl).to.equal('https://two.example/authsec-proxy');
  });

  it('defaults to the page origin, and offers no client for a non-http base URL', async () => {
    const bare = await fixture<AuthsecProvider>(html`<authsec-provider></authsec-provider>`);
    expect(bare.client?.baseUrl).to.equal(location.origin);
    const bad = await fixture<AuthsecProvider>(html`<authsec-provider base-url="javascript:alert(1)"></authsec-provider>`);
    expect(bad.client).to.equal(undefined);
  });

  it('lets an element with its own base-url work standalone, winning over the provider', async () => {
    const provider = await fixture<AuthsecProvider>(html`
      <authsec-provider base-url="https://provider.example">
        <test-authsec-consumer base-url="https://own.example"></test-authsec-consumer>
      </authsec-provider>
    `);
    const consumer = provider.querySelector<TestConsumer>('test-authsec-consumer')!;
    expect(consumer.exposedClient?.baseUrl).to.equal('https://own.example');
  });

  it('passes its locale down; an element’s own locale wins', async () => {
    const { registerLocale } = await import('../../src/i18n/index.js');
    registerLocale('fr', { 'common.retry': 'Réessayer' });
    const provider = await fixture<AuthsecProvider>(html`
      <authsec-provider locale="fr-CA">
        <test-authsec-consumer id="a"></test-authsec-consumer>
        <test-authsec-consumer id="b" locale="en"></test-authsec-consumer>
      </authsec-provider>
    `);
    const [a, b] = [...provider.querySelectorAll<TestConsumer>('test-authsec-consumer')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.shadowRoot!.textContent).to.contain('Réessayer');
    expect(b!.shadowRoot!.textContent).to.contain('Try again');
  });

  it('renders its children in place (display: contents) and is accessible', async () => {
    const provider = await fixture<AuthsecProvider>(html`<authsec-provider><button>Child</button></authsec-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });

  describe('api-surface', () => {
    const adminCalls = (emu: { requests: readonly string[] }) => emu.requests.filter((r) => r.includes(' /authsec/'));

    it('auto (default): today\'s applications surface where AuthSec has it', async () => {
      const emu = createBrowserEmulator();
      const token = await emu.ownerToken();
      const provider = await fixture<AuthsecProvider>(html`<authsec-provider base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => token}></authsec-provider>`);
      expect(provider.apiSurface).to.equal('auto');
      await provider.client!.call(ep.getSetup, { params: { id: SEED.apps.github } });
      expect(adminCalls(emu)).to.deep.equal([`GET /authsec/applications/${SEED.apps.github}/setup`]);
      expect(provider.client!.surface).to.equal('applications');
    });

    it('auto: the shim on an AuthSec without the applications surface, remembered by the next client', async () => {
      const emu = createBrowserEmulator({ surfaces: 'resource-servers' });
      const token = await emu.ownerToken();
      const provider = await fixture<AuthsecProvider>(html`<authsec-provider base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => token}></authsec-provider>`);
      await provider.client!.call(ep.getSetup, { params: { id: SEED.apps.github } });
      provider.baseUrl = `${emu.baseUrl}/`; // a new client for the same AuthSec
      await provider.updateComplete;
      await provider.client!.call(ep.listBindings, { params: { id: SEED.apps.github } });
      expect(adminCalls(emu)).to.deep.equal([
        `GET /authsec/applications/${SEED.apps.github}/setup`, `GET /authsec/resource-servers/${SEED.apps.github}/setup`,
        `GET /authsec/resource-servers/${SEED.apps.github}/bindings`,
      ]);
    });

    it('an explicit surface on the provider, or on a standalone element, is used as given', async () => {
      const emu = createBrowserEmulator();
      const token = await emu.ownerToken();
      const provider = await fixture<AuthsecProvider>(html`<authsec-provider api-surface="resource-servers" base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => token}></authsec-provider>`);
      await provider.client!.call(ep.getSetup, { params: { id: SEED.apps.github } });
      const standalone = await fixture<TestConsumer>(html`<test-authsec-consumer api-surface="applications" base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => token}></test-authsec-consumer>`);
      await standalone.exposedClient!.call(ep.getSetup, { params: { id: SEED.apps.github } });
      expect(adminCalls(emu)).to.deep.equal([`GET /authsec/resource-servers/${SEED.apps.github}/setup`, `GET /authsec/applications/${SEED.apps.github}/setup`]);
      // An unknown value is auto, not an error.
      provider.setAttribute('api-surface', 'graphql');
      await provider.updateComplete;
      await provider.client!.call(ep.listBindings, { params: { id: SEED.apps.github } });
      expect(adminCalls(emu).at(-1)).to.equal(`GET /authsec/applications/${SEED.apps.github}/bindings`);
    });
  });

  it('a public element standalone (the consent screen) has a client of public calls: no token source, no admin surface', async () => {
    const emu = createBrowserEmulator();
    const sent: (string | null)[] = [];
    const fetchFn = (input: string, init?: RequestInit) => {
      sent.push(new Headers(init?.headers).get('authorization'));
      return emu.fetchFn(input, init);
    };
    const el = await fixture<TestPublic>(html`<test-authsec-public base-url=${emu.baseUrl} .fetch=${fetchFn}></test-authsec-public>`);
    const client = el.exposedClient!;
    expect(client).to.be.instanceOf(PublicClient);
    expect(client).not.to.be.instanceOf(AuthsecClient);
    expect('getToken' in el, 'no getToken property').to.equal(false);
    // An admin endpoint called by mistake goes out without credentials, and AuthSec refuses it.
    const refused = await client.call(ep.getSetup, { params: { id: SEED.apps.github } }).then(() => undefined, (e: unknown) => e);
    expect(refused).to.have.property('code', 'unauthorized');
    expect(sent).to.deep.equal([null]);
  });
});
