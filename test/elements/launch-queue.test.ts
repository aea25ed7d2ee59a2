import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/context/define.js';
import '../../src/elements/launch-queue/define.js';
import { AuthsecClient } from '../../src/api/client.js';
import { putSdkManifest } from '../../src/api/sdk.js';
import { deleteScope } from '../../src/api/scopes.js';
import { rotateIntrospectionSecret } from '../../src/api/application-writes.js';
import { putToolScopeMap } from '../../src/api/scope-matrix.js';
import { putAccessPolicy } from '../../src/api/access-policy.js';
import type { AuthsecLaunchQueue } from '../../src/elements/launch-queue/launch-queue.js';
import type { AuthsecActivatedEvent, AuthsecDriftDismissedEvent, AuthsecNavigateEvent } from '../../src/elements/launch-queue/events.js';
import type { AuthsecUiConfirmDialog } from '../../src/ui/confirm-dialog.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import type { EmulatorOptions } from '../../emulator/app.js';
import type { Probe } from '../../emulator/probe.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { mountAdmin, type MountOptions } from '../helpers/mount.js';
import { uiButton, until, shadowText as text, shadowQuery as $ } from '../helpers/element.js';
import { adminCalls, SURFACES } from '../helpers/emulator.js';

const mount = (appId: string, options: MountOptions = {}) => mountAdmin<AuthsecLaunchQueue>('authsec-launch-queue', { ...options, appId });


const $$ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const said = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const pill = (node: Element | null) => (node as { label?: string } | null)?.label ?? '';
const live = (el: HTMLElement) => said($(el, '[role="status"]'));
const step = (el: HTMLElement, code: string) => $(el, `.step[data-step="${code}"]`)!;
const stepState = (el: HTMLElement, code: string) => pill(step(el, code).querySelector('authsec-ui-status-pill'));
const button = uiButton;
/** What a sighted person reads in an element: no screen-reader-only text, no closed dialog. */
const visible = (el: HTMLElement) => {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest('.sr-only, caption, style, authsec-ui-confirm-dialog, [hidden]')) out.push(n.textContent ?? '');
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
};
const native = (b: Element) => b.shadowRoot!.querySelector('button')!;

/** GitHub MCP Server with every blocker cleared (every tool mapped, a viewer role with a scope): Activate enabled. */
async function readyToActivate() {
  const mounted = await mount(SEED.apps.github);
  const { el, emu: { store }, api } = mounted;
  const id = SEED.apps.github;
  const read = store.scopesOf(id).find((s) => s.scope_string.endsWith(':tools:read'))!;
  await api.call(putToolScopeMap, { params: { id }, body: { mappings: store.unmappedTools(id).map((t) => ({ tool_id: t.id, scope_id: read.id })) } });
  store.viewerRole(id)!.scope_ids = [read.id];
  await el.refresh();
  await until(el, () => !$(el, 'authsec-ui-button.activate')!.hasAttribute('disabled'));
  return mounted;
}

/** Presses the confirm dialog's own Activate button, as a person would. */
async function confirm(el: AuthsecLaunchQueue): Promise<void> {
  const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog')!;
  await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
  native(dialog.shadowRoot!.querySelector('authsec-ui-button.confirm')!).click();
}

/** An MCP server that answers like one protected by the SDK (metadata + 401 challenge). */
const protectedServer: Probe = async (url) => {
  if (url.includes('/.well-known/oauth-protected-resource')) return new Response('{"resource":"x"}', { status: 200 });
  return new Response('', { status: 401, headers: { 'www-authenticate': 'Bearer resource_metadata="https://mcp.github.acme.example/.well-known/oauth-protected-resource/mcp"' } });
};
const emulator = (options: EmulatorOptions = {}) => createBrowserEmulator(options);

