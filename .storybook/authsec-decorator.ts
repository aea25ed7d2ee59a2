// Wraps every story in <authsec-provider> wired to a fresh in-browser emulator, so stories
// exercise the real contract with no server. Stories tune it with `parameters.authsec`.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createBrowserEmulator, type BrowserEmulator } from '../emulator/browser.js';
import type { EmulatorOptions } from '../emulator/app.js';
import type { FaultConfig } from '../emulator/faults.js';
import { tamperedFetch, type TamperRule } from '../emulator/tamper.js';
import '../src/context/define.js';

export interface AuthsecStoryParameters {
  /** Set false for stories that need no provider (building blocks). */
  provider?: boolean;
  emulator?: EmulatorOptions;
  /** Faults for this story (e.g. `{ latencyMs: 1e9 }` to hold a loading state, `{ kinds: ['503'], rate: 1 }`). */
  faults?: Partial<FaultConfig>;
  /** Rewrite AuthSec's answers (data it should not have sent: a malformed list item, an empty body). */
  tamper?: TamperRule[];
  /** Shape the seeded data before the story renders. */
  setup?: (emulator: BrowserEmulator) => void | Promise<void>;
  /** Sign in as another seeded user (e.g. the non-admin member for forbidden states). */
  userId?: string;
  locale?: string;
}

export const withAuthsecProvider: Decorator = (story, context) => {
  const params = (context.parameters.authsec ?? {}) as AuthsecStoryParameters;
  if (params.provider === false) return story();
  // Each story starts from the seeded emulator: no unsaved mapper edits carried over from another story.
  forgetDrafts();
  const emulator = createBrowserEmulator(params.emulator);
  if (params.faults) emulator.faults.set(params.faults);
  const ready = Promise.resolve(params.setup?.(emulator));
  const getToken = sessionOf(emulator, ready, params.userId);
  return html`<authsec-provider
    base-url=${emulator.baseUrl}
    locale=${params.locale ?? 'en'}
    .fetch=${params.tamper ? tamperedFetch(emulator, params.tamper) : emulator.fetchFn}
    .getToken=${getToken}
    >${story()}</authsec-provider
  >`;
};

/** A host's `getToken`: an admin session for a seeded user (default: the workspace owner). */
export function sessionOf(emulator: BrowserEmulator, ready: Promise<unknown> = Promise.resolve(), userId?: string): () => Promise<string> {
  return async () => {
    await ready;
    const { SEED } = await import('../emulator/seed/workspace.js');
    const user = emulator.store.users.get(userId ?? SEED.users.owner)!;
    return emulator.issueAdminToken({ userId: user.id, workspaceId: user.workspace_id, email: user.email, roles: [user.workspace_role] });
  };
}

function forgetDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('authsec-mapper-draft:')) sessionStorage.removeItem(key);
}
