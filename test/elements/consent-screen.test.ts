import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/consent-screen/define.js';
import type { AuthsecConsentScreen } from '../../src/elements/consent-screen/consent-screen.js';
import type { AuthsecConsentDecidedEvent } from '../../src/elements/consent-screen/events.js';
import { createBrowserEmulator, type BrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { settled, until } from '../helpers/element.js';
import { tamperedFetch } from '../../emulator/tamper.js';

// Tests never leave the page: every decision's navigation is taken over here.
window.addEventListener('authsec-consent-decided', (e) => e.preventDefault());

interface Setup {
  emu: BrowserEmulator;
  el: AuthsecConsentScreen;
  posts: string[];
}

async function challenge(emu: BrowserEmulator, body: Record<string, unknown> = {}): Promise<string> {
  const res = await emu.fetchFn(`${emu.baseUrl}/__emulator/consent-challenges`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return ((await res.json()) as { consent_challenge: string }).consent_challenge;
}

async function mount(body: Record<string, unknown> = {}, emu = createBrowserEmulator()): Promise<Setup> {
  const id = await challenge(emu, body);
  const posts: string[] = [];
  const fetchFn = (input: string, init?: RequestInit) => {
    if (init?.method === 'POST') posts.push(new URL(input).pathname);
    return emu.fetchFn(input, init);
  };
  const el = await fixture<AuthsecConsentScreen>(
    html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${fetchFn} consent-challenge=${id}></authsec-consent-screen>`,
  );
  await until(el, () => !el.shadowRoot!.querySelector('[aria-busy="true"].card'));
  return { emu, el, posts };
}

const $ = <T extends Element = HTMLElement>(el: AuthsecConsentScreen, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const text = (el: AuthsecConsentScreen) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const allow = (el: AuthsecConsentScreen) => $<HTMLButtonElement>(el, '[part="allow"]')!;
const deny = (el: AuthsecConsentScreen) => $<HTMLButtonElement>(el, '[part="deny"]')!;
const boxes = (el: AuthsecConsentScreen) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.scope input[type="checkbox"]')];

describe('<authsec-consent-screen>', () => {
  describe('with AuthSec data plus extension fields', () => {
    it('says who asks, for what, where the result goes, and which permissions', async () => {
      const { el } = await mount();
      const t = text(el);
      expect(t).to.contain('Claude Desktop wants to access Docs Search');
      expect(t).to.contain('Unverified: this app registered itself');
      expect(t).to.contain('After you decide, you will be sent to 127.0.0.1');
      expect(t).to.contain('Access goes to a program on this device (localhost), and any program on it could take it.');
      expect(t).to.contain('Signed in as Alan Turing (alan@acme.example)');
      expect(t).to.contain('Search documents');
      expect(t).to.contain('Unlocks: get_document, list_collections, search_docs');
      // Alan's role does not grant writing: listed apart, with the reason in words.
      expect(t).to.contain('Not available to this app');
      expect(t).to.contain('Your account does not have this permission');
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([true]);
      await expect(el).to.be.accessible();
    });

    it('sorts permissions by risk and lets the person grant only some', async () => {
      const { el, emu, posts } = await mount({ user_id: SEED.users.owner });
      const labels = [...el.shadowRoot!.querySelectorAll('.scope label')].map((l) => l.textContent!.trim());
      expect(labels).to.deep.equal(['Edit documents', 'Search documents']);
      boxes(el)[0]!.click();
      await el.updateComplete;
      setTimeout(() => allow(el).click());
      const event = (await oneEvent(el, 'authsec-consent-decided')) as AuthsecConsentDecidedEvent;
      expect(event.detail).to.deep.equal({ decision: 'allow', grantedScopes: ['docs_search:docs:search'], redirectHost: '127.0.0.1' });
      expect(JSON.stringify(event.detail)).not.to.contain('code');
      expect(posts).to.deep.equal(['/authsec/oauth/v2/consent/accept']);
      const row = [...emu.store.consentChallenges.values()].find((c) => c.user_id === SEED.users.owner && c.decided);
      expect(row?.decided).to.equal('accepted');
      await el.updateComplete;
      expect(text(el)).to.contain('Access allowed.');
    });

    it('sends one decision however often Allow is clicked', async () => {
      const { el, posts } = await mount();
      allow(el).click();
      allow(el).click();
      deny(el).click();
      await until(el, () => text(el).includes('Access allowed.'));
      expect(posts).to.deep.equal(['/authsec/oauth/v2/consent/accept']);
    });

    it('does not approve when Enter is pressed on a permission', async () => {
      const { el, posts } = await mount();
      boxes(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(posts).to.deep.equal([]);
      expect(allow(el).disabled).to.equal(false);
    });

    it('focuses the question on arrival (once it is painted), not the Allow button', async () => {
      const { el } = await mount();
      await until(el, () => !!el.shadowRoot!.activeElement);
      expect(el.shadowRoot!.activeElement?.id).to.equal('title');
    });

    it('disables Allow when nothing is selected, and says why', async () => {
      const { el } = await mount();
      boxes(el)[0]!.click();
      await el.updateComplete;
      expect(allow(el).disabled).to.equal(true);
      expect(deny(el).disabled).to.equal(false);
      expect(text(el)).to.contain('Select at least one permission to allow, or choose Deny.');
      await expect(el).to.be.accessible();
    });

    it('denies; for a self-registered client it offers a labelled way back instead of redirecting', async () => {
      const { el, posts } = await mount();
      setTimeout(() => deny(el).click());
      const event = (await oneEvent(el, 'authsec-consent-decided')) as AuthsecConsentDecidedEvent;
      expect(event.detail.decision).to.equal('deny');
      expect(event.detail.grantedScopes).to.deep.equal([]);
      expect(posts).to.deep.equal(['/authsec/oauth/v2/consent/reject']);
      await el.updateComplete;
      expect(text(el)).to.contain('Access denied.');
      expect(text(el)).to.contain('Return to 127.0.0.1');
      await expect(el).to.be.accessible();
    });

    it('keeps the choice and says what failed when the decision cannot be sent', async () => {
      const { el, emu, posts } = await mount({ user_id: SEED.users.owner });
      boxes(el)[0]!.click();
      await el.updateComplete;
      emu.faults.set({ rate: 1, kinds: ['503'], count: 1, pathPrefix: '/authsec/oauth/v2/consent/accept' });
      allow(el).click();
      await until(el, () => text(el).includes('AuthSec did not confirm your decision.'));
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true]);
      expect(allow(el).disabled).to.equal(false);
      allow(el).click();
      await until(el, () => text(el).includes('Access allowed.'));
      expect(posts).to.have.length(2);
    });
  });

  describe('with AuthSec’s plain v2 data', () => {
    it('shows the client id, humanised scopes and the host’s descriptions', async () => {
      const emu = createBrowserEmulator();
      const id = await challenge(emu, { extended: false, user_id: SEED.users.owner });
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen
        base-url=${emu.baseUrl}
        .fetch=${emu.fetchFn}
        consent-challenge=${id}
        .scopeDescriptions=${{ 'docs_search:docs:write': { title: 'Edit the docs', description: 'Add and remove pages.' } }}
      ></authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      const t = text(el);
      expect(t).to.contain(`Client ID: ${SEED.clients.claudeDesktop}`);
      expect(t).to.contain('AuthSec did not say where you will be sent afterwards.');
      expect(t).to.contain('Search docs');
      expect(t).to.contain('Edit the docs');
      expect(t).to.contain('Add and remove pages.');
      await expect(el).to.be.accessible();
    });
  });

  describe('when things go wrong', () => {
    it('explains an unknown or expired request', async () => {
      const emu = createBrowserEmulator();
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${emu.fetchFn} consent-challenge="nope"></authsec-consent-screen>`);
      await until(el, () => text(el).includes('This request has expired'));
      expect(text(el)).to.contain('Return to the app you came from and try again.');
      await expect(el).to.be.accessible();
    });

    it('explains a request that was already answered', async () => {
      const { el, emu } = await mount();
      const id = el.consentChallenge!;
      await emu.fetchFn(`${emu.baseUrl}/authsec/oauth/v2/consent/reject`, { method: 'POST', body: JSON.stringify({ consent_challenge: id }) });
      allow(el).click();
      await until(el, () => text(el).includes('This request can no longer be used'));
    });

    it('says there is nothing to show without a challenge', async () => {
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example"></authsec-consent-screen>`);
      await until(el, () => text(el).includes('No access request to show'));
    });

    it('offers a retry after a network failure, and recovers', async () => {
      const emu = createBrowserEmulator();
      const id = await challenge(emu);
      emu.faults.set({ rate: 1, kinds: ['drop'], count: 3, pathPrefix: '/authsec/oauth/v2/consent' });
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${emu.fetchFn} consent-challenge=${id}></authsec-consent-screen>`);
      await until(el, () => text(el).includes('could not be reached'));
      expect($(el, '[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.actions button')!.click();
      await until(el, () => !!$(el, '[part="allow"]'));
    });

    it('says a refused challenge can no longer be used, never "check the highlighted fields"', async () => {
      const emu = createBrowserEmulator();
      const id = await challenge(emu);
      // AuthSec's v2 API refuses inside a 200: `{success: false, error}`.
      const fetchFn = tamperedFetch(emu, [{ path: /\/oauth\/v2\/consent$/, body: () => ({ success: false, error: 'consent challenge expired or invalid' }) }]);
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${fetchFn} consent-challenge=${id}></authsec-consent-screen>`);
      await until(el, () => text(el).includes('This request can no longer be used'));
      expect(text(el)).not.to.contain('highlighted');
      await expect(el).to.be.accessible();
    });

    it('after a decision, never says the request could not be loaded, nor offers to load it again', async () => {
      const emu = createBrowserEmulator();
      const id = await challenge(emu);
      const fetchFn = tamperedFetch(emu, [{ path: /\/consent\/accept$/, method: 'POST', body: () => ({ success: true, redirect_to: 'javascript:alert(1)' }) }]);
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${fetchFn} consent-challenge=${id}></authsec-consent-screen>`);
      await until(el, () => !!$(el, '[part="allow"]'));
      allow(el).click();
      await until(el, () => text(el).includes('This page stopped to keep you safe'));
      expect(text(el)).to.contain('unsafe address');
      expect(text(el)).not.to.contain('could not be loaded');
      expect($(el, 'button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('does not show a gateway\'s HTML error page as details from AuthSec', async () => {
      const emu = createBrowserEmulator();
      const id = await challenge(emu);
      emu.faults.set({ rate: 1, kinds: ['proxy'], pathPrefix: '/authsec/oauth/v2/consent' });
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${emu.fetchFn} consent-challenge=${id}></authsec-consent-screen>`);
      await until(el, () => text(el).includes('AuthSec could not complete the request'));
      expect(text(el)).not.to.contain('Details from AuthSec');
      expect(text(el)).not.to.contain('Bad Gateway');
      await expect(el).to.be.accessible();
    });

    it('waits out a short Retry-After before loading, and says when to try again after a long one', async () => {
      const emu = createBrowserEmulator();
      const id = await challenge(emu);
      emu.faults.set({ rate: 1, kinds: ['503'], count: 1, retryAfterS: 1, pathPrefix: '/authsec/oauth/v2/consent' });
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${emu.fetchFn} consent-challenge=${id}></authsec-consent-screen>`);
      await until(el, () => !!$(el, '[part="allow"]'));
      emu.faults.set({ rate: 1, kinds: ['503'], count: 1, retryAfterS: 45, pathPrefix: '/authsec/oauth/v2/consent' });
      const later = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${emu.fetchFn} consent-challenge=${id}></authsec-consent-screen>`);
      await until(later, () => text(later).includes('AuthSec is busy right now. Try again in 45 seconds.'));
      expect(emu.faults.config.count, 'asked once, not retried within the wait').to.equal(0);
      await expect(later).to.be.accessible();
    });

    it('treats a malformed response as an error, not a crash', async () => {
      const emu = createBrowserEmulator();
      const id = await challenge(emu);
      emu.faults.set({ rate: 1, kinds: ['malformed'], count: 1, pathPrefix: '/authsec/oauth/v2/consent' });
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url=${emu.baseUrl} .fetch=${emu.fetchFn} consent-challenge=${id}></authsec-consent-screen>`);
      await until(el, () => text(el).includes('could not read'));
    });
  });

  describe('with inline data (server-rendered pages)', () => {
    const inline = (data: Record<string, unknown>) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify({ success: true, consent_challenge: 'inline', requested_scopes: [], grantable_scopes: [], ...data });
      return script;
    };

    it('renders hostile text as text: no markup, overrides revealed, long names clamped', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        client_name: `${hostile}Acme\u202Egnp.exe${'W'.repeat(10_000)}`,
        application_name: '<script>window.__pwned=2</script>Docs',
        registration_type: 'dcr',
        redirect_uri: 'https://trusted.example@evil.example/cb',
        requested_scopes: ['a:docs:read'],
        grantable_scopes: ['a:docs:read'],
        scope_details: [{ scope: 'a:docs:read', description: '<b>bold</b>\u200B\u200B hidden', tools: ['x\u202Ey'] }],
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      const t = text(el);
      expect(t).to.contain('<img src=x onerror=');
      expect(t).to.contain('⟨U+202E⟩');
      expect(t).to.contain('hidden characters');
      expect(t).to.contain('sent to evil.example');
      expect(t).to.contain('hides its real host');
      expect($(el, '#title')!.textContent!.length).to.be.below(400);
      await expect(el).to.be.accessible();
    });

    it('warns about look-alike names', async () => {
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        client_name: '\u0421laude', registration_type: 'dcr', grantable_scopes: ['a:r'], requested_scopes: ['a:r'],
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      expect(text(el)).to.contain('mixes alphabets');
      await expect(el).to.be.accessible();
    });

    it('warns about a look-alike client ID that is not a URL when the client gives no name', async () => {
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        client_id: 'g\u0456thub-copilot', registration_type: 'dcr', grantable_scopes: ['a:r'], requested_scopes: ['a:r'],
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      expect($(el, '#title')!.textContent).to.contain('g⟨U+0456⟩thub-copilot');
      expect(text(el)).to.contain('mixes alphabets');
      expect(el.shadowRoot!.textContent).not.to.contain('\u0456');
      await expect(el).to.be.accessible();
    });

    it('clamps a long description and reveals hidden characters in descriptions, titles and tool names', async () => {
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        client_name: 'Claude', registration_type: 'dcr', requested_scopes: ['a:docs:read'], grantable_scopes: ['a:docs:read'],
        scope_details: [{ scope: 'a:docs:read', display_name: 'Re\u200Bad', description: `Read\u202E docs. ${'Lorem ipsum dolor sit amet. '.repeat(300)}`, tools: ['search\u200Bdocs', `${'t'.repeat(500)}`] }],
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      const description = $(el, '.scope .description')!.textContent!;
      expect(description.length).to.be.within(100, 420);
      expect(description).to.contain('Read⟨U+202E⟩ docs.');
      const tools = $(el, '.scope .tools')!.textContent!;
      expect(tools).to.contain('search⟨U+200B⟩docs');
      expect(tools.length).to.be.below(200);
      expect(text(el)).to.contain('Re⟨U+200B⟩ad');
      expect(el.shadowRoot!.textContent).not.to.match(/[\u200B\u202E]/);
      await expect(el).to.be.accessible();
    });

    it('clamps a 4,096-character scope and reveals hidden characters inside scope names', async () => {
      const huge = `a:${'x'.repeat(4096)}:read`;
      const hidden = 'a:do\u200Bcs:re\u202Ead';
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        requested_scopes: [huge, hidden, `b:${'y'.repeat(4096)}`], grantable_scopes: [huge, hidden], rejected_scopes: { [`b:${'y'.repeat(4096)}`]: 'not_bound' },
      })}</authsec-consent-screen>`);
      await until(el, () => boxes(el).length === 2);
      for (const node of el.shadowRoot!.querySelectorAll('.scope label, .scope code, .blocked code')) {
        expect(node.textContent!.length, node.className || node.tagName).to.be.below(130);
      }
      // Shown once, bounded: not a page tens of thousands of pixels tall.
      expect(el.getBoundingClientRect().height).to.be.below(2500);
      const t = text(el);
      expect(t).to.contain('do⟨U+200B⟩cs');
      expect(t).to.contain('re⟨U+202E⟩ad');
      expect(el.shadowRoot!.textContent).not.to.match(/[\u200B\u202E]/);
      await expect(el).to.be.accessible();
    });

    it('shows the real host of a client ID that hides it behind user information', async () => {
      for (const registration_type of ['cimd', 'dcr']) {
        const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
          client_id: 'https://claude.ai@evil.example/oauth/client.json', client_name: 'Claude', registration_type,
          grantable_scopes: ['a:r'], requested_scopes: ['a:r'],
        })}</authsec-consent-screen>`);
        await until(el, () => !!$(el, '.scope'));
        const t = text(el);
        expect(t, registration_type).to.contain('The client ID hides its real host: it belongs to evil.example.');
        if (registration_type === 'cimd') {
          expect(t).to.contain('Identity: evil.example');
          expect(t).not.to.contain('Identity: claude.ai');
        }
        await expect(el).to.be.accessible();
      }
    });

    it('reveals look-alike letters in a name and a host that mix alphabets', async () => {
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        client_id: 'https://g\u0456thub.com/oauth/client.json', client_name: 'G\u0456tHub Copilot', registration_type: 'cimd',
        grantable_scopes: ['a:r'], requested_scopes: ['a:r'],
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      const t = text(el);
      expect($(el, '#title')!.textContent).to.contain('G⟨U+0456⟩tHub Copilot wants');
      expect(t).to.contain('mixes alphabets');
      expect(t).to.contain('Identity: xn--gthub-');
      expect(t).to.match(/The client ID’s host uses international characters; its ASCII form is xn--gthub-\w+\.com\./);
      expect(el.shadowRoot!.textContent).not.to.contain('\u0456');
      await expect(el).to.be.accessible();
    });

    it('collapses 500 permissions behind "Show all", highest risk first', async () => {
      const scopes = Array.from({ length: 500 }, (_, i) => `a:thing${i}:${i % 50 === 0 ? 'delete' : 'read'}`);
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        requested_scopes: scopes, grantable_scopes: scopes,
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      expect(boxes(el)).to.have.length(8);
      expect(el.shadowRoot!.querySelector('.scope label')!.textContent).to.contain('Delete');
      const more = $<HTMLButtonElement>(el, 'button.link')!;
      expect(more.textContent).to.contain('Show all 500 permissions');
      more.click();
      await el.updateComplete;
      expect(boxes(el)).to.have.length(500);
    });

    it('refuses an unusable return address', async () => {
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        redirect_uri: 'javascript:alert(1)', grantable_scopes: ['a:r'], requested_scopes: ['a:r'],
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      expect(text(el)).to.contain('unusable return address');
    });

    it('goes on at once when AuthSec already approved, and never to a non-http address', async () => {
      const ok = inline({ auto_approved: true, redirect_to: 'http://127.0.0.1:1/cb?code=x', grantable_scopes: ['a:r'] });
      const decided = new Promise<AuthsecConsentDecidedEvent>((resolve) =>
        document.addEventListener('authsec-consent-decided', (e) => resolve(e), { once: true }),
      );
      await fixture(html`<authsec-consent-screen base-url="https://authsec.example">${ok}</authsec-consent-screen>`);
      expect((await decided).detail).to.deep.equal({ decision: 'auto-approved', grantedScopes: ['a:r'], redirectHost: '127.0.0.1' });

      const bad = inline({ auto_approved: true, redirect_to: 'javascript:alert(1)' });
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${bad}</authsec-consent-screen>`);
      await until(el, () => text(el).includes('unsafe address'));
    });

    it('lays out right-to-left for RTL locales', async () => {
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen locale="ar" base-url="https://authsec.example">${inline({
        grantable_scopes: ['a:r'], requested_scopes: ['a:r'],
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      expect($(el, '.card')!.getAttribute('dir')).to.equal('rtl');
    });

    it('warns before the request expires and stops Allow once it has', async () => {
      const soon = new Date(Date.now() + 90_000).toISOString();
      const el = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        grantable_scopes: ['a:r'], requested_scopes: ['a:r'], expires_at: soon,
      })}</authsec-consent-screen>`);
      await until(el, () => !!$(el, '.scope'));
      expect(text(el)).to.contain('This request expires in 2 min');
      const gone = await fixture<AuthsecConsentScreen>(html`<authsec-consent-screen base-url="https://authsec.example">${inline({
        grantable_scopes: ['a:r'], requested_scopes: ['a:r'], expires_at: new Date(Date.now() - 1000).toISOString(),
      })}</authsec-consent-screen>`);
      await until(gone, () => !!$(gone, '.scope'));
      expect(allow(gone).disabled).to.equal(true);
      expect(text(gone)).to.contain('This request has expired');
    });
  });
});
