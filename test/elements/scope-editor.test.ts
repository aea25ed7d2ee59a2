import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/context/define.js';
import '../../src/elements/scope-editor/define.js';
import type { AuthsecScopeEditor } from '../../src/elements/scope-editor/scope-editor.js';
import type { AuthsecScopesChangedEvent } from '../../src/elements/scope-editor/events.js';
import type { AuthsecUiConfirmDialog } from '../../src/ui/confirm-dialog.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { mountAdmin, type MountOptions } from '../helpers/mount.js';
import { uiButton, until, shadowText as text, shadowQuery as $ } from '../helpers/element.js';

const mount = (appId: string, options: MountOptions = {}) => mountAdmin<AuthsecScopeEditor>('authsec-scope-editor', { ...options, appId });


const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('tbody tr')];
const button = uiButton;
const type = async (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};

describe('<authsec-scope-editor>', () => {
  it('lists scopes with consent text, risk, source and how many tools use each', async () => {
    const { el } = await mount(SEED.apps.github);
    expect(rows(el)).to.have.length(3);
    const t = text(el);
    expect(t).to.contain('github_mcp_server:tools:read');
    expect(t).to.contain('Read GitHub data');
    expect(t).to.contain('28 tools');
    expect(t).to.contain('From a preset');
    await expect(el).to.be.accessible();
  });

  it('creates a namespaced scope, validating as the admin types', async () => {
    const { el, emu } = await mount(SEED.apps.github);
    button(el, 'New scope').click();
    await el.updateComplete;
    const suffix = $<HTMLInputElement>(el, '#suffix')!;
    await type(suffix, 'repos read');
    await el.updateComplete;
    expect(text(el)).to.contain('Use printable ASCII without spaces');
    expect(suffix.getAttribute('aria-invalid')).to.equal('true');
    await type(suffix, 'tools:read');
    await el.updateComplete;
    expect(text(el)).to.contain('This application already has this scope.');
    await type(suffix, 'repos:read');
    await type($<HTMLInputElement>(el, '#name')!, 'Read repositories');
    await type($<HTMLTextAreaElement>(el, '#description')!, 'See code and history.');
    await el.updateComplete;
    expect($(el, '[part="preview"]')!.textContent).to.contain('Read repositories');
    await expect(el).to.be.accessible();
    setTimeout(() => $<HTMLFormElement>(el, 'form')!.requestSubmit());
    const event = (await oneEvent(el, 'authsec-scopes-changed')) as AuthsecScopesChangedEvent;
    expect(event.detail).to.deep.equal({ action: 'created', scope: 'github_mcp_server:repos:read' });
    await until(el, () => rows(el).length === 4);
    const created = emu.store.scopesOf(SEED.apps.github).find((s) => s.scope_string === 'github_mcp_server:repos:read');
    expect(created).to.include({ display_name: 'Read repositories', description: 'See code and history.', risk_level: 'low' });
  });

  it('submits with Enter from a field, and refuses an empty name', async () => {
    const { el } = await mount(SEED.apps.github);
    button(el, 'New scope').click();
    await el.updateComplete;
    await type($<HTMLInputElement>(el, '#suffix')!, 'gists:read');
    $<HTMLInputElement>(el, '#suffix')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(el)).to.contain('Give the scope a name people will understand.');
    expect(rows(el)).to.have.length(3);
  });

  it('edits the consent text and risk of a scope', async () => {
    const { el, emu } = await mount(SEED.apps.github);
    button(el, 'Edit github_mcp_server:admin').click();
    await el.updateComplete;
    expect($(el, '#suffix')).to.equal(null);
    await type($<HTMLTextAreaElement>(el, '#description')!, 'Delete repositories and files.');
    const risk = $<HTMLSelectElement>(el, '#risk')!;
    risk.value = 'high';
    risk.dispatchEvent(new Event('change'));
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await until(el, () => !$(el, 'form'));
    const admin = emu.store.scopesOf(SEED.apps.github).find((s) => s.scope_string === 'github_mcp_server:admin')!;
    expect(admin).to.include({ description: 'Delete repositories and files.', risk_level: 'high' });
  });

  it('names the tools that lose their mapping and warns about drift before deleting on a launched app', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch);
    button(el, 'Delete docs_search:docs:write').click();
    const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog')!;
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    const said = dialog.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('These tools lose this mapping (2): delete_document, index_document');
    expect(said).to.contain('records a drift event');
    // Today's AuthSec revokes the tokens of everyone holding the scope: said before, not after.
    expect(said).to.contain('AuthSec revokes their tokens, and each client must ask for access again');
    const before = emu.store.driftEvents.size;
    // A person presses the dialog's own Delete button (the native button inside the building block).
    dialog.shadowRoot!.querySelector('authsec-ui-button.confirm')!.shadowRoot!.querySelector('button')!.click();
    await until(el, () => rows(el).length === 1);
    expect(emu.store.driftEvents.size).to.equal(before + 1);
  });

  it('before a delete, shows what AuthSec counts it touches: tools, roles, people, remembered consents (today\'s surface)', async () => {
    const { el } = await mount(SEED.apps.docsSearch, { emulator: { surfaces: 'applications' } });
    button(el, 'Delete docs_search:docs:write').click();
    const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog')!;
    await until(el, () => !!dialog.querySelector('.impact li'));
    const items = [...dialog.querySelectorAll('.impact li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['2 tools it unlocks', '1 role that grants it', '1 person who holds it', '1 remembered consent that includes it']);
    await expect(el).to.be.accessible();
    dialog.close(false);
    const { el: shim } = await mount(SEED.apps.docsSearch, { emulator: { surfaces: 'resource-servers' } });
    button(shim, 'Delete docs_search:docs:write').click();
    const plain = $<AuthsecUiConfirmDialog>(shim, 'authsec-ui-confirm-dialog')!;
    await until(shim, () => !!plain.shadowRoot?.querySelector('dialog[open]'));
    expect(plain.querySelector('.impact'), 'an AuthSec without the endpoint: the tool list only').to.equal(null);
  });

  it('applies a preset, creating only the scopes that are missing', async () => {
    const { el, emu } = await mount(SEED.apps.billingAgent);
    $<HTMLElement>(el, 'details.presets summary')!.click();
    const select = $<HTMLSelectElement>(el, '#preset')!;
    select.value = 'read_write';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el)).to.contain('Creates: billing_agent:tools:write');
    button(el, 'Create 1 scope').click();
    await until(el, () => rows(el).length === 2);
    expect(emu.store.scopesOf(SEED.apps.billingAgent).map((s) => s.scope_string)).to.deep.equal(['billing_agent:tools:read', 'billing_agent:tools:write']);
  });

  it('keeps the form and says why when saving fails', async () => {
    const { el, emu } = await mount(SEED.apps.github);
    button(el, 'New scope').click();
    await el.updateComplete;
    await type($<HTMLInputElement>(el, '#suffix')!, 'x:read');
    await type($<HTMLInputElement>(el, '#name')!, 'X');
    emu.faults.set({ rate: 1, kinds: ['500'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.github}/scopes` });
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await until(el, () => text(el).includes('Could not save.'));
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('X');
    expect($(el, '[role="alert"]')).to.exist;
  });

  it('shows forbidden to a non-admin and an error with retry when AuthSec is down', async () => {
    const { el } = await mount(SEED.apps.github, { userId: SEED.users.member });
    expect($(el, 'authsec-ui-state')!.getAttribute('kind')).to.equal('forbidden');
    await expect(el).to.be.accessible();
    const emu = createBrowserEmulator();
    emu.faults.set({ rate: 1, kinds: ['503'], pathPrefix: '/authsec' });
    const down = await mount(SEED.apps.github, { emu });
    await until(down.el, () => $(down.el, 'authsec-ui-state')?.getAttribute('kind') === 'error');
    emu.faults.clear();
    ($(down.el, 'authsec-ui-state')!.shadowRoot!.querySelector('authsec-ui-button') as HTMLElement).click();
    await until(down.el, () => rows(down.el).length === 3);
  });

  it('renders hostile scope text as text', async () => {
    const emu = createBrowserEmulator();
    const scope = emu.store.scopesOf(SEED.apps.github)[0]!;
    scope.display_name = '<img src=x onerror="window.__pwned=1">\u202Eevil';
    scope.description = 'x'.repeat(10_000);
    const { el } = await mount(SEED.apps.github, { emu });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('⟨U+202E⟩');
    expect(text(el).length).to.be.below(5000);
  });

  it('shows a scope\'s title once when its description says the same', async () => {
    const emu = createBrowserEmulator();
    const [same, other] = emu.store.scopesOf(SEED.apps.github);
    same!.display_name = 'Read GitHub data';
    same!.description = 'Read GitHub data';
    const { el } = await mount(SEED.apps.github, { emu });
    const cell = (scope: string) => rows(el).find((r) => r.querySelector('th')!.textContent!.includes(scope))!.querySelector('.name-cell')!;
    expect(cell(same!.scope_string).textContent!.match(/Read GitHub data/g)).to.have.length(1);
    expect(cell(same!.scope_string).querySelector('.desc')).to.equal(null);
    expect(cell(other!.scope_string).querySelector('.desc')).to.exist;
  });

  it('lays scopes out as cards in a narrow container: one-line identifiers, nothing scrolls sideways', async () => {
    for (const dir of ['ltr', 'rtl']) {
      const { el } = await mount(SEED.apps.github);
      el.style.display = 'block';
      el.style.inlineSize = '310px';
      el.dir = dir;
      await until(el, () => getComputedStyle($(el, 'thead')!).display === 'none');
      const wrap = $(el, '.table-wrap')!;
      expect(wrap.scrollWidth, dir).to.be.at.most(wrap.clientWidth + 1);
      expect(el.scrollWidth, dir).to.be.at.most(el.clientWidth + 1);
      for (const ident of el.shadowRoot!.querySelectorAll<HTMLElement>('tbody th .ident')) {
        // One line: its height is one line of monospace text, never a letter per line.
        const line = parseFloat(getComputedStyle(ident).lineHeight) || 24;
        expect(ident.getBoundingClientRect().height, ident.title).to.be.below(line * 1.6);
        expect(ident.textContent).to.equal(ident.title);
      }
      await expect(el).to.be.accessible();
      el.remove();
    }
  });
});
