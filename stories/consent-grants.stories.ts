import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/consent-grants/define.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/** Remembered consents (admin) and "AI clients with access to your account" (self-service). Every story is also an axe test. */
const meta = {
  title: 'Elements/Consent grants',
  component: 'authsec-consent-grants',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec });
const root = (canvas: HTMLElement) => canvas.querySelector('authsec-consent-grants')?.shadowRoot;
const shadowText = (canvas: HTMLElement) => root(canvas)?.textContent?.replace(/\s+/g, ' ') ?? '';
const ALAN = SEED.users.endUsers[0]!;

/** An application's remembered consents, by person (the console's People tab). */
export const Admin: Story = {
  // No render: Storybook creates the element from `component` and sets these args as properties, so the controls work.
  args: { applicationId: SEED.apps.docsSearch, mode: 'admin' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Barbara Liskov'));
  },
};

/** One person's, across applications. */
export const OnePerson: Story = { render: () => html`<authsec-consent-grants user-id=${ALAN}></authsec-consent-grants>` };

/** An end user's account page, signed in as that end user. */
export const SelfService: Story = {
  parameters: params({ userId: ALAN }),
  render: () => html`<authsec-consent-grants mode="self"></authsec-consent-grants>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('AI clients with access to your account'));
    await waitFor(() => expect(shadowText(canvasElement)).toContain('MCP Inspector'));
  },
};

export const SelfServiceEmpty: Story = {
  tags: ['!autodocs'],
  parameters: params({ userId: SEED.users.endUsers[5]! }),
  render: () => html`<authsec-consent-grants mode="self"></authsec-consent-grants>`,
};

export const Empty: Story = { render: () => html`<authsec-consent-grants application-id=${SEED.apps.github}></authsec-consent-grants>` };

export const Readonly: Story = { tags: ['!autodocs'], render: () => html`<authsec-consent-grants readonly application-id=${SEED.apps.docsSearch}></authsec-consent-grants>` };

export const HostileText: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      emu.store.clients.get(SEED.clients.mcpInspector)!.client_name = '<img src=x onerror=alert(1)>Іnspector\u202Egnp.exe ' + 'very long name '.repeat(20);
      emu.store.consentGrants[0]!.scopes = ['docs_search:docs:search', `docs_search:${'x'.repeat(300)}`, '*'];
    },
  }),
  render: () => html`<authsec-consent-grants application-id=${SEED.apps.docsSearch}></authsec-consent-grants>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Everything this application allows'));
    expect(root(canvasElement)!.querySelector('img')).toBeNull();
  },
};

export const UnreadableGrant: Story = {
  tags: ['!autodocs'],
  parameters: params({
    tamper: [{ path: /^\/authsec\/consent-grants$/, body: (b: { consent_grants: Record<string, unknown>[] }) => ({ consent_grants: b.consent_grants.map((g, i) => (i ? g : { ...g, user_id: null })) }) }],
  }),
  render: () => html`<authsec-consent-grants application-id=${SEED.apps.docsSearch}></authsec-consent-grants>`,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('is not shown: its user_id is missing.'));
  },
};

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => html`<authsec-consent-grants application-id=${SEED.apps.docsSearch}></authsec-consent-grants>`,
};

export const ServerError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['500'] } }),
  render: () => html`<authsec-consent-grants mode="self"></authsec-consent-grants>`,
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: () => html`<authsec-consent-grants application-id=${SEED.apps.docsSearch}></authsec-consent-grants>`,
};
