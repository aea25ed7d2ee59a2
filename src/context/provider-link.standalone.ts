import type { ReactiveElement } from 'lit';
import type { AuthsecClient } from '../api/client.js';

/**
 * Stands in for `./provider-link.ts` in the consent drop-in (vite.config.ts): a hosted consent page
 * has no `<authsec-provider>` (the drop-in does not define one), so the element is configured by its
 * own attributes and the context protocol is bytes nobody answers.
 */
export function linkToProvider(
  _host: ReactiveElement,
  _onClient: (client: AuthsecClient | undefined) => void,
  _onLocale: (locale: string | undefined) => void,
): void {}
