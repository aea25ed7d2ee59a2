/** A fresh in-page emulator and clients for it: real handlers, real fetch Requests/Responses. */
import { AuthsecClient, type GetToken } from '../../src/api/index.js';
import { createBrowserEmulator, type BrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';

export { SEED };

/** The admin surfaces the element suite runs against where their shapes differ. */
export const SURFACES = ['applications', 'resource-servers'] as const;

/** The admin API requests an emulator answered (`METHOD /path`), in order. */
export const adminCalls = (emulator: { requests: readonly string[] }): string[] =>
  emulator.requests.filter((r) => / \/authsec\//.test(r));

export interface Harness {
  emulator: BrowserEmulator;
  /** Requests that reached the emulator, as `METHOD /path`. */
  requests: string[];
  client(getToken?: GetToken): AuthsecClient;
  /** Client signed in as the Acme owner. */
  owner(): Promise<AuthsecClient>;
  tokenFor(userId: string, workspaceId?: string): Promise<string>;
}

export function harness(): Harness {
  const emulator = createBrowserEmulator();
  const requests: string[] = [];
  const fetch = (input: string, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${new URL(input).pathname}`);
    return emulator.fetchFn(input, init);
  };
  const client = (getToken?: GetToken) =>
    new AuthsecClient({ baseUrl: emulator.baseUrl, fetch, getToken, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  const tokenFor = (userId: string, workspaceId: string = SEED.workspace) =>
    emulator.issueAdminToken({ userId, workspaceId });
  return {
    emulator,
    requests,
    client,
    tokenFor,
    owner: async () => {
      const token = await emulator.ownerToken();
      return client(() => token);
    },
  };
}

/** Awaits a rejection and returns it, failing the test when the promise resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
