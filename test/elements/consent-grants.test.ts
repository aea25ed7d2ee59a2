import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/consent-grants/define.js';
import type { AuthsecConsentGrants } from '../../src/elements/consent-grants/consent-grants.js';
import type { AuthsecGrantRevokedEvent } from '../../src/elements/consent-grants/events.js';
import type { AuthsecUiConfirmDialog } from '../../src/ui/confirm-dialog.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { mountAdmin, type MountOptions } from '../helpers/mount.js';
import { press, shadowQuery as $, shadowText as text, uiButton, until } from '../helpers/element.js';

const ALAN = SEED.users.endUsers[0]!;
const BARBARA = SEED.users.endUsers[1]!;
const mount = (attrs: Record<string, string>, options: MountOptions = {}) =>
  mountAdmin<AuthsecConsentGrants>('authsec-consent-grants', { ...options, attrs });
const people = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('.person h3')].map((h) => h.textContent!.trim());
const cards = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.grant')];
const dialog = (el: HTMLElement) => $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog')!;
async function confirm(el: AuthsecConsentGrants): Promise<void> {
  await until(el, () => !!dialog(el).shadowRoot?.querySelector('dialog[open]'));
  press(dialog(el).shadowRoot!.querySelector('authsec-ui-button.confirm')!);
}

