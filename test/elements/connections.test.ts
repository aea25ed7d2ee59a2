import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../helpers/benign-errors.js';
import '../../src/elements/connections/define.js';
import type { AuthsecConnections } from '../../src/elements/connections/connections.js';
import type { AuthsecConnectionChangedEvent } from '../../src/elements/connections/events.js';
import type { AuthsecUiConfirmDialog } from '../../src/ui/confirm-dialog.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import type { ClientRow } from '../../emulator/store.js';
import { mountAdmin, type MountOptions } from '../helpers/mount.js';
import { SURFACES } from '../helpers/emulator.js';
import { press, shadowQuery as $, shadowText as text, uiButton, until } from '../helpers/element.js';

const mount = (appId: string, options: MountOptions = {}) => mountAdmin<AuthsecConnections>('authsec-connections', { ...options, appId });
const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="listitem"]')];
const row = (el: HTMLElement, clientId: string) => el.shadowRoot!.querySelector<HTMLElement>(`[data-client="${CSS.escape(clientId)}"]`);
const names = (el: HTMLElement) => rows(el).map((r) => r.querySelector('strong')!.textContent!.trim());
const dialog = (el: HTMLElement) => $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog')!;
const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
};
/** Confirms the open dialog with its own button (what a person clicks). */
async function confirm(el: HTMLElement): Promise<void> {
  const d = dialog(el);
  await until(el as AuthsecConnections, () => !!d.shadowRoot?.querySelector('dialog[open]'));
  press(d.shadowRoot!.querySelector('authsec-ui-button.confirm')!);
}

function addClient(emu: { store: { clients: Map<string, ClientRow> } }, row: Partial<ClientRow> & { client_id: string }): void {
  emu.store.clients.set(row.client_id, {
    client_name: row.client_id, registration_type: 'dcr', redirect_uris: ['https://x.example/cb'], rs_id: SEED.apps.docsSearch, status: 'approved',
    created_at: new Date().toISOString(), ...row,
  });
}

