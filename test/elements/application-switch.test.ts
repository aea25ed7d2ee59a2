// The admin console keeps the same child elements and only changes their `application-id` when the
// admin opens another application, and a host router may do the same. Nothing of the previous
// application may then stay on screen, stay editable, or land late: an action on what is shown
// must never act on another application. (Found by a review; each test fails without its fix.)
import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/benign-errors.js';
import '../../src/context/define.js';
import '../../src/elements/access-policy/define.js';
import '../../src/elements/admin-console/define.js';
import '../../src/elements/app-registration/define.js';
import '../../src/elements/launch-queue/define.js';
import '../../src/elements/scope-editor/define.js';
import '../../src/elements/tool-scope-mapper/define.js';
import type { AuthsecAccessPolicy } from '../../src/elements/access-policy/access-policy.js';
import type { AuthsecAppRegistration } from '../../src/elements/app-registration/app-registration.js';
import type { AuthsecLaunchQueue } from '../../src/elements/launch-queue/launch-queue.js';
import type { AuthsecScopeEditor } from '../../src/elements/scope-editor/scope-editor.js';
import { AuthsecMappingSavedEvent } from '../../src/elements/tool-scope-mapper/events.js';
import type { AuthsecToolScopeMapper } from '../../src/elements/tool-scope-mapper/tool-scope-mapper.js';
import { settled, until, shadowQuery as $, shadowText } from '../helpers/element.js';
import { gatedEmulator, SEED, type GatedEmulator } from '../helpers/gated-emulator.js';

const DOCS = SEED.apps.docsSearch;
const GITHUB = SEED.apps.github;

async function mount<T extends HTMLElement>(g: GatedEmulator, tag: string, applicationId: string): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const provider = document.createElement('authsec-provider');
  provider.setAttribute('base-url', g.emu.baseUrl);
  provider.fetch = g.fetchFn;
  provider.getToken = () => g.token;
  const el = document.createElement(tag);
  el.setAttribute('application-id', applicationId);
  provider.append(el);
  wrapper.append(provider);
  return el as T;
}

/** The mapper on the GitHub application, loaded. */
async function githubMapper() {
  const g = await gatedEmulator();
  const el = await mount<AuthsecToolScopeMapper>(g, 'authsec-tool-scope-mapper', GITHUB);
  const listLabel = () => $(el, '.list')?.getAttribute('aria-label') ?? '';
  await until(el, () => listLabel().includes('GitHub'));
  return { g, el, listLabel };
}

async function stageAllSuggestions(el: AuthsecToolScopeMapper): Promise<void> {
  press(buttonLabelled(el, 'Apply all suggestions'));
  await until(el, () => el.pendingChanges > 0);
}

/** Clicks the inner button of an `<authsec-ui-button>`. */
const press = (button: Element | null | undefined) => button!.shadowRoot!.querySelector('button')!.click();
const buttonLabelled = (el: HTMLElement, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('authsec-ui-button')].find((b) => b.textContent!.replace(/\s+/g, ' ').trim() === label);

