import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { getEffectiveAccess, listAccessUsers, simulateAccess, type AccessUser, type EffectiveScope } from '../../api/access-insight.js';
import { createBinding, listEligibleUsers, type EligibleUser } from '../../api/bindings.js';
import type { AuthsecClient } from '../../api/client.js';
import { unreadItems, type UnreadItem } from '../../api/list-items.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { listRoles, type RsRole } from '../../api/roles.js';
import { getScopeMatrix, type McpTool } from '../../api/scope-matrix.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import { Action } from '../../controllers/action.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { SiblingChanges } from '../../controllers/sibling-changes.js';
import { registerDefaults } from '../../i18n/catalog.js';
import { explorerEn } from '../../i18n/messages/explorer.en.js';
import { requiredScopes, safestRole, toolSuggestions, type RoleFix } from '../../model/access-explorer.js';
import '../../ui/badge.js';
import '../../ui/button.js';
import '../../ui/state.js';
import { AuthsecBindingAddedEvent } from '../access-policy/events.js';
import { AuthsecNavigateEvent } from '../shared/navigate-event.js';
import { unreadNotice } from '../shared/unread-notice.js';
import { accessExplorerStyles } from './access-explorer.styles.js';
import { renderCheckResult, roleName, type CheckOutcome } from './check-result.js';

registerDefaults(explorerEn);

interface ExplorerData {
  app: ResourceServer;
  /** False on an AuthSec without the applications surface: none of these questions can be asked. */
  supported: boolean;
  people: AccessUser[];
  /** Everyone who could be asked about (people with access first, then the workspace's users). */
  candidates: EligibleUser[];
  tools: McpTool[];
  roles: RsRole[];
  unread: UnreadItem[];
}

/** Events after which who-can-call-what may have changed elsewhere on the page. */
const ACCESS_CHANGED = ['authsec-policy-changed', 'authsec-mapping-saved', 'authsec-scopes-changed', 'authsec-activated', 'authsec-grant-revoked'];

/**
 * "Who can call what, and why not" for one application: the people with access (roles, what they
 * can do, first consent, last seen), one person's effective access (every scope, granted or not,
 * and through which role), and "Can <person> call <tool>?" answered by AuthSec's access simulation:
 * the verdict, every check in words, and the safest fix as an action here (give the role that adds
 * least beyond what is needed, after showing what it would change), or where to fix it.
 *
 * @summary Who can call which tool, why a call is refused, and the safest fix.
 * @tag authsec-access-explorer
 * @status stable
 *
 * @fires authsec-navigate - The admin asked to fix something on another tab (detail: target `tools` or `launch`, applicationId). Cancelable.
 * @fires authsec-binding-added - After the explorer gave someone a role (detail: bindingId, userId, roleId, roleName).
 *
 * @csspart people - The table of people with access.
 * @csspart check - The "Can someone call a tool?" form.
 * @csspart result - The verdict, its checks and the fix.
 */
export class AuthsecAccessExplorer extends AuthsecApplicationElement {
  static override styles = accessExplorerStyles;
  static override get properties(): PropertyDeclarations {
    return {
      checkPerson: { state: true },
      checkTool: { state: true },
      checkProblem: { state: true },
      outcome: { state: true },
      details: { state: true },
    };
  }

  private checkPerson = '';
  private checkTool = '';
  private checkProblem = '';
  private outcome?: CheckOutcome;
  /** The person whose effective access is open, and what AuthSec said. */
  private details?: { userId: string; name: string; scopes?: EffectiveScope[]; unread?: UnreadItem[] };

  readonly #announcer = new Announcer(this);
  readonly #check = new Action(this, (e) => this.t('explorer.check.failed', { reason: this.reason(e) }));
  readonly #detail = new Action(this);
  readonly #apply = new Action(this, (e) => this.t('explorer.fix.failed', { reason: this.reason(e) }));
  readonly #data = new AppData<ExplorerData>(this, {
    load: loadExplorer,
    appOf: (d) => d.app.id,
    reset: () => {
      this.checkPerson = this.checkTool = this.checkProblem = '';
      this.outcome = this.details = undefined;
      for (const action of [this.#check, this.#detail, this.#apply]) action.reset();
    },
  });

