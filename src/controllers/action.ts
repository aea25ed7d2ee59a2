import type { ReactiveControllerHost } from 'lit';

/**
 * One write workflow of an element (save, add, remove, rotate…): busy while it runs, the failure in
 * words when it fails, and never started twice at once. Actions created with the same `group` run
 * one at a time between them, where the product needs that (e.g. one decision at a time).
 */
export class Action {
  busy = false;
  /** Words for the last failure; '' when the last run succeeded (or was reset). */
  error = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The failure in words (usually the element's `reason`). */
    private readonly describe: (error: unknown) => string,
    private readonly group?: Set<Action>,
  ) {
    group?.add(this);
  }

  /** True while this action, or another of its group, runs. */
  get blocked(): boolean {
    return this.busy || [...(this.group ?? [])].some((a) => a.busy);
  }

  /**
   * Runs `work` unless already running; `failed(error, words)` may word the failure itself (its
   * return value becomes `error`). Resolves to work's value, or undefined when it failed or did not run.
   */
  async run<T>(work: () => Promise<T>, failed?: (error: unknown, words: string) => string | void): Promise<T | undefined> {
    if (this.blocked) return undefined;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      return await work();
    } catch (error) {
      const words = this.describe(error);
      this.error = failed?.(error, words) ?? words;
      return undefined;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  /** Forgets the last failure (another application, a new attempt). */
  reset(): void {
    this.error = '';
    this.host.requestUpdate();
  }
}
