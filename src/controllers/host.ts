/** What this library's controllers read from the element they serve (its public, `@internal` members). */
import type { ReactiveControllerHost } from 'lit';
import type { AuthsecClient } from '../api/client.js';
import type { MessageKey, MessageParams } from '../i18n/catalog.js';

/** Any AuthSec element: its client, locale and words. */
export interface ElementHost extends ReactiveControllerHost {
  readonly client: AuthsecClient | undefined;
  readonly effectiveLocale: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  t(key: MessageKey, params?: MessageParams): string;
  generic(error: unknown): string;
}

/** An admin element about one application. */
export interface AdminHost extends ElementHost {
  readonly applicationId?: string | undefined;
  readonly readonly: boolean;
  text(value: string | null | undefined, max?: number): string;
  reason(error: unknown): string;
}