  constructor() {
    super();
    new SiblingChanges(this, ACCESS_CHANGED, () => void this.#data.run());
  }

  override render() {
    const app = this.#data.value?.app;
    return html`<section aria-labelledby="h">
      <h2 id="h" class="heading">${this.t('explorer.heading')}</h2>
      ${app ? html`<p class="muted">${this.t('explorer.intro', { application: this.text(app.name, 80) })}</p>` : nothing}
      ${this.#announcer.render()}
      ${this.#data.render((d) => this.#body(d), 'explorer.missingApp')}
    </section>`;
  }

  #body(d: ExplorerData): TemplateResult {
    if (!d.supported) return html`<p class="notice">${this.t('explorer.unsupported')}</p>`;
    return html`${unreadNotice(this, d.unread)}
      ${this.#checkForm(d)}
      ${this.outcome ? renderCheckResult({
        host: this,
        applicationId: d.app.id,
        applying: this.#apply.busy,
        apply: (fix) => void this.#applyFix(d, fix),
        open: (target) => this.dispatchEvent(new AuthsecNavigateEvent(target, d.app.id)),
      }, this.outcome) : nothing}
      ${this.#apply.error ? html`<p class="notice danger" role="alert">${this.#apply.error}</p>` : nothing}
      ${this.#people(d)}
      ${this.details ? this.#access(this.details) : nothing}`;
  }

  #name(u: { id: string; name?: string | undefined; email?: string | undefined }): string {
    return this.text(u.name || u.email || u.id, 80);
  }

  #people(d: ExplorerData): TemplateResult {
    const day = (v: string | undefined) => (v ? this.date(v, { dateStyle: 'medium' }) : this.t('explorer.never'));
    return html`<h3>${this.t('explorer.people.heading')} <span class="muted">(${this.number(d.people.length)})</span></h3>
      ${d.people.length
        ? html`<div class="table-wrap"><table part="people" class="stack" role="table">
            <caption class="sr-only">${this.t('explorer.people.caption', { application: this.text(d.app.name, 80) })}</caption>
            <thead role="rowgroup"><tr role="row">
              <th scope="col" role="columnheader">${this.t('explorer.col.person')}</th><th scope="col" role="columnheader">${this.t('explorer.col.roles')}</th>
              <th scope="col" role="columnheader">${this.t('explorer.col.scopes')}</th><th scope="col" role="columnheader">${this.t('explorer.col.firstConsent')}</th>
              <th scope="col" role="columnheader">${this.t('explorer.col.lastSeen')}</th><th scope="col" role="columnheader"><span class="sr-only">${this.t('explorer.col.actions')}</span></th>
            </tr></thead>
            <tbody role="rowgroup">${d.people.map((p) => {
              const name = this.#name(p.user);
              return html`<tr role="row" data-user=${p.user.id}>
                <th scope="row" role="rowheader" class="person-cell"><strong dir="auto">${name}</strong>
                  ${p.user.email && p.user.name ? html`<div class="muted" dir="ltr">${this.text(p.user.email, 120)}</div>` : nothing}
                  ${p.user.status && p.user.status !== 'active' ? html`<authsec-ui-badge tone="warning" .label=${this.t('explorer.inactive')}></authsec-ui-badge>` : nothing}</th>
                <td role="cell"><div class="chips">${p.roles.map((r) => html`<span><authsec-ui-badge tone="neutral" .label=${roleName(this, r.name, d.app.id)}></authsec-ui-badge>
                  ${r.source ? html`<span class="muted">${this.t('explorer.roleSource', { source: this.#source(r.source) })}</span>` : nothing}</span>`)}</div></td>
                <td role="cell">${p.scopes.map((s) => html`<div dir="auto">${this.text(s.display_name || s.scope_string, 80)}</div>`)}</td>
                <td role="cell" class="nowrap" data-label=${this.t('explorer.col.firstConsent')}>${day(p.first_consent_at)}</td>
                <td role="cell" class="nowrap" data-label=${this.t('explorer.col.lastSeen')}>${day(p.last_seen_at)}</td>
                <td role="cell" class="row-actions"><authsec-ui-button size="small" variant="ghost" .label=${this.t('explorer.explainNamed', { person: name })}
                  .locale=${this.effectiveLocale} @click=${() => void this.#openDetails(d, p.user.id, name)}>${this.t('explorer.explain')}</authsec-ui-button></td>
              </tr>`;
            })}</tbody>
          </table></div>`
        : html`<p class="muted">${this.t('explorer.people.empty')}</p>`}`;
  }

  #source(source: string | undefined): string {
    return this.t(source === 'default_policy' || source === 'manual_admin' ? `explorer.access.source.${source}` : 'explorer.access.source.other');
  }

