/** The lock-out notice of the Access tab: the admin has no admin role here, and can add one. */
import { html, nothing, type TemplateResult } from 'lit';
import type { LockoutGuard } from '../../model/effective-access.js';
import type { AccessData } from './access-data.js';
import type { TableView } from './exceptions-table.js';
import '../../ui/button.js';

/** What the notice reads from its element (the table's words, the list of roles, the add action). */
export type GuardView = Pick<TableView, 't' | 'text' | 'roleLabel' | 'locale' | 'readonly'> & {
  list(items: readonly string[]): string;
  /** Adding the admin role is under way. */
  readonly busy: boolean;
  /** Why adding it failed ('' when it did not). */
  readonly error: string;
  addMe(guard: Extract<LockoutGuard, { kind: 'exposed' }>): void;
};

export function guardNotice(v: GuardView, d: AccessData, guard: LockoutGuard): TemplateResult | typeof nothing {
  if (guard.kind === 'safe') return nothing;
  if (guard.kind === 'unknown') return html`<p class="muted" part="guard">${v.t('access.guard.unknown')}</p>`;
  const app = v.text(d.app.name, 80);
  const others = v.list(guard.others.map((b) => v.roleLabel(b.role_name)));
  const canAdd = !!guard.userId && !!guard.adminRole;
  return html`<div class="notice warning guard" part="guard" role="region" aria-labelledby="guard-h">
    <h3 id="guard-h">${v.t('access.guard.heading')}</h3>
    <p>${others ? v.t('access.guard.others', { application: app, roles: others }) : v.t('access.guard.none', { application: app })}</p>
    <p>${v.t('access.guard.advice')}</p>
    ${v.readonly
      ? nothing
      : canAdd
        ? html`<authsec-ui-button variant="secondary" .loading=${v.busy} .locale=${v.locale} @click=${() => v.addMe(guard)}>
            ${v.t('access.guard.addMe')}
          </authsec-ui-button>`
        : html`<p class="muted">${guard.adminRole ? v.t('access.guard.noUser') : v.t('access.guard.noRole')}</p>`}
    ${v.error ? html`<p class="error" role="alert">${v.error}</p>` : nothing}
  </div>`;
}
