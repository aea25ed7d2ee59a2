/** The consent screen's technical details, drawn from its view alone: what a careful person checks. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import type { ConsentView } from '../../model/consent-view.js';

/** The screen, for its words. */
interface Host {
  t(key: MessageKey, params?: MessageParams): string;
}

export function detailsSection(host: Host, view: ConsentView): TemplateResult {
  const redirect = typeof view.redirect === 'object' ? view.redirect.href : undefined;
  // Each value whole (`full`: hidden characters revealed, never clamped).
  const row = (label: MessageKey, value: string | undefined) => (value ? html`<dt>${host.t(label)}</dt><dd dir="ltr"><code>${value}</code></dd>` : nothing);
  return html`<details class="details">
    <summary>${host.t('consent.details')}</summary>
    <dl>
      ${row('consent.details.clientId', view.client.id.full)} ${row('consent.details.redirect', redirect)}
      ${row('consent.details.resource', view.application.resourceUri?.full)}
    </dl>
  </details>`;
}
