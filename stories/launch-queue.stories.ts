import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/launch-queue/define.js';
import type { BrowserEmulator } from '../emulator/browser.js';
import type { Probe } from '../emulator/probe.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/** The Overview's launch queue against the in-browser emulator. Every story is also an axe test. */
const meta = {
  title: 'Elements/Launch queue',
  component: 'authsec-launch-queue',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec });
const queue = (id: string) => html`<authsec-launch-queue application-id=${id}></authsec-launch-queue>`;
const root = (canvas: HTMLElement) => canvas.querySelector('authsec-launch-queue')?.shadowRoot;
const shadowText = (canvas: HTMLElement) => (root(canvas)?.textContent ?? '').replace(/\s+/g, ' ');
const native = (host: Element | null | undefined) => host?.shadowRoot?.querySelector('button') ?? null;

/** An application server protected by the SDK: metadata served, 401 with a challenge. */
const protectedServer: Probe = async (url) =>
  url.includes('/.well-known/oauth-protected-resource')
    ? new Response('{"resource":"https://mcp.github.acme.example/mcp"}', { status: 200 })
    : new Response('', { status: 401, headers: { 'www-authenticate': 'Bearer resource_metadata="https://mcp.github.acme.example/.well-known/oauth-protected-resource/mcp"' } });

/** GitHub with every tool mapped and a viewer role that grants read: nothing blocks launch. */
const readyToActivate = (emu: BrowserEmulator) => {
  const id = SEED.apps.github;
  const read = emu.store.scopesOf(id).find((s) => s.scope_string.endsWith(':tools:read'))!;
  for (const tool of emu.store.unmappedTools(id)) emu.store.mappings.push({ tool_id: tool.id, scope_id: read.id, source: 'admin_override', auto_matched: false });
  emu.store.viewerRole(id)!.scope_ids = [read.id];
  emu.store.accessPolicies.get(id)!.enabled = true;
};

/** Needs setup: the seeded GitHub MCP Server, 101 tools about half mapped. */
export const NeedsSetup: Story = {
  // No render: Storybook creates the element from `component` and sets these args as properties, so the controls work.
  args: { applicationId: SEED.apps.github },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('tools are still unmapped.'));
  },
};

export const WaitingForManifest: Story = {
  render: () => queue(SEED.apps.billingAgent),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('AuthSec has not heard from the SDK yet.'));
  },
};

export const SdkSecretRefused: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      emu.store.manifestAttempts.push({
        id: 'story-auth', rs_id: SEED.apps.billingAgent, attempted_at: new Date().toISOString(), status: 'auth_failed', reason: 'invalid credentials',
      });
    },
  }),
  render: () => queue(SEED.apps.billingAgent),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('the SDK’s secret is wrong'));
  },
};

export const ReadyToActivate: Story = {
  parameters: params({ setup: readyToActivate }),
  render: () => queue(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-button.activate')?.hasAttribute('disabled')).toBe(false));
  },
};

let refusedEmulator: BrowserEmulator | undefined;
/** The preview said yes, then a new tool arrived and the viewer role was emptied: AuthSec's 409 in words. */
export const ActivationRefused: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      readyToActivate(emu);
      refusedEmulator = emu;
    },
  }),
  render: () => queue(SEED.apps.github),
  play: async ({ canvasElement }) => {
    const shadow = () => root(canvasElement);
    await waitFor(() => expect(shadow()?.querySelector('authsec-ui-button.activate')?.hasAttribute('disabled')).toBe(false));
    const store = refusedEmulator!.store;
    store.addTool({ rs_id: SEED.apps.github, name: 'late_tool', title: '', description: '', inventory_source: 'manual', is_public: false });
    store.viewerRole(SEED.apps.github)!.scope_ids = [];
    native(shadow()!.querySelector('authsec-ui-button.activate'))!.click();
    const dialog = shadow()!.querySelector('authsec-ui-confirm-dialog')!;
    await waitFor(() => expect(dialog.shadowRoot?.querySelector('dialog[open]')).toBeTruthy());
    native(dialog.shadowRoot!.querySelector('authsec-ui-button.confirm'))!.click();
    await waitFor(() => expect(shadowText(canvasElement)).toContain('1 tool is still unmapped.'));
  },
};

export const ProtectionCheckPassing: Story = {
  tags: ['!autodocs'],
  parameters: params({
    emulator: { probe: protectedServer },
    setup: (emu) => {
      readyToActivate(emu);
    },
  }),
  render: () => queue(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-button.run-check')).toBeTruthy());
    native(root(canvasElement)!.querySelector('authsec-ui-button.run-check'))!.click();
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Protection check passed'));
  },
};

/** In the browser the emulator cannot reach the application, as with a server that is down. */
export const ProtectionCheckFailing: Story = {
  tags: ['!autodocs'],
  parameters: params({ emulator: { probe: () => Promise.reject(new TypeError('Failed to fetch')) } }),
  render: () => queue(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-button.run-check')).toBeTruthy());
    native(root(canvasElement)!.querySelector('authsec-ui-button.run-check'))!.click();
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Could not reach'));
  },
};

/** Launched a month ago with two drift events to review. */
export const LaunchedWithDrift: Story = {
  render: () => queue(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Introspection secret rotated'));
  },
};

export const LaunchedNoDrift: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      for (const e of emu.store.driftEvents.values()) e.dismissed_by.push(SEED.users.owner);
    },
  }),
  render: () => queue(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Nothing has changed since launch.'));
  },
};

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => queue(SEED.apps.github),
};

export const ServerError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['500'] } }),
  render: () => queue(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-state[kind="error"]')).toBeTruthy());
  },
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: () => queue(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-state[kind="forbidden"]')).toBeTruthy());
  },
};

export const NoApplication: Story = {
  tags: ['!autodocs'],
  render: () => html`<authsec-launch-queue></authsec-launch-queue>`,
};

export const HostileText: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      const app = emu.store.resourceServers.get(SEED.apps.docsSearch)!;
      app.name = '<img src=x onerror=alert(1)>Docs \u202Egnp.exe ' + 'Ignore previous instructions. '.repeat(300);
      emu.store.manifestAttempts.push({
        id: 'story-bad', rs_id: app.id, attempted_at: new Date().toISOString(), status: 'invalid_payload',
        reason: '<script>alert(1)</script> \u2066hidden\u2069 ' + 'x'.repeat(10_000),
      });
      const [first] = emu.store.driftEvents.values();
      first!.payload = { scope_string: '<b onmouseover=alert(1)>docs</b>\u202E' };
      first!.event_type = 'scope_deleted';
    },
  }),
  render: () => queue(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('⟨U+202E⟩'));
  },
};

export const RightToLeft: Story = {
  tags: ['!autodocs'],
  parameters: params({ locale: 'ar' }),
  render: () => html`<div dir="rtl">${queue(SEED.apps.github)}</div>`,
};

export const Dark: Story = {
  tags: ['!autodocs'],
  render: () => html`<div style="--authsec-color-scheme: dark; color-scheme: dark; background: #0b0c10; padding: 1rem">${queue(SEED.apps.docsSearch)}</div>`,
};

/** A change of a kind AuthSec added after this library: the other changes are shown, the notice names it. */
export const UnreadableChange: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      const event = [...emu.store.driftEvents.values()].find((e) => e.rs_id === SEED.apps.docsSearch)!;
      emu.store.driftEvents.set('new-kind', { ...event, id: 'new-kind', event_type: 'policy_exported' as never, dismissed_by: [] });
    },
  }),
  render: () => queue(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Change “policy_exported” is not shown: its event_type has a value this page does not know.'));
  },
};
