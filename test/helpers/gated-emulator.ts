/**
 * The in-page emulator behind a fetch whose responses can be held back: a test can make AuthSec
 * "slow" for chosen requests and let them land exactly when the race it checks needs them to.
 */
import type { EmulatorOptions } from '../../emulator/app.js';
import { createBrowserEmulator, type BrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';

export { SEED };

export interface GatedEmulator {
  emu: BrowserEmulator;
  fetchFn: (input: string, init?: RequestInit) => Promise<Response>;
  /** The Acme owner's admin token. */
  token: string;
  /** Holds every response whose URL and method match until the returned function is called. */
  hold(match: (url: string, method: string) => boolean): () => void;
  /** Requests as `METHOD /path`, in the order they were sent. */
  log: string[];
}

export async function gatedEmulator(options: EmulatorOptions = {}): Promise<GatedEmulator> {
  // The protection check's probe of the MCP server fails at once instead of waiting on the network.
  const emu = createBrowserEmulator({ probe: () => Promise.reject(new TypeError('Failed to fetch')), ...options });
  const owner = emu.store.users.get(SEED.users.owner)!;
  const token = await emu.issueAdminToken({ userId: owner.id, workspaceId: owner.workspace_id });
  const holds: { match: (url: string, method: string) => boolean; gate: Promise<void> }[] = [];
  const log: string[] = [];
  const fetchFn = async (input: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    log.push(`${method} ${new URL(input).pathname}`);
    const response = await emu.fetchFn(input, init);
    for (const h of holds) if (h.match(input, method)) await h.gate;
    init?.signal?.throwIfAborted();
    return response;
  };
  return {
    emu,
    fetchFn,
    token,
    log,
    hold(match) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const entry = { match, gate };
      holds.push(entry);
      return () => {
        holds.splice(holds.indexOf(entry), 1);
        release();
      };
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
