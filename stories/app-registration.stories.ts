import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/elements/app-registration/define.js';
import { SEED } from '../emulator/seed/workspace.js';
import type { AuthsecStoryParameters } from '../.storybook/authsec-decorator.js';

/** "Install protection" and an application's credentials, against the in-browser emulator. Every story is also an axe test. */
const meta = {
  title: 'Elements/App registration',
  component: 'authsec-app-registration',
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const params = (authsec: AuthsecStoryParameters) => ({ authsec });
const register = () => html`<authsec-app-registration></authsec-app-registration>`;
const existing = (id: string) => html`<authsec-app-registration application-id=${id}></authsec-app-registration>`;

const root = (canvas: HTMLElement) => canvas.querySelector('authsec-app-registration')!.shadowRoot!;
const shadowText = (canvas: HTMLElement) => root(canvas).textContent ?? '';
const ready = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('#preset, .notice.warning')).toBeTruthy());

async function type(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const input = root(canvas).querySelector<HTMLInputElement>(`#${id}`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function fillAndSubmit(canvas: HTMLElement, name: string, url: string, path = '/mcp'): Promise<void> {
  await ready(canvas);
  await type(canvas, 'name', name);
  await type(canvas, 'url', url);
  await type(canvas, 'path', path);
  root(canvas).querySelector<HTMLFormElement>('form')!.requestSubmit();
}

const click = (canvas: HTMLElement, selector: string) => root(canvas).querySelector<HTMLElement>(selector)!.click();

/** Rotate, then confirm in the dialog. */
async function rotate(canvas: HTMLElement): Promise<void> {
  await waitFor(() => expect(root(canvas).querySelector('authsec-ui-button.rotate')).toBeTruthy());
  click(canvas, 'authsec-ui-button.rotate');
  const dialog = root(canvas).querySelector('authsec-ui-confirm-dialog.rotate-dialog')!;
  await waitFor(() => expect(dialog.shadowRoot!.querySelector('dialog[open]')).toBeTruthy());
  dialog.shadowRoot!.querySelector('authsec-ui-button.confirm')!.shadowRoot!.querySelector('button')!.click();
}

/** The form as the admin first meets it: recommended preset preselected. */
export const Empty: Story = {
  render: register,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await expect(root(canvasElement).querySelector<HTMLSelectElement>('#preset')!.value).toBe('read_write');
  },
};

export const Loading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: register,
};

/** Filled in with the scope names the preset will create for this application's slug. */
export const Filled: Story = {
  tags: ['!autodocs'],
  render: register,
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await type(canvasElement, 'name', 'GitHub MCP Server');
    await type(canvasElement, 'url', 'https://mcp.acme.example');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('github_mcp_server:tools:write'));
    await expect(root(canvasElement).querySelector('#resource-uri')!.textContent).toBe('https://mcp.acme.example/mcp');
  },
};

/** Every rule broken at once, after pressing Register. */
export const Invalid: Story = {
  tags: ['!autodocs'],
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, '  ', 'http://mcp.acme.example', 'mcp');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Use https. http is accepted only for localhost'));
    await expect(shadowText(canvasElement)).toContain('Enter a name for the application.');
    await expect(shadowText(canvasElement)).toContain('Start the path with /');
  },
};

/** The Resource URI is taken: the error lands on the URL field. */
export const DuplicateUrl: Story = {
  tags: ['!autodocs'],
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, 'GitHub again', 'https://mcp.github.acme.example');
    await waitFor(() => expect(root(canvasElement).querySelector('#url-error')!.textContent).toContain('already exists'));
  },
};

export const Submitting: Story = {
  tags: ['!autodocs'],
  parameters: params({ faults: { latencyMs: 600_000, pathPrefix: '/authsec/applications' } }),
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, 'Acme Search', 'https://search.acme.example');
    await waitFor(() => expect(root(canvasElement).querySelector('authsec-ui-button[type="submit"]')!.hasAttribute('loading')).toBe(true));
  },
};

export const ServerError: Story = {
  tags: ['!autodocs'],
  parameters: params({ faults: { rate: 1, kinds: ['500'], pathPrefix: '/authsec/applications' } }),
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, 'Acme Search', 'https://search.acme.example');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Your entries are kept.'));
  },
};

export const Forbidden: Story = {
  parameters: params({ userId: SEED.users.member }),
  render: register,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('authsec-ui-state[kind="forbidden"]')).toBeTruthy());
  },
};

/** Registered: the one-time secret, masked, with the SDK configuration. */
export const SuccessWithSecret: Story = {
  // The docs page shows it registered (its play runs there too): the values a developer needs.
  parameters: { docs: { story: { autoplay: true } } },
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, 'Acme Search', 'https://search.acme.example');
    await waitFor(() => expect(root(canvasElement).querySelector('[part="secret"]')).toBeTruthy());
  },
};

