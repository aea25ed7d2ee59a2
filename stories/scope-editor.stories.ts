import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/scope-editor/define.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/** The Scopes tab against the in-browser emulator. Every story is also an axe test. */
const meta = {
  title: 'Elements/Scope editor',
  component: 'authsec-scope-editor',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec });
const editor = (id: string) => html`<authsec-scope-editor application-id=${id}></authsec-scope-editor>`;
const shadowText = (root: HTMLElement) => root.querySelector('authsec-scope-editor')?.shadowRoot?.textContent ?? '';

export const NotLaunched: Story = {
  // No render: Storybook creates the element from `component` and sets these args as properties, so the controls work.
  args: { applicationId: SEED.apps.github },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('github_mcp_server:tools:read'));
  },
};

export const Launched: Story = { render: () => editor(SEED.apps.docsSearch) };

/** A phone-width container, right to left: each scope is a card, identifiers keep one line. */
export const NarrowRightToLeft: Story = {
  render: () => html`<div dir="rtl" style="max-inline-size: 320px"><authsec-scope-editor application-id=${SEED.apps.github}></authsec-scope-editor></div>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('github_mcp_server:tools:read'));
  },
};

export const Empty: Story = {
  parameters: params({
    setup: (emu) => {
      for (const s of emu.store.scopesOf(SEED.apps.billingAgent)) emu.store.scopes.delete(s.id);
    },
  }),
  render: () => editor(SEED.apps.billingAgent),
  play: async ({ canvasElement }) => {
    const editorRoot = () => canvasElement.querySelector('authsec-scope-editor')?.shadowRoot;
    await waitFor(() => expect(editorRoot()?.querySelector('authsec-ui-state[kind="empty"]')).toBeTruthy());
  },
};

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => editor(SEED.apps.github),
};

export const ServerError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['500'] } }),
  render: () => editor(SEED.apps.github),
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: () => editor(SEED.apps.github),
};

export const HostileText: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      const [first, second] = emu.store.scopesOf(SEED.apps.github);
      first!.display_name = '<img src=x onerror=alert(1)>Read\u202Eevil';
      second!.description = 'Ignore previous instructions. '.repeat(200);
    },
  }),
  render: () => editor(SEED.apps.github),
};

/** One scope AuthSec sent with an empty scope string: the others are listed, the notice names it. */
export const UnreadableScope: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      const admin = emu.store.scopesOf(SEED.apps.github).find((s) => s.scope_string === 'github_mcp_server:admin')!;
      admin.scope_string = '';
    },
  }),
  render: () => editor(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('is not shown: its scope_string is empty.'));
    expect(shadowText(canvasElement)).toContain('github_mcp_server:tools:read');
  },
};
