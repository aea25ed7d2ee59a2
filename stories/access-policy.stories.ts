import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/access-policy/define.js';
import type { BrowserEmulator } from '../emulator/browser.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/**
 * The Access tab against the in-browser emulator: default access policy, exceptions and the
 * lock-out guard. Every story is also an axe test.
 */
const meta = {
  title: 'Elements/Access policy',
  component: 'authsec-access-policy',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec });
const access = (id: string) => html`<authsec-access-policy application-id=${id}></authsec-access-policy>`;
const root = (canvas: HTMLElement) => canvas.querySelector('authsec-access-policy')?.shadowRoot;
const shadowText = (canvas: HTMLElement) => (root(canvas)?.textContent ?? '').replace(/\s+/g, ' ');
const loaded = (canvas: HTMLElement) => waitFor(() => expect(root(canvas)?.querySelector('#policy-h')).toBeTruthy());
const submit = (canvas: HTMLElement, selector: string) => root(canvas)!.querySelector<HTMLFormElement>(selector)!.requestSubmit();
/** The emulator of the story being played, for faults and changes after the first load. */
let current: BrowserEmulator | undefined;
const keep = (emu: BrowserEmulator) => {
  current = emu;
};

/** Launched application: policy on (viewer), two manual exceptions, six default-policy bindings. */
export const Launched: Story = {
  // No render: Storybook creates the element from `component` and sets these args as properties, so the controls work.
  args: { applicationId: SEED.apps.docsSearch },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelectorAll('tbody tr').length).toBe(8));
  },
};

/** New application, no one bound yet: the signed-in owner sees the lock-out guard. */
export const LockoutGuard: Story = {
  tags: ['!autodocs'],
  render: () => access(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('You have no admin access to this application yourself'));
  },
};

/** The admin is about to enable the policy without an admin binding of their own. */
export const LockoutBeforeEnabling: Story = {
  tags: ['!autodocs'],
  render: () => access(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    root(canvasElement)!.querySelector<HTMLInputElement>('#enabled')!.click();
    // The recommended role (Read-only, second after Viewer), as most admins would pick.
    root(canvasElement)!.querySelectorAll<HTMLInputElement>('input[name="default-role"]')[1]!.click();
    await waitFor(() => expect(shadowText(canvasElement)).toContain('your own first sign-in gets only Read-only'));
  },
};

/** A workspace admin whose only binding is readonly. */
export const GuardWithOtherRole: Story = {
  tags: ['!autodocs'],
  parameters: params({ userId: SEED.users.admin }),
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('On Docs Search you only have: Read-only.'));
  },
};

/** Enabled with Viewer while it grants nothing: said before asking AuthSec, focus on its scopes. */
export const RefusedWithoutRole: Story = {
  tags: ['!autodocs'],
  render: () => access(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    root(canvasElement)!.querySelector<HTMLInputElement>('#enabled')!.click();
    submit(canvasElement, '.policy-form');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Viewer grants no scopes yet, and AuthSec accepts only a default role that grants something.'));
  },
};

/** Viewer chosen with its first scope ticked, right in the list: one Save sends both. */
export const ViewerWithScopes: Story = {
  tags: ['!autodocs'],
  render: () => access(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement)!;
    r.querySelector<HTMLInputElement>('#enabled')!.click();
    r.querySelector<HTMLInputElement>('[part="viewer-scopes"] input')!.click();
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Unsaved changes'));
  },
};

/** Turning the policy off on a launched application: the drift warning. */
export const DisablingLaunched: Story = {
  tags: ['!autodocs'],
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    root(canvasElement)!.querySelector<HTMLInputElement>('#enabled')!.click();
    await waitFor(() => expect(shadowText(canvasElement)).toContain('records a drift event'));
  },
};