/** The secret revealed, in its field only: the snippets still read it from the environment. */
export const SecretRevealed: Story = {
  tags: ['!autodocs'],
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, 'Acme Search', 'https://search.acme.example');
    await waitFor(() => expect(root(canvasElement).querySelector('[part="secret"]')).toBeTruthy());
    click(canvasElement, 'authsec-ui-button.reveal');
    await waitFor(() => expect(root(canvasElement).querySelector<HTMLInputElement>('#secret')!.value).toMatch(/^sec_[0-9a-f]{64}$/));
    await expect(root(canvasElement).querySelector('pre')!.textContent).not.toMatch(/sec_[0-9a-f]{64}/);
  },
};

/** After "I've stored it": the secret is gone from the page. */
export const Acknowledged: Story = {
  tags: ['!autodocs'],
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, 'Acme Search', 'https://search.acme.example');
    await waitFor(() => expect(root(canvasElement).querySelector('[part="secret"]')).toBeTruthy());
    click(canvasElement, 'authsec-ui-button.reveal');
    click(canvasElement, 'authsec-ui-button.stored');
    await waitFor(() => expect(root(canvasElement).querySelector('[part="secret"]')).toBeNull());
    await expect(shadowText(canvasElement)).not.toMatch(/sec_[0-9a-f]{64}/);
  },
};

/** Credentials of an existing, launched application; the secret is a placeholder. */
export const ExistingApp: Story = {
  render: () => existing(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="credentials"]')).toBeTruthy());
  },
};

export const ExistingLoading: Story = {
  parameters: params({ faults: { latencyMs: 600_000 } }),
  render: () => existing(SEED.apps.docsSearch),
};

export const ExistingError: Story = {
  parameters: params({ faults: { rate: 1, kinds: ['503'] } }),
  render: () => existing(SEED.apps.github),
};

/** The rotation confirmation, naming the SDK outage and the drift event. */
export const RotateConfirm: Story = {
  tags: ['!autodocs'],
  render: () => existing(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('authsec-ui-button.rotate')).toBeTruthy());
    click(canvasElement, 'authsec-ui-button.rotate');
    const dialog = root(canvasElement).querySelector('authsec-ui-confirm-dialog.rotate-dialog')!;
    await waitFor(() => expect(dialog.shadowRoot!.querySelector('dialog[open]')).toBeTruthy());
  },
};

/** Rotated: the new secret follows the same shown-once rules. */
export const Rotated: Story = {
  tags: ['!autodocs'],
  render: () => existing(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await rotate(canvasElement);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="secret"]')).toBeTruthy());
  },
};

/** Editing the path: the Resource URI change and what it means, before saving. */
export const EditResourceUri: Story = {
  tags: ['!autodocs'],
  render: () => existing(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('authsec-ui-button.edit')).toBeTruthy());
    click(canvasElement, 'authsec-ui-button.edit');
    await waitFor(() => expect(root(canvasElement).querySelector('#path')).toBeTruthy());
    await type(canvasElement, 'path', '/v2/mcp');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('existing clients must re-authenticate'));
  },
};

export const HostileName: Story = {
  tags: ['!autodocs'],
  parameters: params({
    setup: (emu) => {
      emu.store.resourceServers.get(SEED.apps.github)!.name = `<img src=x onerror=alert(1)>\u202Eevil"); import os # ${'x'.repeat(5000)}`;
    },
  }),
  render: () => existing(SEED.apps.github),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="credentials"]')).toBeTruthy());
    await expect(root(canvasElement).querySelector('img')).toBeNull();
  },
};

/** AuthSec registered it but its answer was lost: the element read the list again and offers the application, to rotate its secret. */
export const RegisteredAnswerLost: Story = {
  tags: ['!autodocs'],
  parameters: params({ faults: { rate: 1, kinds: ['lost'], count: 1, pathPrefix: '/authsec/applications' } }),
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, 'Acme Search', 'https://search.acme.example');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('AuthSec registered “Acme Search” but did not confirm it'));
  },
};

/** No answer and nothing registered: the element checked, and says it is safe to register again. */
export const NothingRegistered: Story = {
  tags: ['!autodocs'],
  parameters: params({ faults: { rate: 1, kinds: ['drop'], count: 1, pathPrefix: '/authsec/applications' } }),
  render: register,
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement, 'Acme Search', 'https://search.acme.example');
    await waitFor(() => expect(shadowText(canvasElement)).toContain('We checked with AuthSec: nothing was registered'));
  },
};

/** The answer to Rotate was lost: the secret may have changed; rotating again is the way to one that works. */
export const RotateAnswerLost: Story = {
  tags: ['!autodocs'],
  parameters: params({ faults: { rate: 1, kinds: ['lost'], count: 1, pathPrefix: `/authsec/applications/${SEED.apps.docsSearch}/rotate` } }),
  render: () => existing(SEED.apps.docsSearch),
  play: async ({ canvasElement }) => {
    await rotate(canvasElement);
    await waitFor(() => expect(shadowText(canvasElement)).toContain('Rotate again to get a secret that works.'));
  },
};
