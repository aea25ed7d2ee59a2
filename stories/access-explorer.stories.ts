import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/access-explorer/define.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/** "Who can call what, and why not" against the in-browser emulator. Every story is also an axe test. */
const meta = {
  title: 'Elements/Access explorer',
  component: 'authsec-access-explorer',
  parameters: { layout: 'padded', authsec: { emulator: { surfaces: 'applications' } } satisfies AuthsecStoryParameters },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec: { emulator: { surfaces: 'applications' }, ...authsec } });
const explorer = (id: string, readonly = false) => html`<authsec-access-explorer application-id=${id} ?readonly=${readonly}></authsec-access-explorer>`;
const root = (canvas: HTMLElement) => canvas.querySelector('authsec-access-explorer')?.shadowRoot;
const shadowText = (canvas: HTMLElement) => root(canvas)?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Alan asks for a write tool: denied, with the checks and the least-privilege role to give. */
async function askWrite(canvas: HTMLElement): Promise<void> {
  await waitFor(() => expect(root(canvas)?.querySelector('#who option[value]:not([value=""])')).toBeTruthy());
  const r = root(canvas)!;
  const who = r.querySelector<HTMLSelectElement>('#who')!;
  who.value = SEED.users.endUsers[0]!;
  who.dispatchEvent(new Event('change'));
  const tool = r.querySelector<HTMLInputElement>('#tool')!;
  tool.value = 'delete_document';
  tool.dispatchEvent(new Event('input'));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  r.querySelector<HTMLFormElement>('form')!.requestSubmit();
  await waitFor(() => expect(shadowText(canvas)).toContain('cannot call delete_document'));
}

export const PeopleWithAccess: Story = {
  // No render: Storybook creates the element from `component` and sets these args as properties, so the controls work.
  args: { applicationId: SEED.apps.docsSearch },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Alan Turing'));
  },
};

export const DeniedWithFix: Story = {
  tags: ['!autodocs'],
  render: () => explorer(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => askWrite(canvasElement),
};

export const ReadonlyDenied: Story = {
  tags: ['!autodocs'],
  render: () => explorer(SEED.apps.docsSearch, true),
  play: async ({ canvasElement }) => askWrite(canvasElement),
};

export const NotLaunched: Story = { render: () => explorer(SEED.apps.github) };

export const NobodyYet: Story = { render: () => explorer(SEED.apps.billingAgent) };

export const OlderAuthsec: Story = {
  tags: ['!autodocs'],
  parameters: params({ emulator: { surfaces: 'resource-servers' } }),
  render: () => explorer(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('does not answer these questions yet'));
  },
};

export const HostileText: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      const alan = emu.store.users.get(SEED.users.endUsers[0]!)!;
      alan.name = '<img src=x onerror=alert(1)>Аlan\u202Egnirut ' + 'very long name '.repeat(12);
    },
  }),
  render: () => explorer(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('very long name'));
    expect(root(canvasElement)!.querySelector('img')).toBeNull();
  },
};

/** AuthSec sent a person and a role this page cannot read: the rest is shown, the notice names them. */
export const UnreadableEntries: Story = {
  tags: ['!autodocs'],
  parameters: params({
    tamper: [
      {
        path: new RegExp(`^/authsec/applications/${SEED.apps.docsSearch}/access/users$`),
        body: (b: { users: { user: Record<string, unknown> }[] }) => ({ ...b, users: b.users.map((u, i) => (i === 1 ? { ...u, user: { ...u.user, id: '' } } : u)) }),
      },
      {
        path: new RegExp(`^/authsec/applications/${SEED.apps.docsSearch}/roles$`),
        body: (b: { roles: Record<string, unknown>[] }) => ({ ...b, roles: b.roles.map((r, i) => (i === 0 ? { ...r, id: undefined } : r)) }),
      },
    ],
  }),
  render: () => explorer(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('AuthSec sent 2 entries this page could not fully read.'));
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Alan Turing'));
  },
};

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => explorer(SEED.apps.docsSearch),
};

export const ServerError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['500'] } }),
  render: () => explorer(SEED.apps.docsSearch),
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: () => explorer(SEED.apps.docsSearch),
};
