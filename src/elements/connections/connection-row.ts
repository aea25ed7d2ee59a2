/**
 * One AI client in the Connections list: who it is (name, id, how it registered, look-alike
 * letters revealed), its state, where its answers go, when it last got a token, and what the admin
 * can do about it. Every field is untrusted text from a client registration.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/catalog.js';
import type { AdminHost } from '../../controllers/host.js';
import type { ConnectionStatus, ConnectionView, RedirectHost } from '../../model/connections.js';
import { revealLookalikes } from '../../model/mixed-script.js';
import type { Tone } from '../../ui/tone.js';
import { identifier } from '../../ui/identifier.js';
import '../../ui/badge.js';
import '../../ui/button.js';

const STATUS_TONE: Readonly<Record<ConnectionStatus, Tone>> = { approved: 'success', pending: 'warning', revoked: 'neutral', other: 'neutral' };

export interface RowContext {
  readonly host: Pick<AdminHost, 't' | 'text' | 'readonly' | 'effectiveLocale'> & { date(value: string, options?: Intl.DateTimeFormatOptions): string };
  /** Today's surface has approve / deny; the shim does not. */
  readonly canApprove: boolean;
  readonly total: number;
  busy(id: string): boolean;
  revoke(c: ConnectionView): void;
  approve(c: ConnectionView): void;
  deny(c: ConnectionView): void;
  reviewRedirects(c: ConnectionView): void;
}

/** A client's name as it may be shown: revealed when it imitates letters of another alphabet. */
export function clientLabel(host: RowContext['host'], c: ConnectionView): string {
  const raw = c.name || c.id;
  return host.text(c.lookalike ? revealLookalikes(raw) : raw, 80);
}

export function hostWords(host: RowContext['host'], h: RedirectHost): string {
  const name = host.text(h.host, 120);
  if (h.loopback) return host.t('connections.thisDevice', { host: name });
  return h.punycode ? host.t('connections.punycode', { host: name }) : name;
}

export function renderConnectionRow(ctx: RowContext, c: ConnectionView, index: number): TemplateResult {
  const { host } = ctx;
  const t = (key: MessageKey, params?: Record<string, string | number>) => host.t(key, params);
  const label = clientLabel(host, c);
  const day = (value: string) => host.date(value, { dateStyle: 'medium' });
  const kind = c.kind === 'cimd'
    ? c.domain ? t('connections.kind.cimd', { domain: host.text(c.domain, 120) }) : t('connections.kind.cimdNoDomain')
    : t(`connections.kind.${c.kind}`);
  const busy = ctx.busy(c.id);
  const button = (key: 'revoke' | 'approve' | 'deny' | 'approveRedirects', run: () => void, variant = 'secondary') =>
    html`<authsec-ui-button size="small" variant=${variant} class=${key} .label=${t(`connections.${key}Named`, { client: label })}
      .locale=${host.effectiveLocale} ?disabled=${busy} @click=${run}>${t(`connections.${key}`)}</authsec-ui-button>`;
  const actions = host.readonly || c.status === 'revoked'
    ? nothing
    : c.status === 'pending'
      ? ctx.canApprove
        // Secondary in every row: Pre-register a client is the view's one primary action.
        ? html`${button('approve', () => ctx.approve(c))} ${button('deny', () => ctx.deny(c), 'ghost')}`
        : html`<p class="muted">${t('connections.approveElsewhere')}</p>`
      : html`${c.pendingHosts ? button('approveRedirects', () => ctx.reviewRedirects(c)) : nothing} ${button('revoke', () => ctx.revoke(c), 'ghost')}`;
  return html`<div class="row ${c.status}" role="listitem" aria-posinset=${index + 1} aria-setsize=${ctx.total} data-client=${c.id}>
    <div class="who">
      <div class="title">
        <strong dir="auto">${label}</strong>
        <authsec-ui-badge tone=${STATUS_TONE[c.status]} .label=${t(`connections.status.${c.status}`)}></authsec-ui-badge>
      </div>
      ${c.name ? html`<div class="muted id"><span class="sr-only">${t('connections.id')}: </span><code dir="ltr">${identifier(host.text(c.id, 200))}</code></div>` : nothing}
      <div class="muted kind ${c.kind}">${kind}</div>
      ${c.lookalike ? html`<p class="warn" role="note">${t('connections.lookalike')}</p>` : nothing}
    </div>
    <div class="where">
      <div class="muted">${t('connections.redirects')}</div>
      ${c.hosts.length
        ? html`<ul class="hosts">${c.hosts.map((h) => html`<li dir="ltr">${hostWords(host, h)}</li>`)}</ul>`
        : html`<span class="muted">${t('connections.noRedirects')}</span>`}
      ${c.pendingHosts ? html`<p class="warn pending-hosts">${t('connections.newRedirects')}</p>` : nothing}
    </div>
    <div class="when muted">
      <span>${c.lastUsed ? t('connections.lastUsed', { date: day(c.lastUsed) }) : t('connections.neverUsed')}</span>
      ${c.created ? html`<span>${t('connections.since', { date: day(c.created) })}</span>` : nothing}
    </div>
    <div class="row-actions">${actions}</div>
  </div>`;
}
