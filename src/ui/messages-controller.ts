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
  private translator: Translator | undefined;
  private translatorLocale: string | null | undefined;
  private unsubscribe: (() => void) | undefined;

  /** `getLocale` lets a host resolve its locale elsewhere (e.g. from its provider). */
  constructor(
    private readonly host: LocalizedHost,
    private readonly getLocale: () => string | null | undefined = () => host.locale,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onMessagesChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Translate with the host's current locale; cheap to call on every render. */
  t(key: MessageKey, params?: MessageParams): string {
    const locale = this.getLocale();
    if (!this.translator || this.translatorLocale !== locale) {
      this.translatorLocale = locale;
      this.translator = createTranslator(locale);
    }
    return this.translator(key, params);
  }
}
