import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  createTranslator,
  onMessagesChanged,
  type MessageKey,
  type MessageParams,
  type Translator,
} from '../i18n/catalog.js';
import { ensureLocale } from '../i18n/locale-loader.js';
import { orPageLang } from '../i18n/page-lang.js';

/** A host that may carry a `locale` property (every building block and element does). */
export type LocalizedHost = ReactiveControllerHost & { locale?: string | null | undefined };

/**
 * Gives an element `t(key, params)` in its `locale` (the page's `lang` when it has none of its own,
 * English last), loads the library's translation for that language the first time it is needed, and
 * re-renders the element when words arrive, a host registers a locale or overrides wording.
 */
export class MessagesController implements ReactiveController {
  #translator: Translator | undefined;
  #translatorLocale: string | null | undefined;
  #unsubscribe: (() => void) | undefined;

  readonly #host: LocalizedHost;
  readonly #getLocale: () => string | null | undefined;

  /** `getLocale` lets a host resolve its locale elsewhere (e.g. from its provider); by default its own, else the page's. */
  constructor(host: LocalizedHost, getLocale: () => string | null | undefined = () => orPageLang(host.locale, host as Partial<Node>)) {
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
      ensureLocale(locale, this.#host);
    }
    return this.#translator(key, params);
  }
}
