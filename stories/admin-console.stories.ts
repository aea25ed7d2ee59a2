import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/admin-console/define.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/** The whole admin experience against the in-browser emulator. Every story is also an axe test. */
const meta = {
  title: 'Elements/Admin console',
  component: 'authsec-admin-console',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec });
const root = (canvas: HTMLElement) => canvas.querySelector('authsec-admin-console')?.shadowRoot;
const selectedTab = (canvas: HTMLElement) => root(canvas)?.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim();
const consoleAt = (app?: string, tab = 'overview') =>
  app ? html`<authsec-admin-console application-id=${app} tab=${tab}></authsec-admin-console>` : html`<authsec-admin-console></authsec-admin-console>`;

export const ApplicationsList: Story = {
  render: () => consoleAt(),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-applications-list')?.shadowRoot?.querySelectorAll('tbody tr').length).toBe(3));
  },
};

export const Overview: Story = {
  render: () => consoleAt(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(selectedTab(canvasElement)).toBe('Overview'));
  },
};

export const Setup: Story = { render: () => consoleAt(SEED.apps.github, 'setup') };
export const Tools: Story = {
  tags: ['!autodocs'],
  render: () => consoleAt(SEED.apps.github, 'tools'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(selectedTab(canvasElement)).toBe('Tools'));
  },
};
export const Scopes: Story = { tags: ['!autodocs'], render: () => consoleAt(SEED.apps.github, 'scopes') };
export const Access: Story = { tags: ['!autodocs'], render: () => consoleAt(SEED.apps.docsSearch, 'access') };
export const Activity: Story = { tags: ['!autodocs'], render: () => consoleAt(SEED.apps.docsSearch, 'activity') };
export const ActivityBeforeLaunch: Story = { tags: ['!autodocs'], render: () => consoleAt(SEED.apps.github, 'activity') };

export const Register: Story = {
  tags: ['!autodocs'],
  render: () => html`<authsec-admin-console register></authsec-admin-console>`,
  play: async ({ canvasElement }) => {
    // The list with registration open in its drawer.
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-applications-list')?.shadowRoot?.querySelector('authsec-app-registration')).toBeTruthy());
  },
};

export const HiddenTabs: Story = {
  tags: ['!autodocs'],
  render: () => html`<authsec-admin-console application-id=${SEED.apps.docsSearch} hide-tabs="scopes activity"></authsec-admin-console>`,
};

export const ReadOnly: Story = {
  tags: ['!autodocs'],
  render: () => html`<authsec-admin-console application-id=${SEED.apps.docsSearch} readonly></authsec-admin-console>`,
};

export const NotFound: Story = { render: () => consoleAt('00000000-0000-4000-8000-00000000dead') };

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => consoleAt(SEED.apps.github),
};

export const ServerError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['500'] } }),
  render: () => consoleAt(SEED.apps.github),
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: () => consoleAt(SEED.apps.github),
};

export const HostileText: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      emu.store.resourceServers.get(SEED.apps.github)!.name = `<img src=x onerror=alert(1)>\u202Egnp.exe ${'long '.repeat(2000)}`;
    },
  }),
  render: () => consoleAt(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.textContent).toContain('⟨U+202E⟩'));
  },
};

export const Narrow360: Story = {
  tags: ['!autodocs'],
  render: () => html`<div style="inline-size: 360px">${consoleAt(SEED.apps.github, 'tools')}</div>`,
  // The tabs wrap into a grid of equal cells, every one in view (docs/design.md, "Tabs on small screens").
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector<HTMLElement>('[role="tablist"]')?.dataset.fit).toBe('grid'));
  },
};

export const RightToLeft: Story = {
  tags: ['!autodocs'],
  parameters: params({ locale: 'ar' }),
  render: () => html`<div dir="rtl">${consoleAt(SEED.apps.github)}</div>`,
};

export const Dark: Story = {
  tags: ['!autodocs'],
  render: () => html`<div style="--authsec-color-scheme: dark; color-scheme: dark; background: #0b0c10; padding: 1rem">${consoleAt(SEED.apps.docsSearch)}</div>`,
};
