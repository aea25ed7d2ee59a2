import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { createBrowserEmulator } from '../emulator/browser.js';
import { sessionOf } from '../.storybook/authsec-decorator.js';
import '../src/elements/applications-list/define.js';

interface ProviderArgs {
  locale: string;
  'api-surface': 'auto' | 'applications' | 'resource-servers';
}

/**
 * `<authsec-provider>` connects every AuthSec element inside it (across shadow roots) to one AuthSec:
 * its `base-url`, the host's `getToken` (the admin session, set before the first render), an optional
 * `fetch`, the `locale` and the admin API surface. Elements without a provider stand alone with their
 * own `base-url`. Here it wraps an applications list on the in-browser emulator; change the controls.
 */
const meta = {
  title: 'Elements/Provider',
  component: 'authsec-provider',
  parameters: { layout: 'padded', authsec: { provider: false } },
  args: { locale: 'en', 'api-surface': 'auto' },
  argTypes: {
    'api-surface': { control: 'inline-radio', options: ['auto', 'applications', 'resource-servers'] },
    locale: { control: 'text' },
  },
  render: (args) => {
    const emulator = createBrowserEmulator();
    return html`<authsec-provider
      base-url=${emulator.baseUrl}
      locale=${args.locale}
      api-surface=${args['api-surface']}
      .fetch=${emulator.fetchFn}
      .getToken=${sessionOf(emulator)}
      ><authsec-applications-list></authsec-applications-list
    ></authsec-provider>`;
  },
} satisfies Meta<ProviderArgs>;
export default meta;

export const WrapsElements: StoryObj<ProviderArgs> = {
  play: async ({ canvasElement }) => {
    const list = () => canvasElement.querySelector('authsec-applications-list')?.shadowRoot?.textContent ?? '';
    await waitFor(() => expect(list()).toContain('GitHub MCP Server'));
  },
};

export const TodaysApiOnly: StoryObj<ProviderArgs> = { args: { 'api-surface': 'applications' } };
