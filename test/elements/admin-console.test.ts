import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../helpers/benign-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/context/define.js';
import '../../src/elements/admin-console/define.js';
import type { AuthsecProvider } from '../../src/context/authsec-provider.js';
import type { AuthsecAdminConsole } from '../../src/elements/admin-console/admin-console.js';
import type { AuthsecNavigateEvent } from '../../src/elements/shared/navigate-event.js';
import { ELEMENTS_OF } from '../../src/elements/admin-console/view-elements.js';
import { createBrowserEmulator, type BrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { settled, until } from '../helpers/element.js';

interface MountOptions { emu?: BrowserEmulator; app?: string; tab?: string; hide?: string; readonly?: boolean; locale?: string }

async function mount(options: MountOptions = {}) {
  const emu = options.emu ?? createBrowserEmulator();
  const token = await emu.issueAdminToken({ userId: SEED.users.owner, workspaceId: SEED.workspace });
  const provider = await fixture<AuthsecProvider>(html`<authsec-provider locale=${options.locale ?? 'en'} base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => token}>
    <authsec-admin-console application-id=${options.app ?? ''} tab=${options.tab ?? 'overview'} hide-tabs=${options.hide ?? ''} ?readonly=${!!options.readonly}></authsec-admin-console>
  </authsec-provider>`);
  const el = provider.querySelector<AuthsecAdminConsole>('authsec-admin-console')!;
  if (!options.app) el.removeAttribute('application-id');
  await el.updateComplete;
  return { emu, el };
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const tabs = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
const selected = (el: HTMLElement) => tabs(el).find((t) => t.getAttribute('aria-selected') === 'true')?.dataset.tab;
const visiblePanel = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find((p) => !p.hidden);
const inner = (el: HTMLElement, tag: string) => visiblePanel(el)?.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag);
const heading = (el: HTMLElement) => squash($(el, '#workspace-h')?.textContent);
/** What a sighted person reads in an element: no screen-reader-only text, no closed dialog. */
const visibleText = (el: HTMLElement) => {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('.sr-only, caption, style, authsec-ui-confirm-dialog, [hidden]')) out.push(n.textContent ?? '');
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
};
const list = (el: HTMLElement) => $<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'authsec-applications-list')!;
const listRow = (el: HTMLElement, id: string) => list(el).shadowRoot?.querySelector<HTMLElement>(`tr[data-app="${id}"]`);