describe('<authsec-connections>', () => {
  for (const surfaces of SURFACES) {
    it(`lists every client with how it registered, its state, where answers go and when it last got a token (${surfaces} surface)`, async () => {
      const { el } = await mount(SEED.apps.docsSearch, { emulator: { surfaces } });
      // Waiting for approval leads; then by last token.
      expect(names(el)).to.deep.equal(['Zed Agent', 'MCP Inspector', 'Acme Support Agent', 'Old Ops Console']);
      const inspector = row(el, SEED.clients.mcpInspector)!.textContent!.replace(/\s+/g, ' ');
      expect(inspector).to.contain('Self-registered, unverified').and.contain('localhost:6274 (the person’s own device)').and.contain('Last token');
      expect(rows(el).map((r) => r.querySelector('authsec-ui-badge')!.label)).to.deep.equal(['Waiting for approval', 'Approved', 'Approved', 'Revoked']);
      const support = row(el, SEED.clients.supportAgent)!.textContent!.replace(/\s+/g, ' ');
      expect(support).to.contain('Added by your admin').and.contain('support.acme.example').and.contain('prereg-acme-support-agent');
      const revoked = row(el, SEED.clients.revokedConsole)!;
      expect(revoked.querySelector('authsec-ui-button'), 'nothing to do on a revoked client').to.equal(null);
      const pending = row(el, SEED.clients.pendingAgent)!;
      if (surfaces === 'applications') {
        expect(uiButton(pending, 'Approve')).to.exist;
        expect(uiButton(pending, 'Deny')).to.exist;
      } else {
        expect(pending.textContent).to.contain('this AuthSec has no approval API');
      }
      expect(text(el)).to.contain('Waiting for your approval: 1 client.');
      await expect(el).to.be.accessible();
    });
  }

  it('names a CIMD client by its verified domain and flags look-alike letters and international hosts', async () => {
    const emu = createBrowserEmulator();
    addClient(emu, { client_id: 'https://cursor.example/oauth/client.json', client_name: 'Cursor', registration_type: 'cimd', redirect_uris: ['https://cursor.example/cb'] });
    addClient(emu, { client_id: 'dcr-fake', client_name: 'Сlaude Desktop', redirect_uris: ['https://xn--80ak6aa92e.com/cb', 'https://user@evil.example/cb'] });
    const { el } = await mount(SEED.apps.docsSearch, { emu });
    expect(row(el, 'https://cursor.example/oauth/client.json')!.textContent).to.contain('Verified domain: cursor.example');
    const fake = row(el, 'dcr-fake')!;
    expect(fake.querySelector('strong')!.textContent).to.contain('⟨U+0421⟩laude Desktop');
    expect(fake.textContent).to.contain('This name mixes alphabets');
    expect(fake.textContent).to.contain('xn--80ak6aa92e.com (an international address)');
    expect(fake.textContent, 'the real host, never the user part').to.contain('evil.example').and.not.contain('user@');
  });

  it('filters by text and status, orders by name or newest, and says how many are shown', async () => {
    const { el } = await mount(SEED.apps.docsSearch);
    type($<HTMLInputElement>(el, '#q')!, 'SUPPORT.acme');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Acme Support Agent']);
    expect(text(el)).to.contain('Showing 1 of 4');
    type($<HTMLInputElement>(el, '#q')!, 'nobody');
    await el.updateComplete;
    expect(text(el)).to.contain('No connection matches your search.');
    uiButton(el, 'Show all connections').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(4);
    const status = $<HTMLSelectElement>(el, '#status')!;
    expect([...status.options].map((o) => o.textContent!.trim())).to.deep.equal(['All (4)', 'Approved (2)', 'Waiting for approval (1)', 'Revoked (1)']);
    choose(status, 'revoked');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Old Ops Console']);
    choose(status, 'all');
    choose($<HTMLSelectElement>(el, '#sort')!, 'name');
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Zed Agent', 'Acme Support Agent', 'MCP Inspector', 'Old Ops Console']);
  });

  it('revokes from the keyboard after a confirmation that says what happens; the client\'s tokens stop and Activity records it', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch);
    const revoke = uiButton(row(el, SEED.clients.mcpInspector)!, 'Revoke MCP Inspector');
    revoke.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => !!dialog(el).shadowRoot?.querySelector('dialog[open]'));
    const body = dialog(el).textContent!.replace(/\s+/g, ' ');
    expect(dialog(el).heading).to.equal('Revoke MCP Inspector?');
    expect(body).to.contain('Its tokens stop working at the next check').and.contain('“Connection revoked” event will appear under Activity');
    await expect(el).to.be.accessible();
    // The dialog opens on its safe choice: Tab to the confirm button, then Enter.
    await sendKeys({ press: 'Tab' });
    const changed = oneEvent(el, 'authsec-connection-changed') as Promise<AuthsecConnectionChangedEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ action: 'revoked', clientId: SEED.clients.mcpInspector });
    await until(el, () => row(el, SEED.clients.mcpInspector)?.classList.contains('revoked') === true);
    expect(emu.store.clients.get(SEED.clients.mcpInspector)!.status).to.equal('revoked');
    expect([...emu.store.driftEvents.values()].some((e) => e.event_type === 'connection_revoked' && e.payload.client_id === SEED.clients.mcpInspector)).to.equal(true);
  });

  it('cancelling the confirmation changes nothing', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch);
    uiButton(row(el, SEED.clients.supportAgent)!, 'Revoke Acme Support Agent').click();
    await until(el, () => !!dialog(el).shadowRoot?.querySelector('dialog[open]'));
    await sendKeys({ press: 'Escape' });
    await until(el, () => !dialog(el).shadowRoot?.querySelector('dialog[open]'));
    expect(emu.store.clients.get(SEED.clients.supportAgent)!.status).to.equal('approved');
  });

  it('approves and denies pending registrations on today\'s surface', async () => {
    const emu = createBrowserEmulator();
    addClient(emu, { client_id: 'dcr-second', client_name: 'Second Agent', status: 'pending_approval' });
    const { el } = await mount(SEED.apps.docsSearch, { emu });
    uiButton(row(el, SEED.clients.pendingAgent)!, 'Approve Zed Agent').click();
    await until(el, () => row(el, SEED.clients.pendingAgent)?.classList.contains('approved') === true);
    expect(text(el)).to.contain('Zed Agent was approved.');
    uiButton(row(el, 'dcr-second')!, 'Deny Second Agent').click();
    await until(el, () => !!dialog(el).shadowRoot?.querySelector('dialog[open]'));
    expect(dialog(el).textContent).to.contain('Its registration is removed');
    await confirm(el);
    await until(el, () => !row(el, 'dcr-second'));
    expect(emu.store.clients.has('dcr-second')).to.equal(false);
  });

  it('shows a CIMD client\'s new redirect hosts old → new before approving them', async () => {
    const emu = createBrowserEmulator();
    emu.store.clients.get(SEED.clients.supportAgent)!.pending_redirect_uris = ['https://support.acme.example/oauth/callback', 'https://support-eu.acme.example/cb'];
    const { el } = await mount(SEED.apps.docsSearch, { emu });
    expect(row(el, SEED.clients.supportAgent)!.textContent).to.contain('Wants to send answers to new addresses');
    uiButton(row(el, SEED.clients.supportAgent)!, 'Review new addresses of Acme Support Agent').click();
    await until(el, () => !!dialog(el).shadowRoot?.querySelector('dialog[open]'));
    const [now, next] = [...dialog(el).querySelectorAll('.compare > div')].map((d) => [d.querySelector('strong')!.textContent, ...[...d.querySelectorAll('li')].map((li) => li.textContent)]);
    expect(now).to.deep.equal(['Now', 'support.acme.example']);
    expect(next).to.deep.equal(['After approval', 'support.acme.example', 'support-eu.acme.example']);
    await confirm(el);
    await until(el, () => !row(el, SEED.clients.supportAgent)!.textContent!.includes('new addresses'));
    expect(emu.store.clients.get(SEED.clients.supportAgent)!.redirect_uris).to.have.length(2);
  });

  it('pre-registers a client with the consent rules for redirect URIs, and shows a confidential client\'s secret once', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch);
    uiButton(el, 'Pre-register a client').click();
    await until(el, () => !!$(el, '#client-name'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('client-name');
    const redirects = $<HTMLTextAreaElement>(el, '#redirects')!;
    type(redirects, 'http://evil.example/cb\nhttps://a.example/cb#frag\nhttps://me@a.example/cb\n\nhttp://127.0.0.1:8765/cb');
    await el.updateComplete;
    const error = $(el, '#redirects-error')!.textContent!;
    expect(error).to.contain('Line 1: use https (plain http is only for 127.0.0.1 or localhost).');
    expect(error).to.contain('Line 2: remove the “#…” part');
    expect(error).to.contain('Line 3: remove the “name@” part');
    expect(error).not.to.contain('Line 5');
    expect(redirects.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#client-name-error')!.textContent, 'no complaint about a field not reached yet').to.equal('');
    redirects.focus();
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await until(el, () => el.shadowRoot!.activeElement?.id === 'client-name');
    expect($(el, '#client-name-error')!.textContent).to.contain('Give the client a name');
    expect(emu.requests.some((r) => r.startsWith('POST')), 'nothing sent while the form is invalid').to.equal(false);

    type($<HTMLInputElement>(el, '#client-name')!, 'Batch Reporter');
    type(redirects, 'https://reports.acme.example/cb\nhttp://127.0.0.1:8765/cb');
    const confidential = $<HTMLInputElement>(el, '#confidential')!;
    confidential.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    setTimeout(() => $<HTMLFormElement>(el, 'form')!.requestSubmit());
    const event = (await oneEvent(el, 'authsec-connection-changed')) as AuthsecConnectionChangedEvent;
    expect(event.detail.action).to.equal('pre-registered');
    const created = emu.store.clients.get(event.detail.clientId)!;
    expect([created.client_name, created.redirect_uris, created.registration_type]).to.deep.equal(['Batch Reporter', ['https://reports.acme.example/cb', 'http://127.0.0.1:8765/cb'], 'prereg']);
    await until(el, () => !!$(el, '#secret'));
    // Masked until revealed: the secret is not in the DOM.
    expect($<HTMLInputElement>(el, '#secret')!.value).not.to.equal(created.client_secret);
    expect(el.shadowRoot!.innerHTML).not.to.contain(created.client_secret!);
    expect(text(el)).to.contain('Client secret').and.contain('You will not see this secret again');
    // The shared panel's warning names an environment variable only where its words do (the introspection secret's).
    expect(text(el)).not.to.contain('AUTHSEC_INTROSPECTION_CLIENT_SECRET');
    uiButton(el, 'Show client secret').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#secret')!.value).to.equal(created.client_secret);
    uiButton(el, 'I’ve stored it').click();
    await until(el, () => !$(el, '#secret'));
    expect(text(el)).to.contain('The client secret is no longer shown.');
    await until(el, () => !!row(el, event.detail.clientId));
    expect(row(el, event.detail.clientId)!.textContent, names(el).join()).to.contain('Added by your admin');
  });

  it('when the answer to Pre-register is lost, reads the clients again and says it was registered, never a second POST', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch, { emulator: { surfaces: 'applications' } });
    uiButton(el, 'Pre-register a client').click();
    await until(el, () => !!$(el, '#client-name'));
    type($<HTMLInputElement>(el, '#client-name')!, 'Ops Bot');
    type($<HTMLTextAreaElement>(el, '#redirects')!, 'https://ops.acme.example/bot/cb');
    emu.faults.set({ rate: 1, kinds: ['lost'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.docsSearch}/connections` });
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await until(el, () => text(el).includes('but AuthSec registered Ops Bot'));
    await until(el, () => names(el).includes('Ops Bot'));
    const posts = emu.requests.filter((r) => r.startsWith('POST'));
    expect(posts).to.have.length(1);
    expect(names(el)).to.include('Ops Bot');
    expect($(el, '#client-name'), 'no form left to send it twice').to.equal(null);
  });

  it('when the answer to Revoke is lost, reads again and says what is true now', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch, { emulator: { surfaces: 'applications' } });
    emu.faults.set({ rate: 1, kinds: ['lost'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.docsSearch}/connections/${SEED.clients.supportAgent}` });
    uiButton(row(el, SEED.clients.supportAgent)!, 'Revoke Acme Support Agent').click();
    await confirm(el);
    await until(el, () => text(el).includes('We checked with AuthSec: Acme Support Agent is now “Revoked”.'));
    expect(text(el)).not.to.contain('Could not change');
  });

  it('says why a refused change failed, and keeps the row as it was', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch);
    emu.faults.set({ rate: 1, kinds: ['500'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.docsSearch}/connections/${SEED.clients.pendingAgent}` });
    uiButton(row(el, SEED.clients.pendingAgent)!, 'Approve Zed Agent').click();
    await until(el, () => !!$(el, '[role="alert"]'));
    expect($(el, '[role="alert"]')!.textContent).to.contain('Could not change Zed Agent.');
    expect(row(el, SEED.clients.pendingAgent)!.classList.contains('pending')).to.equal(true);
  });

  it('empty, pre-registration off, readonly and an unreadable client', async () => {
    const emu = createBrowserEmulator();
    const { el: empty } = await mount(SEED.apps.billingAgent, { emu });
    expect($<HTMLElement & { heading: string }>(empty, 'authsec-ui-state[kind="empty"]')!.heading).to.equal('No AI clients yet');
    emu.store.resourceServers.get(SEED.apps.github)!.registration_modes = ['dcr', 'cimd'];
    const { el: off } = await mount(SEED.apps.github, { emu });
    expect(text(off)).to.contain('Pre-registration is off for this application');
    const { el: readonly } = await mount(SEED.apps.docsSearch, { emu, readonly: true });
    expect(readonly.shadowRoot!.querySelectorAll('authsec-ui-button')).to.have.length(0);
    expect(text(readonly)).not.to.contain('Waiting for your approval:');

    const tampered = createBrowserEmulator();
    const fetchFn: typeof tampered.fetchFn = async (input, init) => {
      const res = await tampered.fetchFn(input, init);
      if (!String(input).includes('/authsec/clients')) return res;
      const list = (await res.json()) as Record<string, unknown>[];
      list[1] = { ...list[1], client_id: '' };
      return new Response(JSON.stringify(list), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const { el: bad } = await mount(SEED.apps.docsSearch, { emu: tampered, fetch: fetchFn });
    expect(rows(bad)).to.have.length(3);
    expect(text(bad)).to.contain('Client “Acme Support Agent” is not shown: its client_id is empty.');
  });

  it('thousands of clients: only the rows near the viewport are in the page, and search still finds any', async () => {
    const emu = createBrowserEmulator();
    for (let i = 0; i < 3000; i++) addClient(emu, { client_id: `dcr-bulk-${i}`, client_name: `Agent ${String(i).padStart(4, '0')}` });
    const { el } = await mount(SEED.apps.docsSearch, { emu });
    expect(text(el)).not.to.contain('Showing');
    expect(rows(el).length).to.be.greaterThan(0).and.lessThan(200);
    type($<HTMLInputElement>(el, '#q')!, 'Agent 2999');
    await until(el, () => names(el).join() === 'Agent 2999');
    expect(text(el)).to.contain('Showing 1 of 3,004');
  });
});
