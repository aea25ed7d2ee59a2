/**
 * The `readonly` mode the admin console passes down (auditors): each composed element, mounted on
 * its own with `readonly`, shows its data and offers no control that changes anything.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../helpers/benign-errors.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/context/define.js';
import '../../src/elements/access-policy/define.js';
import '../../src/elements/app-registration/define.js';
import '../../src/elements/connections/define.js';
import '../../src/elements/consent-grants/define.js';
import '../../src/elements/launch-queue/define.js';
import '../../src/elements/scope-editor/define.js';
import '../../src/elements/tool-scope-mapper/define.js';
import type { AuthsecProvider } from '../../src/context/authsec-provider.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { until } from '../helpers/element.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown>; readonly: boolean };

async function mount(tag: string, appId: string | undefined, ready: (root: ShadowRoot) => boolean, setup?: (emu: ReturnType<typeof createBrowserEmulator>) => void) {
  const emu = createBrowserEmulator();
  setup?.(emu);
  const token = await emu.issueAdminToken({ userId: SEED.users.owner, workspaceId: SEED.workspace });
  const t = unsafeStatic(tag);
  const provider = await fixture<AuthsecProvider>(html`<authsec-provider base-url=${emu.baseUrl} .fetch=${emu.fetchFn} .getToken=${() => token}>
    ${staticHtml`<${t} readonly application-id=${appId ?? ''}></${t}>`}
  </authsec-provider>`);
  const el = provider.querySelector<Lit>(tag)!;
  if (!appId) el.removeAttribute('application-id');
  await until(el, () => !!el.shadowRoot && ready(el.shadowRoot));
  await el.updateComplete;
  return { el, emu };
}

/** Controls a person can reach (not hidden, not disabled). */
const reachable = (root: ShadowRoot, sel: string) =>
  [...root.querySelectorAll<HTMLElement>(sel)].filter((n) => !n.closest('[hidden]') && !(n as HTMLInputElement).disabled && !n.hasAttribute('disabled'));
const labels = (root: ShadowRoot) => reachable(root, 'authsec-ui-button').map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('readonly (auditor) mode of the composed elements', () => {
  it('launch queue: no Activate, no protection check, no Dismiss; the summary and drift stay', async () => {
    const { el } = await mount('authsec-launch-queue', SEED.apps.docsSearch, (r) => !!r.querySelector('[part="drift"]'));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.drift-event').length).to.be.greaterThan(0);
    expect(reachable(root, '.dismiss')).to.have.length(0);
    expect(root.querySelector('.run-check')).to.equal(null);
    expect(labels(root)).to.not.include('Dismiss');
    const github = await mount('authsec-launch-queue', SEED.apps.github, (r) => !!r.querySelector('[part="preview"]'));
    expect(reachable(github.el.shadowRoot!, '.activate')).to.have.length(0);
    await expect(github.el).to.be.accessible();
  });

  it('app registration: credentials without Rotate or Edit; no form without an application', async () => {
    const { el } = await mount('authsec-app-registration', SEED.apps.github, (r) => !!r.querySelector('#app-heading'));
    const root = el.shadowRoot!;
    expect(reachable(root, '.rotate, .edit')).to.have.length(0);
    expect(root.textContent).to.contain('https://mcp.github.acme.example/mcp');
    await expect(el).to.be.accessible();
    const blank = await mount('authsec-app-registration', undefined, (r) => !!r.querySelector('authsec-ui-state'));
    expect(blank.el.shadowRoot!.querySelector('form')).to.equal(null);
  });

  it('mapper: tools and counters without selection, Edit, suggestions, bulk, rules, scan or add', async () => {
    const { el } = await mount('authsec-tool-scope-mapper', SEED.apps.github, (r) => !!r.querySelector('.row'));
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="counters"]')).to.not.equal(null);
    expect(root.querySelectorAll('.row').length).to.be.greaterThan(0);
    expect(reachable(root, '.row input.select, .row .edit, .suggestion authsec-ui-button, .select-all')).to.have.length(0);
    expect(root.querySelector('.panels')).to.equal(null);
    expect(labels(root)).to.not.include('Suggest all');
    await expect(el).to.be.accessible();
  });

  it('connections: every client and its state, without Pre-register, Revoke, Approve or Deny', async () => {
    const { el } = await mount('authsec-connections', SEED.apps.docsSearch, (r) => !!r.querySelector('[role="listitem"]'));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[role="listitem"]').length).to.equal(4);
    expect(reachable(root, 'authsec-ui-button')).to.have.length(0);
    expect(root.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('remembered consents: every grant, without Revoke or Revoke all', async () => {
    const { el } = await mount('authsec-consent-grants', SEED.apps.docsSearch, (r) => !!r.querySelector('.grant'));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('.grant').length).to.equal(3);
    expect(reachable(root, 'authsec-ui-button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('scope editor: the scopes table without New, Edit, Delete or presets', async () => {
    const { el } = await mount('authsec-scope-editor', SEED.apps.github, (r) => !!r.querySelector('tbody tr'));
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('tbody tr').length).to.equal(3);
    expect(reachable(root, 'authsec-ui-button')).to.have.length(0);
    expect(root.querySelector('.presets')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('access policy: the policy shown but locked; no add form, no Remove, no Save', async () => {
    const { el } = await mount('authsec-access-policy', SEED.apps.docsSearch, (r) => !!r.querySelector('[part="table"]'));
    const root = el.shadowRoot!;
    const enabled = root.querySelector<HTMLInputElement>('#enabled')!;
    expect(enabled.checked).to.equal(true);
    expect(enabled.disabled).to.equal(true);
    expect(reachable(root, 'input[name="default-role"]')).to.have.length(0);
    expect(root.querySelector('[part="add-form"]')).to.equal(null);
    expect(labels(root).filter((l) => /Remove|Save|Add me/.test(l))).to.deep.equal([]);
    expect(root.querySelectorAll('[part="table"] tbody tr').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
