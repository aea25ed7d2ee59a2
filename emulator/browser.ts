/**
 * The emulator inside the page: a `fetch` for `<authsec-provider .fetch=…>` so Storybook and
 * browser tests need no server. A dropped connection rejects the way a real one does.
 */
import { createEmulator, DROP_HEADER, type Emulator, type EmulatorOptions } from './app.js';

export interface BrowserEmulator extends Emulator {
  /** Base URL the provider should use (any origin works; requests never leave the page). */
  readonly baseUrl: string;
  /** A fetch that routes to the emulator. */
  readonly fetchFn: (input: string, init?: RequestInit) => Promise<Response>;
}

export function createBrowserEmulator(options: EmulatorOptions = {}, baseUrl = 'https://authsec.emulator.local'): BrowserEmulator {
  const emulator = createEmulator({ devSession: true, ...options });
  const fetchFn = async (input: string, init?: RequestInit): Promise<Response> => {
    init?.signal?.throwIfAborted();
    const response = await raceAbort(emulator.fetch(new Request(input, init)), init?.signal ?? undefined);
    if (response.headers.get(DROP_HEADER)) throw new TypeError('Failed to fetch');
    return response;
  };
  return Object.assign(emulator, { baseUrl, fetchFn });
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
