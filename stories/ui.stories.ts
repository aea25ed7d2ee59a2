import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { TONES } from '../src/ui/tone.js';
import type { ButtonSize, ButtonVariant } from '../src/ui/button.js';
import type { AuthsecUiConfirmDialog } from '../src/ui/confirm-dialog.js';
import type { StateKind } from '../src/ui/state.js';
import { defineUiElements } from '../src/ui/index.js';

// A call, not a bare side-effect import, so builds honouring package.json#sideEffects keep the tags.
defineUiElements();

/**
 * Internal building blocks (`authsec-ui-*`). Not public API: they exist so every element looks and
 * behaves like one product. Each story covers the states a person can meet, plus hostile text.
 */
const meta = {
  title: 'Internal/Building blocks',
  parameters: { layout: 'padded' },
} satisfies Meta;

export default meta;

const HOSTILE_LONG =
  '<img src=x onerror=alert(1)> Ｇｉｔｈｕｂ\u202Egnp.exe\u202C ' + 'supercalifragilistic_tool_name_'.repeat(8);
const SECRET = 'isec_9f8e7d6c5b4a39281706f5e4d3c2b1a0fe9d8c7b';

const row = (content: TemplateResult | TemplateResult[]) =>
  html`<div style="display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: center; margin-block-end: 1rem">
    ${content}
  </div>`;

const panel = (scheme: 'light' | 'dark', content: TemplateResult) =>
  html`<section
    aria-label="${scheme} theme"
    style="--authsec-color-scheme: ${scheme}; color-scheme: ${scheme}; padding: 1rem; border-radius: 0.5rem;
      background: ${scheme === 'dark' ? '#15171c' : '#ffffff'}"
  >
    ${content}
  </section>`;

interface ButtonArgs {
  variant: ButtonVariant;
  size: ButtonSize;
  disabled: boolean;
  loading: boolean;
  text: string;
}

export const Button: StoryObj<ButtonArgs> = {
  args: { variant: 'primary', size: 'medium', disabled: false, loading: false, text: 'Save mapping' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'danger', 'ghost'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
  },
  render: ({ variant, size, disabled, loading, text }) =>
    html`<authsec-ui-button variant=${variant} size=${size} ?disabled=${disabled} ?loading=${loading}
      >${text}</authsec-ui-button
    >`,
};

const buttonMatrix = () => html`
  ${(['primary', 'secondary', 'danger', 'ghost'] as const).map((variant) =>
    row([
      html`<authsec-ui-button variant=${variant}>${variant}</authsec-ui-button>`,
      html`<authsec-ui-button variant=${variant} disabled>Disabled</authsec-ui-button>`,
      html`<authsec-ui-button variant=${variant} loading>Saving</authsec-ui-button>`,
      html`<authsec-ui-button variant=${variant} size="small">Small</authsec-ui-button>`,
      html`<authsec-ui-button variant=${variant} size="large">Large</authsec-ui-button>`,
    ]),
  )}
`;

export const ButtonStates: StoryObj = {
  render: () => html`${panel('light', buttonMatrix())} ${panel('dark', buttonMatrix())}`,
};

const toneRow = () => html`
  ${row(TONES.map((tone) => html`<authsec-ui-badge tone=${tone} label=${tone}></authsec-ui-badge>`))}
  ${row(
    (
      [
        ['neutral', 'Draft'],
        ['info', 'Scanning'],
        ['success', 'Launched'],
        ['warning', 'Needs attention'],
        ['danger', 'Blocked'],
      ] as const
    ).map(([tone, label]) => html`<authsec-ui-status-pill tone=${tone} label=${label}></authsec-ui-status-pill>`),
  )}
`;

export const BadgesAndStatusPills: StoryObj = {
  render: () => html`${panel('light', toneRow())} ${panel('dark', toneRow())}`,
};

export const CopyField: StoryObj = {
  render: () => html`
    <div style="display: grid; gap: 1.5rem; max-width: 40rem">
      <authsec-ui-copy-field label="Client ID" .value=${'rs_01HZX3K9T5W2Q8'}></authsec-ui-copy-field>
      <authsec-ui-copy-field label="Introspection secret (shown once)" masked .value=${SECRET}></authsec-ui-copy-field>
      <authsec-ui-copy-field label="Resource URI" .value=${''}></authsec-ui-copy-field>
    </div>
  `,
};

const openDialog = (event: Event) => {
  const trigger = event.currentTarget as HTMLElement;
  const dialog = trigger.nextElementSibling as AuthsecUiConfirmDialog;
  void dialog.open().then((confirmed) => {
    trigger.dataset['result'] = confirmed ? 'confirmed' : 'cancelled';
  });
};

