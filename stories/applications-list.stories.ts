import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/applications-list/define.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/** The applications list against the in-browser emulator. Every story is also an axe test. */
const meta = {
  title: 'Elements/Applications list',
  component: 'authsec-applications-list',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec });
const list = (attrs = '') => (attrs === 'readonly' ? html`<authsec-applications-list readonly></authsec-applications-list>` : html`<authsec-applications-list></authsec-applications-list>`);
const root = (canvas: HTMLElement) => canvas.querySelector('authsec-applications-list')?.shadowRoot;
const shadowText = (canvas: HTMLElement) => root(canvas)?.textContent ?? '';

export const Workspace: Story = {
  // No render: Storybook creates the element from `component` and sets these args as properties, so the controls work.
  args: { readonly: false },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelectorAll('tbody tr').length).toBe(3));
  },
};

export const Empty: Story = {
  parameters: params({
    setup: (emu) => {
      for (const [id, app] of [...emu.store.resourceServers]) if (app.workspace_id === SEED.workspace) emu.store.resourceServers.delete(id);
    },
  }),
  render: () => list(),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-state[kind="empty"]')).toBeTruthy());
  },
};

export const Filtered: Story = {
  tags: ['!autodocs'],
  render: () => list(),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('#query')).toBeTruthy());
    const query = root(canvasElement)!.querySelector<HTMLInputElement>('#query')!;
    query.value = 'nothing like this';
    query.dispatchEvent(new Event('input'));
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Showing 0 of 3 applications'));
    expect(root(canvasElement)!.querySelector('authsec-ui-state[kind="empty"]')).toBeTruthy();
  },
};

export const RegistrationOpen: Story = {
  tags: ['!autodocs'],
  render: () => list(),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-button.install')).toBeTruthy());
    root(canvasElement)!.querySelector<HTMLElement>('authsec-ui-button.install')!.click();
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-app-registration')).toBeTruthy());
  },
};

/** A host that routes (`#/register`) sets `register`: the list with the registration drawer open over it. */
export const RoutedRegistration: Story = {
  render: () => html`<authsec-applications-list register></authsec-applications-list>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-drawer')?.shadowRoot?.querySelector('dialog')?.open).toBe(true));
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-app-registration')).toBeTruthy());
  },
};

export const ReadOnly: Story = { render: () => list('readonly') };

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => list(),
};

export const ServerError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['500'] } }),
  render: () => list(),
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: () => list(),
};

export const ManyApplications: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      const template = emu.store.resourceServers.get(SEED.apps.github)!;
      for (let i = 0; i < 200; i++) {
        const id = `5eed00aa-0000-4000-8000-${String(i).padStart(12, '0')}`;
        emu.store.resourceServers.set(id, { ...template, id, name: `Service ${i}`, resource_uri: `https://svc-${i}.acme.example/mcp` });
      }
    },
  }),
  render: () => list(),
};

export const HostileText: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      emu.store.resourceServers.get(SEED.apps.github)!.name = `<img src=x onerror=alert(1)>\u202Egnp.exe ${'long '.repeat(2000)}`;
    },
  }),
  render: () => list(),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('⟨U+202E⟩'));
    expect(root(canvasElement)!.querySelector('img')).toBeNull();
  },
};

export const Narrow360: Story = {
  tags: ['!autodocs'],
  render: () => html`<div style="inline-size: 360px">${list()}</div>`,
};

export const RightToLeft: Story = {
  tags: ['!autodocs'],
  parameters: params({ locale: 'ar' }),
  render: () => html`<div dir="rtl">${list()}</div>`,
};

export const Dark: Story = {
  tags: ['!autodocs'],
  render: () => html`<div style="--authsec-color-scheme: dark; color-scheme: dark; background: #0b0c10; padding: 1rem">${list()}</div>`,
};

/** One application in a state AuthSec added after this library: the others are listed, and the notice names it. */
export const UnreadableEntry: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      (emu.store.resourceServers.get(SEED.apps.github) as { state: string }).state = 'paused_by_policy';
    },
  }),
  render: () => list(),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelectorAll('tbody tr').length).toBe(2));
    expect(shadowText(canvasElement)).toContain('Application “GitHub MCP Server” is not shown: its state has a value this page does not know.');
  },
};
