/** Mounting an AuthSec element inside a provider on the in-page emulator, as the element tests do. */
import { fixture, html } from '@open-wc/testing';
import '../../src/context/define.js';
import { AuthsecClient, type FetchLike } from '../../src/api/client.js';
import type { AuthsecProvider } from '../../src/context/authsec-provider.js';
import type { EmulatorOptions } from '../../emulator/app.js';
import { createBrowserEmulator, type BrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { until } from './element.js';

export interface MountOptions {
  /** The application the element shows (`application-id`). */
  appId?: string | undefined;
  emu?: BrowserEmulator;
  emulator?: EmulatorOptions;
  /** Who is signed in (default: the Acme owner). */
  userId?: string;
  /** The provider's fetch (default: the emulator's), e.g. to record responses. */
  fetch?: FetchLike;
  /** Wait until the first load is over (default: true). */
  wait?: boolean;
  /** Auditors' mode. */
  readonly?: boolean;
  /** More attributes, set before the element connects. */
  attrs?: Readonly<Record<string, string>>;
}

export interface Mounted<T> {
  emu: BrowserEmulator;
  el: T;
  provider: AuthsecProvider;
  token: string;
  /** The admin's own API client, to change AuthSec the way other tabs would. */
  api: AuthsecClient;
}

/** `<tag application-id=…>` inside `<authsec-provider>` signed in as `userId`, loaded. */
export async function mountAdmin<T extends HTMLElement>(tag: string, options: MountOptions = {}): Promise<Mounted<T>> {
  const emu = options.emu ?? createBrowserEmulator(options.emulator);
  const user = emu.store.users.get(options.userId ?? SEED.users.owner)!;
  const token = await emu.issueAdminToken({ userId: user.id, workspaceId: user.workspace_id, email: user.email });
  const el = document.createElement(tag) as T;
  if (options.appId) el.setAttribute('application-id', options.appId);
  if (options.readonly) el.setAttribute('readonly', '');
  for (const [name, value] of Object.entries(options.attrs ?? {})) el.setAttribute(name, value);
  const provider = await fixture<AuthsecProvider>(html`<authsec-provider base-url=${emu.baseUrl} .fetch=${options.fetch ?? emu.fetchFn} .getToken=${() => token}>${el}</authsec-provider>`);
  if (options.wait !== false) await until(el as T & { updateComplete: Promise<unknown> }, () => !el.shadowRoot!.querySelector('authsec-ui-state[kind="loading"]'));
  const api = new AuthsecClient({ baseUrl: emu.baseUrl, fetch: emu.fetchFn, getToken: () => token });
  return { emu, el, provider, token, api };
}
