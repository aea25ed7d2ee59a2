import { ContextConsumer, ContextRoot } from '@lit/context';
import type { ReactiveElement } from 'lit';
import type { AuthsecClient } from '../api/client.js';
import { clientContext, localeContext } from './contexts.js';

let root: ContextRoot | undefined;

/**
 * Follows the nearest `<authsec-provider>`'s client and locale for as long as the element is connected.
 * An element may upgrade before its provider does (code splitting, a framework rendering first): a
 * context root on the document keeps its unanswered request and replays it when a provider appears.
 */
export function linkToProvider(
  host: ReactiveElement,
  onClient: (client: AuthsecClient | undefined) => void,
  onLocale: (locale: string | undefined) => void,
): void {
  if (!root && globalThis.document) (root = new ContextRoot()).attach(document.documentElement);
  new ContextConsumer(host, { context: clientContext, subscribe: true, callback: onClient });
  new ContextConsumer(host, { context: localeContext, subscribe: true, callback: onLocale });
}
