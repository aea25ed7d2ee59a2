/** What a controller watches to know the application changed. */
export interface AppSwitchHost {
  readonly applicationId?: string | undefined;
}

/**
 * Tells a controller, from its `hostUpdate`, that the host now shows another application (not on
 * the first one), so it can drop what belonged to the previous one: drafts, searches, errors.
 */
export class AppSwitch {
  #shown?: string;
  #seen = false;

  readonly #subject: () => string | undefined;

  constructor(host: AppSwitchHost, subject: () => string | undefined = () => host.applicationId) {
    this.#subject = subject;
  }

  /** True once per change of application. */
  switched(): boolean {
    const id = this.#subject();
    if (this.#seen && id === this.#shown) return false;
    const switched = this.#seen;
    this.#seen = true;
    this.#shown = id;
    return switched;
  }
}
