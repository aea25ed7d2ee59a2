import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { getAccessPolicy, putAccessPolicy, type AccessPolicy, type RoleOption } from '../../api/access-policy.js';
import {
  createBinding,
  deleteBinding,
  listBindings,
  listEligibleUsers,
  type EligibleUser,
  type RsBinding,
} from '../../api/bindings.js';
import type { AuthsecClient } from '../../api/client.js';
import { AuthsecError } from '../../api/errors.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { listRoles, type RsRole } from '../../api/roles.js';
import { listScopes, type OAuthScope } from '../../api/scopes.js';
import { sessionClaims } from '../../api/session-claims.js';
import type { RiskLevel } from '../../api/wire.js';
import { AuthsecElement } from '../../context/authsec-element.js';
import { errorMessageKey, formatDate, registerDefaults } from '../../i18n/catalog.js';
import { accessEn } from '../../i18n/messages/access.en.js';
import {
  BindingFinder,
  bindingSource,
  bindingUserName,
  pageOf,
  removableHere,
  type BindingQuery,
  type BindingSort,
  type BindingSource,
} from '../../model/binding-table.js';
import {
  adminIdentity,
  effectiveAccess,
  lockoutGuard,
  roleScopes,
  roleShortName,
  type AdminIdentity,
  type LockoutGuard,
} from '../../model/effective-access.js';
import { clampText, revealHidden } from '../../model/text-safety.js';
import { searchText } from '../../model/tool-filters.js';
import '../../ui/badge.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import '../../ui/state.js';
import '../../ui/status-pill.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import type { Tone } from '../../ui/tone.js';
import { accessPolicyStyles } from './access-policy.styles.js';
import { AuthsecBindingAddedEvent, AuthsecBindingRemovedEvent, AuthsecPolicyChangedEvent } from './events.js';
import { ViewerScopes } from './viewer-scopes.js';
import { refocus } from '../../ui/refocus.js';

registerDefaults(accessEn);

/** A person the admin can pick: an eligible user or someone who already has a binding. */
interface Person {
  id: string;
  name: string;
  email: string;
  /** Search form of name, email and id. */
  key: string;
}

interface AccessData {
  app: ResourceServer;
  policy: AccessPolicy;
  roles: RsRole[];
  /** The application's scopes (what the default viewer role may grant). */
  scopes: OAuthScope[];
  bindings: RsBinding[];
  /** Eligible users, or why they could not be loaded (the rest of the tab still works). */
  eligible: EligibleUser[] | AuthsecError;
  /** Everyone who can be picked in "Who gets what": eligible users and bound users, by name. */
  people: Person[];
  identity: AdminIdentity | undefined;
  finder: BindingFinder;
}

interface PolicyDraft {
  enabled: boolean;
  /** '' when no role is chosen. */
  roleId: string;
}

const PAGE_SIZE = 50;
/** A native select stays quick with this many options; the search narrows the rest. */
const PICKER_LIMIT = 100;
const RISK_TONE: Readonly<Record<RiskLevel, Tone>> = { low: 'success', medium: 'warning', high: 'danger', critical: 'danger' };
const SOURCE_TONE: Readonly<Record<BindingSource, Tone>> = { manual_admin: 'info', default_policy: 'neutral', other: 'neutral' };
const SORTS: readonly BindingSort[] = ['user', 'role', 'source', 'granted'];

/**
 * The Access tab: who may use an application. A default role every first-time user gets (the
 * default access policy), exceptions for named people (role bindings), and a guard that keeps
 * the admin from locking themselves out before they enable the policy.
 *
 * The exceptions table pages (50 rows a page) rather than virtualising: AuthSec returns every
 * binding at once, so search, filters and sorting run over the whole list in memory, and a real
 * `<table>` keeps row and column navigation for screen readers and a stable focus order.
 *
 * @summary Default access policy, exceptions (role bindings) and the lock-out guard of one application.
 * @tag authsec-access-policy
 * @status stable
 *
 * @fires authsec-policy-changed - After the default access policy or the viewer role's scopes were saved (detail: enabled, defaultRoleId, defaultRoleName).
 * @fires authsec-binding-added - After an exception was added (detail: bindingId, userId, roleId, roleName).
 * @fires authsec-binding-removed - After an exception was removed (detail: bindingId, userId, roleId, roleName).
 *
 * @csspart guard - The lock-out warning with "Add me as admin".
 * @csspart policy - The default access form.
 * @csspart viewer-scopes - What first-time users get: the scopes of the default viewer role.
 * @csspart add-form - The "Add an exception" form.
 * @csspart table - The exceptions table.
 * @csspart who - The "Who gets what" panel.
 */
export class AuthsecAccessPolicy extends AuthsecElement {
  static override styles = accessPolicyStyles;

  #view?: { finder: BindingFinder; key: string; rows: RsBinding[] };

  @query('authsec-ui-confirm-dialog') private dialog?: AuthsecUiConfirmDialog;