  #access(details: NonNullable<AuthsecAccessExplorer['details']>): TemplateResult {
    const through = (s: EffectiveScope) => s.granted_through
      .map((g) => this.t('explorer.access.viaRole', {
        role: roleName(this, g.role_name, this.applicationId),
        source: this.#source(g.source),
      }))
      .join(', ');
    return html`<section class="card access" aria-labelledby="access-h">
      <h3 id="access-h" tabindex="-1" dir="auto">${this.t('explorer.access.heading', { person: details.name })}</h3>
      ${this.#detail.error ? html`<p class="notice danger" role="alert">${this.#detail.error}</p>` : nothing}
      ${unreadNotice(this, details.unread ?? [])}
      ${details.scopes
        ? html`<ul>${details.scopes.map((s) => html`<li class=${s.status === 'granted' ? 'granted' : 'not-granted'}>
            <strong>${this.t(s.status === 'granted' ? 'explorer.access.granted' : 'explorer.access.notGranted')}:</strong>
            <span dir="auto">${this.text(s.display_name || s.scope_string, 80)}</span> <code dir="ltr">${this.text(s.scope_string, 120)}</code>
            ${s.granted_through.length ? html`<div class="muted">${this.t('explorer.access.through', { roles: through(s) })}</div>` : nothing}
          </li>`)}</ul>`
        : html`<authsec-ui-state kind="loading" .locale=${this.effectiveLocale}></authsec-ui-state>`}
      <authsec-ui-button size="small" variant="secondary" .locale=${this.effectiveLocale} @click=${() => (this.details = undefined)}>${this.t('explorer.access.close')}</authsec-ui-button>
    </section>`;
  }

  async #openDetails(d: ExplorerData, userId: string, name: string): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.details = { userId, name };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#access-h')?.focus();
    const access = await this.#detail.run(() => client.call(getEffectiveAccess, { params: { id: d.app.id, user_id: userId } }));
    if (access && this.details?.userId === userId && this.#data.isCurrent(d.app.id)) this.details = { userId, name, scopes: access.scopes, unread: unreadItems(access) };
  }

  #checkForm(d: ExplorerData): TemplateResult {
    const suggestions = toolSuggestions(d.tools, this.checkTool);
    return html`<h3>${this.t('explorer.check.heading')}</h3>
      <p class="muted">${this.t('explorer.check.intro')}</p>
      <form part="check" class="check" novalidate @submit=${(e: Event) => void this.#runCheck(e, d)}>
        <div>
          <label for="who">${this.t('explorer.check.person')}</label>
          <select id="who" .value=${this.checkPerson} @change=${(e: Event) => (this.checkPerson = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.checkPerson}>${this.t('explorer.check.choosePerson')}</option>
            ${d.candidates.map((u) => html`<option value=${u.id} ?selected=${u.id === this.checkPerson}>${this.#name(u)}</option>`)}
          </select>
        </div>
        <div>
          <label for="tool">${this.t('explorer.check.tool')}</label>
          <input id="tool" type="text" list="tool-names" autocomplete="off" spellcheck="false" dir="ltr" .value=${this.checkTool}
            placeholder=${this.t('explorer.check.toolHint')} aria-describedby="check-error" aria-invalid=${this.checkProblem ? 'true' : 'false'}
            @input=${(e: Event) => ((this.checkTool = (e.target as HTMLInputElement).value), (this.checkProblem = ''))} />
          <datalist id="tool-names">${suggestions.map((n) => html`<option value=${n}></option>`)}</datalist>
        </div>
        <authsec-ui-button type="submit" variant="secondary" .loading=${this.#check.busy} .locale=${this.effectiveLocale}>${this.t('explorer.check.submit')}</authsec-ui-button>
      </form>
      <p id="check-error" class="error" aria-live="polite">${this.checkProblem || this.#check.error}</p>`;
  }

  async #runCheck(event: Event | undefined, d: ExplorerData): Promise<void> {
    event?.preventDefault();
    const client = this.client;
    if (!client) return;
    const toolName = this.checkTool.trim();
    const tool = d.tools.find((t) => t.name === toolName);
    if (!this.checkPerson) {
      this.checkProblem = this.t('explorer.check.choosePerson');
      this.renderRoot.querySelector<HTMLElement>('#who')?.focus();
      return;
    }
    if (!tool) {
      this.checkProblem = this.t('explorer.check.noTool', { tool: this.text(toolName, 80) });
      this.renderRoot.querySelector<HTMLElement>('#tool')?.focus();
      return;
    }
    const userId = this.checkPerson;
    const person = this.#name(d.candidates.find((u) => u.id === userId) ?? { id: userId });
    const simulation = await this.#check.run(() => client.call(simulateAccess, { params: { id: d.app.id }, body: { user_id: userId, tool_name: tool.name } }));
    if (!simulation || !this.#data.isCurrent(d.app.id)) return;
    let fix: RoleFix | undefined;
    if (simulation.failed_condition === 'missing_role_scope') {
      const granted = new Set(d.people.find((p) => p.user.id === userId)?.scopes.map((s) => s.scope_string) ?? []);
      fix = safestRole(d.roles, requiredScopes(tool), granted, d.tools);
    }
    this.outcome = { person, tool: tool.name, simulation, fix };
    this.#announcer.say(this.t(simulation.verdict === 'allowed' ? 'explorer.verdict.allowed' : 'explorer.verdict.denied', { person, tool: this.text(tool.name, 80) }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#result-h')?.focus();
  }

  /** Gives the person the role, then asks AuthSec again: the verdict on screen is AuthSec's, not ours. */
  async #applyFix(d: ExplorerData, fix: RoleFix): Promise<void> {
    const client = this.client;
    const outcome = this.outcome;
    if (!client || !outcome || this.#apply.busy) return;
    const userId = this.checkPerson;
    const done = await this.#apply.run(() => client.call(createBinding, { params: { id: d.app.id }, body: { user_id: userId, role_id: fix.role.id } }));
    if (!done || !this.#data.isCurrent(d.app.id)) return;
    const role = roleName(this, fix.role.name, d.app.id);
    this.#announcer.say(this.t('explorer.fix.applied', { person: outcome.person, role }));
    this.dispatchEvent(new AuthsecBindingAddedEvent({ bindingId: done.id, userId, roleId: fix.role.id, roleName: fix.role.name }));
    await this.#data.run();
    const fresh = this.#data.value;
    if (fresh) await this.#runCheck(undefined, fresh);
  }
}

async function loadExplorer(client: AuthsecClient, id: string, signal: AbortSignal): Promise<ExplorerData> {
  // The row first: it settles which surface this AuthSec speaks.
  const app = await client.call(getResourceServer, { params: { id }, signal });
  if (client.surface !== 'applications') return { app, supported: false, people: [], candidates: [], tools: [], roles: [], unread: [] };
  const [people, matrix, roles, eligible] = await Promise.all([
    client.call(listAccessUsers, { params: { id }, signal }),
    client.call(getScopeMatrix, { params: { id }, signal }),
    client.call(listRoles, { params: { id }, signal }),
    client.call(listEligibleUsers, { params: { id }, signal }).catch(() => ({ users: [] as EligibleUser[] })),
  ]);
  const withAccess = people.users.map((p) => ({ id: p.user.id, email: p.user.email ?? '', name: p.user.name ?? '' }));
  const seen = new Set(withAccess.map((u) => u.id));
  return {
    app,
    supported: true,
    people: people.users,
    candidates: [...withAccess, ...eligible.users.filter((u) => !seen.has(u.id))],
    tools: matrix.tools,
    roles: roles.roles,
    unread: [...unreadItems(people, roles, eligible), ...unreadItems(matrix.tools).filter((u) => !u.kept)],
  };
}
