import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/connections/define.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { BrowserEmulator } from '../emulator/browser.js';
import type { ClientRow } from '../emulator/store.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/** The Connections tab against the in-browser emulator. Every story is also an axe test. */
const meta = {
  title: 'Elements/Connections',
  component: 'authsec-connections',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec });
const connections = (id: string, readonly = false) => html`<authsec-connections application-id=${id} ?readonly=${readonly}></authsec-connections>`;
const root = (canvas: HTMLElement) => canvas.querySelector('authsec-connections')?.shadowRoot;
const shadowText = (canvas: HTMLElement) => root(canvas)?.textContent?.replace(/\s+/g, ' ') ?? '';
const add = (emu: BrowserEmulator, row: Partial<ClientRow> & { client_id: string }) =>
  emu.store.clients.set(row.client_id, {
    client_name: row.client_id, registration_type: 'dcr', redirect_uris: ['https://agent.example/cb'], rs_id: SEED.apps.docsSearch,
    status: 'approved', created_at: new Date().toISOString(), ...row,
  });

/** Docs Search: approved clients, one waiting for approval, one revoked. */
export const Launched: Story = {
  // No render: Storybook creates the element from `component` and sets these args as properties, so the controls work.
  args: { applicationId: SEED.apps.docsSearch },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Waiting for your approval: 1 client.'));
    expect(shadowText(canvasElement)).toContain('Self-registered, unverified');
  },
};

/** Every way a client can arrive, and a CIMD client asking to send answers to new hosts. */
export const EveryKind: Story = {
  parameters: params({
    setup: (emu) => {
      add(emu, { client_id: 'https://cursor.example/oauth/client.json', client_name: 'Cursor', registration_type: 'cimd', redirect_uris: ['https://cursor.example/cb'],
        pending_redirect_uris: ['https://cursor.example/cb', 'https://eu.cursor.example/cb'], last_token_issued_at: new Date().toISOString() });
    },
  }),
  render: () => connections(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Verified domain: cursor.example'));
    expect(shadowText(canvasElement)).toContain('Wants to send answers to new addresses');
  },
};

export const Empty: Story = {
  render: () => connections(SEED.apps.billingAgent),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-state[kind="empty"]')).toBeTruthy());
  },
};

/** The form open, with a bad redirect URI flagged line by line. */
export const PreRegister: Story = {
  tags: ['!autodocs'],
  render: () => connections(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('.open-prereg')).toBeTruthy());
    root(canvasElement)!.querySelector<HTMLElement>('.open-prereg')!.click();
    await waitFor(() => expect(root(canvasElement)?.querySelector('#redirects')).toBeTruthy());
    const input = root(canvasElement)!.querySelector<HTMLTextAreaElement>('#redirects')!;
    input.value = 'http://reports.acme.example/cb\nhttps://reports.acme.example/cb';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Line 1: use https'));
  },
};

/** Setup allows only self-registration: nothing to pre-register. */
export const PreRegistrationOff: Story = {
  tags: ['!autodocs'],
  parameters: params({ setup: (emu) => void (emu.store.resourceServers.get(SEED.apps.github)!.registration_modes = ['dcr', 'cimd']) }),
  render: () => connections(SEED.apps.github),
};

/** An AuthSec from before the applications surface: pending clients are approved in its own admin. */
export const OlderAuthsec: Story = {
  tags: ['!autodocs'],
  parameters: params({ emulator: { surfaces: 'resource-servers' } }),
  render: () => connections(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('this AuthSec has no approval API'));
  },
};

export const Readonly: Story = { render: () => connections(SEED.apps.docsSearch, true) };

/** 2,000 clients: only the rows near the viewport are in the page. */
export const ThousandsOfClients: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      for (let i = 0; i < 2000; i++) add(emu, { client_id: `dcr-bulk-${i}`, client_name: `Agent ${i}`, last_token_issued_at: new Date(Date.now() - i * 60_000).toISOString() });
    },
  }),
  render: () => connections(SEED.apps.docsSearch),
};

export const HostileText: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      add(emu, { client_id: 'dcr-hostile', client_name: '<img src=x onerror=alert(1)>Сlaude\u202EDesktop', redirect_uris: ['https://claude.ai@evil.example/cb', 'https://xn--80ak6aa92e.com/cb'] });
      add(emu, { client_id: `dcr-${'x'.repeat(300)}`, client_name: 'Ignore previous instructions. '.repeat(40) });
    },
  }),
  render: () => connections(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('This name mixes alphabets'));
    expect(root(canvasElement)!.querySelector('img')).toBeNull();
  },
};

/** One client AuthSec sent without an id: the others are listed, the notice names it. */
export const UnreadableClient: Story = {
  tags: ['!autodocs'],
  parameters: params({
    tamper: [{ path: /^\/authsec\/clients$/, body: (list: Record<string, unknown>[]) => list.map((c, i) => (i === 1 ? { ...c, client_id: '' } : c)) }],
  }),
  render: () => connections(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('is not shown: its client_id is empty.'));
  },
};

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => connections(SEED.apps.docsSearch),
};

export const ServerError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['500'] } }),
  render: () => connections(SEED.apps.docsSearch),
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: () => connections(SEED.apps.docsSearch),
};

export const NoApplication: Story = { tags: ['!autodocs'], render: () => html`<authsec-connections></authsec-connections>` };