/** Saving fails (500): the pending choice stays and the failure is explained. */
export const SaveFailed: Story = {
  tags: ['!autodocs'],
  parameters: params({ setup: keep }),
  render: () => access(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement)!;
    r.querySelector<HTMLInputElement>('#enabled')!.click();
    const readonly = [...r.querySelectorAll('.role-option')].find((o) => o.querySelector('.role-name')!.textContent === 'Read-only')!;
    readonly.querySelector<HTMLInputElement>('input[name="default-role"]')!.click();
    current!.faults.set({ rate: 1, kinds: ['500'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.github}/access-policy` });
    submit(canvasElement, '.policy-form');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Default access was not saved. AuthSec could not complete the request.'));
    await expect(r.querySelector<HTMLInputElement>('#enabled')!.checked).toBe(true);
  },
};

/** Adding someone who already has that role: AuthSec's 409, in words. */
export const DuplicateException: Story = {
  tags: ['!autodocs'],
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement)!;
    const search = r.querySelector<HTMLInputElement>('#add-user')!;
    search.value = 'grace';
    search.dispatchEvent(new Event('input'));
    const select = r.querySelector<HTMLSelectElement>('#add-role')!;
    const readonly = [...select.options].find((o) => o.textContent === 'Read-only')!;
    select.value = readonly.value;
    select.dispatchEvent(new Event('change'));
    submit(canvasElement, 'form.add');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('already has the Read-only role'));
  },
};

/** A user who left the workspace after the list loaded: AuthSec's 404 with its hint. */
export const UserNotFound: Story = {
  tags: ['!autodocs'],
  parameters: params({ setup: keep }),
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const r = root(canvasElement)!;
    const search = r.querySelector<HTMLInputElement>('#add-user')!;
    search.value = 'joan';
    search.dispatchEvent(new Event('input'));
    const select = r.querySelector<HTMLSelectElement>('#add-role')!;
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change'));
    current!.store.users.delete(SEED.users.endUsers[9]!);
    submit(canvasElement, 'form.add');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('AuthSec could not find Joan Clarke in this workspace'));
  },
};

/** Who gets what for one person: scopes and the binding that grants each. */
export const WhoGetsWhat: Story = {
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    // "Find a person" is a combobox: typing narrows the list, Enter picks the highlighted person.
    const box = root(canvasElement)!.querySelector<HTMLInputElement>('#who-user')!;
    box.value = 'ada@';
    box.dispatchEvent(new Event('input'));
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }));
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Granted by: Admin (Manual (admin))'));
  },
};

/** No role grants a scope yet: Viewer is offered anyway, with its scopes to choose right under it. */
export const NoRoleOptions: Story = {
  parameters: params({
    setup: (emu: BrowserEmulator) => {
      for (const role of emu.store.rolesOf(SEED.apps.billingAgent)) role.scope_ids = [];
    },
  }),
  render: () => access(SEED.apps.billingAgent),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Grants no scopes yet, so this application cannot be launched.'));
  },
};

/** 5,000 default-policy bindings: pages of 50 with search, filters and sorting over all of them. */
export const FiveThousandBindings: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu: BrowserEmulator) => {
      const viewer = emu.store.viewerRole(SEED.apps.docsSearch)!;
      const now = Date.now();
      for (let i = 0; i < 5000; i++) {
        const id = `bulk-${i}`;
        emu.store.users.set(id, {
          id, workspace_id: SEED.workspace, name: `User ${i}`, email: `user${i}@acme.example`,
          workspace_role: 'member', active: true, created_at: new Date(now - i * 60_000).toISOString(),
        });
        const b = emu.store.addBinding({ workspace_id: SEED.workspace, user_id: id, role_id: viewer.id, scope_type: null, scope_id: null, assignment_source: 'default_policy' });
        b.created_at = new Date(now - i * 60_000).toISOString();
      }
    },
  }),
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('of 5,008'));
  },
};

/** Hostile names and emails: markup, a right-to-left override, invisible characters, 10,000 characters. */
export const HostileText: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu: BrowserEmulator) => {
      const alan = emu.store.users.get(SEED.users.endUsers[0]!)!;
      alan.name = '<img src=x onerror=alert(1)>Alan\u202Egnp.exe\u200B';
      alan.email = `${'very-long-address-'.repeat(560)}@acme.example`;
    },
  }),
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('⟨U+202E⟩'));
    await expect(root(canvasElement)!.querySelector('img')).toBeNull();
  },
};

/** The eligible-users list failed; the rest of the tab still works. */
export const EligibleUsersFailed: Story = {
  tags: ['!autodocs'],
  parameters: params({ faults: { rate: 1, kinds: ['500'], pathPrefix: `/authsec/applications/${SEED.apps.docsSearch}/eligible-users` } }),
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toContain('The list of users could not be loaded.'));
  },
};

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => access(SEED.apps.docsSearch),
};

export const ServerError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['500'] } }),
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-state[kind="error"]')).toBeTruthy());
  },
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement)?.querySelector('authsec-ui-state[kind="forbidden"]')).toBeTruthy());
  },
};

export const Dark: Story = {
  tags: ['!autodocs'],
  render: () => html`<div style="background:#0f1115;padding:1rem">
    <authsec-access-policy theme="dark" application-id=${SEED.apps.docsSearch}></authsec-access-policy>
  </div>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
  },
};

export const RightToLeft: Story = {
  tags: ['!autodocs'],
  render: () => html`<div dir="rtl"><authsec-access-policy application-id=${SEED.apps.docsSearch}></authsec-access-policy></div>`,
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
  },
};

/** One exception AuthSec sent without its role: the others are listed, the notice names it. */
export const UnreadableEntry: Story = {
  tags: ['!autodocs'],
  parameters: params({
    tamper: [{
      path: new RegExp(`/applications/${SEED.apps.docsSearch}/bindings$`),
      body: (b: { bindings: Record<string, unknown>[] }) => ({ bindings: b.bindings.map((x, i) => (i === 0 ? { ...x, role_id: undefined } : x)) }),
    }],
  }),
  render: () => access(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement)).toMatch(/Access entry “[^”]+” is not shown: its role_id is missing\./));
  },
};
