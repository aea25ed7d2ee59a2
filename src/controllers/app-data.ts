import { Task } from '@lit/task';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { AuthsecClient } from '../api/client.js';
import { AuthsecError } from '../api/errors.js';
import type { MessageKey } from '../i18n/catalog.js';
import '../ui/state.js';
import { AppSwitch } from './app-switch.js';
import type { ElementHost } from './host.js';

/** What the controller needs from its element. */
export type AppDataHost = ElementHost & { readonly applicationId?: string | undefined };

export interface AppDataOptions<T> {
  /**
   * What the data is about: the shown application by default; a workspace-wide element (the
   * applications list) names a constant.
   */
  subject?: () => string | undefined;
  /** Loads one application's data; `signal` aborts when the application or client changes. */
  load: (client: AuthsecClient, id: string, signal: AbortSignal) => Promise<T>;
  /** The application a value is about (so a reload never shows another application's data). */
  appOf: (value: T) => string;
  /** Called once when `applicationId` changes: forget what belonged to the previous application. */
  reset?: () => void;
  /** Called after each successful load. */
  loaded?: (value: T) => void;
  /** Words for a forbidden load (default: the generic forbidden message). */
  forbidden?: MessageKey;
}

/**
 * One application's data for an admin element, on `@lit/task`: loads when the client or the
 * application changes; while it reloads it keeps showing the same application's value, never
 * another's; renders loading, the load error (forbidden or failed, with Retry) and "no application"
 * the same way in every element; and resets the element's per-application state once per switch.
 */
export class AppData<T> implements ReactiveController {
  readonly task: Task<readonly [AuthsecClient | undefined, string | undefined], T | undefined>;
  readonly #switch: AppSwitch;

  readonly #host: AppDataHost;
  readonly #options: AppDataOptions<T>;

  constructor(
    host: AppDataHost,
    options: AppDataOptions<T>,
  ) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#switch = new AppSwitch(host, () => this.#subject());
    this.task = new Task(host as never, {
      args: () => [host.client, this.#subject()] as const,
      task: async ([client, id], { signal }) => (client && id ? options.load(client, id, signal) : undefined),
      onComplete: (value) => {
        if (value !== undefined) options.loaded?.(value);
      },
    });
  }

  #subject(): string | undefined {
    return this.#options.subject ? this.#options.subject() : this.#host.applicationId;
  }

  hostUpdate(): void {
    if (this.#switch.switched()) this.#options.reset?.();
  }

  /** The loaded value, only when it is about the application shown now. */
  get value(): T | undefined {
    const value = this.task.value;
    return value !== undefined && this.isCurrent(this.#options.appOf(value)) ? value : undefined;
  }

  /** Whether `id` is still the application shown: a late answer about another one is dropped. */
  isCurrent(id: string | undefined): boolean {
    return id !== undefined && id === this.#subject();
  }

  /** Loads again (after a change, or Retry). */
  run(): Promise<void> {
    return this.task.run();
  }

  /**
   * `body(value, refreshing)` once there is data of this application (also while it reloads);
   * the shared loading, error and "no application" states otherwise.
   */
  render(body: (value: T, refreshing: boolean) => TemplateResult | typeof nothing, missing: MessageKey): TemplateResult | typeof nothing {
    const locale = this.#host.effectiveLocale;
    if (!this.#subject()) {
      return html`<authsec-ui-state kind="empty" .heading=${this.#host.t(missing)} .locale=${locale}></authsec-ui-state>`;
    }
    const loading = html`<authsec-ui-state kind="loading" .locale=${locale}></authsec-ui-state>`;
    return this.task.render({
      pending: () => {
        const value = this.value;
        return value !== undefined ? body(value, true) : loading;
      },
      complete: (value) => (value !== undefined && this.value !== undefined ? body(value, false) : loading),
      error: (error) => {
        const forbidden = error instanceof AuthsecError && error.code === 'forbidden';
        return html`<authsec-ui-state
          kind=${forbidden ? 'forbidden' : 'error'}
          .message=${forbidden && this.#options.forbidden ? this.#host.t(this.#options.forbidden) : this.#host.generic(error)}
          .locale=${locale}
          @authsec-ui-retry=${() => void this.run()}
        ></authsec-ui-state>`;
      },
    }) as TemplateResult;
  }
}