describe('<authsec-admin-console>', () => {
  it('starts on the list; a row opens that application on Overview and the URL-worthy attributes follow', async () => {
    const { el } = await mount();
    await until(el, () => !!listRow(el, SEED.apps.github));
    await expect(el).to.be.accessible();
    setTimeout(() => listRow(el, SEED.apps.github)!.querySelector<HTMLElement>('.open')!.click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'overview', applicationId: SEED.apps.github });
    await until(el, () => heading(el) === 'GitHub MCP Server');
    expect(el.getAttribute('application-id')).to.equal(SEED.apps.github);
    expect(el.getAttribute('tab')).to.equal('overview');
    expect(selected(el)).to.equal('overview');
    expect(inner(el, 'authsec-launch-queue')!.getAttribute('application-id')).to.equal(SEED.apps.github);
    expect(tabs(el).map((t) => squash(t.textContent))).to.deep.equal(['Overview', 'Setup', 'Tools', 'Scopes', 'Access', 'People', 'Connections', 'Activity']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('workspace-h');
    // The Overview is headed like every tab: the application's name and state stand once, in the console's header.
    const queue = inner(el, 'authsec-launch-queue')!;
    await until(el, () => squash(queue.shadowRoot?.querySelector('h2')?.textContent) === 'Overview');
    expect([...queue.shadowRoot!.querySelectorAll('h2, h3')].map((h) => squash(h.textContent))).to.not.include('GitHub MCP Server');
    await expect(el).to.be.accessible();
    // Back to the list through the breadcrumb.
    $<HTMLElement>(el, '.back')!.click();
    await until(el, () => !!$(el, 'authsec-applications-list'));
    expect(el.hasAttribute('application-id')).to.equal(false);
  });

  it('deep-links to a tab; arrows, Home and End move the selection (roving tabindex) and fire authsec-navigate', async () => {
    const { el } = await mount({ app: SEED.apps.github, tab: 'tools' });
    await until(el, () => heading(el) === 'GitHub MCP Server');
    expect(selected(el)).to.equal('tools');
    expect(inner(el, 'authsec-tool-scope-mapper')).to.not.equal(undefined);
    expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0, -1, -1, -1, -1, -1]);
    const tools = tabs(el)[2]!;
    expect(visiblePanel(el)!.getAttribute('aria-labelledby')).to.equal(tools.id);
    tools.focus();
    setTimeout(() => void sendKeys({ press: 'ArrowRight' }));
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'scopes', applicationId: SEED.apps.github });
    await until(el, () => selected(el) === 'scopes');
    expect(el.getAttribute('tab')).to.equal('scopes');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-tab')).to.equal('scopes');
    await until(el, () => !!inner(el, 'authsec-scope-editor'));
    await sendKeys({ press: 'End' });
    await until(el, () => selected(el) === 'activity');
    await sendKeys({ press: 'ArrowRight' });
    await until(el, () => selected(el) === 'overview');
    await sendKeys({ press: 'ArrowLeft' });
    await until(el, () => selected(el) === 'activity');
    await sendKeys({ press: 'Home' });
    await until(el, () => selected(el) === 'overview');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-tab')).to.equal('overview');
    // Tab leaves the tab list for the panel.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('panel-overview');
  });

  it('keeps visited tabs mounted, so the Tools tab keeps its element (and staged edits) across switches', async () => {
    const { el } = await mount({ app: SEED.apps.github, tab: 'tools' });
    await until(el, () => !!inner(el, 'authsec-tool-scope-mapper'));
    const mapper = inner(el, 'authsec-tool-scope-mapper')!;
    tabs(el)[0]!.click();
    await until(el, () => selected(el) === 'overview');
    expect(mapper.isConnected).to.equal(true);
    expect(mapper.closest('[role="tabpanel"]')!.hasAttribute('hidden')).to.equal(true);
    tabs(el)[2]!.click();
    await until(el, () => selected(el) === 'tools');
    expect(inner(el, 'authsec-tool-scope-mapper')).to.equal(mapper);
  });

  it('follows a child element\'s authsec-navigate (launch queue → Tools) unless the host prevents it', async () => {
    const { el } = await mount({ app: SEED.apps.github });
    const queue = await (async () => {
      await until(el, () => !!inner(el, 'authsec-launch-queue')?.shadowRoot?.querySelector('authsec-ui-button.next'));
      return inner(el, 'authsec-launch-queue')!;
    })();
    const host = (e: Event) => e.preventDefault();
    document.addEventListener('authsec-navigate', host);
    try {
      queue.shadowRoot!.querySelector<HTMLElement>('authsec-ui-button.next')!.click();
      await settled(el);
      expect(selected(el)).to.equal('overview');
    } finally {
      document.removeEventListener('authsec-navigate', host);
    }
    queue.shadowRoot!.querySelector<HTMLElement>('authsec-ui-button.next')!.click();
    await until(el, () => selected(el) === 'tools');
    expect(el.getAttribute('tab')).to.equal('tools');
    expect(el.shadowRoot!.activeElement?.getAttribute('data-tab')).to.equal('tools');
  });

  it('a host router owns the URL: it prevents the event and sets the attributes itself', async () => {
    const { el } = await mount({ app: SEED.apps.github });
    await until(el, () => heading(el) === 'GitHub MCP Server');
    const routed: string[] = [];
    el.addEventListener('authsec-navigate', (e) => {
      e.preventDefault();
      routed.push(`${e.detail.target}:${e.detail.applicationId}`);
    });
    tabs(el)[4]!.click();
    await settled(el);
    expect(routed).to.deep.equal([`access:${SEED.apps.github}`]);
    expect(selected(el)).to.equal('overview');
    el.setAttribute('tab', 'access');
    await until(el, () => !!inner(el, 'authsec-access-policy'));
    expect(selected(el)).to.equal('access');
  });

  it('deep-links to Connections; "Review clients" from the Overview opens it too', async () => {
    const { el } = await mount({ app: SEED.apps.docsSearch, tab: 'connections' });
    await until(el, () => !!inner(el, 'authsec-connections')?.shadowRoot?.querySelector('[role="listitem"]'));
    expect(selected(el)).to.equal('connections');
    expect(inner(el, 'authsec-connections')!.getAttribute('application-id')).to.equal(SEED.apps.docsSearch);
    await expect(el).to.be.accessible();
    el.navigate('clients');
    await until(el, () => selected(el) === 'connections' && el.getAttribute('tab') === 'connections');
    // People: the remembered consents of the application's users.
    el.navigate('people');
    await until(el, () => !!inner(el, 'authsec-consent-grants')?.shadowRoot?.querySelector('.grant'));
    expect(selected(el)).to.equal('people');
  });

  it('hide-tabs removes sections; a hidden or unknown tab falls back to the first visible one', async () => {
    const { el } = await mount({ app: SEED.apps.docsSearch, tab: 'scopes', hide: 'scopes, activity overview connections people' });
    await until(el, () => heading(el) === 'Docs Search');
    expect(tabs(el).map((t) => t.dataset.tab)).to.deep.equal(['setup', 'tools', 'access']);
    expect(selected(el)).to.equal('setup');
    expect(inner(el, 'authsec-app-registration')!.getAttribute('application-id')).to.equal(SEED.apps.docsSearch);
    await expect(el).to.be.accessible();
  });

  it('Activity shows the drift events of a launched application; before launch it says when they start', async () => {
    const { el } = await mount({ app: SEED.apps.docsSearch, tab: 'activity' });
    const queue = () => inner(el, 'authsec-launch-queue');
    await until(el, () => !!queue()?.shadowRoot?.querySelector('[part="drift"]'));
    expect(queue()!.getAttribute('view')).to.equal('activity');
    expect(queue()!.shadowRoot!.querySelector('[part="preview"], [part="queue"]')).to.equal(null);
    expect(queue()!.shadowRoot!.querySelectorAll('.drift-event').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    el.setAttribute('application-id', SEED.apps.github);
    await until(el, () => heading(el) === 'GitHub MCP Server');
    await until(el, () => squash(queue()?.shadowRoot?.querySelector('.not-launched')?.textContent) === 'Changes to the live policy (drift events) are recorded once the application is launched.');
    // Said once, by the queue: the panel adds no notice of its own.
    expect(visiblePanel(el)!.querySelector('.notice')).to.equal(null);
  });

  it('names the application and its state once per view: the header says them, the Overview and Activity do not repeat them', async () => {
    const { el } = await mount({ app: SEED.apps.github });
    const queue = () => inner(el, 'authsec-launch-queue');
    await until(el, () => heading(el) === 'GitHub MCP Server' && !!$(el, '.top authsec-ui-status-pill') && !!queue()?.shadowRoot?.querySelector('[part="summary"]'));
    const shown = () => visibleText(queue()!);
    expect(shown()).to.not.contain('GitHub MCP Server');
    expect(queue()!.shadowRoot!.querySelector('[part="summary"] .state')).to.equal(null);
    expect(squash(queue()!.shadowRoot!.querySelector('.intro')?.textContent)).to.equal('What is left before this application goes live, and what changed after.');
    tabs(el)[7]!.click();
    await until(el, () => selected(el) === 'activity' && !!queue()?.shadowRoot?.querySelector('.not-launched'));
    expect(shown()).to.not.contain('GitHub MCP Server');
    expect(queue()!.shadowRoot!.querySelectorAll('authsec-ui-status-pill').length).to.equal(0);
  });

  it('Install protection → the list with the registration drawer over it → register → the secret stays in the drawer → Open goes to Setup', async () => {
    const { el, emu } = await mount();
    await until(el, () => !!list(el).shadowRoot?.querySelector('authsec-ui-button.install'));
    const theList = list(el);
    theList.shadowRoot!.querySelector<HTMLElement>('authsec-ui-button.install')!.click();
    await until(el, () => el.hasAttribute('register'));
    // The same list stays on screen, its drawer open over it.
    expect(list(el)).to.equal(theList);
    const drawerOf = () => theList.shadowRoot!.querySelector('authsec-ui-drawer')!;
    await until(el, () => !!drawerOf().shadowRoot?.querySelector('dialog')?.open);
    const reg = theList.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('authsec-app-registration')!;
    await until(el, () => !!reg.shadowRoot?.querySelector('#name'));
    await expect(el).to.be.accessible();
    const fill = (id: string, value: string) => {
      const input = reg.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    fill('name', 'Weather MCP');
    fill('url', 'https://weather.acme.example');
    reg.shadowRoot!.querySelector('form')!.requestSubmit();
    // Registered: the console stays put, so the one-time secret stays on screen in the drawer.
    await until(el, () => !!reg.shadowRoot!.querySelector('[part="secret"]'));
    expect(el.hasAttribute('register')).to.equal(true);
    const created = [...emu.store.resourceServers.values()].find((a) => a.name === 'Weather MCP')!;
    // Stored: "Open Weather MCP" opens it on Setup without asking.
    reg.shadowRoot!.querySelector<HTMLElement>('[part="secret"] authsec-ui-button.reveal')!.click();
    await reg.updateComplete;
    reg.shadowRoot!.querySelector<HTMLElement>('[part="secret"] authsec-ui-button.stored')!.click();
    await until(el, () => !reg.shadowRoot!.querySelector('[part="secret"]'));
    theList.shadowRoot!.querySelector<HTMLElement>('authsec-ui-button.open-created')!.click();
    await until(el, () => heading(el) === 'Weather MCP');
    expect(el.getAttribute('application-id')).to.equal(created.id);
    expect(el.getAttribute('tab')).to.equal('setup');
    expect(el.hasAttribute('register')).to.equal(false);
  });

  it('register (a routed #/register) shows the list with the drawer open; closing the drawer goes back to the list', async () => {
    const { el } = await mount();
    el.setAttribute('register', '');
    await until(el, () => !!list(el)?.shadowRoot?.querySelector('authsec-ui-drawer')?.shadowRoot?.querySelector('dialog')?.open);
    const drawer = list(el).shadowRoot!.querySelector('authsec-ui-drawer')!;
    setTimeout(() => drawer.shadowRoot!.querySelector<HTMLElement>('authsec-ui-button.close')!.click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'applications', applicationId: '' });
    await until(el, () => !el.hasAttribute('register'));
    expect(drawer.shadowRoot!.querySelector('dialog')!.open).to.equal(false);
    expect(list(el).shadowRoot!.querySelector('authsec-app-registration')).to.equal(null);
  });

  /**
   * The file of a view's element fails to load (a dropped connection, a deploy that moved it) while
   * `outage.down` holds; `outage.restore()` puts the real import back.
   */
  function outage(view: string) {
    const views = ELEMENTS_OF as Record<string, () => Promise<unknown>>;
    const real = views[view]!;
    const state = { down: true, restore: () => void (views[view] = real) };
    views[view] = () => (state.down ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : real());
    return state;
  }

  it('shows a view whose element could not be loaded as an error with Try again, then loads it on Try again', async () => {
    const scopes = outage('scopes');
    try {
      const { el } = await mount({ app: SEED.apps.docsSearch, tab: 'scopes' });
      await until(el, () => !!visiblePanel(el)?.querySelector('authsec-ui-state.view-failed'));
      const state = visiblePanel(el)!.querySelector<HTMLElement & { message: string }>('authsec-ui-state')!;
      expect(state.getAttribute('kind')).to.equal('error');
      expect(state.message).to.equal('This view could not be loaded. Check the connection and try again.');
      expect(inner(el, 'authsec-scope-editor')).to.equal(null, 'no blank element in its place');
      expect(selected(el)).to.equal('scopes', 'the tabs stay, so the admin can go elsewhere');
      await expect(el).to.be.accessible();
      const tryAgain = () => (visiblePanel(el)!.querySelector('authsec-ui-state')!.shadowRoot!.querySelector('authsec-ui-button') as HTMLElement).click();
      // Failing again (a browser that keeps a failed module load): only a reload helps, and it says so.
      tryAgain();
      await until(el, () => visiblePanel(el)!.querySelector<HTMLElement & { message: string }>('authsec-ui-state')?.message === 'This view still could not be loaded. Reload the page to try again.');
      scopes.down = false;
      tryAgain();
      await until(el, () => !!inner(el, 'authsec-scope-editor'));
      expect(visiblePanel(el)!.querySelector('authsec-ui-state.view-failed')).to.equal(null);
      await until(el, () => el.shadowRoot!.activeElement?.id === 'workspace-h');
    } finally {
      scopes.restore();
    }
  });

  it('the applications list too: its file failing shows the error with Try again in its place', async () => {
    const list = outage('list');
    try {
      const { el } = await mount();
      await until(el, () => !!$(el, 'authsec-ui-state.view-failed'));
      expect($(el, 'authsec-applications-list')).to.equal(null);
      list.down = false;
      ($(el, 'authsec-ui-state')!.shadowRoot!.querySelector('authsec-ui-button') as HTMLElement).click();
      await until(el, () => !!$(el, 'authsec-applications-list') && !$(el, 'authsec-ui-state.view-failed'));
    } finally {
      list.restore();
    }
  });

  it('says so when the application does not exist', async () => {
    const { el } = await mount({ app: '00000000-0000-4000-8000-00000000dead' });
    await until(el, () => !!$(el, 'authsec-ui-state[kind="empty"]'));
    expect(($(el, 'authsec-ui-state') as HTMLElement & { heading: string }).heading).to.equal('This application does not exist');
    expect(tabs(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('readonly passes down to every section and offers no registration', async () => {
    const { el } = await mount({ readonly: true });
    await until(el, () => !!listRow(el, SEED.apps.github));
    expect((list(el) as unknown as { readonly: boolean }).readonly).to.equal(true);
    expect(list(el).shadowRoot!.querySelector('authsec-ui-button.install')).to.equal(null);
    el.navigate('registration', '');
    await settled(el);
    expect(el.hasAttribute('register')).to.equal(false);
    el.setAttribute('application-id', SEED.apps.github);
    for (const [tab, tag] of [['overview', 'authsec-launch-queue'], ['setup', 'authsec-app-registration'], ['tools', 'authsec-tool-scope-mapper'],
      ['scopes', 'authsec-scope-editor'], ['access', 'authsec-access-policy']] as const) {
      el.setAttribute('tab', tab);
      await until(el, () => !!inner(el, tag));
      expect((inner(el, tag) as unknown as { readonly: boolean }).readonly, tag).to.equal(true);
    }
    expect(squash($(el, '.readonly-note')?.textContent)).to.equal('Read-only view: you can see everything and change nothing.');
  });

  describe('tabs on a narrow container', () => {
    const box = (e: Element) => e.getBoundingClientRect();
    const tablist = (el: HTMLElement) => $(el, '[role="tablist"]')!;
    const rowsOf = (el: HTMLElement) => new Set(tabs(el).map((t) => Math.round(box(t).top))).size;
    /** Every tab whole inside the tab list, and nothing in the console scrolls sideways. */
    const allInView = (el: HTMLElement) => {
      const list = box(tablist(el));
      const section = $(el, '.console')!;
      return section.scrollWidth <= section.clientWidth && tablist(el).scrollWidth <= tablist(el).clientWidth
        && tabs(el).every((t) => box(t).left >= list.left - 0.5 && box(t).right <= list.right + 0.5 && t.scrollWidth <= t.clientWidth);
    };

    it('on a phone the tabs wrap into a grid of equal cells, every tab in view; the keyboard pattern is unchanged', async () => {
      const { el } = await mount({ app: SEED.apps.github });
      el.style.width = '320px';
      await until(el, () => heading(el) === 'GitHub MCP Server' && tablist(el).dataset.fit === 'grid');
      expect(allInView(el)).to.equal(true);
      expect(rowsOf(el), 'rows of tabs').to.be.within(2, 4);
      const widths = tabs(el).map((t) => box(t).width);
      expect(Math.max(...widths) - Math.min(...widths), 'equal cells').to.be.below(1);
      expect(getComputedStyle(tablist(el)).overflowX).to.equal('visible');
      // Still one tab stop; arrows, Home and End move the selection in reading order.
      expect(tabs(el).filter((t) => t.tabIndex === 0).map((t) => t.dataset.tab)).to.deep.equal(['overview']);
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(el, () => selected(el) === 'setup' && el.shadowRoot!.activeElement === tabs(el)[1]);
      await sendKeys({ press: 'End' });
      await until(el, () => selected(el) === 'activity');
      await sendKeys({ press: 'Home' });
      await until(el, () => selected(el) === 'overview');
      await expect(el).to.be.accessible();
      // Wide again: one row.
      el.style.width = '1000px';
      await until(el, () => tablist(el).dataset.fit === 'row');
      expect(rowsOf(el)).to.equal(1);
      expect(allInView(el)).to.equal(true);
    });

    it('fits the longer labels of German and Arabic whole; in Arabic the arrows follow the reading direction', async () => {
      const { el } = await mount({ app: SEED.apps.github, locale: 'de' });
      el.style.width = '320px';
      await until(el, () => tabs(el).some((t) => squash(t.textContent) === 'Verbindungen') && tablist(el).dataset.fit === 'grid');
      expect(allInView(el)).to.equal(true);
      const { el: ar } = await mount({ app: SEED.apps.github, locale: 'ar' });
      ar.style.width = '320px';
      await until(ar, () => tabs(ar).some((t) => squash(t.textContent) === 'الاتصالات') && !!tablist(ar).dataset.fit);
      expect(allInView(ar)).to.equal(true);
      expect(getComputedStyle(tablist(ar)).direction).to.equal('rtl');
      // The first tab sits at the right; ArrowLeft moves on to the next.
      expect(box(tabs(ar)[0]!).right).to.be.greaterThan(box(tabs(ar)[1]!).right);
      tabs(ar)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await until(ar, () => selected(ar) === 'setup');
    });
  });
});
