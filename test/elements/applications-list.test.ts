import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/context/define.js';
import '../../src/elements/applications-list/define.js';
import type { AuthsecApplicationsList } from '../../src/elements/applications-list/applications-list.js';
import type { AuthsecNavigateEvent } from '../../src/elements/shared/navigate-event.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { mountAdmin, type MountOptions } from '../helpers/mount.js';
import { until } from '../helpers/element.js';
import { adminCalls, SURFACES } from '../helpers/emulator.js';

const mount = (options: MountOptions = {}) => mountAdmin<AuthsecApplicationsList>('authsec-applications-list', options);

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement) => squash(el.shadowRoot!.textContent);
const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const rows = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const names = (el: HTMLElement) => rows(el).map((r) => squash(r.querySelector('.open')!.textContent));
const cell = (row: Element, sel: string) => {
  const c = row.querySelector(sel)!;
  // Status pills render their label in their own shadow root.
  const pills = [...c.querySelectorAll<HTMLElement & { label: string }>('authsec-ui-status-pill')].map((p) => p.label);
  return squash([...pills, c.textContent].join(' '));
};
const rowOf = (el: HTMLElement, id: string) => $(el, `tr[data-app="${id}"]`)!;

describe('<authsec-applications-list>', () => {
  for (const surfaces of SURFACES) {
  it(`lists every application with readiness, risk, last signal, next action, clients and policy (${surfaces} surface)`, async () => {
    const { el, emu } = await mount({ emu: createBrowserEmulator({ surfaces }) });
    // One request for the rows (and, today, one for every row's client count), and the drift of
    // the launched applications (AuthSec has no workspace-wide drift read): none for the others.
    const prefix = surfaces === 'applications' ? '/authsec/applications' : '/authsec/resource-servers';
    expect(adminCalls(emu)).to.deep.equal([
      ...(surfaces === 'applications' ? ['GET /authsec/applications', 'GET /authsec/clients'] : ['GET /authsec/applications', 'GET /authsec/resource-servers']),
      `GET ${prefix}/${SEED.apps.docsSearch}/drift-events`,
    ]);
    expect(names(el)).to.deep.equal(['Billing Agent', 'Docs Search', 'GitHub MCP Server']);
    const docs = rowOf(el, SEED.apps.docsSearch);
    // Its two drift events since launch count, as on its Overview (defect: "Low" and "Open").
    expect(cell(docs, '.readiness')).to.contain('2 changes since launch');
    expect(cell(docs, '.risk')).to.equal('Needs review');
    expect(cell(docs, '.signal')).to.match(/^Checked /);
    expect(cell(docs, '.next')).to.equal('Review changes');
    expect(cell(docs, '.clients')).to.equal('2');
    expect(cell(docs, '.policy')).to.equal('Default role: viewer');
    expect(cell(docs, 'td code')).to.equal('https://docs-mcp.acme.example/mcp');
    // The Resource URI wraps after a separator, never inside a word ("docs-" / "mcp").
    expect([...docs.querySelectorAll('td code .seg')].map((s) => s.textContent)).to.deep.equal(['https:', '/', '/', 'docs-mcp.', 'acme.', 'example/', 'mcp']);
    const github = rowOf(el, SEED.apps.github);
    expect(cell(github, '.readiness')).to.equal('Not launched Tools discovered');
    expect(cell(github, '.risk')).to.equal('Needs review');
    expect(cell(github, '.signal')).to.match(/^Manifest /);
    expect(cell(github, '.next')).to.equal('Review tools');
    expect(cell(github, '.policy')).to.equal('No default');
    const billing = rowOf(el, SEED.apps.billingAgent);
    expect(cell(billing, '.readiness')).to.equal('Waiting for the first manifest No manifest yet');
    expect(cell(billing, '.signal')).to.equal('No runtime signal');
    expect(cell(billing, '.next')).to.equal('Install protection');
    expect(text(el)).to.contain('3 applications');
    await expect(el).to.be.accessible();
  });
  }

  it('sorts by a column header (aria-sort follows) and flips on a second press', async () => {
    const emu = createBrowserEmulator();
    // A rotated secret makes Docs Search the one High-risk application; the others need review.
    emu.store.emitDrift(SEED.apps.docsSearch, 'secret_rotated', { rotated_at: emu.store.nowIso() }, SEED.users.admin);
    const { el } = await mount({ emu });
    const header = (key: string) => $(el, `button[data-sort="${key}"]`)!;
    expect(header('name').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    header('risk').click();
    await el.updateComplete;
    expect(header('risk').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(header('name').closest('th')!.getAttribute('aria-sort')).to.equal('none');
    expect(names(el)).to.deep.equal(['Docs Search', 'Billing Agent', 'GitHub MCP Server']);
    header('risk').click();
    await el.updateComplete;
    expect(header('risk').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    expect(names(el)).to.deep.equal(['Billing Agent', 'GitHub MCP Server', 'Docs Search']);
    expect(squash($(el, 'caption')!.textContent)).to.equal('Applications, sorted by Risk (descending)');
    header('clients').click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Billing Agent', 'GitHub MCP Server', 'Docs Search']);
  });

  it('filters by words and by launch state, says how many are shown, and clears back', async () => {
    const { el } = await mount();
    const query = $<HTMLInputElement>(el, '#query')!;
    query.value = 'GITHUB';
    query.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['GitHub MCP Server']);
    expect(text(el)).to.contain('Showing 1 of 3 applications');
    query.value = '';
    query.dispatchEvent(new Event('input'));
    const show = $<HTMLSelectElement>(el, '#show')!;
    show.value = 'launched';
    show.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Docs Search']);
    query.value = 'billing';
    query.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    const empty = $(el, 'authsec-ui-state[kind="empty"]') as HTMLElement & { heading: string; message: string };
    expect(empty.heading).to.equal('No application matches');
    expect(empty.message).to.equal('Nothing matches “billing” with the filter “Launched”.');
    await expect(el).to.be.accessible();
    ($(el, 'authsec-ui-button.clear') as HTMLElement).click();
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    expect(el.shadowRoot!.activeElement?.id).to.equal('query');
  });

  it('fires authsec-navigate for a row (overview) and for its next action (the area it needs)', async () => {
    const { el } = await mount();
    setTimeout(() => (rowOf(el, SEED.apps.github).querySelector('.open') as HTMLElement).click());
    let nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'overview', applicationId: SEED.apps.github });
    expect(nav.composed && nav.bubbles && nav.cancelable).to.equal(true);
    setTimeout(() => (rowOf(el, SEED.apps.github).querySelector('.next authsec-ui-button') as HTMLElement).click());
    nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'tools', applicationId: SEED.apps.github });
    setTimeout(() => (rowOf(el, SEED.apps.billingAgent).querySelector('.next authsec-ui-button') as HTMLElement).click());
    nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'install', applicationId: SEED.apps.billingAgent });
  });

  it('follows the Overview after a secret rotation: High, and the protection check (on the Overview) is next', async () => {
    const { el, emu } = await mount();
    // What rotating the secret records (the list reads only the drift of it).
    emu.store.emitDrift(SEED.apps.docsSearch, 'secret_rotated', { rotated_at: emu.store.nowIso() }, SEED.users.admin);
    await el.refresh();
    await until(el, () => cell(rowOf(el, SEED.apps.docsSearch), '.risk') === 'High');
    const docs = rowOf(el, SEED.apps.docsSearch);
    expect(cell(docs, '.signal')).to.match(/^Changed /);
    expect(cell(docs, '.next')).to.equal('Run a protection check');
    setTimeout(() => (docs.querySelector('.next authsec-ui-button') as HTMLElement).click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'check', applicationId: SEED.apps.docsSearch });
  });

  it('still lists every application when a drift read fails (that row without drift)', async () => {
    const emu = createBrowserEmulator();
    emu.faults.set({ rate: 1, kinds: ['500'], pathPrefix: `/authsec/applications/${SEED.apps.docsSearch}/drift-events` });
    const { el } = await mount({ emu });
    expect(names(el)).to.deep.equal(['Billing Agent', 'Docs Search', 'GitHub MCP Server']);
    expect(cell(rowOf(el, SEED.apps.docsSearch), '.readiness')).to.contain('Launched');
  });

  it('Install protection opens the registration panel unless the host takes over; a new application joins the list', async () => {
    const { el, emu } = await mount();
    const handled = (e: Event) => e.preventDefault();
    el.addEventListener('authsec-navigate', handled);
    ($(el, 'authsec-ui-button.install') as HTMLElement).click();
    await el.updateComplete;
    expect($(el, '[part="register"]')).to.equal(null);
    el.removeEventListener('authsec-navigate', handled);
    setTimeout(() => ($(el, 'authsec-ui-button.install') as HTMLElement).click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'registration', applicationId: '' });
    await until(el, () => !!$(el, '[part="register"] authsec-app-registration'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('register-h');
    await expect(el).to.be.accessible();
    // Register through the panel's own form, as a person would.
    const reg = $(el, 'authsec-app-registration')!;
    await until(el, () => !!reg.shadowRoot?.querySelector('#name'));
    const fill = (id: string, value: string) => {
      const input = reg.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('name', 'Weather MCP');
    fill('url', 'https://weather.acme.example');
    reg.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(el, () => names(el).includes('Weather MCP'));
    expect(text(el)).to.contain('Weather MCP was registered and added to the list.');
    expect([...emu.store.resourceServers.values()].some((a) => a.name === 'Weather MCP')).to.equal(true);
    // The panel stays open while the secret is on screen; Close returns focus to the button.
    ($(el, 'authsec-ui-button.close') as HTMLElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '[part="register"]')).to.equal(null);
  });

  it('invites the first registration when the workspace is empty', async () => {
    const emu = createBrowserEmulator();
    for (const id of [...emu.store.resourceServers.keys()]) {
      if (emu.store.resourceServers.get(id)!.workspace_id === SEED.workspace) emu.store.resourceServers.delete(id);
    }
    const { el } = await mount({ emu });
    const empty = $(el, 'authsec-ui-state[kind="empty"]') as HTMLElement & { heading: string };
    expect(empty.heading).to.equal('No applications yet');
    expect($(el, 'authsec-ui-button.install-empty')).to.not.equal(null);
    expect($(el, '[part="toolbar"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows loading, then an error with Retry that recovers; forbidden for a member', async () => {
    const emu = createBrowserEmulator();
    emu.faults.set({ rate: 1, kinds: ['500'], count: 1, pathPrefix: '/authsec/applications' });
    const { el } = await mount({ emu });
    const error = $(el, 'authsec-ui-state[kind="error"]')!;
    expect(error).to.not.equal(null);
    await expect(el).to.be.accessible();
    error.dispatchEvent(new Event('authsec-ui-retry', { bubbles: true, composed: true }));
    await until(el, () => rows(el).length === 3);
    const member = await mount({ userId: SEED.users.member });
    expect($(member.el, 'authsec-ui-state[kind="forbidden"]')).to.not.equal(null);
  });

  it('says when to try again when AuthSec asks to wait longer than a retry waits (Retry-After), and recovers', async () => {
    const emu = createBrowserEmulator();
    emu.faults.set({ rate: 1, kinds: ['429'], count: 1, retryAfterS: 300, pathPrefix: '/authsec/applications' });
    const { el } = await mount({ emu });
    const error = $<HTMLElement & { message: string }>(el, 'authsec-ui-state[kind="error"]')!;
    expect(error.message).to.equal('AuthSec is busy right now. Try again in 5 minutes.');
    await expect(el).to.be.accessible();
    error.dispatchEvent(new Event('authsec-ui-retry', { bubbles: true, composed: true }));
    await until(el, () => rows(el).length === 3);
  });

  it('renders hostile names as text and keeps the table usable at 360 px', async () => {
    const emu = createBrowserEmulator();
    emu.store.resourceServers.get(SEED.apps.github)!.name = '<img src=x onerror=alert(1)>\u202Egnp.exe ' + 'x'.repeat(10_000);
    const { el } = await mount({ emu });
    expect($(el, 'img')).to.equal(null);
    const name = squash(rowOf(el, SEED.apps.github).querySelector('.open')!.textContent);
    expect(name).to.contain('<img src=x onerror=alert(1)>⟨U+202E⟩gnp.exe');
    expect(name.length).to.be.below(130);
    el.style.width = '360px';
    await el.updateComplete;
    const table = $(el, 'table')!;
    expect(table.getBoundingClientRect().width).to.be.at.most(360);
    expect(getComputedStyle(rowOf(el, SEED.apps.docsSearch)).display).to.equal('block');
    // The header row is hidden on cards, but a sort button that has keyboard focus is shown.
    const thead = $(el, 'thead')!;
    const sortButton = $(el, 'button[data-sort="risk"]')!;
    expect(thead.getBoundingClientRect().height).to.be.at.most(1);
    expect(getComputedStyle(thead).clipPath).to.not.equal('none');
    sortButton.focus();
    expect(thead.getBoundingClientRect().height).to.be.above(10);
    expect(getComputedStyle(thead).clipPath).to.equal('none');
    expect(sortButton.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    await expect(el).to.be.accessible();
  });

  it('never scrolls sideways: a table where it fits, cards below that', async () => {
    const { el } = await mount();
    for (const width of [360, 600, 800, 930, 1200]) {
      el.style.width = `${width}px`;
      await el.updateComplete;
      const wrap = $(el, '.table-wrap')!;
      expect(wrap.scrollWidth, `${width}px`).to.be.at.most(wrap.clientWidth);
      expect(getComputedStyle(rowOf(el, SEED.apps.github)).display, `${width}px`).to.equal(width < 928 ? 'block' : 'table-row');
    }
  });

  it('is keyboard complete: Tab to the filters, sort headers and row actions', async () => {
    const { el } = await mount();
    $<HTMLInputElement>(el, '#query')!.focus();
    await sendKeys({ type: 'docs' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Docs Search']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('show');
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.sort).to.equal('name');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'button[data-sort="name"]')!.closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    const open = rowOf(el, SEED.apps.docsSearch).querySelector<HTMLElement>('.open')!;
    open.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail.applicationId).to.equal(SEED.apps.docsSearch);
  });

  it('readonly: no Install protection anywhere', async () => {
    const { el } = await mount({ readonly: true });
    expect($(el, 'authsec-ui-button.install')).to.equal(null);
    expect(rows(el)).to.have.length(3);
    el.openRegistration();
    await el.updateComplete;
    expect($(el, '[part="register"]')).to.equal(null);
  });
});
