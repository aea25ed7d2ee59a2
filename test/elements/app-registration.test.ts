import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/context/define.js';
import '../../src/elements/app-registration/define.js';
import type { AuthsecAppRegistration } from '../../src/elements/app-registration/app-registration.js';
import type {
  AuthsecApplicationCreatedEvent, AuthsecApplicationUpdatedEvent, AuthsecSecretRotatedEvent,
} from '../../src/elements/app-registration/events.js';
import type { AuthsecUiConfirmDialog } from '../../src/ui/confirm-dialog.js';
import type { AuthsecUiCopyField } from '../../src/ui/copy-field.js';
import { createBrowserEmulator, type BrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { mountAdmin } from '../helpers/mount.js';
import { until, shadowText as text, shadowQuery as $ } from '../helpers/element.js';
import { SURFACES } from '../helpers/emulator.js';

interface Recorded {
  method: string;
  path: string;
  status: number;
  body: string;
}

/** Mounts the element in a provider over a fresh emulator; records every response (real handlers, real fetch objects). */
async function mount(options: { appId?: string; emu?: BrowserEmulator; userId?: string } = {}) {
  const emu = options.emu ?? createBrowserEmulator();
  const responses: Recorded[] = [];
  const fetch = async (input: string, init?: RequestInit) => {
    const response = await emu.fetchFn(input, init);
    responses.push({ method: init?.method ?? 'GET', path: new URL(input).pathname, status: response.status, body: await response.clone().text() });
    return response;
  };
  const { el } = await mountAdmin<AuthsecAppRegistration>('authsec-app-registration', { ...options, emu, fetch });
  await until(el, () => !text(el).includes('Loading scope presets'));
  return { emu, el, responses };
}


const type = async (el: AuthsecAppRegistration, id: string, value: string) => {
  const input = $<HTMLInputElement>(el, `#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
};
const errorOf = (el: HTMLElement, id: string) => $(el, `#${id}-error`)!.textContent!.trim();
const submit = (el: HTMLElement) => $<HTMLFormElement>(el, 'form')!.requestSubmit();
const created = (responses: Recorded[]) => {
  const r = responses.find((x) => x.method === 'POST' && ['/authsec/applications', '/authsec/resource-servers'].includes(x.path) && x.status === 201);
  if (!r) throw new Error('no successful create');
  return JSON.parse(r.body) as Record<string, string> & { scopes_supported: string[] };
};
const snippet = async (el: AuthsecAppRegistration, tab: 'python' | 'go' | 'typescript' | 'env') => {
  $<HTMLButtonElement>(el, `#tab-${tab}`)!.click();
  await el.updateComplete;
  return $(el, '[role="tabpanel"] pre')!.textContent!;
};
/** Presses the native button inside a dialog's building-block button, as a person would. */
const pressDialog = (dialog: AuthsecUiConfirmDialog, which: 'confirm' | 'cancel') =>
  dialog.shadowRoot!.querySelector(`authsec-ui-button.${which}`)!.shadowRoot!.querySelector('button')!.click();

/** Every element of the page, shadow trees included. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const node of root.querySelectorAll('*')) {
    yield node;
    if (node.shadowRoot) yield* deepElements(node.shadowRoot);
  }
}
function deepText(root: ParentNode): string {
  let out = '';
  for (const node of deepElements(root)) {
    for (const child of node.childNodes) if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) out += ` ${node.value}`;
    if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) if (child.nodeType === Node.TEXT_NODE) out += child.textContent;
  }
  return out;
}
function attributesContaining(root: ParentNode, needle: string): string[] {
  const hits: string[] = [];
  for (const node of deepElements(root)) for (const a of node.attributes) if (a.value.includes(needle)) hits.push(`${node.localName}[${a.name}]`);
  return hits;
}

/** Fills a valid registration. */
async function fill(el: AuthsecAppRegistration, name = 'Acme Search', url = 'https://search.acme.example', path = '/mcp') {
  await type(el, 'name', name);
  await type(el, 'url', url);
  await type(el, 'path', path);
}

async function register(el: AuthsecAppRegistration, name?: string, url?: string, path?: string) {
  await fill(el, name, url, path);
  setTimeout(() => submit(el));
  const event = (await oneEvent(el, 'authsec-application-created')) as AuthsecApplicationCreatedEvent;
  await el.updateComplete;
  return event;
}

/** Stubs the clipboard (the browser may refuse it headless); returns what was written. */
function stubClipboard(): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const clip = navigator.clipboard;
  const own = Object.getOwnPropertyDescriptor(clip, 'writeText');
  Object.defineProperty(clip, 'writeText', { configurable: true, value: async (t: string) => void written.push(t) });
  return {
    written,
    restore: () => (own ? Object.defineProperty(clip, 'writeText', own) : delete (clip as { writeText?: unknown }).writeText),
  };
}

describe('<authsec-app-registration>: register', () => {
  it('shows the form with the recommended preset and its slug-namespaced scopes, composing the Resource URI live', async () => {
    const { el } = await mount();
    expect($<HTMLInputElement>(el, '#path')!.value).to.equal('/mcp');
    expect($<HTMLInputElement>(el, '#type-mcp_server')!.checked).to.equal(true);
    expect($<HTMLSelectElement>(el, '#preset')!.value).to.equal('read_write');
    expect(text(el)).to.contain('Type a name to see the scope names');
    await type(el, 'name', 'GitHub MCP Server');
    await type(el, 'url', 'https://mcp.acme.example/');
    await type(el, 'path', '/v1/mcp');
    expect($(el, '#resource-uri')!.textContent).to.equal('https://mcp.acme.example/v1/mcp');
    const scopes = [...el.shadowRoot!.querySelectorAll('.scopes code')].map((c) => c.textContent);
    expect(scopes).to.deep.equal(['github_mcp_server:tools:read', 'github_mcp_server:tools:write']);
    const preset = $<HTMLSelectElement>(el, '#preset')!;
    preset.value = 'blank';
    preset.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el)).to.contain('Creates no scopes');
    await expect(el).to.be.accessible();
  });

  it('validates every rule as the admin types, next to its field, and announces it', async () => {
    const { el } = await mount();
    await type(el, 'name', '   ');
    expect(errorOf(el, 'name')).to.equal('Enter a name for the application.');
    expect($(el, '#name')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#name')!.getAttribute('aria-describedby')).to.contain('name-error');
    expect($(el, '#name-error')!.getAttribute('aria-live')).to.equal('polite');
    await type(el, 'name', 'Acme');
    expect(errorOf(el, 'name')).to.equal('');

    await type(el, 'url', 'http://mcp.acme.example');
    expect(errorOf(el, 'url')).to.equal('Use https. http is accepted only for localhost and 127.0.0.1 (local development).');
    await type(el, 'url', 'mcp.acme.example');
    expect(errorOf(el, 'url')).to.contain('Enter a full URL starting with https://');
    for (const loopback of ['http://localhost:8000', 'http://127.0.0.1:3000', 'https://mcp.acme.example']) {
      await type(el, 'url', loopback);
      expect(errorOf(el, 'url'), loopback).to.equal('');
    }
    await type(el, 'url', 'http://localhost.attacker.example');
    expect(errorOf(el, 'url')).to.contain('Use https');
    // A user name before the host hides the host: refused before AuthSec would store it as the Resource URI.
    await type(el, 'url', 'https://trusted.example@evil.example');
    expect(errorOf(el, 'url')).to.contain('Remove the part before @');
    await type(el, 'name', 'A'.repeat(101));
    expect(errorOf(el, 'name')).to.equal('Use at most 100 characters: the name also names the scopes.');
    await type(el, 'name', 'Acme');

    await type(el, 'path', 'mcp');
    expect(errorOf(el, 'path')).to.equal('Start the path with /, e.g. /mcp.');
    await type(el, 'path', '');
    expect(errorOf(el, 'path')).to.equal('Enter the Protected Path, e.g. /mcp.');
    await type(el, 'path', '/m cp');
    expect(errorOf(el, 'path')).to.equal('Use a path without spaces, ?, # or a leading //.');
    await expect(el).to.be.accessible();
  });

  it('refuses an invalid submit without calling AuthSec, focusing the first field and summarising for screen readers', async () => {
    const { el, emu, responses } = await mount();
    const before = emu.store.resourceServers.size;
    await type(el, 'path', '');
    $<HTMLInputElement>(el, '#mode-dcr')!.click();
    $<HTMLInputElement>(el, '#mode-cimd')!.click();
    $<HTMLInputElement>(el, '#mode-prereg')!.click();
    submit(el);
    await until(el, () => el.shadowRoot!.activeElement?.id === 'name');
    expect(errorOf(el, 'name')).to.equal('Enter a name for the application.');
    expect(errorOf(el, 'url')).to.contain('Enter the Public Base URL');
    expect(errorOf(el, 'path')).to.contain('Enter the Protected Path');
    expect(errorOf(el, 'modes')).to.contain('Choose at least one registration mode');
    expect($(el, '[role="status"]')!.textContent).to.equal('Fix 4 fields before registering: Name, Public Base URL, Protected Path, Registration modes.');
    expect($<HTMLDetailsElement>(el, 'details')!.open).to.equal(true);
    expect(responses.filter((r) => r.method === 'POST')).to.have.length(0);
    expect(emu.store.resourceServers.size).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('puts a duplicate Resource URI error on the URL field and keeps what was typed', async () => {
    const { el, emu } = await mount();
    await fill(el, 'GitHub again', 'https://mcp.github.acme.example', '/mcp');
    submit(el);
    await until(el, () => errorOf(el, 'url') !== '');
    expect(errorOf(el, 'url')).to.equal('An application with this Resource URI already exists (https://mcp.github.acme.example/mcp). Use another URL or path.');
    expect($(el, '#url')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement?.id).to.equal('url');
    expect($<HTMLInputElement>(el, '#name')!.value).to.equal('GitHub again');
    expect([...emu.store.resourceServers.values()].filter((r) => r.resource_uri === 'https://mcp.github.acme.example/mcp')).to.have.length(1);
    // Changing the path is another way to fix it: the error clears.
    await type(el, 'path', '/v2/mcp');
    expect(errorOf(el, 'url')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('keeps every entry and says why when AuthSec fails or cannot be reached', async () => {
    const { el, emu } = await mount();
    await fill(el, 'Acme Search', 'https://search.acme.example', '/api/mcp');
    emu.faults.set({ rate: 1, kinds: ['500'], count: 1, pathPrefix: '/authsec/applications' });
    submit(el);
    await until(el, () => !!$(el, '#failure'));
    expect($(el, '#failure')!.getAttribute('role')).to.equal('alert');
    expect(text(el)).to.contain('Could not register the application. AuthSec could not complete the request.');
    expect(text(el)).to.contain('Your entries are kept.');
    // A server error may come after the write: AuthSec is asked, and says nothing was registered.
    expect(text(el)).to.contain('We checked with AuthSec: nothing was registered at https://search.acme.example/api/mcp');
    expect([$<HTMLInputElement>(el, '#name')!.value, $<HTMLInputElement>(el, '#url')!.value, $<HTMLInputElement>(el, '#path')!.value])
      .to.deep.equal(['Acme Search', 'https://search.acme.example', '/api/mcp']);
    await expect(el).to.be.accessible();
    emu.faults.set({ rate: 1, kinds: ['drop'], count: 1, pathPrefix: '/authsec/applications' });
    submit(el);
    await until(el, () => text(el).includes('AuthSec could not be reached'));
    // No answer at all: AuthSec is asked what is true before anything is sent again.
    expect(text(el)).to.contain('We checked with AuthSec: nothing was registered at https://search.acme.example/api/mcp, so you can register again.');
    // Back online: the same entries register.
    setTimeout(() => submit(el));
    await oneEvent(el, 'authsec-application-created');
  });

  it('says it may have been registered anyway when AuthSec cannot be asked what happened either', async () => {
    const { el, emu } = await mount();
    await fill(el, 'Acme Search', 'https://search.acme.example', '/api/mcp');
    // The POST and every attempt of the read-back (a read is tried three times).
    emu.faults.set({ rate: 1, kinds: ['drop'], count: 4, pathPrefix: '/authsec/applications' });
    submit(el);
    await until(el, () => text(el).includes('It may have been registered anyway: check the Applications list before you register again.'));
    expect(emu.faults.config.count).to.equal(0);
    expect(text(el)).not.to.contain('nothing was registered');
  });

  for (const surfaces of SURFACES) {
    it(`when the answer to Register is lost, reads the applications again and offers the one AuthSec created, never a second POST (${surfaces} surface)`, async () => {
      const { el, emu, responses } = await mount({ emu: createBrowserEmulator({ surfaces }) });
      const collection = surfaces === 'resource-servers' ? '/authsec/resource-servers' : '/authsec/applications';
      await fill(el, 'Acme Search', 'https://search.acme.example', '/api/mcp');
      emu.faults.set({ rate: 1, kinds: ['lost'], count: 1, pathPrefix: collection });
      let createdEvents = 0;
      el.addEventListener('authsec-application-created', () => createdEvents++);
      submit(el);
      await until(el, () => text(el).includes('AuthSec registered “Acme Search” but did not confirm it'));
      const made = [...emu.store.resourceServers.values()].find((a) => a.name === 'Acme Search')!;
      expect(made, 'AuthSec did create it').to.exist;
      // The lost answer never reached the page, so AuthSec's own log says what was sent.
      const log = await emu.fetchFn(`${emu.baseUrl}/__emulator/requests`, {}).then((r) => r.json() as Promise<{ requests: string[] }>);
      expect(log.requests.filter((r) => r === `POST ${collection}`)).to.have.length(1);
      expect(responses.some((r) => r.method === 'GET' && r.path === collection), 'read back').to.equal(true);
      expect(createdEvents).to.equal(0);
      expect(text(el)).to.contain('rotate the secret to get one you can use');
      await expect(el).to.be.accessible();
      // AuthSec has it: registering again is not offered, opening it is.
      expect($(el, 'authsec-ui-button[type="submit"]')).to.equal(null);
      const open = $<HTMLElement>(el, 'authsec-ui-button.open-found')!;
      expect(open.textContent).to.contain('Open “Acme Search”');
      setTimeout(() => open.shadowRoot!.querySelector('button')!.click());
      const navigate = await oneEvent(el, 'authsec-navigate');
      expect(navigate.detail).to.deep.equal({ target: 'install', applicationId: made.id });
      // Changing the entries is another registration: Register comes back.
      await type(el, 'url', 'https://other.acme.example');
      expect($(el, 'authsec-ui-button[type="submit"]')).to.not.equal(null);
      expect($(el, '#failure')).to.equal(null);
    });
  }

  for (const surfaces of SURFACES) {
  it(`registers with the chosen type, preset and modes, and fires the created event without the secret (${surfaces} surface)`, async () => {
    const { el, emu, responses } = await mount({ emu: createBrowserEmulator({ surfaces }) });
    $<HTMLInputElement>(el, '#type-ai_agent')!.click();
    const preset = $<HTMLSelectElement>(el, '#preset')!;
    preset.value = 'read_write_admin';
    preset.dispatchEvent(new Event('change'));
    $<HTMLElement>(el, 'details summary')!.click();
    $<HTMLInputElement>(el, '#mode-dcr')!.click();
    const event = await register(el, 'Billing Bot', 'http://127.0.0.1:8000/', '/agent');
    const response = created(responses);
    const row = emu.store.resourceServers.get(response.id!)!;
    expect(row).to.include({ name: 'Billing Bot', application_type: 'ai_agent', resource_uri: 'http://127.0.0.1:8000/agent' });
    expect(row.registration_modes).to.deep.equal(['cimd', 'prereg']);
    expect(emu.store.scopesOf(row.id).map((s) => s.scope_string).sort()).to.deep.equal([
      'billing_bot:admin', 'billing_bot:read', 'billing_bot:tools:read', 'billing_bot:tools:write', 'billing_bot:write',
    ]);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.application).to.deep.equal({
      id: response.id, name: 'Billing Bot', application_type: 'ai_agent', public_base_url: 'http://127.0.0.1:8000',
      protected_base_path: '/agent', registration_modes: ['cimd', 'prereg'], resource_uri: response.resource_url,
      issuer_url: response.issuer_url, jwks_uri: response.jwks_uri, introspection_endpoint: response.introspection_endpoint,
      scope_matrix_url: response.scope_matrix_url, manifest_url: response.manifest_url, scopes_supported: response.scopes_supported,
      status: 'pending_scan',
    });
    expect(JSON.stringify(event.detail)).not.to.contain(response.introspection_secret);
    expect(el.shadowRoot!.activeElement?.id).to.equal('created-heading');
    await expect(el).to.be.accessible();
    const posted = responses.filter((r) => r.method === 'POST').map((r) => `${r.path} ${r.status}`);
    // The create is the first admin call here: on an AuthSec without the applications surface it is
    // refused as an unknown route (nothing was created) and sent to the shim.
    expect(posted).to.deep.equal(
      surfaces === 'applications' ? ['/authsec/applications 201'] : ['/authsec/applications 404', '/authsec/resource-servers 201'],
    );
  });
  }
});

describe('<authsec-app-registration>: the one-time secret', () => {
  it('never leaks the secret into events, attributes, storage or the console, and forgets it on "I\'ve stored it"', async () => {
    const events: Event[] = [];
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      events.push(event);
      return dispatch.call(this, event);
    };
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => void logged.push(...args)));
    const clipboard = stubClipboard();
    try {
      const { el, responses } = await mount();
      await register(el);
      const secret = created(responses).introspection_secret!;
      expect(secret).to.match(/^sec_[0-9a-f]{64}$/);

      // Masked: the value is not in the DOM at all.
      expect($<HTMLInputElement>(el, '#secret')!.type).to.equal('password');
      expect(deepText(document.body)).not.to.contain(secret);
      expect(text(el)).to.contain('You will not see this secret again.');
      expect(await snippet(el, 'python')).to.contain('introspection_client_secret=os.environ["AUTHSEC_INTROSPECTION_CLIENT_SECRET"],');

      // Revealed: in the field only, never in a snippet (they end up in source control) or an attribute.
      $<HTMLElement>(el, 'authsec-ui-button.reveal')!.click();
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#secret')!.value).to.equal(secret);
      expect($(el, 'authsec-ui-button.reveal')!.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Hide introspection secret');
      for (const tab of ['python', 'go', 'typescript', 'env'] as const) expect(await snippet(el, tab), tab).not.to.contain(secret);
      expect(await snippet(el, 'python')).to.contain('introspection_client_secret=os.environ["AUTHSEC_INTROSPECTION_CLIENT_SECRET"],');
      expect(await snippet(el, 'go')).to.contain('IntrospectionClientSecret: os.Getenv("AUTHSEC_INTROSPECTION_CLIENT_SECRET"),');
      expect(await snippet(el, 'env')).not.to.match(/^AUTHSEC_INTROSPECTION_CLIENT_SECRET=/m);
      // The panel names the variable to set.
      expect($(el, '#snippets-secret')!.textContent).to.contain('Set AUTHSEC_INTROSPECTION_CLIENT_SECRET to it');
      expect(attributesContaining(document, secret)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      $<HTMLElement>(el, 'authsec-ui-button.reveal')!.click();
      await el.updateComplete;
      expect(await snippet(el, 'env')).not.to.contain(secret);
      expect(deepText(document.body)).not.to.contain(secret);

      $<HTMLElement>(el, 'authsec-ui-button.copy-secret')!.click();
      await until(el, () => text(el).includes('Secret copied.'));
      expect(clipboard.written).to.deep.equal([secret]);

      $<HTMLElement>(el, 'authsec-ui-button.stored')!.click();
      await until(el, () => !$(el, '[part="secret"]'));
      expect(text(el)).to.contain('The secret is no longer shown.');
      expect(el.shadowRoot!.activeElement?.id).to.equal('secret-dismissed');
      expect(deepText(document.body)).not.to.contain(secret);
      expect(el.shadowRoot!.innerHTML).not.to.contain(secret);
      for (const tab of ['python', 'go', 'typescript', 'env'] as const) expect(await snippet(el, tab)).not.to.contain(secret);
      // Nothing on the element itself still holds it.
      const own = Object.getOwnPropertyNames(el).map((k) => { try { return JSON.stringify((el as unknown as Record<string, unknown>)[k]) ?? ''; } catch { return ''; } });
      expect(own.join(' ')).not.to.contain(secret);

      expect(attributesContaining(document, secret)).to.deep.equal([]);
      const storage = [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)).join('\n');
      expect(storage).not.to.contain(secret);
      const details = events.map((e) => { try { return JSON.stringify((e as Event & { detail?: unknown }).detail) ?? ''; } catch { return ''; } });
      expect(details.join('\n')).not.to.contain(secret);
      expect(events.some((e) => e.type === 'authsec-application-created')).to.equal(true);
      expect(logged.map((a) => { try { return typeof a === 'string' ? a : JSON.stringify(a); } catch { return String(a); } }).join('\n')).not.to.contain(secret);
      await expect(el).to.be.accessible();
    } finally {
      EventTarget.prototype.dispatchEvent = dispatch;
      methods.forEach((m, i) => (console[m] = originals[i]!));
      clipboard.restore();
    }
  });

  it('keeps the shown-once secret when the host opens the new application from the created event', async () => {
    const { el, responses } = await mount();
    el.addEventListener('authsec-application-created', (e) => el.setAttribute('application-id', e.detail.application.id));
    await register(el);
    const secret = created(responses).introspection_secret!;
    await until(el, () => !!$(el, '[part="credentials"] authsec-ui-status-pill') && !!$(el, '[part="secret"]'));
    expect(text(el)).to.contain('Credentials and SDK configuration');
    $<HTMLElement>(el, 'authsec-ui-button.reveal')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#secret')!.value).to.equal(secret);
    expect(await snippet(el, 'env')).not.to.contain(secret);
    // Another application: the secret of this one is dropped.
    el.setAttribute('application-id', SEED.apps.github);
    await until(el, () => !!$(el, '[part="credentials"]') && text(el).includes('GitHub MCP Server'));
    expect($(el, '[part="secret"]')).to.equal(null);
    expect(deepText(document.body)).not.to.contain(secret);
  });

  it('copies the shown snippet as displayed', async () => {
    const clipboard = stubClipboard();
    try {
      const { el } = await mount();
      await register(el);
      const go = await snippet(el, 'go');
      $<HTMLElement>(el, 'authsec-ui-button.copy-snippet')!.click();
      await until(el, () => text(el).includes('Go configuration copied.'));
      expect(clipboard.written).to.deep.equal([go]);
    } finally {
      clipboard.restore();
    }
  });

  it('asks before dismissing a secret that was never copied or shown', async () => {
    const { el, responses } = await mount();
    await register(el);
    const secret = created(responses).introspection_secret!;
    $<HTMLElement>(el, 'authsec-ui-button.stored')!.click();
    const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog.not-copied')!;
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    expect(dialog.textContent).to.contain('Once dismissed it cannot be shown again');
    pressDialog(dialog, 'cancel');
    await until(el, () => !dialog.isOpen);
    expect($(el, '[part="secret"]')).to.exist;
    $<HTMLElement>(el, 'authsec-ui-button.stored')!.click();
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    pressDialog(dialog, 'confirm');
    await until(el, () => !$(el, '[part="secret"]'));
    expect(deepText(document.body)).not.to.contain(secret);
  });

  it('falls back to a selected, revealed field when the clipboard is unavailable', async () => {
    const { el, responses } = await mount();
    await register(el);
    const clip = navigator.clipboard;
    Object.defineProperty(clip, 'writeText', { configurable: true, value: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
    try {
      $<HTMLElement>(el, 'authsec-ui-button.copy-secret')!.click();
      await until(el, () => text(el).includes('press Ctrl+C'));
      const input = $<HTMLInputElement>(el, '#secret')!;
      expect(input.value).to.equal(created(responses).introspection_secret);
      expect(el.shadowRoot!.activeElement).to.equal(input);
    } finally {
      delete (clip as { writeText?: unknown }).writeText;
    }
  });
});

describe('<authsec-app-registration>: SDK snippets carry exactly the create response', () => {
  const q = (s: string) => JSON.stringify(s);
  let ctx: { el: AuthsecAppRegistration; response: ReturnType<typeof created>; secret: string };

  beforeEach(async () => {
    const { el, responses } = await mount();
    await register(el, 'GitHub MCP Server', 'https://mcp.new.acme.example', '/mcp');
    const response = created(responses);
    $<HTMLElement>(el, 'authsec-ui-button.reveal')!.click();
    await el.updateComplete;
    ctx = { el, response, secret: response.introspection_secret! };
  });

  it('Python: every Config field maps to its response field', async () => {
    const py = await snippet(ctx.el, 'python');
    const r = ctx.response;
    const fields = Object.fromEntries([...py.matchAll(/^ {4}(\w+)=(.*),$/gm)].map((m) => [m[1], m[2]]));
    expect(fields).to.deep.equal({
      issuer: q(r.issuer_url!), authorization_server: q(r.issuer_url!), jwks_url: q(r.jwks_uri!), introspection_url: q(r.introspection_endpoint!),
      introspection_client_id: q(r.id!), introspection_client_secret: 'os.environ["AUTHSEC_INTROSPECTION_CLIENT_SECRET"]', resource_server_id: q(r.id!),
      resource_uri: q(r.resource_url!), resource_name: q('GitHub MCP Server'), policy_mode: 'PolicyMode.REMOTE_REQUIRED',
      validation_mode: 'ValidationMode.JWT_AND_INTROSPECT', publish_manifest: 'True',
    });
    expect(py).to.contain('mount_mcp(app, "/mcp", your_existing_mcp_handler, cfg)');
    expect(py).to.contain('uvicorn.run(app, host="0.0.0.0", port=443)');
    expect(py).not.to.contain(ctx.secret);
  });

  it('Go: every Config field maps to its response field', async () => {
    const go = await snippet(ctx.el, 'go');
    const r = ctx.response;
    const fields = Object.fromEntries([...go.matchAll(/^\t\t(\w+): +(.*),$/gm)].map((m) => [m[1], m[2]]));
    expect(fields).to.deep.equal({
      Issuer: q(r.issuer_url!), AuthorizationServer: q(r.issuer_url!), JWKSURL: q(r.jwks_uri!), IntrospectionURL: q(r.introspection_endpoint!),
      IntrospectionClientID: q(r.id!), IntrospectionClientSecret: 'os.Getenv("AUTHSEC_INTROSPECTION_CLIENT_SECRET")', ResourceServerID: q(r.id!), ResourceURI: q(r.resource_url!),
      ResourceName: q('GitHub MCP Server'), PolicyMode: 'authsec.PolicyModeRemoteRequired', ValidationMode: 'authsec.ValidationModeJWTAndIntrospect',
      PublishManifest: 'true',
    });
    expect(go).to.contain('authsec.MountMCP(mux, "/mcp", yourExistingHandler, cfg)');
    expect(go).to.contain('http.ListenAndServe(":443", mux)');
    expect(go).not.to.contain(ctx.secret);
  });

  it('TypeScript: mountMCP with loadConfigFromEnv on the protected path of the response', async () => {
    const ts = await snippet(ctx.el, 'typescript');
    expect(ts).to.contain('import { loadConfigFromEnv, mountMCP } from "@authsec/sdk";');
    expect(ts).to.contain(`// Protects ${ctx.response.resource_url}\n`);
    expect(ts).to.contain('await mountMCP(app, { config: loadConfigFromEnv(), path: "/mcp" });');
    expect(ts).not.to.contain(ctx.secret);
  });

  it('.env: every AUTHSEC_* variable maps to its response field', async () => {
    const env = await snippet(ctx.el, 'env');
    const r = ctx.response;
    const vars = Object.fromEntries(env.split('\n').filter((l) => /^AUTHSEC_/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    expect(vars).to.deep.equal({
      AUTHSEC_ISSUER: r.issuer_url, AUTHSEC_AUTHORIZATION_SERVER: r.issuer_url, AUTHSEC_JWKS_URL: r.jwks_uri,
      AUTHSEC_INTROSPECTION_URL: r.introspection_endpoint, AUTHSEC_INTROSPECTION_CLIENT_ID: r.id,
      AUTHSEC_RESOURCE_URI: r.resource_url, AUTHSEC_RESOURCE_NAME: '"GitHub MCP Server"', AUTHSEC_RESOURCE_SERVER_ID: r.id,
      AUTHSEC_SUPPORTED_SCOPES: `"${r.scopes_supported.join(' ')}"`, AUTHSEC_POLICY_MODE: 'remote_required',
      AUTHSEC_VALIDATION_MODE: 'jwt_and_introspect', AUTHSEC_PUBLISH_MANIFEST: 'true',
    });
    expect(r.scopes_supported).to.deep.equal(['github_mcp_server:tools:read', 'github_mcp_server:tools:write']);
    expect(env).to.contain('# AUTHSEC_INTROSPECTION_CLIENT_SECRET: set it in the server\'s environment');
    expect(env).not.to.contain(ctx.secret);
  });

  it('lists the same values as credentials, and the tabs follow the arrow keys', async () => {
    const fields = [...ctx.el.shadowRoot!.querySelectorAll<HTMLElement & { label: string; value: string }>('[part="credentials"] authsec-ui-copy-field')];
    const r = ctx.response;
    expect(fields.map((f) => [f.label, f.value])).to.deep.equal([
      ['Resource URI', r.resource_url], ['Resource server ID (introspection client ID)', r.id], ['App slug (scope prefix)', 'github_mcp_server'], ['Issuer', r.issuer_url],
      ['JWKS URL', r.jwks_uri], ['Introspection URL', r.introspection_endpoint], ['Scope matrix URL', r.scope_matrix_url], ['Manifest URL', r.manifest_url],
    ]);
    $<HTMLButtonElement>(ctx.el, '#tab-python')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await ctx.el.updateComplete;
    expect(ctx.el.shadowRoot!.activeElement?.id).to.equal('tab-go');
    expect($(ctx.el, '#tab-go')!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'End' });
    await ctx.el.updateComplete;
    expect(ctx.el.shadowRoot!.activeElement?.id).to.equal('tab-env');
    await expect(ctx.el).to.be.accessible();
  });
});

describe('<authsec-app-registration>: keyboard only', () => {
  it('registers, reveals and dismisses the secret without a pointer', async () => {
    const clipboard = stubClipboard();
    try {
      const { el, emu } = await mount();
      $<HTMLInputElement>(el, '#name')!.focus();
      await sendKeys({ type: 'Keyboard App' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('url');
      await sendKeys({ type: 'https://kb.acme.example' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('path');
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '/v1' });
      await el.updateComplete;
      expect($(el, '#resource-uri')!.textContent).to.equal('https://kb.acme.example/mcp/v1');
      // Down the radios with the arrow keys.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#type-ai_agent')!.checked).to.equal(true);
      $<HTMLInputElement>(el, '#path')!.focus();
      const createdEvent = oneEvent(el, 'authsec-application-created');
      await sendKeys({ press: 'Enter' });
      const { detail } = (await createdEvent) as AuthsecApplicationCreatedEvent;
      expect(emu.store.resourceServers.get(detail.application.id)).to.include({ name: 'Keyboard App', resource_uri: 'https://kb.acme.example/mcp/v1', application_type: 'ai_agent' });
      await until(el, () => el.shadowRoot!.activeElement?.id === 'created-heading');
      // Heading → Show → Copy → I've stored it.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('secret');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('reveal')).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#secret')!.type).to.equal('text');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await until(el, () => clipboard.written.length === 1);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('stored')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await until(el, () => !$(el, '[part="secret"]'));
      expect(el.shadowRoot!.activeElement?.id).to.equal('secret-dismissed');
    } finally {
      clipboard.restore();
    }
  });
});

describe('<authsec-app-registration>: existing application', () => {
  it('shows the credentials, state and snippets with the secret as a placeholder', async () => {
    const { el, emu } = await mount({ appId: SEED.apps.docsSearch });
    const fields = [...el.shadowRoot!.querySelectorAll<HTMLElement & { label: string; value: string }>('[part="credentials"] authsec-ui-copy-field')];
    const base = emu.baseUrl;
    expect(fields.map((f) => f.value)).to.deep.equal([
      'https://docs-mcp.acme.example/mcp', SEED.apps.docsSearch, 'docs_search', base, `${base}/oauth/jwks`, `${base}/oauth/introspect`,
      `${base}/authsec/resource-servers/${SEED.apps.docsSearch}/sdk-policy`, `${base}/authsec/resource-servers/${SEED.apps.docsSearch}/sdk-manifest`,
    ]);
    const pill = $<HTMLElement & { label: string }>(el, 'authsec-ui-status-pill')!;
    expect([pill.getAttribute('tone'), pill.label]).to.deep.equal(['success', 'Launched']);
    expect(await snippet(el, 'env')).to.contain('# AUTHSEC_INTROSPECTION_CLIENT_SECRET: set it');
    expect(await snippet(el, 'python')).to.contain('resource_name="Docs Search"');
    expect(deepText(document.body)).not.to.contain(SEED.secrets.docsSearch);
    await expect(el).to.be.accessible();
  });

  it('names the application itself, except in a workspace whose header already names it (in-workspace)', async () => {
    const { el } = await mount({ appId: SEED.apps.docsSearch });
    await until(el, () => !!$(el, '[part="credentials"]'));
    expect($(el, '#app-heading')?.textContent?.trim()).to.equal('Docs Search');
    el.inWorkspace = true;
    await el.updateComplete;
    expect($(el, '#app-heading')).to.equal(null);
    const headings = [...el.shadowRoot!.querySelectorAll('h2, h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Credentials and SDK configuration', 'Credentials', 'SDK configuration']);
    expect(!!$(el, 'authsec-ui-button.rotate')).to.equal(true, 'its actions stay');
  });

  it('shows the snippet as it is, wrapping on a phone only after a separator', async () => {
    const { el } = await mount({ appId: SEED.apps.docsSearch });
    const python = await snippet(el, 'python');
    const code = $<HTMLElement>(el, 'pre code')!;
    expect(code.textContent).to.equal(python, 'no character added');
    expect(code.querySelectorAll('wbr').length).to.be.greaterThan(10);
  });

  it('rotates the secret after a confirmation naming the SDK outage and the drift event; the new one is shown once', async () => {
    const { el, emu, responses } = await mount({ appId: SEED.apps.docsSearch });
    const driftBefore = emu.store.driftEvents.size;
    $<HTMLElement>(el, 'authsec-ui-button.rotate')!.click();
    const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog.rotate-dialog')!;
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    const said = dialog.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('Running SDKs fail to validate tokens');
    expect(said).to.contain('AUTHSEC_INTROSPECTION_CLIENT_SECRET');
    expect(said).to.contain('rotating records a drift event');
    await expect(el).to.be.accessible();
    // Cancel changes nothing.
    pressDialog(dialog, 'cancel');
    await until(el, () => !dialog.isOpen);
    expect(emu.store.resourceServers.get(SEED.apps.docsSearch)!.introspection_secret).to.equal(SEED.secrets.docsSearch);

    $<HTMLElement>(el, 'authsec-ui-button.rotate')!.click();
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    const rotated = oneEvent(el, 'authsec-secret-rotated');
    pressDialog(dialog, 'confirm');
    const event = (await rotated) as AuthsecSecretRotatedEvent;
    expect(event.detail).to.deep.equal({ applicationId: SEED.apps.docsSearch });
    await until(el, () => !!$(el, '[part="secret"]'));
    const fresh = JSON.parse(responses.find((r) => r.path.endsWith('/rotate-introspection-secret'))!.body).introspection_secret as string;
    expect(emu.store.resourceServers.get(SEED.apps.docsSearch)!.introspection_secret).to.equal(fresh);
    expect(fresh).not.to.equal(SEED.secrets.docsSearch);
    expect(emu.store.driftEvents.size).to.equal(driftBefore + 1);
    expect(el.shadowRoot!.activeElement?.id).to.equal('secret-heading');
    expect($(el, 'authsec-ui-button.rotate')).to.equal(null);
    expect(deepText(document.body)).not.to.contain(fresh);
    $<HTMLElement>(el, 'authsec-ui-button.reveal')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#secret')!.value).to.equal(fresh);
    for (const tab of ['python', 'go', 'typescript', 'env'] as const) expect(await snippet(el, tab), tab).not.to.contain(fresh);
    expect(attributesContaining(document, fresh)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    $<HTMLElement>(el, 'authsec-ui-button.stored')!.click();
    await until(el, () => !$(el, '[part="secret"]'));
    expect(deepText(document.body)).not.to.contain(fresh);
    expect($(el, 'authsec-ui-button.rotate')).to.exist;
  });

  it('says so and keeps the current secret when rotation fails', async () => {
    const { el, emu } = await mount({ appId: SEED.apps.github });
    emu.faults.set({ rate: 1, kinds: ['503'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.github}/rotate` });
    $<HTMLElement>(el, 'authsec-ui-button.rotate')!.click();
    const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog.rotate-dialog')!;
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    expect(dialog.textContent).not.to.contain('drift event');
    pressDialog(dialog, 'confirm');
    await until(el, () => !!$(el, '#failure'));
    expect(text(el)).to.contain('Could not rotate the secret.');
    expect(text(el)).to.contain('The current secret still works.');
    expect(emu.store.resourceServers.get(SEED.apps.github)!.introspection_secret).to.equal(SEED.secrets.github);
  });

  it('when the answer to Rotate is lost, says the secret may have changed and that rotating again is the way to a working one', async () => {
    const { el, emu } = await mount({ appId: SEED.apps.github });
    // AuthSec rotates, then the connection drops before its answer arrives.
    emu.faults.set({ rate: 1, kinds: ['lost'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.github}/rotate` });
    $<HTMLElement>(el, 'authsec-ui-button.rotate')!.click();
    const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog.rotate-dialog')!;
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    pressDialog(dialog, 'confirm');
    await until(el, () => !!$(el, '#failure'));
    expect(emu.faults.config.count, 'the answer was lost').to.equal(0);
    const lost = emu.store.resourceServers.get(SEED.apps.github)!.introspection_secret;
    expect(lost, 'AuthSec did rotate').not.to.equal(SEED.secrets.github);
    expect(text(el)).to.contain('AuthSec did not answer, so the secret may have been rotated and the current one may no longer work.');
    expect(text(el)).to.contain('Rotate again to get a secret that works.');
    expect(text(el)).not.to.contain('The current secret still works.');
    await expect(el).to.be.accessible();
    // Rotating again gives the secret AuthSec now holds.
    const rotated = oneEvent(el, 'authsec-secret-rotated');
    $<HTMLElement>(el, 'authsec-ui-button.rotate')!.click();
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    pressDialog(dialog, 'confirm');
    await rotated;
    await until(el, () => !!$(el, '[part="secret"]'));
    const now = emu.store.resourceServers.get(SEED.apps.github)!.introspection_secret;
    expect(now).not.to.equal(lost);
    $<HTMLElement>(el, 'authsec-ui-button.reveal')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#secret')!.value).to.equal(now);
  });

  it('edits the path, spelling out the Resource URI change before saving', async () => {
    const { el, emu } = await mount({ appId: SEED.apps.github });
    $<HTMLElement>(el, 'authsec-ui-button.edit')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    await type(el, 'path', 'v2');
    expect(errorOf(el, 'path')).to.equal('Start the path with /, e.g. /v2.');
    await type(el, 'path', '/v2/mcp');
    const change = $(el, '#uri-change')!.textContent!.replace(/\s+/g, ' ');
    expect(change).to.contain('The Resource URI changes from https://mcp.github.acme.example/mcp to https://mcp.github.acme.example/v2/mcp.');
    expect(change).to.contain('existing clients must re-authenticate');
    await expect(el).to.be.accessible();
    submit(el);
    const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog.uri-dialog')!;
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    const updated = oneEvent(el, 'authsec-application-updated');
    pressDialog(dialog, 'confirm');
    const event = (await updated) as AuthsecApplicationUpdatedEvent;
    expect(event.detail.resourceUriChanged).to.equal(true);
    expect(event.detail.application.resource_uri).to.equal('https://mcp.github.acme.example/v2/mcp');
    expect(emu.store.resourceServers.get(SEED.apps.github)!.resource_uri).to.equal('https://mcp.github.acme.example/v2/mcp');
    const first = () => el.shadowRoot!.querySelector<HTMLElement & { value: string }>('[part="credentials"] authsec-ui-copy-field')!.value;
    await until(el, () => !$(el, 'form') && first() === 'https://mcp.github.acme.example/v2/mcp');
    expect(await snippet(el, 'python')).to.contain('mount_mcp(app, "/v2/mcp", your_existing_mcp_handler, cfg)');
  });

  it('puts a duplicate Resource URI on the URL field when editing', async () => {
    const { el, emu } = await mount({ appId: SEED.apps.github });
    $<HTMLElement>(el, 'authsec-ui-button.edit')!.click();
    await el.updateComplete;
    await type(el, 'url', 'https://docs-mcp.acme.example');
    submit(el);
    const dialog = $<AuthsecUiConfirmDialog>(el, 'authsec-ui-confirm-dialog.uri-dialog')!;
    await until(el, () => !!dialog.shadowRoot?.querySelector('dialog[open]'));
    pressDialog(dialog, 'confirm');
    await until(el, () => errorOf(el, 'url') !== '');
    expect(errorOf(el, 'url')).to.contain('An application with this Resource URI already exists (https://docs-mcp.acme.example/mcp)');
    expect(emu.store.resourceServers.get(SEED.apps.github)!.resource_uri).to.equal('https://mcp.github.acme.example/mcp');
  });
});

describe('<authsec-app-registration>: states', () => {
  it('is forbidden for a workspace member, in both modes', async () => {
    const { el } = await mount({ userId: SEED.users.member });
    expect($(el, 'authsec-ui-state')!.getAttribute('kind')).to.equal('forbidden');
    expect($(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
    const existing = await mount({ appId: SEED.apps.github, userId: SEED.users.member });
    expect($(existing.el, 'authsec-ui-state')!.getAttribute('kind')).to.equal('forbidden');
  });

  it('registers without a preset when presets cannot load, and says so', async () => {
    const emu = createBrowserEmulator();
    emu.faults.set({ rate: 1, kinds: ['500'], pathPrefix: '/authsec/scope-presets' });
    const { el } = await mount({ emu });
    expect(text(el)).to.contain('Scope presets could not be loaded.');
    emu.faults.clear();
    const event = await register(el, 'No Preset', 'https://np.acme.example');
    expect(emu.store.scopesOf(event.detail.application.id)).to.have.length(0);
  });

  it('shows an error with retry when the application cannot be loaded', async () => {
    const emu = createBrowserEmulator();
    emu.faults.set({ rate: 1, kinds: ['503'], pathPrefix: '/authsec' });
    const { el } = await mount({ emu, appId: SEED.apps.github });
    await until(el, () => $(el, 'authsec-ui-state')?.getAttribute('kind') === 'error');
    emu.faults.clear();
    ($(el, 'authsec-ui-state')!.shadowRoot!.querySelector('authsec-ui-button') as HTMLElement).click();
    await until(el, () => !!$(el, '[part="credentials"]'));
  });

  it('renders hostile names as text and escapes them in the snippets', async () => {
    const { el } = await mount();
    // At the form's 100-character limit (longer names are refused before AuthSec sees them).
    const hostile = `<img src=x onerror="window.__pwned=1">\u202Eevil"); import os #${'x'.repeat(42)}`;
    expect([...hostile].length).to.equal(100);
    await register(el, hostile, 'https://hostile.acme.example');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(el)).to.contain('⟨U+202E⟩');
    expect($(el, '#created-heading')!.textContent!.length).to.be.below(400);
    const py = await snippet(el, 'python');
    expect(py).not.to.contain('\u202E');
    expect(py).to.contain('\\u202Eevil\\"); import os #');
    expect(py.split('\n').filter((l) => l.includes('"); import os')).map((l) => l.slice(0, 19))).to.deep.equal(['    resource_name="']);
    await expect(el).to.be.accessible();
  });
});

describe('<authsec-app-registration>: snippets follow the registered Resource URI', () => {
  it('listens on the registered port and path in every language; never 8000 or 8080', async () => {
    const { el } = await mount();
    await register(el, 'Issue Tracker', 'http://127.0.0.1:8931', '/mcp');
    // One tab at a time: the panel shows one snippet.
    const snippets = { python: await snippet(el, 'python'), go: await snippet(el, 'go'), typescript: await snippet(el, 'typescript'), env: await snippet(el, 'env') };
    expect(snippets.python).to.contain('uvicorn.run(app, host="127.0.0.1", port=8931)');
    expect(snippets.go).to.contain('http.ListenAndServe("127.0.0.1:8931", mux)');
    expect(snippets.typescript).to.contain('app.listen(8931, "127.0.0.1");');
    expect(snippets.env).to.contain('AUTHSEC_RESOURCE_URI=http://127.0.0.1:8931/mcp\n');
    for (const [tab, code] of Object.entries(snippets)) expect(code, tab).not.to.match(/\b(8000|8080)\b/);
  });

  it('uses the scheme\'s default port and the full path of an https Resource URI', async () => {
    const { el } = await mount();
    await register(el, 'Tenant Tools', 'https://tools.acme.example/tenant-a', '/mcp');
    const go = await snippet(el, 'go');
    expect(go).to.contain('authsec.MountMCP(mux, "/tenant-a/mcp", yourExistingHandler, cfg)');
    expect(go).to.contain('http.ListenAndServe(":443", mux)');
    expect(await snippet(el, 'typescript')).to.contain('\napp.listen(443);\n');
  });

  it('shows the app slug, labelled, with a Copy button, beside the other values', async () => {
    const { el, responses } = await mount();
    await register(el, 'Issue Tracker', 'http://127.0.0.1:8931', '/mcp');
    const field = [...el.shadowRoot!.querySelectorAll<AuthsecUiCopyField>('[part="credentials"] authsec-ui-copy-field')]
      .find((f) => f.label === 'App slug (scope prefix)')!;
    expect(field.value).to.equal('issue_tracker');
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('label')!.textContent).to.contain('App slug (scope prefix)');
    expect(field.shadowRoot!.querySelector('authsec-ui-button')).to.exist;
    // The slug is the namespace of the scopes AuthSec created for it.
    const scopes = created(responses).scopes_supported;
    expect(scopes.length).to.be.greaterThan(0);
    for (const scope of scopes) expect(scope.startsWith('issue_tracker:'), scope).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
