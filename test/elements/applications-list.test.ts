import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/context/define.js';
import '../../src/elements/applications-list/define.js';
import type { AuthsecApplicationsList } from '../../src/elements/applications-list/applications-list.js';
import type { AuthsecUiConfirmDialog } from '../../src/ui/confirm-dialog.js';
import type { AuthsecUiDrawer } from '../../src/ui/drawer.js';
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
const drawer = (el: HTMLElement) => $<AuthsecUiDrawer>(el, 'authsec-ui-drawer')!;
const drawerDialog = (el: HTMLElement) => drawer(el).shadowRoot!.querySelector('dialog')!;
/** The question the list asks before the drawer closes: in the DOM only while asked. */
const confirmOf = (el: HTMLElement, kind: 'discard' | 'leave-secret') => $<AuthsecUiConfirmDialog>(el, `authsec-ui-confirm-dialog.${kind}`);
const asked = (el: HTMLElement, kind: 'discard' | 'leave-secret') => !!confirmOf(el, kind)?.isOpen;
/** The focused element, through the shadow roots it sits in. */
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
const installButton = (el: HTMLElement) => $(el, 'authsec-ui-button.install')!;
const registration = (el: HTMLElement) => $(el, 'authsec-app-registration');
async function openByKeyboard(el: AuthsecApplicationsList) {
  installButton(el).shadowRoot!.querySelector('button')!.focus();
  await sendKeys({ press: 'Enter' });
  await until(el, () => drawerDialog(el).open && !!registration(el)?.shadowRoot?.querySelector('#name'));
}

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
    expect(cell(docs, '.policy')).to.equal('Default role: Viewer');
    // The Resource URI stays on one line without the https:// that goes without saying; when short
    // of space its middle gives way and its end stays. The whole value is in the title.
    expect(cell(docs, 'td code')).to.equal('docs-mcp.acme.example/mcp');
    const ident = docs.querySelector<HTMLElement>('td.resource .ident')!;
    expect(ident.getAttribute('title')).to.equal('https://docs-mcp.acme.example/mcp');
    // Read and copied as one text node; the split the eye sees comes from its attributes.
    expect(ident.textContent).to.equal('docs-mcp.acme.example/mcp');
    expect(ident.dataset.head! + ident.dataset.tail!).to.equal('docs-mcp.acme.example/mcp');
    expect(getComputedStyle(ident).whiteSpace).to.equal('nowrap');
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

  it('Install protection opens the registration drawer unless the host takes over; registering adds the application and keeps the secret on screen', async () => {
    const { el, emu } = await mount();
    const handled = (e: Event) => e.preventDefault();
    el.addEventListener('authsec-navigate', handled);
    installButton(el).click();
    await el.updateComplete;
    expect(el.register).to.equal(false);
    expect(drawerDialog(el).open).to.equal(false);
    el.removeEventListener('authsec-navigate', handled);
    setTimeout(() => installButton(el).click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'registration', applicationId: '' });
    await until(el, () => drawerDialog(el).open && !!registration(el));
    expect(el.hasAttribute('register')).to.equal(true);
    // Focus moves into the drawer, onto its title: the one heading (the form's own is not shown).
    expect(deepActive()).to.equal(drawer(el).shadowRoot!.querySelector('h2'));
    expect(squash(drawer(el).shadowRoot!.querySelector('h2')!.textContent)).to.equal('Install protection');
    const reg = registration(el)!;
    await until(el, () => !!reg.shadowRoot?.querySelector('#name'));
    expect(getComputedStyle(reg.shadowRoot!.querySelector('.heading')!).display).to.equal('none');
    await expect(el).to.be.accessible();
    // Register through the drawer's form, as a person would.
    const fill = (id: string, value: string) => {
      const input = reg.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('name', 'Weather MCP');
    fill('url', 'https://weather.acme.example');
    reg.shadowRoot!.querySelector('form')!.requestSubmit();
    await until(el, () => names(el).includes('Weather MCP'));
    await until(el, () => text(el).includes('Weather MCP was registered and added to the list.'));
    expect([...emu.store.resourceServers.values()].some((a) => a.name === 'Weather MCP')).to.equal(true);
    // The drawer stays open with the one-time secret; closing it asks first while the secret is on screen.
    await until(el, () => !!reg.shadowRoot!.querySelector('[part="secret"]') && !!$(el, 'authsec-ui-button.open-created'));
    expect(squash($(el, 'authsec-ui-button.open-created')!.textContent)).to.equal('Open Weather MCP');
    const close = drawer(el).shadowRoot!.querySelector<HTMLElement>('authsec-ui-button.close')!;
    close.click();
    await until(el, () => asked(el, 'leave-secret'));
    confirmOf(el, 'leave-secret')!.close(false);
    await until(el, () => !asked(el, 'leave-secret'));
    expect(drawerDialog(el).open).to.equal(true);
    // "Open Weather MCP" asks the same, then opens it on Setup (target install).
    ($(el, 'authsec-ui-button.open-created') as HTMLElement).click();
    await until(el, () => asked(el, 'leave-secret'));
    setTimeout(() => confirmOf(el, 'leave-secret')!.close(true));
    const open = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    const created = [...emu.store.resourceServers.values()].find((a) => a.name === 'Weather MCP')!;
    expect(open.detail).to.deep.equal({ target: 'install', applicationId: created.id });
    await until(el, () => !drawerDialog(el).open);
    expect(el.register).to.equal(false);
    expect(registration(el)).to.equal(null);
  });

  it('closes the drawer with Escape or its close button, back to the opener; asks before discarding what was typed', async () => {
    const { el } = await mount();
    await openByKeyboard(el);
    const opener = installButton(el).shadowRoot!.querySelector('button');
    // Nothing typed: Escape closes at once, tells the host (target applications), and focus goes back.
    setTimeout(() => void sendKeys({ press: 'Escape' }));
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'applications', applicationId: '' });
    await until(el, () => !drawerDialog(el).open);
    expect(el.hasAttribute('register')).to.equal(false);
    await until(el, () => deepActive() === opener);

    await openByKeyboard(el);
    const name = () => registration(el)!.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    name().focus();
    await sendKeys({ type: 'Weather' });
    await sendKeys({ press: 'Escape' });
    await until(el, () => asked(el, 'discard'));
    expect(squash(confirmOf(el, 'discard')!.shadowRoot!.querySelector('h2')!.textContent)).to.contain('Discard what you typed?');
    await expect(el).to.be.accessible();
    // Escape again answers the question (keep editing): the drawer stays, with the entry and the focus.
    await sendKeys({ press: 'Escape' });
    await until(el, () => !asked(el, 'discard'));
    expect(drawerDialog(el).open).to.equal(true);
    expect(name().value).to.equal('Weather');
    expect(deepActive()).to.equal(name());
    // The close button asks the same; Discard closes and returns focus to Install protection.
    drawer(el).shadowRoot!.querySelector<HTMLElement>('authsec-ui-button.close')!.click();
    await until(el, () => asked(el, 'discard'));
    confirmOf(el, 'discard')!.close(true);
    await until(el, () => !drawerDialog(el).open);
    expect(registration(el)).to.equal(null);
    await until(el, () => deepActive() === opener);
    // A host that clears `register` (its URL changed) closes the drawer without asking.
    await openByKeyboard(el);
    name().focus();
    await sendKeys({ type: 'x' });
    el.register = false;
    await until(el, () => !drawerDialog(el).open);
    expect(confirmOf(el, 'discard')).to.equal(null);
  });

  it('opens from the `register` attribute (a routed #/register); closed, focus lands on Install protection', async () => {
    const { el } = await mount({ attrs: { register: '' } });
    await until(el, () => drawerDialog(el).open && !!registration(el));
    expect(deepActive()).to.equal(drawer(el).shadowRoot!.querySelector('h2'));
    // The page behind the modal drawer holds still.
    expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
    await expect(el).to.be.accessible();
    // There was no opener to go back to (it opened from the URL): Install protection is the way back in.
    drawer(el).requestClose();
    await until(el, () => !drawerDialog(el).open);
    await until(el, () => deepActive() === installButton(el).shadowRoot!.querySelector('button'));
    expect(getComputedStyle(document.documentElement).overflow).to.not.equal('hidden');
  });

  it('sits at the inline end, 32rem wide, and takes the whole screen on a phone', async function () {
    const { el } = await mount({ attrs: { register: '' } });
    await until(el, () => drawerDialog(el).open && !!registration(el)?.shadowRoot?.querySelector('form'));
    const before = { width: innerWidth, height: innerHeight };
    try {
      await setViewport({ width: 1024, height: 768 });
    } catch {
      // WebKit through WebDriver cannot resize its window (reference/toolchain.md).
      this.skip();
    }
    try {
      // Measured where it rests, not mid slide-in.
      for (const animation of drawerDialog(el).getAnimations()) animation.finish();
      const viewport = () => document.documentElement;
      let box = drawerDialog(el).getBoundingClientRect();
      expect(box.width).to.be.closeTo(512, 1);
      expect(box.right).to.be.closeTo(viewport().clientWidth, 1);
      expect(box.height).to.be.closeTo(viewport().clientHeight, 1);
      await setViewport({ width: 390, height: 800 });
      box = drawerDialog(el).getBoundingClientRect();
      expect(box.left).to.be.closeTo(0, 1);
      expect(box.width).to.be.closeTo(viewport().clientWidth, 1);
      expect(box.width).to.be.above(370);
      expect(box.height).to.be.closeTo(viewport().clientHeight, 1);
      // No second inset on a phone: the form draws no card inside the drawer.
      const form = registration(el)!.shadowRoot!.querySelector('form')!;
      expect(getComputedStyle(form).paddingLeft).to.equal('0px');
      expect(getComputedStyle(form).borderLeftWidth).to.equal('0px');
      expect(document.documentElement.scrollWidth).to.be.at.most(390);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport(before);
    }
  });

  it('gives names the width at desktop size: short names and Resource URIs each stay on one line', async () => {
    const { el } = await mount();
    el.style.width = '1100px';
    await el.updateComplete;
    const github = rowOf(el, SEED.apps.github);
    const line = parseFloat(getComputedStyle(github.querySelector('.open')!).lineHeight);
    expect(github.querySelector('.open')!.getBoundingClientRect().height).to.be.below(line * 1.5);
    for (const row of rows(el)) {
      const ident = row.querySelector('.ident')!;
      expect(ident.getBoundingClientRect().height, row.dataset.app).to.be.below(line * 1.5);
      expect(ident.getBoundingClientRect().right).to.be.at.most(row.querySelector('td.resource')!.getBoundingClientRect().right + 0.5);
    }
    const wrap = $(el, '.table-wrap')!;
    expect(wrap.scrollWidth).to.be.at.most(wrap.clientWidth);
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
    for (const width of [360, 600, 800, 930, 1060, 1080, 1200]) {
      el.style.width = `${width}px`;
      await el.updateComplete;
      const wrap = $(el, '.table-wrap')!;
      expect(wrap.scrollWidth, `${width}px`).to.be.at.most(wrap.clientWidth);
      expect(getComputedStyle(rowOf(el, SEED.apps.github)).display, `${width}px`).to.equal(width < 1088 ? 'block' : 'table-row');
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
    expect($(el, 'authsec-ui-drawer')).to.equal(null);
    expect(registration(el)).to.equal(null);
  });
});