describe('<authsec-consent-grants>', () => {
  it('admin: remembered consents grouped by person, each client\'s permissions in words with risk, since and until', async () => {
    const { el } = await mount({ 'application-id': SEED.apps.docsSearch });
    expect(people(el)).to.deep.equal(['Alan Turing', 'Barbara Liskov']);
    const barbara = el.shadowRoot!.querySelector<HTMLElement>(`[aria-labelledby="p-${BARBARA}"]`)!;
    const card = barbara.querySelector('.grant')!.textContent!.replace(/\s+/g, ' ');
    // The application's own names for its scopes, riskiest first, the risk said in words.
    expect(card).to.contain('Acme Support Agent').and.contain('Edit documents').and.contain('Medium risk').and.contain('Search documents');
    expect(card.indexOf('Edit documents')).to.be.lessThan(card.indexOf('Search documents'));
    expect(card).to.match(/Allowed \w{3} \d+, \d{4}/).and.match(/Until \w{3} \d+, \d{4}/);
    expect(barbara.querySelector('authsec-ui-badge')!.label).to.equal('Medium risk');
    expect(text(el)).to.contain('2 remembered consents').and.contain('barbara@acme.example');
    await expect(el).to.be.accessible();
  });

  it('admin: search by person or client', async () => {
    const { el } = await mount({ 'application-id': SEED.apps.docsSearch });
    const q = $<HTMLInputElement>(el, '#q')!;
    q.value = 'inspector';
    q.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(people(el)).to.deep.equal(['Alan Turing']);
    expect(cards(el)).to.have.length(1);
    q.value = 'barbara@';
    q.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(people(el)).to.deep.equal(['Barbara Liskov']);
    q.value = 'nobody';
    q.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(text(el)).to.contain('Nobody matches your search.');
  });

  it('admin: revokes one from the keyboard after a confirmation; the client loses access and must ask again', async () => {
    const { el, emu } = await mount({ 'application-id': SEED.apps.docsSearch });
    const target = emu.store.consentGrants.find((g) => g.user_id === BARBARA)!;
    const revoke = uiButton(el.shadowRoot!.querySelector(`[data-grant="${target.id}"]`)!, 'Revoke Acme Support Agent for Barbara Liskov');
    revoke.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => !!dialog(el).shadowRoot?.querySelector('dialog[open]'));
    expect(dialog(el).heading).to.equal('Revoke what Barbara Liskov allowed Acme Support Agent?');
    expect(dialog(el).textContent).to.contain('Barbara Liskov sees the consent screen again');
    await sendKeys({ press: 'Tab' });
    const revoked = oneEvent(el, 'authsec-grant-revoked') as Promise<AuthsecGrantRevokedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await revoked).detail).to.deep.equal({ grantIds: [target.id], userId: BARBARA });
    await until(el, () => people(el).join() === 'Alan Turing');
    expect(target.revoked_at).to.be.a('string');
  });

  it('admin: revokes all of a person\'s, and says how many', async () => {
    const { el, emu } = await mount({ 'application-id': SEED.apps.docsSearch });
    uiButton(el, 'Revoke all remembered consents of Alan Turing').click();
    await until(el, () => !!dialog(el).shadowRoot?.querySelector('dialog[open]'));
    expect(dialog(el).heading).to.equal('Revoke all 2 remembered consents of Alan Turing?');
    await confirm(el);
    await until(el, () => people(el).join() === 'Barbara Liskov');
    expect(emu.store.consentGrants.filter((g) => g.user_id === ALAN && !g.revoked_at)).to.have.length(0);
    expect(text(el)).to.contain('Revoked 2 remembered consents of Alan Turing.');
  });

  it('admin: one person with user-id; a lost answer is settled by reading again', async () => {
    const { el, emu } = await mount({ 'user-id': BARBARA });
    expect(people(el)).to.deep.equal([`Person ${BARBARA}`]);
    const target = emu.store.consentGrants.find((g) => g.user_id === BARBARA)!;
    emu.faults.set({ rate: 1, kinds: ['lost'], count: 1, pathPrefix: `/authsec/consent-grants/${target.id}` });
    uiButton(el, `Revoke Acme Support Agent for Person ${BARBARA}`).click();
    await confirm(el);
    await until(el, () => text(el).includes('We checked with AuthSec: it is revoked.'));
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('self-service: "AI clients with access to your account", in plain words, Revoke with the end user\'s own token', async () => {
    const { el, emu } = await mount({ mode: 'self' }, { userId: ALAN });
    expect($(el, '#h')!.textContent).to.equal('AI clients with access to your account');
    expect(cards(el).map((c) => c.querySelector('strong')!.textContent)).to.have.members(['MCP Inspector', 'Acme Support Agent']);
    const card = cards(el)[0]!.textContent!.replace(/\s+/g, ' ');
    // End users cannot read the application's scope names: the scope string in words.
    expect(card).to.contain('On Docs Search').and.contain('Search docs');
    expect(el.shadowRoot!.querySelector('.person'), 'no admin grouping').to.equal(null);
    await expect(el).to.be.accessible();
    const inspector = cards(el).find((c) => c.textContent!.includes('MCP Inspector'))!;
    const grantId = inspector.dataset.grant;
    uiButton(inspector, 'Revoke access for MCP Inspector').click();
    await until(el, () => !!dialog(el).shadowRoot?.querySelector('dialog[open]'));
    expect(dialog(el).heading).to.equal('Revoke access for MCP Inspector?');
    await confirm(el);
    await until(el, () => cards(el).length === 1);
    expect(text(el)).to.contain('MCP Inspector no longer has access.');
    expect(emu.requests.filter((r) => r.startsWith('DELETE'))).to.deep.equal([`DELETE /oauth/consent-grants/${grantId}`]);
  });

  it('empty, readonly, an unreadable grant, and a failed revoke', async () => {
    const emu = createBrowserEmulator();
    const { el: empty } = await mount({ mode: 'self' }, { emu, userId: SEED.users.endUsers[5]! });
    expect($<HTMLElement & { heading: string }>(empty, 'authsec-ui-state[kind="empty"]')!.heading).to.equal('No AI client has access');
    const { el: readonly } = await mount({ 'application-id': SEED.apps.docsSearch }, { emu, readonly: true });
    expect(readonly.shadowRoot!.querySelectorAll('authsec-ui-button')).to.have.length(0);

    const tampered = createBrowserEmulator();
    const fetchFn: typeof tampered.fetchFn = async (input, init) => {
      const res = await tampered.fetchFn(input, init);
      if (!new URL(input).pathname.endsWith('/consent-grants')) return res;
      const body = (await res.json()) as { consent_grants: Record<string, unknown>[] };
      body.consent_grants[0] = { ...body.consent_grants[0], user_id: null };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const { el: bad } = await mount({ 'application-id': SEED.apps.docsSearch }, { emu: tampered, fetch: fetchFn });
    expect(cards(bad)).to.have.length(2);
    expect(text(bad)).to.contain('Remembered consent “MCP Inspector” is not shown: its user_id is missing.');

    const { el, emu: e } = await mount({ 'application-id': SEED.apps.docsSearch });
    e.faults.set({ rate: 1, kinds: ['500'], count: 1, pathPrefix: '/authsec/consent-grants/' });
    uiButton(el, 'Revoke Acme Support Agent for Barbara Liskov').click();
    await confirm(el);
    await until(el, () => !!$(el, '[role="alert"]'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('Could not revoke.');
    expect(people(el)).to.deep.equal(['Alan Turing', 'Barbara Liskov']);
  });
});