  readonly #viewer = new ViewerScopes({
    client: () => this.client,
    readonly: () => this.readonly,
    locale: () => this.locale,
    requestUpdate: () => this.requestUpdate(),
    t: (key, params) => this.t(key, params),
    reason: (error) => reason(error, this.t(errorMessageKey(error instanceof AuthsecError ? error.code : 'unknown'))),
    saved: async (_role, count) => {
      await this.#reload();
      this.announcement = this.t('access.viewer.saved', { count });
      const policy = this.data.value?.policy;
      if (policy) this.dispatchEvent(new AuthsecPolicyChangedEvent({ enabled: policy.enabled, defaultRoleId: policy.default_role_id, defaultRoleName: policy.default_role_name }));
    },
  });

  @state() private announcement = '';
  @state() private policyDraft?: PolicyDraft;
  @state() private policyBusy = false;
  @state() private policyError = '';
  @state() private guardBusy = false;
  @state() private guardError = '';
  @state() private addSearch = '';
  @state() private addUserId = '';
  @state() private addRoleId = '';
  @state() private addBusy = false;
  @state() private addError = '';
  @state() private tableText = '';
  @state() private tableSource: BindingSource | '' = '';
  @state() private tableRole = '';
  @state() private sort: BindingSort = 'user';
  @state() private descending = false;
  @state() private page = 1;
  @state() private removing?: RsBinding;
  @state() private removeBusy = false;
  @state() private tableError = '';
  @state() private whoSearch = '';
  @state() private whoUserId = '';

  /** The application (AuthSec resource server id) whose access to manage. */
  @property({ attribute: 'application-id' }) applicationId?: string;

  /** Auditors: the policy, exceptions and who-gets-what are shown; nothing can be saved, added or removed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  private readonly data = new Task(this, {
    args: () => [this.client, this.applicationId] as const,
    task: async ([client, id], { signal }) => (client && id ? loadAccess(client, id, signal, this.locale) : undefined),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another application: choices not saved yet, searches and confirmations belonged to the previous one.
    if (changed.has('applicationId') && changed.get('applicationId') !== undefined) {
      this.policyDraft = undefined;
      this.policyError = this.guardError = this.addError = this.tableError = '';
      this.addSearch = this.addUserId = this.addRoleId = '';
      this.tableText = this.tableRole = this.tableSource = '';
      this.page = 1;
      this.removing = undefined;
      this.whoSearch = this.whoUserId = '';
      this.#viewer.reset();
    }
  }

  override render() {
    return html`<section aria-labelledby="h">
      <h2 id="h" class="heading">${this.t('access.heading')}</h2>
      <p class="muted">${this.t('access.intro')}</p>
      <p class="sr-only" role="status">${this.announcement}</p>
      ${this.applicationId
        ? this.data.render({
            // While reloading, keep showing this application's data; never another application's.
            pending: () =>
              this.data.value?.app.id === this.applicationId
                ? this.#body(this.data.value!)
                : html`<authsec-ui-state kind="loading" .locale=${this.locale}></authsec-ui-state>`,
            complete: (value) => (value ? this.#body(value) : nothing),
            error: (error) => this.#loadError(error),
          })
        : html`<authsec-ui-state kind="empty" .heading=${this.t('access.missingApp')} .locale=${this.locale}></authsec-ui-state>`}
      ${this.#removeDialog()}
    </section>`;
  }

  #loadError(error: unknown): TemplateResult {
    const forbidden = error instanceof AuthsecError && error.code === 'forbidden';
    return html`<authsec-ui-state
      kind=${forbidden ? 'forbidden' : 'error'}
      .message=${forbidden ? this.t('access.forbidden') : this.t(errorMessageKey(error instanceof AuthsecError ? error.code : 'unknown'))}
      .locale=${this.locale}
      @authsec-ui-retry=${() => void this.data.run()}
    ></authsec-ui-state>`;
  }

  #body(d: AccessData): TemplateResult {
    const guard = lockoutGuard(d.identity, d.bindings, d.roles, d.app.id, Array.isArray(d.eligible) ? d.eligible : []);
    return html`${this.#guard(d, guard)} ${this.#policy(d, guard)}
      ${this.#viewer.render({ applicationId: d.app.id, roles: d.roles, scopes: d.scopes })}
      ${this.#exceptions(d)} ${this.#who(d)}`;
  }

  // ---------------------------------------------------------------------------------------------
  // Lock-out guard

  #guard(d: AccessData, guard: LockoutGuard): TemplateResult | typeof nothing {
    if (guard.kind === 'safe') return nothing;
    if (guard.kind === 'unknown') return html`<p class="muted" part="guard">${this.t('access.guard.unknown')}</p>`;
    const app = safe(d.app.name, 80);
    const others = guard.others.map((b) => safe(roleShortName(b.role_name, d.app.id), 40)).join(', ');
    const canAdd = !!guard.userId && !!guard.adminRole;
    return html`<div class="notice warning guard" part="guard" role="region" aria-labelledby="guard-h">
      <h3 id="guard-h">${this.t('access.guard.heading')}</h3>
      <p>${others ? this.t('access.guard.others', { application: app, roles: others }) : this.t('access.guard.none', { application: app })}</p>
      <p>${this.t('access.guard.advice')}</p>
      ${this.readonly
        ? nothing
        : canAdd
        ? html`<authsec-ui-button variant="primary" .loading=${this.guardBusy} .locale=${this.locale} @click=${() => void this.#addMe(d, guard)}>
            ${this.t('access.guard.addMe')}
          </authsec-ui-button>`
        : html`<p class="muted">${guard.adminRole ? this.t('access.guard.noUser') : this.t('access.guard.noRole')}</p>`}
      ${this.guardError ? html`<p class="error" role="alert">${this.guardError}</p>` : nothing}
    </div>`;
  }

  async #addMe(d: AccessData, guard: Extract<LockoutGuard, { kind: 'exposed' }>): Promise<void> {
    const client = this.client;
    if (!client || this.readonly || !guard.userId || !guard.adminRole || this.guardBusy) return;
    this.guardBusy = true;
    this.guardError = '';
    try {
      const created = await client.call(createBinding, { params: { id: d.app.id }, body: { user_id: guard.userId, role_id: guard.adminRole.id } });
      this.announcement = this.t('access.guard.added', { application: safe(d.app.name, 80) });
      this.dispatchEvent(new AuthsecBindingAddedEvent({ bindingId: created.id, userId: created.user_id, roleId: created.role_id, roleName: created.role_name }));
      await this.#reload();
      // The guard (and its button) is gone: put focus somewhere that still exists.
      refocus(this, this.renderRoot.querySelector<HTMLElement>('#policy-h'));
    } catch (error) {
      this.guardError = this.#addFailure(error, d, guard.userId, guard.adminRole.id);
    } finally {
      this.guardBusy = false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Default access

  /** The role id the saved policy points at, when it is one AuthSec would accept. */
  #savedRoleId(d: AccessData): string {
    const id = d.policy.default_role_id ?? '';
    return d.policy.role_options.some((o) => o.role_id === id) ? id : '';
  }

  #draft(d: AccessData): PolicyDraft {
    return this.policyDraft ?? { enabled: d.policy.enabled, roleId: this.#savedRoleId(d) };
  }

  #setDraft(d: AccessData, patch: Partial<PolicyDraft>): void {
    this.policyDraft = { ...this.#draft(d), ...patch };
    this.policyError = '';
  }

  #roleLabel(d: AccessData, name: string): string {
    return safe(roleShortName(name, d.app.id), 60);
  }

  /** What a role grants, in words: scope display names, else how many scopes. */
  #grants(d: AccessData, roleId: string, count: number | undefined): string {
    const scopes = roleScopes(d.roles, roleId);
    if (scopes?.length) return this.t('access.role.grants', { scopes: scopes.map((s) => safe(s.display_name || s.scope_string, 60)).join(', ') });
    if (scopes) return this.t('access.role.grantsNothing');
    return this.t('access.role.grantsCount', { count: count ?? 0 });
  }

  #policy(d: AccessData, guard: LockoutGuard): TemplateResult {
    const draft = this.#draft(d);
    const dirty = draft.enabled !== d.policy.enabled || draft.roleId !== this.#savedRoleId(d);
    const app = safe(d.app.name, 80);
    const chosen = d.policy.role_options.find((o) => o.role_id === draft.roleId);
    const notOffered = d.policy.default_role_id && !this.#savedRoleId(d) ? d.policy.default_role_name ?? d.policy.default_role_id : undefined;
    const disablingLaunched = d.app.state === 'ready' && d.policy.enabled && !draft.enabled;
    // With no binding at all, the policy is what the admin gets; other bindings are named by the guard.
    const lockout = draft.enabled && guard.kind === 'exposed' && !guard.others.length && draft.roleId !== guard.adminRole?.id;
    return html`<section class="panel" part="policy" aria-labelledby="policy-h">
      <div class="panel-head">
        <h3 id="policy-h" tabindex="-1">${this.t('access.policy.heading')}</h3>
        <authsec-ui-status-pill tone=${d.policy.enabled ? 'success' : 'neutral'}>${d.policy.enabled ? this.t('access.policy.on') : this.t('access.policy.off')}</authsec-ui-status-pill>
      </div>
      <p id="policy-explain">
        ${draft.enabled
          ? chosen
            ? this.t('access.policy.explainOn', { application: app, role: this.#roleLabel(d, chosen.name) })
            : this.t('access.policy.explainOnNoRole', { application: app })
          : this.t('access.policy.explainOff', { application: app })}
      </p>
      <form class="policy-form" novalidate @submit=${(e: Event) => void this.#savePolicy(e, d)}>
        <div class="switch-row">
          <input id="enabled" type="checkbox" role="switch" .checked=${draft.enabled} ?disabled=${this.readonly} aria-describedby="policy-explain"
            @change=${(e: Event) => this.#setDraft(d, { enabled: (e.target as HTMLInputElement).checked })} />
          <label for="enabled">${this.t('access.policy.enable')}</label>
        </div>
        ${d.policy.role_options.length
          ? html`<fieldset class="roles" aria-describedby=${this.policyError ? 'policy-error' : nothing}>
              <legend>${this.t('access.policy.role')}</legend>
              ${d.policy.role_options.map((o, i) => this.#roleOption(d, o, i, draft))}
            </fieldset>`
          : html`<p class="notice">${this.t('access.policy.noOptions')}</p>`}
        ${notOffered ? html`<p class="muted">${this.t('access.policy.notOffered', { role: this.#roleLabel(d, notOffered) })}</p>` : nothing}
        ${disablingLaunched ? html`<p class="notice warning">${this.t('access.policy.driftWarning', { application: app })}</p>` : nothing}
        ${lockout ? html`<p class="notice warning">${this.t('access.policy.lockoutWarning', { role: chosen ? this.#roleLabel(d, chosen.name) : this.t('access.policy.theDefaultRole') })}</p>` : nothing}
        <p id="policy-error" class="error" role="alert">${this.policyError}</p>
        <div class="actions" ?hidden=${this.readonly}>
          <authsec-ui-button type="submit" variant="primary" .loading=${this.policyBusy} ?disabled=${!dirty} .locale=${this.locale}>
            ${this.t('access.policy.save')}
          </authsec-ui-button>
          ${dirty
            ? html`<authsec-ui-button variant="secondary" .locale=${this.locale} ?disabled=${this.policyBusy}
                  @click=${() => { this.policyDraft = undefined; this.policyError = ''; }}>${this.t('access.policy.discard')}</authsec-ui-button>
                <span class="muted">${this.t('access.policy.unsaved')}</span>`
            : nothing}
        </div>
      </form>
    </section>`;
  }

  #roleOption(d: AccessData, o: RoleOption, i: number, draft: PolicyDraft): TemplateResult {
    return html`<div class="role-option">
      <input type="radio" name="default-role" id=${`role-${i}`} value=${o.role_id} .checked=${draft.roleId === o.role_id} ?disabled=${this.readonly}
        aria-describedby=${`role-${i}-grants`}
        @change=${() => this.#setDraft(d, { roleId: o.role_id })} />
      <div>
        <label for=${`role-${i}`}><span class="role-name" dir="auto">${this.#roleLabel(d, o.name)}</span>
          ${o.recommended ? html`<authsec-ui-badge tone="success">${this.t('access.role.recommended')}</authsec-ui-badge>` : nothing}
          ${o.is_generated ? html`<authsec-ui-badge tone="neutral">${this.t('access.role.generated')}</authsec-ui-badge>` : nothing}
        </label>
        <p id=${`role-${i}-grants`} class="muted" dir="auto">${this.#grants(d, o.role_id, o.permissions)}${o.description ? html`<br />${safe(o.description, 200)}` : nothing}</p>
      </div>
    </div>`;
  }

  async #savePolicy(event: Event, d: AccessData): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const draft = this.#draft(d);
    if (!client || this.readonly || this.policyBusy) return;
    this.policyBusy = true;
    this.policyError = '';
    try {
      const saved = await client.call(putAccessPolicy, { params: { id: d.app.id }, body: { enabled: draft.enabled, default_role_id: draft.roleId } });
      const role = saved.default_role_name ? this.#roleLabel(d, saved.default_role_name) : '';
      this.announcement = saved.enabled ? this.t('access.policy.savedOn', { role }) : this.t('access.policy.savedOff');
      this.dispatchEvent(new AuthsecPolicyChangedEvent({ enabled: saved.enabled, defaultRoleId: saved.default_role_id, defaultRoleName: saved.default_role_name }));
      await this.#reload();
      // Cleared only now, so the form never flashes the old saved state while the reload runs.
      this.policyDraft = undefined;
    } catch (error) {
      // The admin's choice stays as it was (policyDraft is untouched) so they can try again.
      this.policyError = this.t('access.policy.failed', { reason: reason(error, this.#generic(error)) });
      refocus(this, this.renderRoot.querySelector<HTMLElement>(draft.enabled && !draft.roleId ? 'input[name="default-role"]' : '#enabled'));
    } finally {
      this.policyBusy = false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Exceptions: add form, filters, table, pages

  #exceptions(d: AccessData): TemplateResult {
    return html`<section class="panel" aria-labelledby="exceptions-h">
      <h3 id="exceptions-h" tabindex="-1">${this.t('access.exceptions.heading')}</h3>
      <p class="muted">${this.t('access.exceptions.intro')}</p>
      ${this.readonly ? nothing : this.#addForm(d)} ${this.#table(d)}
    </section>`;
  }

  #matches(people: readonly Person[], text: string): Person[] {
    const terms = searchText(text).split(' ').filter(Boolean);
    return terms.length ? people.filter((p) => terms.every((t) => p.key.includes(t))) : [...people];
  }

  #personLabel(p: Person): string {
    const name = safe(p.name, 60);
    return p.email && p.email !== p.name ? `${name} <${safe(p.email, 80)}>` : name;
  }

  /**
   * The person a picker shows as chosen: the admin's pick while it still matches the search, else
   * the first match once they have typed something, else nobody (no silent default on an empty search).
   */
  #picked(people: readonly Person[], search: string, selected: string): { shown: Person[]; matches: number; value: string } {
    const matches = this.#matches(people, search);
    const shown = matches.slice(0, PICKER_LIMIT);
    const value = shown.some((p) => p.id === selected) ? selected : search.trim() ? shown[0]?.id ?? '' : '';
    return { shown, matches: matches.length, value };
  }

  #picker(id: string, label: string, people: readonly Person[], search: string, selected: string, onSearch: (v: string) => void, onPick: (v: string) => void): TemplateResult {
    const { shown, matches: total, value } = this.#picked(people, search, selected);
    const count = total > PICKER_LIMIT
      ? this.t('access.picker.more', { shown: PICKER_LIMIT, count: total })
      : this.t('access.picker.count', { count: total });
    return html`<div class="field">
        <label for=${`${id}-search`}>${this.t('access.picker.search')}</label>
        <input id=${`${id}-search`} type="search" autocomplete="off" spellcheck="false" .value=${search} aria-describedby=${`${id}-count`}
          @input=${(e: Event) => onSearch((e.target as HTMLInputElement).value)} />
        <p id=${`${id}-count`} class="muted" aria-live="polite">${count}</p>
      </div>
      <div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} .value=${value} ?disabled=${!shown.length} @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${value === ''}>${this.t('access.picker.choose')}</option>
          ${shown.map((p) => html`<option value=${p.id} ?selected=${p.id === value}>${this.#personLabel(p)}</option>`)}
        </select>
      </div>`;
  }

  #addForm(d: AccessData): TemplateResult {
    const eligible = d.eligible;
    if (!Array.isArray(eligible)) {
      return html`<div class="add" part="add-form">
        <h4>${this.t('access.add.heading')}</h4>
        <p class="error" role="alert">${this.t('access.add.usersFailed', { reason: reason(eligible, this.#generic(eligible)) })}</p>
        <authsec-ui-button .locale=${this.locale} @click=${() => void this.#reload()}>${this.t('access.retry')}</authsec-ui-button>
      </div>`;
    }
    const people = byName(eligible.map(person));
    const roles = [...d.roles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return html`<form class="add" part="add-form" novalidate aria-labelledby="add-h" @submit=${(e: Event) => void this.#add(e, d, people)}>
      <h4 id="add-h">${this.t('access.add.heading')}</h4>
      ${people.length
        ? nothing
        : html`<p class="muted">${this.t('access.add.noUsers')}</p>`}
      <div class="add-grid">
        ${this.#picker('add-user', this.t('access.add.user'), people, this.addSearch, this.addUserId,
          (v) => { this.addSearch = v; this.addError = ''; },
          (v) => { this.addUserId = v; this.addError = ''; })}
        <div class="field">
          <label for="add-role">${this.t('access.add.role')}</label>
          <select id="add-role" .value=${this.addRoleId} aria-describedby="add-role-grants"
            @change=${(e: Event) => { this.addRoleId = (e.target as HTMLSelectElement).value; this.addError = ''; }}>
            <option value="" ?selected=${!this.addRoleId}>${this.t('access.add.chooseRole')}</option>
            ${roles.map((r) => html`<option value=${r.id} ?selected=${r.id === this.addRoleId}>${this.#roleLabel(d, r.name)}</option>`)}
          </select>
          <p id="add-role-grants" class="muted">${this.addRoleId ? this.#grants(d, this.addRoleId, roles.find((r) => r.id === this.addRoleId)?.permissions) : ''}</p>
        </div>
      </div>
      ${eligible.length >= 200 ? html`<p class="muted">${this.t('access.add.capped')}</p>` : nothing}
      <p id="add-error" class="error" role="alert">${this.addError}</p>
      <div class="actions">
        <authsec-ui-button type="submit" variant="primary" .loading=${this.addBusy} ?disabled=${!people.length} .locale=${this.locale}>${this.t('access.add.submit')}</authsec-ui-button>
      </div>
    </form>`;
  }

  async #add(event: Event, d: AccessData, people: readonly Person[]): Promise<void> {
    event.preventDefault();
    const client = this.client;
    if (!client || this.readonly || this.addBusy) return;
    const userId = this.#picked(people, this.addSearch, this.addUserId).value;
    if (!userId) {
      this.addError = this.t('access.add.needUser');
      this.renderRoot.querySelector<HTMLElement>('#add-user-search')?.focus();
      return;
    }
    if (!this.addRoleId) {
      this.addError = this.t('access.add.needRole');
      this.renderRoot.querySelector<HTMLElement>('#add-role')?.focus();
      return;
    }
    const roleId = this.addRoleId;
    this.addBusy = true;
    this.addError = '';
    try {
      const created = await client.call(createBinding, { params: { id: d.app.id }, body: { user_id: userId, role_id: roleId } });
      const who = people.find((p) => p.id === userId);
      this.announcement = this.t('access.add.done', { user: who ? safe(who.name, 60) : userId, role: this.#roleLabel(d, created.role_name) });
      this.dispatchEvent(new AuthsecBindingAddedEvent({ bindingId: created.id, userId: created.user_id, roleId: created.role_id, roleName: created.role_name }));
      this.addSearch = '';
      this.addUserId = '';
      await this.#reload();
    } catch (error) {
      // The chosen user and role stay selected, so the admin can retry after reading why.
      this.addUserId = userId;
      this.addError = this.#addFailure(error, d, userId, roleId);
    } finally {
      this.addBusy = false;
    }
  }

  /** A refused or failed `POST …/bindings`, in words. */
  #addFailure(error: unknown, d: AccessData, userId: string, roleId: string): string {
    const people = Array.isArray(d.eligible) ? d.eligible.map(person) : [];
    const user = safe(people.find((p) => p.id === userId)?.name ?? userId, 60);
    const role = this.#roleLabel(d, d.roles.find((r) => r.id === roleId)?.name ?? roleId);
    if (error instanceof AuthsecError && error.code === 'not_found') {
      const hint = error.envelope.hint ? ` ${safe(error.envelope.hint, 300)}` : '';
      return `${this.t('access.add.notFound', { user, reason: reason(error, this.#generic(error)) })}${hint}`;
    }
    if (error instanceof AuthsecError && error.code === 'conflict') {
      return this.t('access.add.duplicate', { user, role, reason: reason(error, this.#generic(error)) });
    }
    return this.t('access.add.failed', { reason: reason(error, this.#generic(error)) });
  }

  #query(): BindingQuery {
    return { text: this.tableText, source: this.tableSource || undefined, roleId: this.tableRole || undefined, sort: this.sort, descending: this.descending };
  }

  #rows(d: AccessData): RsBinding[] {
    const q = this.#query();
    const key = JSON.stringify(q);
    if (this.#view?.finder !== d.finder || this.#view.key !== key) this.#view = { finder: d.finder, key, rows: d.finder.find(q) };
    return this.#view.rows;
  }

  #table(d: AccessData): TemplateResult {
    if (!d.bindings.length) {
      return html`<authsec-ui-state kind="empty" .heading=${this.t('access.table.emptyHeading')} .message=${this.t('access.table.emptyMessage')} .locale=${this.locale}></authsec-ui-state>`;
    }
    const rows = this.#rows(d);
    const page = pageOf(rows, this.page, PAGE_SIZE);
    const roleIds = new Set(d.bindings.map((b) => b.role_id));
    const roles = d.roles.filter((r) => roleIds.has(r.id));
    const filtered = !!(this.tableText || this.tableSource || this.tableRole);
    const setFilter = (patch: () => void) => {
      patch();
      this.page = 1;
    };
    return html`<div class="filters" role="search" aria-label=${this.t('access.table.filters')}>
        <div class="field">
          <label for="table-search">${this.t('access.table.search')}</label>
          <input id="table-search" type="search" autocomplete="off" spellcheck="false" .value=${this.tableText}
            @input=${(e: Event) => setFilter(() => (this.tableText = (e.target as HTMLInputElement).value))} />
        </div>
        <div class="field">
          <label for="table-source">${this.t('access.table.source')}</label>
          <select id="table-source" .value=${this.tableSource} @change=${(e: Event) => setFilter(() => (this.tableSource = (e.target as HTMLSelectElement).value as BindingSource | ''))}>
            <option value="" ?selected=${!this.tableSource}>${this.t('access.table.allSources')}</option>
            ${d.finder.sources().map((s) => html`<option value=${s} ?selected=${s === this.tableSource}>${this.t(`access.source.${s}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="table-role">${this.t('access.table.role')}</label>
          <select id="table-role" .value=${this.tableRole} @change=${(e: Event) => setFilter(() => (this.tableRole = (e.target as HTMLSelectElement).value))}>
            <option value="" ?selected=${!this.tableRole}>${this.t('access.table.allRoles')}</option>
            ${roles.map((r) => html`<option value=${r.id} ?selected=${r.id === this.tableRole}>${this.#roleLabel(d, r.name)}</option>`)}
          </select>
        </div>
      </div>
      <p class="muted" role="status" id="table-count">
        ${page.total
          ? this.t('access.table.showing', { from: page.from, to: page.to, count: page.total, all: d.bindings.length })
          : this.t('access.table.noMatches', { all: d.bindings.length })}
      </p>
      ${this.tableError ? html`<p class="error" role="alert">${this.tableError}</p>` : nothing}
      ${page.total
        ? html`<div class="table-wrap">
            <table part="table" aria-describedby="table-count">
              <caption class="sr-only">${this.t('access.table.caption', { application: safe(d.app.name, 80) })}</caption>
              <thead>
                <tr>
                  ${SORTS.map((s) => this.#sortHeader(s))}
                  <th scope="col"><span class="sr-only">${this.t('access.table.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                ${page.items.map((b) => this.#row(d, b))}
              </tbody>
            </table>
          </div>
          ${page.pages > 1 ? this.#pager(page.page, page.pages) : nothing}
          ${rows.some((b) => !removableHere(b, d.app.id)) ? html`<p id="tenant-note" class="muted">${this.t('access.table.tenantNote')}</p>` : nothing}`
        : filtered
          ? html`<authsec-ui-button .locale=${this.locale} @click=${() => this.#clearFilters()}>${this.t('access.table.clear')}</authsec-ui-button>`
          : nothing}`;
  }

  #clearFilters(): void {
    this.tableText = '';
    this.tableSource = '';
    this.tableRole = '';
    this.page = 1;
  }

  #sortHeader(key: BindingSort): TemplateResult {
    const active = this.sort === key;
    const ariaSort = active ? (this.descending ? 'descending' : 'ascending') : 'none';
    return html`<th scope="col" aria-sort=${ariaSort}>
      <button type="button" class="sort" @click=${() => {
        if (active) this.descending = !this.descending;
        else {
          this.sort = key;
          this.descending = key === 'granted';
        }
        this.page = 1;
      }}>${this.t(`access.col.${key}`)}<span class="sort-mark" aria-hidden="true">${active ? (this.descending ? '▼' : '▲') : '↕'}</span></button>
    </th>`;
  }

  #row(d: AccessData, b: RsBinding): TemplateResult {
    const source = bindingSource(b);
    const name = safe(bindingUserName(b), 80);
    const role = this.#roleLabel(d, b.role_name);
    const email = b.user_email && b.user_email !== bindingUserName(b) ? safe(b.user_email, 120) : '';
    return html`<tr>
      <th scope="row">
        <div class="name" dir="auto">${name}</div>
        ${email ? html`<div class="muted" dir="auto">${email}</div>` : nothing}
      </th>
      <td dir="auto">${role}</td>
      <td><authsec-ui-badge tone=${SOURCE_TONE[source]}>${this.t(`access.source.${source}`)}</authsec-ui-badge></td>
      <td class="nowrap">${formatDate(b.created_at, this.locale, { dateStyle: 'medium' })}</td>
      <td class="row-actions">
        ${this.readonly
          ? nothing
          : removableHere(b, d.app.id)
          ? html`<authsec-ui-button size="small" variant="ghost" .label=${this.t('access.remove.label', { user: name, role })} .locale=${this.locale}
              ?disabled=${this.removeBusy} @click=${() => void this.#remove(d, b)}>${this.t('access.remove.short')}</authsec-ui-button>`
          : html`<span class="muted">${this.t('access.table.notHere')}</span>`}
      </td>
    </tr>`;
  }

  #pager(current: number, pages: number): TemplateResult {
    const go = (p: number) => {
      this.page = p;
      this.announcement = this.t('access.table.pageAnnounce', { page: p, pages });
    };
    return html`<nav class="pager" aria-label=${this.t('access.table.pages')}>
      <authsec-ui-button size="small" .locale=${this.locale} ?disabled=${current <= 1} @click=${() => go(current - 1)}>${this.t('access.table.prev')}</authsec-ui-button>
      <span>${this.t('access.table.page', { page: current, pages })}</span>
      <authsec-ui-button size="small" .locale=${this.locale} ?disabled=${current >= pages} @click=${() => go(current + 1)}>${this.t('access.table.next')}</authsec-ui-button>
    </nav>`;
  }

  #removeDialog(): TemplateResult {
    const b = this.removing;
    const d = this.data.value;
    const name = b ? safe(bindingUserName(b), 80) : '';
    const role = b && d ? this.#roleLabel(d, b.role_name) : '';
    return html`<authsec-ui-confirm-dialog danger .heading=${b ? this.t('access.remove.heading', { user: name, role }) : ''}
      .confirmLabel=${this.t('access.remove.confirm')} .locale=${this.locale}>
      <p>${b && d ? this.t('access.remove.body', { user: name, role, application: safe(d.app.name, 80) }) : ''}</p>
      ${d?.policy.enabled ? html`<p>${this.t('access.remove.policyNote', { role: d.policy.default_role_name ? this.#roleLabel(d, d.policy.default_role_name) : '' })}</p>` : nothing}
    </authsec-ui-confirm-dialog>`;
  }

  async #remove(d: AccessData, b: RsBinding): Promise<void> {
    const client = this.client;
    if (!client || this.readonly || this.removeBusy) return;
    this.removing = b;
    this.tableError = '';
    await this.updateComplete;
    if (!(await this.dialog!.open())) return;
    this.removeBusy = true;
    const name = safe(bindingUserName(b), 80);
    const role = this.#roleLabel(d, b.role_name);
    try {
      await client.call(deleteBinding, { params: { id: d.app.id, binding_id: b.id } });
      this.announcement = this.t('access.remove.done', { user: name, role });
      this.dispatchEvent(new AuthsecBindingRemovedEvent({ bindingId: b.id, userId: b.user_id, roleId: b.role_id, roleName: b.role_name }));
      await this.#reload();
      // The row and its button are gone; the section heading is the nearest stable place.
      refocus(this, this.renderRoot.querySelector<HTMLElement>('#exceptions-h'));
    } catch (error) {
      this.tableError =
        error instanceof AuthsecError && error.code === 'not_found'
          ? this.t('access.remove.notFound', { user: name, role, reason: reason(error, this.#generic(error)) })
          : this.t('access.remove.failed', { user: name, role, reason: reason(error, this.#generic(error)) });
    } finally {
      this.removeBusy = false;
      this.removing = undefined;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Who gets what

  #who(d: AccessData): TemplateResult {
    const picked = this.#picked(d.people, this.whoSearch, this.whoUserId).value;
    const chosen = d.people.find((p) => p.id === picked);
    return html`<section class="panel" part="who" aria-labelledby="who-h">
      <h3 id="who-h">${this.t('access.who.heading')}</h3>
      <p class="muted">${this.t('access.who.intro')}</p>
      <div class="add-grid">
        ${this.#picker('who-user', this.t('access.who.person'), d.people, this.whoSearch, this.whoUserId,
          (v) => (this.whoSearch = v),
          (v) => (this.whoUserId = v))}
      </div>
      <div class="who-result" aria-live="polite">${chosen ? this.#whoResult(d, chosen) : nothing}</div>
    </section>`;
  }

  #whoResult(d: AccessData, p: Person): TemplateResult {
    const access = effectiveAccess(p.id, d.bindings, d.roles);
    const name = safe(p.name, 60);
    const app = safe(d.app.name, 80);
    const computed = html`<p class="muted">${this.t('access.who.computed')}</p>`;
    if (!access.bindings.length) {
      const role = d.policy.role_options.find((o) => o.role_id === d.policy.default_role_id);
      return html`<p><strong>${this.t('access.who.none', { user: name, application: app })}</strong></p>
        <p>${d.policy.enabled && role
          ? `${this.t('access.who.firstLogin', { role: this.#roleLabel(d, role.name) })} ${this.#grants(d, role.role_id, role.permissions)}`
          : this.t('access.who.noPolicy')}</p>
        ${computed}`;
    }
    const through = access.bindings.map((b) => `${this.#roleLabel(d, b.role_name)} (${this.t(`access.source.${bindingSource(b)}`)})`).join(', ');
    return html`<p>${this.t('access.who.through', { user: name, roles: through })}</p>
      ${access.scopes.length
        ? html`<ul class="scopes">
            ${access.scopes.map((s) => html`<li>
              <span class="name" dir="auto">${safe(s.displayName || s.scopeString, 80)}</span>
              <code dir="ltr">${safe(s.scopeString, 120)}</code>
              <authsec-ui-badge tone=${RISK_TONE[s.riskLevel]}>${this.t(`access.risk.${s.riskLevel}`)}</authsec-ui-badge>
              <div class="muted">${this.t('access.who.grantedBy', {
                bindings: s.grantedBy.map((g) => `${this.#roleLabel(d, g.roleName)} (${this.t(`access.source.${g.source}`)})`).join(', '),
              })}</div>
            </li>`)}
          </ul>`
        : access.unlisted.length
          ? nothing
          : html`<p>${this.t('access.who.noScopes', { user: name })}</p>`}
      ${access.unlisted.map((u) => html`<p>${this.t('access.who.unlisted', { role: this.#roleLabel(d, u.binding.role_name), count: u.permissions ?? 0 })}</p>`)}
      ${computed}`;
  }

  // ---------------------------------------------------------------------------------------------

  #generic(error: unknown): string {
    return this.t(errorMessageKey(error instanceof AuthsecError ? error.code : 'unknown'));
  }

  async #reload(): Promise<void> {
    await this.data.run();
  }
}

async function loadAccess(client: AuthsecClient, id: string, signal: AbortSignal, locale: string | undefined): Promise<AccessData> {
  const [app, policy, roles, scopes, bindings, eligible, claims] = await Promise.all([
    client.call(getResourceServer, { params: { id }, signal }),
    client.call(getAccessPolicy, { params: { id }, signal }),
    client.call(listRoles, { params: { id }, signal }),
    client.call(listScopes, { params: { id }, signal }),
    client.call(listBindings, { params: { id }, signal }),
    client
      .call(listEligibleUsers, { params: { id }, signal })
      .then((r) => r.users)
      .catch((error: unknown) => {
        if (error instanceof AuthsecError && error.code !== 'aborted') return error;
        throw error;
      }),
    sessionClaims(client),
  ]);
  const finder = new BindingFinder(bindings.bindings, (b) => roleShortName(b.role_name, id), locale);
  return {
    app,
    policy,
    roles: roles.roles,
    scopes,
    bindings: bindings.bindings,
    eligible,
    people: peopleOf(Array.isArray(eligible) ? eligible : [], bindings.bindings),
    identity: adminIdentity(claims),
    finder,
  };
}

function person(u: EligibleUser): Person {
  const name = u.name.trim() || u.email || u.id;
  return { id: u.id, name, email: u.email, key: searchText(`${name} ${u.email} ${u.id}`) };
}

/** Eligible users plus anyone bound, once each, by name. */
function peopleOf(eligible: readonly EligibleUser[], bindings: readonly RsBinding[]): Person[] {
  const byId = new Map<string, Person>();
  for (const u of eligible) byId.set(u.id, person(u));
  for (const b of bindings) {
    if (byId.has(b.user_id)) continue;
    byId.set(b.user_id, person({ id: b.user_id, email: b.user_email ?? '', name: b.username ?? '' }));
  }
  return byName([...byId.values()]);
}

function byName(people: Person[]): Person[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return people.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id));
}

/** Untrusted text for display: hidden characters revealed, clamped. */
function safe(value: string, max: number): string {
  return clampText(revealHidden(value).text, max).text;
}

/** The server's reason when it gave one, else the generic message for the error code. */
function reason(error: unknown, fallback: string): string {
  return error instanceof AuthsecError && error.serverMessage ? safe(error.serverMessage, 300) : fallback;
}
