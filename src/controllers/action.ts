import type { ReactiveControllerHost } from 'lit';
import type { AdminHost } from './host.js';

export interface RunOptions {
  /**
   * Runs of different keys may overlap (dismissing two events); a key already running is not
   * started again. Without a key, the action runs one at a time.
   */
  key?: string;
  /** Words the failure itself (the return value becomes `error`; '' shows nothing). */
  failed?: (error: unknown, words: string) => string | void;
}

/**
 * One write workflow of an element (save, add, remove, rotate…): busy while it runs, the failure in
 * words when it fails, and never started twice at once. Actions created with the same `group` run
 * one at a time between them, where the product needs that (e.g. one decision at a time).
 */
export class Action {
  readonly #running = new Set<string>();
  /** Words for the last failure; '' when the last run succeeded (or was reset). */
  error = '';

  readonly #host: ReactiveControllerHost;
  readonly #describe: (error: unknown) => string;
  readonly #group: Set<Action> | undefined;

  constructor(
    host: ReactiveControllerHost & Pick<AdminHost, 'reason'>,
    /** The failure in words (default: the element's `reason`). */
    describe: (error: unknown) => string = (error) => host.reason(error),
    group?: Set<Action>,
  ) {
    this.#host = host;
    this.#describe = describe;
    this.#group = group;
    group?.add(this);
  }

  /** True while a run of this action is under way. */
  get busy(): boolean {
    return this.#running.size > 0;
  }

  /** True while the run for `key` is under way. */
  running(key: string): boolean {
    return this.#running.has(key);
  }

  /** True while this action, or another of its group, runs. */
  get blocked(): boolean {
    return this.busy || [...(this.#group ?? [])].some((a) => a.busy);
  }

  /** Runs `work` unless blocked; resolves to its value, or undefined when it failed or did not run. */
  async run<T>(work: () => Promise<T>, options: RunOptions = {}): Promise<T | undefined> {
    const key = options.key ?? '';
    if (key ? this.#running.has(key) : this.blocked) return undefined;
    this.#running.add(key);
    this.error = '';
    this.#host.requestUpdate();
    try {
      return await work();
    } catch (error) {
      const words = this.#describe(error);
      this.error = options.failed?.(error, words) ?? words;
      return undefined;
    } finally {
      this.#running.delete(key);
      this.#host.requestUpdate();
    }
  }

  /** Forgets the last failure (another application, a new attempt). */
  reset(): void {
    this.error = '';
    this.#host.requestUpdate();
  }
}