describe('switching application-id', () => {
  beforeEach(() => sessionStorage.clear());

  it('scope editor: an open edit form closes, so Save cannot rename the previous application’s scope', async () => {
    const g = await gatedEmulator();
    const el = await mount<AuthsecScopeEditor>(g, 'authsec-scope-editor', DOCS);
    const caption = () => $(el, 'table caption')?.textContent ?? '';
    await until(el, () => caption().includes('Docs Search'));
    const scope = g.emu.store.scopesOf(DOCS)[0]!;
    press([...el.shadowRoot!.querySelectorAll<HTMLElement & { label?: string }>('authsec-ui-button')].find((b) => b.label?.includes(scope.scope_string)));
    await until(el, () => !!$(el, 'form.form'));

    el.applicationId = GITHUB;
    await until(el, () => caption().includes('GitHub'));
    expect(!!$(el, 'form.form')).to.equal(false);
    expect(g.log.filter((l) => !l.startsWith('GET'))).to.deep.equal([]);
  });

  it('registration: while the next application loads, the previous one’s credentials and Rotate are gone', async () => {
    const g = await gatedEmulator();
    const el = await mount<AuthsecAppRegistration>(g, 'authsec-app-registration', DOCS);
    const heading = () => $(el, '#app-heading')?.textContent?.trim() ?? '';
    await until(el, () => heading() === 'Docs Search');
    const release = g.hold((url, method) => method === 'GET' && url.includes(GITHUB));
    el.applicationId = GITHUB;
    await until(el, () => !!$(el, 'authsec-ui-state[kind="loading"]'));
    expect(heading()).to.equal('');
    expect(!!$(el, 'authsec-ui-button.rotate')).to.equal(false);
    await release();
    await until(el, () => heading() === 'GitHub MCP Server');
  });

  it('access policy: an unsaved default-access choice does not follow the admin to the next application', async () => {
    const g = await gatedEmulator();
    const el = await mount<AuthsecAccessPolicy>(g, 'authsec-access-policy', DOCS);
    await until(el, () => !!$(el, '#enabled'));
    $<HTMLInputElement>(el, '#enabled')!.click();
    await el.updateComplete;
    expect(shadowText(el)).to.include('Unsaved changes');

    el.applicationId = GITHUB;
    await until(el, () => ($(el, '#policy-explain')?.textContent ?? '').includes('GitHub'));
    expect(shadowText(el)).not.to.include('Unsaved changes');
  });

  it('access policy: an unsaved viewer-scope choice does not follow the admin either', async () => {
    const g = await gatedEmulator();
    const el = await mount<AuthsecAccessPolicy>(g, 'authsec-access-policy', DOCS);
    // Viewer already grants something on Docs Search: its scopes open under it on request.
    await until(el, () => !!$(el, 'authsec-ui-button.viewer-open'));
    $<HTMLElement>(el, 'authsec-ui-button.viewer-open')!.shadowRoot!.querySelector('button')!.click();
    await until(el, () => !!$(el, '.viewer-choices input'));
    [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.viewer-choices input')].find((b) => !b.checked)!.click();
    await el.updateComplete;
    expect(shadowText(el)).to.include('Unsaved changes');

    el.applicationId = GITHUB;
    await until(el, () => ($(el, '#policy-explain')?.textContent ?? '').includes('GitHub'));
    await g.quiet();
    await settled(el);
    expect(shadowText(el)).not.to.include('Unsaved changes');
    // GitHub's viewer grants nothing: none of Docs Search's choice is ticked here.
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.viewer-choices input')].filter((b) => b.checked)).to.have.length(0);
  });

  it('launch queue: while the next application loads, the previous one and its actions are gone', async () => {
    const g = await gatedEmulator();
    const el = await mount<AuthsecLaunchQueue>(g, 'authsec-launch-queue', DOCS);
    // The application shown is named in the intro line (the heading names the view).
    const shown = () => $(el, '.intro')?.textContent ?? '';
    await until(el, () => shown().includes('Docs Search') && !!$(el, '.drift-event .dismiss'));
    const release = g.hold((url) => url.includes(GITHUB));
    el.applicationId = GITHUB;
    await until(el, () => !shown().includes('Docs Search'));
    expect(el.shadowRoot!.querySelectorAll('.drift-event .dismiss').length).to.equal(0);
    await release();
    await until(el, () => shown().includes('GitHub MCP Server'));
  });

  it('launch queue: a protection check that finishes after the switch does not show on the next application', async () => {
    const g = await gatedEmulator();
    const el = await mount<AuthsecLaunchQueue>(g, 'authsec-launch-queue', GITHUB);
    const shown = () => $(el, '.intro')?.textContent ?? '';
    await until(el, () => !!buttonLabelled(el, 'Run protection check'));
    const release = g.hold((url, method) => method === 'POST' && url.includes('/validate'));
    press(buttonLabelled(el, 'Run protection check'));
    await until(el, () => g.log.some((l) => l.includes('/validate')));
    el.applicationId = DOCS;
    await until(el, () => shown().includes('Docs Search') && !$(el, 'authsec-ui-state[kind="loading"]'));
    await release();
    await settled(el);
    expect(!!buttonLabelled(el, 'Run again')).to.equal(false);
  });

  it('mapper: a reload of the previous application that lands late is dropped', async () => {
    const { g, el, listLabel } = await githubMapper();
    const release = g.hold((url) => url.includes(GITHUB));
    const sent = g.log.length;
    press(buttonLabelled(el, 'Reload from AuthSec'));
    await until(el, () => g.log.slice(sent).some((l) => l.startsWith('GET') && l.includes(GITHUB)));
    el.applicationId = DOCS;
    await until(el, () => listLabel().includes('Docs Search'));
    await release();
    await settled(el);
    expect(listLabel()).to.include('Docs Search');
  });

  it('mapper: a save that lands after the switch reports its own application’s counters and leaves the next one alone', async () => {
    const { g, el, listLabel } = await githubMapper();
    await stageAllSuggestions(el);
    const release = g.hold((url, method) => method === 'PUT' && url.includes(GITHUB));
    const saved: AuthsecMappingSavedEvent[] = [];
    el.addEventListener(AuthsecMappingSavedEvent.eventName, (e) => saved.push(e as AuthsecMappingSavedEvent));
    await until(el, () => !!buttonLabelled(el, 'Save changes')?.shadowRoot?.querySelector('button'));
    press(buttonLabelled(el, 'Save changes'));
    await until(el, () => g.log.some((l) => l.startsWith('PUT')));
    el.applicationId = DOCS;
    await until(el, () => listLabel().includes('Docs Search'));
    await release();
    await until(el, () => saved.length === 1);
    expect(saved[0]!.detail.counters.total).to.equal(g.emu.store.toolsOf(GITHUB).length);
    await g.quiet();
    await settled(el);
    expect(listLabel()).to.include('Docs Search');
    expect(el.pendingChanges).to.equal(0);
    expect(!!$(el, '.notice.danger')).to.equal(false);
  });
});

describe('switching application-id in the admin console', () => {
  it('does not keep the previous application’s load error while the next one loads', async () => {
    const g = await gatedEmulator();
    g.emu.faults.set({ rate: 1, kinds: ['500'], pathPrefix: `/authsec/applications/${DOCS}` });
    const el = await mount<HTMLElement & { applicationId?: string; updateComplete: Promise<unknown> }>(g, 'authsec-admin-console', DOCS);
    await until(el, () => !!$(el, 'authsec-ui-state[kind="error"]'));
    g.emu.faults.clear();
    const release = g.hold((url) => url.includes(GITHUB));
    el.applicationId = GITHUB;
    await until(el, () => !$(el, 'authsec-ui-state[kind="error"]'));
    await release();
    await until(el, () => ($(el, '#workspace-h')?.textContent ?? '').includes('GitHub MCP Server'));
  });
});

describe('switching application-id right after an edit in the mapper', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the previous application’s unsaved edits for a reload, even inside the draft debounce', async () => {
    const { el, listLabel } = await githubMapper();
    await stageAllSuggestions(el);
    const staged = el.pendingChanges;
    el.applicationId = DOCS; // within the 300 ms debounce of the draft
    await until(el, () => listLabel().includes('Docs Search'));
    const draft = JSON.parse(sessionStorage.getItem(`authsec-mapper-draft:${GITHUB}`) ?? 'null') as { applicationId?: string } | null;
    expect(draft !== null).to.equal(true);
    expect(JSON.stringify(draft)).to.include(GITHUB);

    el.applicationId = GITHUB;
    await until(el, () => listLabel().includes('GitHub'));
    expect(el.pendingChanges).to.equal(staged);
  });
});
