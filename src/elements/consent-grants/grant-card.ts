/**
 * One remembered consent: which client, on which application, what it can do (each scope in words,
 * riskiest first, with its risk), since and until when, and Revoke. The client's name and every
 * scope come from registrations and SDKs: untrusted text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConsentGrant } from '../../api/consent-grants.js';
import type { AdminHost } from '../../controllers/host.js';
import { grantedScopes, grantRisk, type KnownScope } from '../../model/consent-grants.js';
import type { RiskLevel } from '../../api/wire.js';
import type { Tone } from '../../ui/tone.js';
import { scopePhrase } from '../shared/scope-phrase.js';
import '../../ui/badge.js';
import '../../ui/button.js';

const RISK_TONE: Readonly<Record<RiskLevel, Tone>> = { low: 'success', medium: 'warning', high: 'danger', critical: 'danger' };

export interface CardContext {
  readonly host: Pick<AdminHost, 't' | 'text' | 'readonly' | 'effectiveLocale'> & { date(value: string, options?: Intl.DateTimeFormatOptions): string };
  readonly known: ReadonlyMap<string, KnownScope>;
  /** Say which application (not when the list is about one application already). */
  readonly showApplication: boolean;
  /** The accessible name of Revoke ("Revoke Claude for Ada", "Revoke access for Claude"). */
  revokeLabel(client: string): string;
  /** A revoke is under way (Revoke is disabled meanwhile). */
  readonly busy: boolean;
  revoke(grant: ConsentGrant): void;
}

export function grantClient(host: CardContext['host'], grant: ConsentGrant): string {
  return grant.client_name?.trim() ? host.text(grant.client_name, 80) : host.t('grants.client.unnamed');
}

export function renderGrantCard(ctx: CardContext, grant: ConsentGrant): TemplateResult {
  const { host } = ctx;
  const client = grantClient(host, grant);
  const scopes = grantedScopes(grant, ctx.known);
  const top = grantRisk(scopes);
  const day = (value: string) => host.date(value, { dateStyle: 'medium' });
  return html`<li class="grant" data-grant=${grant.id}>
    <div class="grant-head">
      <strong dir="auto">${client}</strong>
      ${scopes.length ? html`<authsec-ui-badge tone=${RISK_TONE[top]} .label=${host.t(`grants.risk.${top}`)}></authsec-ui-badge>` : nothing}
    </div>
    ${ctx.showApplication && grant.resource_name ? html`<div class="muted app" dir="auto">${host.t('grants.on', { application: host.text(grant.resource_name, 80) })}</div>` : nothing}
    <div class="can">
      <span class="muted">${host.t('grants.canDo')}</span>
      <ul>${scopes.map((s) => html`<li><span dir="auto">${s.name ? host.text(s.name, 80) : scopePhrase((k, p) => host.t(k, p), s.words)}</span>
        <code class="scope" dir="ltr">${host.text(s.scope, 120)}</code>
        ${s.risk !== 'low' ? html`<span class="risk ${s.risk}">${host.t(`grants.risk.${s.risk}`)}</span>` : nothing}</li>`)}</ul>
    </div>
    <div class="when muted">
      ${grant.created_at ? html`<span>${host.t('grants.since', { date: day(grant.created_at) })}</span>` : nothing}
      ${grant.expires_at ? html`<span>${host.t('grants.until', { date: day(grant.expires_at) })}</span>` : nothing}
    </div>
    ${host.readonly
      ? nothing
      : html`<div class="actions"><authsec-ui-button size="small" variant="secondary" class="revoke" .label=${ctx.revokeLabel(client)} .locale=${host.effectiveLocale}
          ?disabled=${ctx.busy} @click=${() => ctx.revoke(grant)}>${host.t('grants.revoke')}</authsec-ui-button></div>`}
  </li>`;
}
