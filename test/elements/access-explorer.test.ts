import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/access-explorer/define.js';
import type { AuthsecAccessExplorer } from '../../src/elements/access-explorer/access-explorer.js';
import type { AuthsecBindingAddedEvent } from '../../src/elements/access-policy/events.js';
import type { AuthsecNavigateEvent } from '../../src/elements/shared/navigate-event.js';
import type { BrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { mountAdmin, type MountOptions } from '../helpers/mount.js';
import { shadowQuery as $, shadowText as text, uiButton, until } from '../helpers/element.js';

const ALAN = SEED.users.endUsers[0]!;
const mount = (appId: string, options: MountOptions = {}) => mountAdmin<AuthsecAccessExplorer>('authsec-access-explorer', { emulator: { surfaces: 'applications' }, ...options, appId });
const row = (el: HTMLElement, userId: string) => el.shadowRoot!.querySelector<HTMLElement>(`tr[data-user="${userId}"]`);
/** A Docs Search tool that needs the write scope (which the viewer role does not grant). */
const writeTool = (emu: BrowserEmulator) => emu.store.toolsOf(SEED.apps.docsSearch).find((t) => emu.store.mappingsOf(t.id, 'admin_override')
  .some((m) => emu.store.scopes.get(m.scope_id)?.scope_string === 'docs_search:docs:write'))!.name;

async function ask(el: AuthsecAccessExplorer, userId: string, tool: string): Promise<void> {
  const who = $<HTMLSelectElement>(el, '#who')!;
  who.value = userId;
  who.dispatchEvent(new Event('change'));
  const input = $<HTMLInputElement>(el, '#tool')!;
  input.value = tool;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  $<HTMLFormElement>(el, 'form')!.requestSubmit();
}

describe('<authsec-access-explorer>', () => {
  it('lists the people with access: roles, what they can do, first consent', async () => {
    const { el } = await mount(SEED.apps.docsSearch);
    const alan = row(el, ALAN)!;
    expect(alan.querySelector('strong')!.textContent).to.equal('Alan Turing');
    expect([...alan.querySelectorAll('authsec-ui-badge')].map((b) => (b as HTMLElement & { label: string }).label)).to.deep.equal(['Viewer']);
    expect(alan.textContent).to.contain('given by the default role').and.contain('Search documents').and.match(/Nov \d+, 2026|Dec \d+, 2026/);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(8);
    await expect(el).to.be.accessible();
  });

  it('opens one person\'s effective access: every scope, granted or not, and through which role', async () => {
    const { el } = await mount(SEED.apps.docsSearch);
    uiButton(row(el, ALAN)!, 'Details for Alan Turing').click();
    await until(el, () => !!$(el, '.access li'));
    const items = [...el.shadowRoot!.querySelectorAll('.access li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.contain('Granted: Search documents').and.contain('Through Viewer (given by the default role)');
    expect(items[1]).to.contain('Not granted: Edit documents');
    expect(el.shadowRoot!.activeElement?.id).to.equal('access-h');
  });

  it('can Alan call a write tool? denied at "a role grants the scope"; the safest role is previewed, applied, and AuthSec then allows it', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch);
    const tool = writeTool(emu);
    await ask(el, ALAN, tool);
    await until(el, () => !!$(el, '.result'));
    const result = $(el, '.result')!.textContent!.replace(/\s+/g, ' ');
    expect(result).to.contain(`Alan Turing cannot call ${tool}.`);
    expect(result).to.contain('The person’s account is active: passed').and.contain('A role of theirs grants the scopes it needs: failed');
    expect(result).to.contain('Give Alan Turing the Admin role.').and.contain('docs_search:docs:write');
    expect(result).to.contain(`Tools they could newly call:`).and.contain(tool);
    expect(el.shadowRoot!.activeElement?.id, 'focus moves to the verdict').to.equal('result-h');
    await expect(el).to.be.accessible();
    const added = oneEvent(el, 'authsec-binding-added') as Promise<AuthsecBindingAddedEvent>;
    uiButton(el, 'Give Alan Turing the Admin role').click();
    expect((await added).detail).to.include({ userId: ALAN });
    await until(el, () => $(el, '.result')!.textContent!.includes(`Alan Turing can call ${tool}.`));
    expect(emu.store.effectiveScopes(ALAN, SEED.apps.docsSearch)).to.include('docs_search:docs:write');
  });

  it('a tool of an application not launched: the fix is on the Overview (authsec-navigate launch)', async () => {
    const { el, emu } = await mount(SEED.apps.github);
    const tool = emu.store.toolsOf(SEED.apps.github).find((t) => !t.is_public)!.name;
    await ask(el, SEED.users.owner, tool);
    await until(el, () => !!$(el, '.result'));
    expect($(el, '.result')!.textContent!.replace(/\s+/g, ' ')).to.contain('The application is launched: failed').and.contain('Launch the application first.');
    setTimeout(() => uiButton(el, 'Open the Overview').click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'launch', applicationId: SEED.apps.github });
  });

  it('says what is missing before asking AuthSec: a person, a tool that exists', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch);
    const before = emu.requests.length;
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await el.updateComplete;
    expect($(el, '#check-error')!.textContent).to.equal('Choose a person.');
    await ask(el, ALAN, 'no_such_tool');
    await el.updateComplete;
    expect($(el, '#check-error')!.textContent).to.equal('This application has no tool called “no_such_tool”.');
    expect($(el, '#tool')!.getAttribute('aria-invalid')).to.equal('true');
    expect(emu.requests.slice(before).filter((r) => r.includes('access-simulations'))).to.deep.equal([]);
    // The tool field suggests names as the admin types (a datalist).
    const input = $<HTMLInputElement>(el, '#tool')!;
    input.focus();
    input.value = 'se';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('#tool-names option')].every((o) => (o as HTMLOptionElement).value.toLowerCase().includes('se'))).to.equal(true);
    await sendKeys({ press: 'Escape' });
  });

  it('readonly shows the verdict and the fix without applying it; an older AuthSec says it cannot answer', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch, { readonly: true });
    await ask(el, ALAN, writeTool(emu));
    await until(el, () => !!$(el, '.result'));
    expect($(el, '.result authsec-ui-button.apply')).to.equal(null);
    const { el: old } = await mount(SEED.apps.docsSearch, { emulator: { surfaces: 'resource-servers' } });
    expect(text(old)).to.contain('This AuthSec does not answer these questions yet');
  });
});
