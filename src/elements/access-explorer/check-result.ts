/**
 * The answer to "Can <person> call <tool>?": AuthSec's verdict, every check it made in words, and
 * the safest fix as something the admin can do here, with what it would change before it is done.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AccessSimulation } from '../../api/access-insight.js';
import type { AdminHost } from '../../controllers/host.js';
import type { MessageKey } from '../../i18n/catalog.js';
import type { RoleFix } from '../../model/access-explorer.js';
import { roleWords } from '../../model/role-words.js';
import '../../ui/badge.js';
import '../../ui/button.js';

const CHECKS = ['user_active', 'application_launched', 'tool_public', 'tool_mapped', 'role_grants_scope'];
const TOOLS_NAMED = 8;

export interface CheckOutcome {
  readonly person: string;
  readonly tool: string;
  readonly simulation: AccessSimulation;
  /** For a missing scope: the role that fixes it with least privilege (undefined: none does). */
  readonly fix: RoleFix | undefined;
}

export interface ResultContext {
  readonly host: Pick<AdminHost, 't' | 'text' | 'readonly' | 'effectiveLocale'>;
  readonly applicationId: string;
  readonly applying: boolean;
  apply(fix: RoleFix): void;
  open(target: 'tools' | 'launch'): void;
}

export function renderCheckResult(ctx: ResultContext, outcome: CheckOutcome): TemplateResult {
  const { host } = ctx;
  const t = (key: MessageKey, params?: Record<string, string | number>) => host.t(key, params);
  const { simulation: sim } = outcome;
  const allowed = sim.verdict === 'allowed';
  const names = { person: outcome.person, tool: host.text(outcome.tool, 80) };
  return html`<section class="card result" aria-labelledby="result-h">
    <h3 id="result-h" class="verdict" tabindex="-1">
      <authsec-ui-badge tone=${allowed ? 'success' : 'danger'} .label=${t(allowed ? 'explorer.verdict.badge.allowed' : 'explorer.verdict.badge.denied')}></authsec-ui-badge>
      <span dir="auto">${t(allowed ? 'explorer.verdict.allowed' : 'explorer.verdict.denied', names)}</span>
    </h3>
    <p class="muted">${t('explorer.trace.heading')}</p>
    <ol class="trace">${sim.decision_trace.map((c) => html`<li>
      <span class="mark ${c.state === 'ok' ? 'ok' : 'blocked'}" aria-hidden="true">${c.state === 'ok' ? '✓' : '✗'}</span>
      <span>${CHECKS.includes(c.check) ? t(`explorer.trace.${c.check}` as MessageKey) : t('explorer.trace.other', { check: host.text(c.check, 40) })}:
        <strong>${t(c.state === 'ok' ? 'explorer.trace.ok' : 'explorer.trace.blocked')}</strong>
        ${c.detail ? html`<span class="detail muted" dir="auto">${host.text(c.detail, 200)}</span>` : nothing}</span>
    </li>`)}</ol>
    ${allowed ? nothing : renderFix(ctx, outcome)}
  </section>`;
}

function renderFix(ctx: ResultContext, outcome: CheckOutcome): TemplateResult {
  const { host } = ctx;
  const t = (key: MessageKey, params?: Record<string, string | number>) => host.t(key, params);
  const sim = outcome.simulation;
  const tool = host.text(outcome.tool, 80);
  const suggested = sim.safest_fix ? html`<p class="muted" dir="auto">${t('explorer.suggested', { fix: host.text(sim.safest_fix, 300) })}</p>` : nothing;
  const body = (() => {
    switch (sim.failed_condition) {
      case 'user_inactive':
        return html`<p>${t('explorer.fix.user_inactive', { person: outcome.person })}</p>`;
      case 'application_not_launched':
        return html`<p>${t('explorer.fix.application_not_launched')}</p>
          ${host.readonly ? nothing : html`<authsec-ui-button variant="secondary" .locale=${host.effectiveLocale} @click=${() => ctx.open('launch')}>${t('explorer.fix.openLaunch')}</authsec-ui-button>`}`;
      case 'tool_unmapped':
        return html`<p>${t('explorer.fix.tool_unmapped', { tool })}</p>
          ${host.readonly ? nothing : html`<authsec-ui-button variant="secondary" .locale=${host.effectiveLocale} @click=${() => ctx.open('tools')}>${t('explorer.fix.openTools')}</authsec-ui-button>`}`;
      case 'missing_role_scope':
        return roleFix(ctx, outcome);
      default:
        return nothing;
    }
  })();
  return html`<div class="fix"><p><strong>${t('explorer.fix.heading')}</strong></p>${body}${suggested}</div>`;
}

function roleFix(ctx: ResultContext, outcome: CheckOutcome): TemplateResult {
  const { host } = ctx;
  const t = (key: MessageKey, params?: Record<string, string | number>) => host.t(key, params);
  const fix = outcome.fix;
  if (!fix) return html`<p>${t('explorer.fix.noRole', { tool: host.text(outcome.tool, 80) })}</p>`;
  const role = roleName(host, fix.role.name, ctx.applicationId);
  const named = fix.tools.slice(0, TOOLS_NAMED).map((x) => host.text(x, 60)).join(', ');
  const more = fix.tools.length - TOOLS_NAMED;
  return html`<p>${t('explorer.fix.role', { person: outcome.person, role })}</p>
    <p>${t('explorer.fix.gains')}</p>
    <ul>${fix.gained.map((s) => html`<li><code dir="ltr">${host.text(s, 120)}</code></li>`)}</ul>
    ${fix.tools.length ? html`<p>${t('explorer.fix.tools', { tools: named })}${more > 0 ? ` ${t('explorer.fix.toolsMore', { count: more })}` : ''}</p>` : nothing}
    ${host.readonly
      ? nothing
      : html`<div class="actions"><authsec-ui-button variant="primary" class="apply" .loading=${ctx.applying} .locale=${host.effectiveLocale}
          @click=${() => ctx.apply(fix)}>${t('explorer.fix.apply', { person: outcome.person, role })}</authsec-ui-button></div>`}`;
}

/** A role in words for people: "Viewer", or the role's own name without `rs-<id>:`. */
export function roleName(host: Pick<AdminHost, 't' | 'text'>, name: string, applicationId: string | undefined): string {
  const words = roleWords(name, applicationId);
  return 'builtin' in words ? host.t(`explorer.roleName.${words.builtin}`) : host.text(words.words, 60);
}