export const ConfirmDialog: StoryObj = {
  render: () => html`
    ${row([
      html`<div>
        <authsec-ui-button @click=${openDialog}>Activate…</authsec-ui-button>
        <authsec-ui-confirm-dialog heading="Activate GitHub MCP Server?" confirm-label="Activate">
          <p>AI clients can request access as soon as the application is active.</p>
        </authsec-ui-confirm-dialog>
      </div>`,
      html`<div>
        <authsec-ui-button variant="danger" @click=${openDialog}>Delete application…</authsec-ui-button>
        <authsec-ui-confirm-dialog
          heading="Delete GitHub MCP Server?"
          danger
          require-text="GitHub MCP Server"
          confirm-label="Delete application"
        >
          <p>All tool mappings, scopes and bindings are removed. Connected AI clients lose access.</p>
        </authsec-ui-confirm-dialog>
      </div>`,
      html`<div>
        <authsec-ui-button variant="danger" @click=${openDialog}>Delete hostile tool…</authsec-ui-button>
        <authsec-ui-confirm-dialog .heading=${`Delete ${HOSTILE_LONG}?`} danger .requireText=${HOSTILE_LONG}>
          <p>The required text is untrusted and shown as text.</p>
        </authsec-ui-confirm-dialog>
      </div>`,
    ])}
  `,
};

export const States: StoryObj<{ kind: StateKind }> = {
  args: { kind: 'error' },
  argTypes: { kind: { control: 'inline-radio', options: ['loading', 'empty', 'error', 'forbidden'] } },
  render: ({ kind }) => html`<authsec-ui-state kind=${kind}></authsec-ui-state>`,
};

const allStates = () => html`
  <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem">
    <authsec-ui-state kind="loading"></authsec-ui-state>
    <authsec-ui-state kind="empty" message="Publish the SDK manifest to list this server's tools.">
      <authsec-ui-button slot="actions" variant="primary">Add a tool manually</authsec-ui-button>
    </authsec-ui-state>
    <authsec-ui-state kind="error"></authsec-ui-state>
    <authsec-ui-state kind="forbidden"></authsec-ui-state>
  </div>
`;

export const AllStates: StoryObj = {
  render: () => html`${panel('light', allStates())} ${panel('dark', allStates())}`,
};

export const HostileText: StoryObj = {
  tags: ['!autodocs'],
  render: () => html`
    <div style="display: grid; gap: 1rem; max-width: 24rem">
      ${row([
        html`<authsec-ui-badge tone="warning" .label=${HOSTILE_LONG}></authsec-ui-badge>`,
        html`<authsec-ui-status-pill tone="danger" .label=${HOSTILE_LONG}></authsec-ui-status-pill>`,
        html`<authsec-ui-button variant="secondary">${HOSTILE_LONG}</authsec-ui-button>`,
      ])}
      <authsec-ui-copy-field .label=${HOSTILE_LONG} .value=${HOSTILE_LONG}></authsec-ui-copy-field>
      <authsec-ui-state kind="error" .heading=${HOSTILE_LONG} .message=${`Details from AuthSec: ${HOSTILE_LONG}`}></authsec-ui-state>
    </div>
  `,
};

export const RightToLeft: StoryObj = {
  tags: ['!autodocs'],
  render: () => html`
    <div dir="rtl" lang="ar" style="display: grid; gap: 1rem; max-width: 32rem">
      ${row([
        html`<authsec-ui-button variant="primary" loading>حفظ</authsec-ui-button>`,
        html`<authsec-ui-status-pill tone="success" label="مُفعّل"></authsec-ui-status-pill>`,
        html`<authsec-ui-badge tone="info" label="يدوي"></authsec-ui-badge>`,
      ])}
      <authsec-ui-copy-field label="معرّف العميل" copy-label="نسخ" .value=${'rs_01HZX3K9T5W2Q8'}></authsec-ui-copy-field>
      <authsec-ui-state kind="empty" heading="لا توجد أدوات بعد"></authsec-ui-state>
    </div>
  `,
};

export const ThemedByHost: StoryObj = {
  render: () => html`
    <div
      style="--authsec-color-accent: #6b2fb3; --authsec-color-accent-hover: #55238f; --authsec-radius-md: 0;
        --authsec-font-family: Georgia, serif"
    >
      ${row([
        html`<authsec-ui-button variant="primary">Host-branded primary</authsec-ui-button>`,
        html`<authsec-ui-button variant="ghost">Ghost</authsec-ui-button>`,
        html`<authsec-ui-status-pill tone="info" label="Custom font"></authsec-ui-status-pill>`,
      ])}
    </div>
  `,
};
