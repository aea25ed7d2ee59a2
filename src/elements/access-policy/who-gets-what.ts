/** "Who gets what": one person's effective access to the application, computed in the browser. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatList } from '../../i18n/catalog.js';
import type { RiskLevel } from '../../api/wire.js';
import { bindingSource } from '../../model/binding-table.js';
import { effectiveAccess } from '../../model/effective-access.js';
import type { Tone } from '../../ui/tone.js';
import type { AccessData, Person } from './access-data.js';
import type { PersonPicker } from './person-picker.js';
import type { TableView } from './exceptions-table.js';
import '../../ui/badge.js';
import { identifier } from '../../ui/identifier.js';

const RISK_TONE: Readonly<Record<RiskLevel, Tone>> = { low: 'success', medium: 'warning', high: 'danger', critical: 'danger' };

/** What the panel reads from its element (the table's words, and what a role grants). */
export type WhoView = Pick<TableView, 't' | 'text' | 'roleLabel' | 'locale'> & {
  grants(roleId: string, count: number | undefined): string;
};

export function whoGetsWhat(v: WhoView, d: AccessData, picker: PersonPicker): TemplateResult {
  const picked = picker.picked(d.people).value;
  const chosen = d.people.find((p) => p.id === picked);
  return html`<section class="card panel" part="who" aria-labelledby="who-h">
    <h3 id="who-h">${v.t('access.who.heading')}</h3>
    <p class="muted">${v.t('access.who.intro')}</p>
    <div class="add-grid">${picker.render(d.people, v.t('access.who.person'))}</div>
    <div class="who-result" aria-live="polite">${chosen ? result(v, d, chosen) : nothing}</div>
  </section>`;
}

function result(v: WhoView, d: AccessData, p: Person): TemplateResult {
  const access = effectiveAccess(p.id, d.bindings, d.roles);
  const name = v.text(p.name, 60);
  const app = v.text(d.app.name, 80);
  const computed = html`<p class="muted">${v.t('access.who.computed')}</p>`;
  if (!access.bindings.length) {
    const role = d.policy.role_options.find((o) => o.role_id === d.policy.default_role_id);
    return html`<p><strong>${v.t('access.who.none', { user: name, application: app })}</strong></p>
      <p>${d.policy.enabled && role
        ? `${v.t('access.who.firstLogin', { role: v.roleLabel(role.name) })} ${v.grants(role.role_id, role.permissions)}`
        : v.t('access.who.noPolicy')}</p>
      ${computed}`;
  }
  const through = formatList(access.bindings.map((b) => `${v.roleLabel(b.role_name)} (${v.t(`access.source.${bindingSource(b)}`)})`), v.locale);
  return html`<p>${v.t('access.who.through', { user: name, roles: through })}</p>
    ${access.scopes.length
      ? html`<ul class="scopes">
          ${access.scopes.map((s) => html`<li>
            <span class="name" dir="auto">${v.text(s.displayName || s.scopeString, 80)}</span>
            <code dir="ltr">${identifier(v.text(s.scopeString))}</code>
            <authsec-ui-badge tone=${RISK_TONE[s.riskLevel]}>${v.t(`common.risk.${s.riskLevel}`)}</authsec-ui-badge>
            <div class="muted">${v.t('access.who.grantedBy', {
              bindings: formatList(s.grantedBy.map((g) => `${v.roleLabel(g.roleName)} (${v.t(`access.source.${g.source}`)})`), v.locale),
            })}</div>
          </li>`)}
        </ul>`
      : access.unlisted.length
        ? nothing
        : html`<p>${v.t('access.who.noScopes', { user: name })}</p>`}
    ${access.unlisted.map((u) => html`<p>${v.t('access.who.unlisted', { role: v.roleLabel(u.binding.role_name), count: u.permissions ?? 0 })}</p>`)}
    ${computed}`;
}
