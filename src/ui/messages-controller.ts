import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createTranslator,
  onMessagesChanged,
  type MessageKey,
  type MessageParams,
  type Translator,
} from '../i18n/catalog.js';

/** A host that may carry a `locale` property (every building block and element does). */
export type LocalizedHost = ReactiveControllerHost & { locale?: string | null | undefined };

/**
 * Gives an element `t(key, params)` in its `locale` (English when unset) and re-renders it when a
 * host registers a locale or overrides wording while the element is on the page.
 */
export class MessagesController implements ReactiveController {
  #translator: Translator | undefined;
  #translatorLocale: string | null | undefined;
  #unsubscribe: (() => void) | undefined;

  readonly #host: LocalizedHost;
  readonly #getLocale: () => string | null | undefined;

  /** `getLocale` lets a host resolve its locale elsewhere (e.g. from its provider). */
  constructor(
    host: LocalizedHost,
    getLocale: () => string | null | undefined = () => host.locale,
  ) {
    this.#host = host;
    this.#getLocale = getLocale;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe = onMessagesChanged(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Translate with the host's current locale; cheap to call on every render. */
  t(key: MessageKey, params?: MessageParams): string {
    const locale = this.#getLocale();
    if (!this.#translator || this.#translatorLocale !== locale) {
      this.#translatorLocale = locale;
      this.#translator = createTranslator(locale);
    }
    return this.#translator(key, params);
  }
}
