import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import type { AuthsecClient } from '../api/client.js';
import { clientContext, localeContext } from './contexts.js';

/** Follows the nearest `<authsec-provider>`'s client and locale for as long as the element is connected. */
export function linkToProvider(
  host: ReactiveElement,
  onClient: (client: AuthsecClient | undefined) => void,
  onLocale: (locale: string | undefined) => void,
): void {
  new ContextConsumer(host, { context: clientContext, subscribe: true, callback: onClient });
  new ContextConsumer(host, { context: localeContext, subscribe: true, callback: onLocale });
}