describe('<authsec-launch-queue>', () => {
  for (const surfaces of SURFACES) {
  it(`walks an application from needs_setup to ready: blockers appear and clear, activation is refused in words, then succeeds (${surfaces} surface)`, async function () {
    const { el, emu, api } = await mount(SEED.apps.github, { emu: createBrowserEmulator({ surfaces }) });
    // The summary the readiness reads: one response on the shim, three on today's surface.
    expect(adminCalls(emu).filter((r) => r.endsWith(SEED.apps.github) || r.endsWith('/connections') || r.endsWith('/access-policy'))).to.deep.equal(
      surfaces === 'applications'
        ? [`GET /authsec/applications/${SEED.apps.github}`, `GET /authsec/applications/${SEED.apps.github}/connections`, `GET /authsec/applications/${SEED.apps.github}/access-policy`]
        : [`GET /authsec/applications/${SEED.apps.github}`, `GET /authsec/resource-servers/${SEED.apps.github}`],
    );
    const id = SEED.apps.github;
    const store = emu.store;
    const unmapped = store.unmappedTools(id).length;
    expect(unmapped).to.be.greaterThan(1);

    // Before: the queue in AuthSec's order with its details in words.
    expect($$(el, '.step').map((s) => s.dataset.step)).to.deep.equal(['register', 'tool_inventory', 'define_scopes', 'map_tools', 'default_role', 'activate']);
    expect(stepState(el, 'tool_inventory')).to.equal('Done');
    expect(said(step(el, 'tool_inventory'))).to.contain('101 tools in the inventory.');
    expect(said(step(el, 'define_scopes'))).to.contain('3 scopes defined.');
    expect(stepState(el, 'map_tools')).to.equal('Next step');
    expect(step(el, 'map_tools').getAttribute('aria-current')).to.equal('step');
    expect(said(step(el, 'map_tools'))).to.contain(`${unmapped} tools are still unmapped.`);
    expect(said(step(el, 'default_role'))).to.contain('The viewer role grants no scopes yet');
    expect(said($(el, '#queue-progress'))).to.equal('3 of 6 steps done');
    expect(said($(el, '.counter[data-counter="unmapped"] dd'))).to.equal(String(unmapped));
    expect(said($(el, '.counter[data-counter="total"] dd'))).to.equal('101');
    expect(pill($(el, '.state'))).to.equal('Not launched');
    expect($(el, 'authsec-ui-button.activate')!.hasAttribute('disabled')).to.equal(true);
    expect(said($(el, '#activate-hint'))).to.equal('Activate lights up when every blocker is gone.');
    expect(said(button(el, 'Review tools'))).to.equal('Review tools');
    await expect(el).to.be.accessible();

    // Mapping every tool clears step 4 and the screen reader hears the progress.
    const read = store.scopesOf(id).find((s) => s.scope_string.endsWith(':tools:read'))!;
    await api.call(putToolScopeMap, { params: { id }, body: { mappings: store.unmappedTools(id).map((t) => ({ tool_id: t.id, scope_id: read.id })) } });
    await el.refresh();
    await until(el, () => stepState(el, 'map_tools') === 'Done');
    expect(said(step(el, 'map_tools'))).to.contain('Every tool is mapped to a scope or marked public.');
    expect(stepState(el, 'default_role')).to.equal('Next step');
    expect(live(el)).to.equal('4 of 6 steps done');

    // A viewer role with a scope clears step 5: Activate lights up.
    store.viewerRole(id)!.scope_ids = [read.id];
    await el.refresh();
    await until(el, () => !$(el, 'authsec-ui-button.activate')!.hasAttribute('disabled'));
    expect(live(el)).to.equal('Every step is done. You can activate.');
    expect(said(step(el, 'default_role'))).to.contain('The viewer role grants 1 scope to first-time users.');
    expect(said($(el, '.grant'))).to.contain('github_mcp_server:tools:read');

    // Meanwhile a new tool arrives and the viewer role is emptied: AuthSec refuses with failed[].
    store.addTool({ rs_id: id, name: 'late_tool', title: '', description: '', inventory_source: 'manual', is_public: false });
    store.viewerRole(id)!.scope_ids = [];
    native($(el, 'authsec-ui-button.activate')!).click();
    await confirm(el);
    await until(el, () => !!$(el, '.refused'));
    expect($$(el, '.blockers li').map((li) => li.dataset.blocker)).to.deep.equal(['step_4_unmapped_tool_count', 'step_5_viewer_role_empty']);
    expect($$(el, '.blockers li span').map(said)).to.deep.equal(['1 tool is still unmapped.', 'The default viewer role grants no scopes.']);
    expect($(el, '.refused')!.getAttribute('role')).to.equal('alert');
    expect(live(el)).to.contain('Activation was refused: 2 blockers.');
    // Activate is disabled now: focus is on what blocks it, not lost to the page.
    await until(el, () => el.shadowRoot!.activeElement === $(el, '.refused'));
    await until(el, () => stepState(el, 'map_tools') === 'Blocking launch');
    expect(stepState(el, 'default_role')).to.equal('Blocking launch');
    expect(store.resourceServers.get(id)!.state).to.equal('needs_setup');
    await expect(el).to.be.accessible();

    // Fixed: activation succeeds and the element says so.
    await api.call(putToolScopeMap, { params: { id }, body: { mappings: store.unmappedTools(id).map((t) => ({ tool_id: t.id, scope_id: read.id })) } });
    store.viewerRole(id)!.scope_ids = [read.id];
    await el.refresh();
    await until(el, () => !$(el, '.refused') && !$(el, 'authsec-ui-button.activate')!.hasAttribute('disabled'));
    native($(el, 'authsec-ui-button.activate')!).click();
    setTimeout(() => void confirm(el));
    const activated = (await oneEvent(el, 'authsec-activated')) as AuthsecActivatedEvent;
    expect(activated.detail).to.deep.equal({ applicationId: id });
    expect(activated.bubbles && activated.composed).to.equal(true);
    await until(el, () => pill($(el, '.state')) === 'Launched');
    expect(store.resourceServers.get(id)!.state).to.equal('ready');
    expect(live(el)).to.equal('GitHub MCP Server is launched. The policy is live.');
    expect(text(el)).to.contain('by Ada Lovelace');
    expect(said($(el, '.drift-empty'))).to.equal('Nothing has changed since launch.');
    expect($(el, '[part="queue"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
  }

  it('reloads when a sibling AuthSec element reports a change', async () => {
    const { el, emu } = await mount(SEED.apps.github);
    const id = SEED.apps.github;
    const read = emu.store.scopesOf(id).find((s) => s.scope_string.endsWith(':tools:read'))!;
    emu.store.viewerRole(id)!.scope_ids = [read.id];
    const sibling = document.createElement('div');
    document.body.append(sibling);
    // What <authsec-access-policy> fires after saving (bubbling, composed).
    sibling.dispatchEvent(new Event('authsec-policy-changed', { bubbles: true, composed: true }));
    await until(el, () => stepState(el, 'default_role') === 'Done');
    expect(said(step(el, 'default_role'))).to.contain('The viewer role grants 1 scope to first-time users.');
    sibling.remove();
  });

  it('shows drift after a post-launch change, decoded and attributed, and dismisses it', async () => {
    const emu = emulator();
    const id = SEED.apps.docsSearch;
    for (const e of emu.store.driftEvents.values()) e.dismissed_by.push(SEED.users.owner);
    const { el, api } = await mount(id, { emu });
    expect(said($(el, '.drift-empty'))).to.equal('Nothing has changed since launch.');
    expect(pill($(el, '.risk'))).to.equal('Low');

    // Someone unmaps a tool and deletes a scope on the live application (real API calls).
    const tool = emu.store.toolsOf(id).find((t) => t.name === 'search_docs')!;
    const search = emu.store.scopesOf(id).find((s) => s.scope_string === 'docs_search:docs:search')!;
    await api.call(putToolScopeMap, { params: { id }, body: { mappings: [{ tool_id: tool.id, scope_id: search.id, remove: true }] } });
    const write = emu.store.scopesOf(id).find((s) => s.scope_string === 'docs_search:docs:write')!;
    await api.call(deleteScope, { params: { scope_id: write.id } });
    await el.refresh();
    await until(el, () => $$(el, '.drift-event').length === 2);
    expect(live(el)).to.equal('2 changes to review');
    // Both happened within the same moment: find them by type, not position.
    const deleted = $(el, '.drift-event[data-type="scope_deleted"]');
    const unmapped = $(el, '.drift-event[data-type="tool_unmapped"]');
    expect(said(deleted!)).to.contain('Scope deleted');
    expect(said(deleted!)).to.contain('docs_search:docs:write was deleted.');
    expect(said(deleted!)).to.contain('by Ada Lovelace');
    expect(said(unmapped!)).to.contain('search_docs no longer requires docs_search:docs:search.');
    expect(pill($(el, '.risk'))).to.equal('High');
    await expect(el).to.be.accessible();

    const deletedId = deleted!.dataset.event!;
    setTimeout(() => native(deleted!.querySelector('authsec-ui-button.dismiss')!).click());
    const dismissed = (await oneEvent(el, 'authsec-drift-dismissed')) as AuthsecDriftDismissedEvent;
    expect(dismissed.detail).to.deep.equal({ applicationId: id, eventId: deletedId, eventType: 'scope_deleted' });
    await until(el, () => $$(el, '.drift-event').length === 1);
    expect(emu.store.driftEvents.get(deletedId)!.dismissed_by).to.include(SEED.users.owner);
    expect($$(el, '.drift-event').map((e) => e.dataset.type)).to.deep.equal(['tool_unmapped']);
    expect(live(el)).to.equal('Dismissed: Scope deleted.');
  });

  it('when the answer to Activate is lost, reads the application again and says what is true: launched', async () => {
    const { el, emu } = await readyToActivate();
    const { store } = emu;
    const id = SEED.apps.github;
    // AuthSec activates, then the connection drops before its answer arrives.
    emu.faults.set({ rate: 1, kinds: ['lost'], count: 1, pathPrefix: `/authsec/applications/${id}/activate` });
    const activated = oneEvent(el, 'authsec-activated');
    native($(el, 'authsec-ui-button.activate')!).click();
    await confirm(el);
    expect(((await activated) as AuthsecActivatedEvent).detail).to.deep.equal({ applicationId: id });
    expect(emu.faults.config.count, 'the answer was lost').to.equal(0);
    await until(el, () => pill($(el, '.state')) === 'Launched');
    expect(store.resourceServers.get(id)!.state).to.equal('ready');
    expect(live(el)).to.equal('GitHub MCP Server is launched. The policy is live.');
    expect(text(el)).not.to.contain('Could not');
    expect($(el, '.notice.danger')).to.equal(null);
  });

  it('when a gateway gives up on Activate (504) after AuthSec activated, reads again and says it is launched', async () => {
    const { el, emu } = await readyToActivate();
    const id = SEED.apps.github;
    emu.faults.set({ rate: 1, kinds: ['late'], count: 1, pathPrefix: `/authsec/applications/${id}/activate` });
    const activated = oneEvent(el, 'authsec-activated');
    native($(el, 'authsec-ui-button.activate')!).click();
    await confirm(el);
    expect(((await activated) as AuthsecActivatedEvent).detail).to.deep.equal({ applicationId: id });
    expect(emu.faults.config.count, 'the gateway answered 504').to.equal(0);
    await until(el, () => pill($(el, '.state')) === 'Launched');
    expect(live(el)).to.equal('GitHub MCP Server is launched. The policy is live.');
    expect(text(el)).not.to.contain('Could not');
  });

  it('when a gateway gives up on Activate (504) and AuthSec did not activate, reads again, says so and offers Activate again', async () => {
    const { el, emu } = await readyToActivate();
    const { store } = emu;
    const id = SEED.apps.github;
    emu.faults.set({ rate: 1, kinds: ['504'], count: 1, pathPrefix: `/authsec/applications/${id}/activate` });
    const before = adminCalls(emu).length;
    native($(el, 'authsec-ui-button.activate')!).click();
    await confirm(el);
    await until(el, () => said($(el, '.notice.danger')).startsWith('Could not activate.'));
    // The result was unknown: the application was read again before anything was offered.
    const after = adminCalls(emu).slice(before);
    expect(after[0]).to.match(/^POST .*\/activate$/);
    expect(after.slice(1).some((r) => r.startsWith(`GET /authsec/applications/${id}`))).to.equal(true);
    expect(store.resourceServers.get(id)!.state).not.to.equal('ready');
    expect(pill($(el, '.state'))).not.to.equal('Launched');
    await until(el, () => !$(el, 'authsec-ui-button.activate')!.hasAttribute('disabled'));
  });

  it('shows the seeded drift of a launched application with who did it', async () => {
    const { el } = await mount(SEED.apps.docsSearch);
    expect(pill($(el, '.state'))).to.equal('Launched');
    const events = $$(el, '.drift-event');
    expect(events.map((e) => e.dataset.type)).to.deep.equal(['scope_deleted', 'secret_rotated']);
    expect(said(events[0]!)).to.contain('docs_search:docs:summarize was deleted.');
    expect(said(events[1]!)).to.contain('Introspection secret rotated');
    expect(said(events[1]!)).to.contain('by Grace Hopper');
    expect(said(events[1]!)).to.contain('The SDK needs the new secret');
    expect(pill($(el, '.risk'))).to.equal('Needs review');
    expect(pill($(el, '.area[data-area="launch"] authsec-ui-status-pill'))).to.equal('2 changes since launch');
    // Drift to review is the next action, not "Watch for changes" (the check ran after both events).
    expect(said(button(el, 'Review changes'))).to.equal('Review changes');
    expect(pill($(el, '.area[data-area="protection"] authsec-ui-status-pill'))).to.equal('Passing');
    expect(text(el)).not.to.match(/launch\.[a-z]/);
    await expect(el).to.be.accessible();
  });

  it('asks for the protection check again after a secret rotation, says why, and takes the admin to it', async () => {
    const { el, api } = await mount(SEED.apps.docsSearch);
    expect(pill($(el, '.area[data-area="protection"] authsec-ui-status-pill'))).to.equal('Passing');
    expect($(el, '.recheck')).to.equal(null);
    await api.call(rotateIntrospectionSecret, { params: { id: SEED.apps.docsSearch } });
    await el.refresh();
    await until(el, () => !!$(el, '.recheck'));
    expect($(el, '.recheck')!.dataset.reason).to.equal('secret_rotated');
    expect(said($(el, '.recheck'))).to.match(/^The introspection secret was rotated .+, after the last protection check\. An SDK that still has the old secret rejects every token/);
    expect(pill($(el, '.area[data-area="protection"] authsec-ui-status-pill'))).to.equal('Check again');
    expect(pill($(el, '.risk'))).to.equal('High');
    const next = button(el, 'Run a protection check');
    setTimeout(() => native(next).click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'check', applicationId: SEED.apps.docsSearch });
    // Nobody routed it: the check is right here.
    await until(el, () => el.shadowRoot!.activeElement === $(el, '#protection'));
    await expect(el).to.be.accessible();
  });

  it('turns a wrong SDK secret into plain words and sends the admin to install protection', async () => {
    const { el, emu } = await mount(SEED.apps.billingAgent);
    expect(pill($(el, '.state'))).to.equal('Waiting for the first manifest');
    expect($(el, '.manifest')!.dataset.health).to.equal('never_seen');
    expect(said($(el, '.manifest'))).to.contain('AuthSec has not heard from the SDK yet.');
    expect(said(step(el, 'tool_inventory'))).to.contain('No tools yet.');

    const sdk = new AuthsecClient({ baseUrl: emu.baseUrl, fetch: emu.fetchFn });
    const manifest = { tools: [{ name: 'list_invoices', description: 'List invoices.' }], sdk_build_id: 'authsec-sdk-python/0.9.1', manifest_version: '1' };
    await sdk.call(putSdkManifest, { params: { id: SEED.apps.billingAgent }, credentials: { username: SEED.apps.billingAgent, password: 'sec_wrong' }, body: manifest }).catch(() => undefined);
    await el.refresh();
    await until(el, () => $(el, '.manifest')!.dataset.health === 'failing');
    expect(said($(el, '.attempt'))).to.contain('refused because the SDK’s secret is wrong.');
    expect(said($(el, '.reason'))).to.equal('AuthSec said: invalid credentials');
    expect(pill($(el, '.area[data-area="protection"] authsec-ui-status-pill'))).to.equal('SDK secret refused');
    const next = button(el, 'Install protection');
    setTimeout(() => native(next).click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail).to.deep.equal({ target: 'install', applicationId: SEED.apps.billingAgent });
    expect(nav.composed && nav.bubbles && nav.cancelable).to.equal(true);

    await sdk.call(putSdkManifest, { params: { id: SEED.apps.billingAgent }, credentials: { username: SEED.apps.billingAgent, password: SEED.secrets.billingAgent }, body: manifest });
    await el.refresh();
    await until(el, () => $(el, '.manifest')!.dataset.health === 'ok');
    expect(said($(el, '.attempt'))).to.contain('accepted.');
    expect(said($(el, '.manifest'))).to.contain('SDK authsec-sdk-python/0.9.1, manifest version 1');
    expect(pill($(el, '.state'))).to.equal('Not launched');
    expect(said(step(el, 'tool_inventory'))).to.contain('1 tool in the inventory.');
    await expect(el).to.be.accessible();
  });

  it('runs the protection check and lists each check with what was observed and where to fix it', async () => {
    const emu = emulator({ probe: protectedServer });
    const { el } = await mount(SEED.apps.github, { emu });
    expect(said($(el, '.last-check'))).to.equal('Not checked yet. Run the check once the SDK is deployed.');
    native($(el, 'authsec-ui-button.run-check')!).click();
    await until(el, () => $$(el, '.check').length > 0);
    expect($$(el, '.check').map((c) => [c.dataset.check, c.classList.contains('passing')])).to.deep.equal([
      ['metadata', true], ['challenge', true], ['discovery', true], ['default_access', false], ['client_registration', true],
    ]);
    const access = $(el, '.check[data-check="default_access"]')!;
    expect(said(access)).to.contain('Default access policy');
    expect(said(access)).to.contain('The default access policy is disabled.');
    expect(said(access)).to.contain('Enable the default access policy with a role that grants at least one scope.');
    // Registration modes in words for people, not AuthSec's codes ("Allowed: dcr, cimd, prereg.").
    const modes = said($(el, '.check[data-check="client_registration"]'));
    expect(modes).to.contain('AI clients may connect as: self-registered clients, clients with a metadata document');
    expect(modes).not.to.match(/\b(dcr|cimd|prereg)\b/);
    expect(live(el)).to.equal('Protection check found problems: 1 of 5 checks failing.');
    expect(said($(el, '.check[data-check="challenge"] .observed'))).to.contain('resource_metadata=');
    expect(emu.store.resourceServers.get(SEED.apps.github)!.last_validation_status).to.equal('failing');
    await until(el, () => pill($(el, '.area[data-area="protection"] authsec-ui-status-pill')) === 'Check failing');
    await expect(el).to.be.accessible();

    const fix = access.querySelector('authsec-ui-button')!;
    setTimeout(() => native(fix).click());
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail.target).to.equal('access');
  });

  it('says when the check cannot reach the application (the browser emulator has no network)', async () => {
    const { el } = await mount(SEED.apps.github, { emu: emulator({ probe: () => Promise.reject(new TypeError('Failed to fetch')) }) });
    native($(el, 'authsec-ui-button.run-check')!).click();
    await until(el, () => $$(el, '.check').length > 0);
    expect(said($(el, '.check[data-check="metadata"]'))).to.contain('Could not reach https://mcp.github.acme.example/.well-known/oauth-protected-resource/mcp.');
  });

  it('is operable from the keyboard: step actions, the next action, Dismiss', async () => {
    const { el } = await mount(SEED.apps.github);
    const go = step(el, 'define_scopes').querySelector<HTMLElement>('authsec-ui-button.go')!;
    go.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const nav = (await oneEvent(el, 'authsec-navigate')) as AuthsecNavigateEvent;
    expect(nav.detail.target).to.equal('scopes');
    await sendKeys({ press: 'Tab' });
    const focused = el.shadowRoot!.activeElement;
    expect(focused?.closest('.step')?.getAttribute('data-step')).to.equal('map_tools');

    // The Activate step brings the activation preview into focus when the host does not navigate.
    const activateStep = step(el, 'activate').querySelector<HTMLElement>('authsec-ui-button.go')!;
    activateStep.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => el.shadowRoot!.activeElement?.id === 'preview');

    const launched = await mount(SEED.apps.docsSearch);
    const first = launched.el.shadowRoot!.querySelector<HTMLElement>('.drift-event authsec-ui-button.dismiss')!;
    first.focus();
    await sendKeys({ press: 'Enter' });
    await until(launched.el, () => $$(launched.el, '.drift-event').length === 1);
    // Focus lands on the next Dismiss, not on the page.
    expect(launched.el.shadowRoot!.activeElement).to.equal(launched.el.shadowRoot!.querySelector('.drift-event authsec-ui-button.dismiss'));
  });

  it('keeps the event and says why when Dismiss fails', async () => {
    const { el, emu } = await mount(SEED.apps.docsSearch);
    emu.faults.set({ rate: 1, kinds: ['500'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.docsSearch}/drift-events/` });
    native($(el, '.drift-event authsec-ui-button.dismiss')!).click();
    await until(el, () => text(el).includes('Could not dismiss.'));
    expect($$(el, '.drift-event')).to.have.length(2);
    expect($(el, '.notice.danger')!.getAttribute('role')).to.equal('alert');
  });

  it('explains a failed activation that is not a blocker', async () => {
    const emu = emulator();
    const id = SEED.apps.docsSearch;
    emu.store.resourceServers.get(id)!.state = 'needs_setup';
    emu.store.resourceServers.get(id)!.setup_completed_at = null;
    const { el } = await mount(id, { emu });
    emu.faults.set({ rate: 1, kinds: ['503'], count: 4, pathPrefix: `/authsec/applications/${id}/activate` });
    native($(el, 'authsec-ui-button.activate')!).click();
    await confirm(el);
    await until(el, () => text(el).includes('Could not activate.'));
    expect(emu.store.resourceServers.get(id)!.state).to.equal('needs_setup');
  });

  it('shows what loaded when an optional part fails, forbidden to a non-admin, and an error with retry', async () => {
    const partial = emulator();
    partial.faults.set({ rate: 1, kinds: ['500'], pathPrefix: `/authsec/applications/${SEED.apps.github}/sdk-manifest-status` });
    const p = await mount(SEED.apps.github, { emu: partial });
    expect(said($(p.el, '.notice.warning'))).to.equal('Some details could not be loaded: SDK manifest status. The rest is up to date.');
    expect($$(p.el, '.step')).to.have.length(6);

    const member = await mount(SEED.apps.github, { userId: SEED.users.member });
    expect($(member.el, 'authsec-ui-state')!.getAttribute('kind')).to.equal('forbidden');
    await expect(member.el).to.be.accessible();

    const emu = emulator();
    emu.faults.set({ rate: 1, kinds: ['503'], pathPrefix: '/authsec' });
    const down = await mount(SEED.apps.github, { emu });
    await until(down.el, () => $(down.el, 'authsec-ui-state')?.getAttribute('kind') === 'error');
    await expect(down.el).to.be.accessible();
    emu.faults.clear();
    native($(down.el, 'authsec-ui-state')!.shadowRoot!.querySelector('authsec-ui-button')!).click();
    await until(down.el, () => $$(down.el, '.step').length === 6);
  });

  it('renders hostile text from AuthSec as text', async () => {
    const emu = emulator();
    const id = SEED.apps.docsSearch;
    const app = emu.store.resourceServers.get(id)!;
    app.name = '<img src=x onerror="window.__pwned=1">Docs\u202Eevil' + 'x'.repeat(10_000);
    emu.store.manifestAttempts.push({ id: 'bad', rs_id: id, attempted_at: new Date().toISOString(), status: 'invalid_payload', reason: '<script>alert(1)</script>\u2066' + 'y'.repeat(10_000) });
    const [first] = emu.store.driftEvents.values();
    first!.event_type = 'scope_deleted';
    first!.payload = { scope_string: '<b onmouseover=alert(1)>docs</b>\u202E' };
    const { el } = await mount(id, { emu });
    expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(text(el)).to.contain('⟨U+202E⟩');
    expect(text(el)).to.contain('⟨U+2066⟩');
    expect(text(el)).to.contain('<b onmouseover=alert(1)>docs</b>');
    expect(text(el).length).to.be.below(12_000);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('names the default role when the default access policy is turned off after launch', async () => {
    const { el, api, emu } = await mount(SEED.apps.docsSearch);
    const id = SEED.apps.docsSearch;
    const viewer = emu.store.viewerRole(id)!;
    await api.call(putAccessPolicy, { params: { id }, body: { enabled: false, default_role_id: viewer.id } });
    await el.refresh();
    await until(el, () => $$(el, '.drift-event').length === 3);
    const disabled = $(el, '.drift-event[data-type="default_role_disabled"]')!;
    expect(said(disabled)).to.contain('The default access policy (Viewer) was turned off.');
    expect(pill($(el, '.area[data-area="access"] authsec-ui-status-pill'))).to.equal('No default');
  });
  it('names the application and its state itself when standalone, and leaves both to the page with in-workspace', async () => {
    const { el } = await mount(SEED.apps.github);
    expect(said($(el, '.intro'))).to.equal('What is left before GitHub MCP Server goes live, and what changed after.');
    expect(pill($(el, '[part="summary"] .state'))).to.equal('Not launched');
    const inside = (await mount(SEED.apps.github, { attrs: { 'in-workspace': '' } })).el;
    expect(said($(inside, 'h2'))).to.equal('Overview');
    expect(said($(inside, '.intro'))).to.equal('What is left before this application goes live, and what changed after.');
    expect(visible(inside)).to.not.contain('GitHub MCP Server');
    expect($(inside, '[part="summary"] .state')).to.equal(null);
    await expect(inside).to.be.accessible();
    const activity = (await mount(SEED.apps.docsSearch, { attrs: { 'in-workspace': '', view: 'activity' } })).el;
    expect(said($(activity, '.intro'))).to.equal('What changed in this application since it was launched.');
    expect(visible(activity)).to.not.contain('Docs Search');
  });

  it('before launch, the Activity view says when drift events start instead of showing nothing', async () => {
    const { el } = await mount(SEED.apps.github, { attrs: { view: 'activity' } });
    expect(said($(el, '.not-launched'))).to.equal('Changes to the live policy (drift events) are recorded once the application is launched.');
    expect($(el, '.intro')).to.equal(null);
    expect($(el, '[part="drift"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('on a phone the activation preview stacks each scope into lines: nothing scrolls sideways, scope strings stay on one line', async () => {
    const { el } = await mount(SEED.apps.github);
    el.style.width = '300px';
    await until(el, () => getComputedStyle($(el, 'table.scopes tr')!).display === 'block');
    const wide = $$(el, '*').filter((n) => n.scrollWidth > n.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(n).overflowX));
    expect(wide.map((n) => `${n.localName}.${n.className}`)).to.deep.equal([]);
    // Nor does anything stick out of the element (the page would scroll sideways).
    const right = el.getBoundingClientRect().right;
    expect($$(el, '*').filter((n) => n.getBoundingClientRect().right > right + 1).map((n) => `${n.localName}.${n.className}`)).to.deep.equal([]);
    const table = $(el, 'table.scopes')!;
    expect(table.getBoundingClientRect().right).to.be.at.most($(el, '#preview')!.getBoundingClientRect().right);
    // Each scope string is one line, whole in the DOM and in its title; a scope named by its string alone is named once.
    for (const ident of table.querySelectorAll<HTMLElement>('.ident')) {
      expect(ident.getClientRects().length).to.equal(1);
      expect(ident.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(ident).fontSize) * 2);
      expect(ident.getAttribute('title')).to.equal(said(ident));
    }
    // So is the metadata URL the check expects, inside its sentence.
    const metadata = $(el, '[part="verify"] .ident')!;
    expect(metadata.getClientRects().length).to.equal(1);
    // With the characters around it: `resource_metadata="…".` is one line, never broken before its closing quote.
    const token = metadata.closest<HTMLElement>('.in-text')!;
    expect(said(token)).to.equal('resource_metadata="https://mcp.github.acme.example/.well-known/oauth-protected-resource/mcp".');
    expect(token.getBoundingClientRect().height).to.be.below(parseFloat(getComputedStyle(token).fontSize) * 2);
    expect(metadata.getAttribute('title')).to.equal('https://mcp.github.acme.example/.well-known/oauth-protected-resource/mcp');
    expect(said(metadata.closest('p'))).to.equal('The answer must carry WWW-Authenticate: Bearer resource_metadata="https://mcp.github.acme.example/.well-known/oauth-protected-resource/mcp".');
    // Every value keeps its label.
    expect([...table.querySelectorAll<HTMLElement>('tbody td.num')].every((td) => td.dataset.label === 'Tools')).to.equal(true);
    await expect(el).to.be.accessible();
    // Wide again: a table with its header row.
    el.style.width = '900px';
    await until(el, () => getComputedStyle($(el, 'table.scopes tr')!).display === 'table-row');
    expect($(el, 'table.scopes thead')!.getBoundingClientRect().height).to.be.greaterThan(10);
  });
});
