import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/benign-errors.js';
import '../../src/context/define.js';
import '../../src/elements/admin-console/define.js';
import type { AuthsecProvider } from '../../src/context/authsec-provider.js';
import type { AuthsecAdminConsole } from '../../src/elements/admin-console/admin-console.js';
import { formatDate, shortDateOptions } from '../../src/i18n/catalog.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { until } from '../helpers/element.js';

/**
 * Defect: under `<authsec-provider locale="de">` the access policy printed "Nov 4, 2026", the launch
 * queue as the provider's direct child "05.11.2026", and the same launch queue inside the console
 * English again (`closest('authsec-provider')` cannot cross a shadow root). Every element now
 * formats with its effective locale, from context, inside the console too.
 */
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const inner = (console: HTMLElement, tag: string) => console.shadowRoot!.querySelector<HTMLElement>(`[role="tabpanel"]:not([hidden]) ${tag}, ${tag}`);
const textOf = (el: HTMLElement | null | undefined) => squash(el?.shadowRoot?.textContent);

async function mount(tab: string, app?: string) {
  const emu = createBrowserEmulator();
  const token = await emu.issueAdminToken({ userId: SEED.users.owner, workspaceId: SEED.workspace });
  const provider = await fixture<AuthsecProvider>(html`<authsec-provider locale="de" base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => token}>
    <authsec-admin-console application-id=${app ?? ''} tab=${tab}></authsec-admin-console>
  </authsec-provider>`);
  const el = provider.querySelector<AuthsecAdminConsole>('authsec-admin-console')!;
  if (!app) el.removeAttribute('application-id');
  return { emu, el };
}

describe('dates and numbers in the effective locale, inside the console', () => {
  it('the launch queue (Overview) inside the console', async () => {
    const { emu, el } = await mount('overview', SEED.apps.docsSearch);
    const docs = emu.store.resourceServers.get(SEED.apps.docsSearch)!;
    const german = formatDate(docs.setup_completed_at, 'de');
    const english = formatDate(docs.setup_completed_at, 'en');
    expect(german).not.to.equal(english);
    await until(el, () => textOf(inner(el, 'authsec-launch-queue')).includes(german));
    expect(textOf(inner(el, 'authsec-launch-queue'))).not.to.include(english);
  });

  it('the access policy inside the console', async () => {
    const { emu, el } = await mount('access', SEED.apps.docsSearch);
    const binding = [...emu.store.bindings.values()].find((b) => b.user_id === SEED.users.owner)!;
    const german = formatDate(binding.created_at, 'de', { dateStyle: 'medium' });
    await until(el, () => textOf(inner(el, 'authsec-access-policy')).includes(german));
    expect(textOf(inner(el, 'authsec-access-policy'))).not.to.include(formatDate(binding.created_at, 'en', { dateStyle: 'medium' }));
  });

  it('the applications list inside the console', async () => {
    const { emu, el } = await mount('overview');
    const docs = emu.store.resourceServers.get(SEED.apps.docsSearch)!;
    // The list's dense cells take the short form (no year when it is this year's).
    const german = formatDate(docs.last_validated_at, 'de', shortDateOptions(docs.last_validated_at ?? undefined));
    await until(el, () => textOf(inner(el, 'authsec-applications-list')).includes(german));
  });
});
