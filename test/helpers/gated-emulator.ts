/**
 * The in-page emulator behind a fetch whose responses can be held back: a test can make AuthSec
 * "slow" for chosen requests and let them land exactly when the race it checks needs them to.
 */
import type { EmulatorOptions } from '../../emulator/app.js';
import { createBrowserEmulator, type BrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { waitUntil } from './element.js';

export { SEED };

export interface GatedEmulator {
  emu: BrowserEmulator;
  fetchFn: (input: string, init?: RequestInit) => Promise<Response>;
  /** The Acme owner's admin token. */
  token: string;
  /**
   * Holds every response whose URL and method match until the returned function is called; that
   * function resolves once the element has read every response it let through (or gave it up).
   */
  hold(match: (url: string, method: string) => boolean): () => Promise<void>;
  /** Resolves when no request is in flight: every response read or given up. */
  quiet(): Promise<void>;
  /** Requests as `METHOD /path`, in the order they were sent. */
  log: string[];
}

export async function gatedEmulator(options: EmulatorOptions = {}): Promise<GatedEmulator> {
  // The protection check's probe of the MCP server fails at once instead of waiting on the network.
  const emu = createBrowserEmulator({ probe: () => Promise.reject(new TypeError('Failed to fetch')), ...options });
  const owner = emu.store.users.get(SEED.users.owner)!;
  const token = await emu.issueAdminToken({ userId: owner.id, workspaceId: owner.workspace_id });
  const holds: { match: (url: string, method: string) => boolean; gate: Promise<void>; delivered: Promise<void>[] }[] = [];
  const log: string[] = [];
  let inFlight = 0;
  const fetchFn = async (input: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    log.push(`${method} ${new URL(input).pathname}`);
    inFlight++;
    let done!: () => void;
    const delivered = new Promise<void>((resolve) => (done = () => resolve()));
    void delivered.then(() => inFlight--);
    // Matched when sent: a release that comes before AuthSec answered still waits for this one.
    const held = holds.filter((h) => h.match(input, method));
    for (const h of held) h.delivered.push(delivered);
    try {
      const response = await emu.fetchFn(input, init);
      for (const h of held) await h.gate;
      init?.signal?.throwIfAborted();
      // Delivered once the body is read: the client reads every body it receives.
      const text = response.text.bind(response);
      response.text = () => text().finally(done);
      return response;
    } catch (error) {
      done();
      throw error;
    }
  };
  return {
    emu,
    fetchFn,
    token,
    log,
    hold(match) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const entry = { match, gate, delivered: [] as Promise<void>[] };
      holds.push(entry);
      return async () => {
        holds.splice(holds.indexOf(entry), 1);
        release();
        await Promise.all(entry.delivered);
      };
    },
    quiet: () => waitUntil(() => inFlight === 0, () => `${inFlight} requests still in flight; sent: ${log.join(', ')}`),
  };
}


