import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { putAccessPolicy } from '../../api/access-policy.js';
import { createBinding, deleteBinding, type RsBinding } from '../../api/bindings.js';
import { putRoleScopeGrants, type RsRole } from '../../api/roles.js';
import { AuthsecError, outcomeUnknown } from '../../api/errors.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import { Action } from '../../controllers/action.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { registerDefaults } from '../../i18n/catalog.js';
import { accessEn } from '../../i18n/messages/access.en.js';
import { bindingUserName } from '../../model/binding-table.js';
import { lockoutGuard, roleScopes, type LockoutGuard } from '../../model/effective-access.js';
import { roleChoices, savedDefaultRoleId, type RoleChoice } from '../../model/role-choices.js';
import { roleLabel } from '../shared/role-label.js';
import '../../ui/badge.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import '../../ui/status-pill.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import { refocus } from '../../ui/refocus.js';
import { loadAccess, type AccessData } from './access-data.js';
import { accessPolicyStyles } from './access-policy.styles.js';
import { AuthsecBindingAddedEvent, AuthsecBindingRemovedEvent, AuthsecPolicyChangedEvent } from './events.js';
import { ExceptionsTable, type TableView } from './exceptions-table.js';
import { PersonPicker } from './person-picker.js';
import { ViewerScopes, viewerRoleOf } from './viewer-scopes.js';
import { guardNotice } from './guard-notice.js';
import { whoGetsWhat } from './who-gets-what.js';
import { unreadNotice } from '../shared/unread-notice.js';

registerDefaults(accessEn);

interface PolicyDraft {
  enabled: boolean;
  /** '' when no role is chosen. */
  roleId: string;
}

/** Exceptions show the day they were granted, not the minute. */
const DAY: Intl.DateTimeFormatOptions = { dateStyle: 'medium' };

/**
 * The Access tab: who may use an application. A default role every first-time user gets (the
 * default access policy), exceptions for named people (role bindings), and a guard that keeps
 * the admin from locking themselves out before they enable the policy.
 *
 * The default role is one list of every role the application has, each saying what it grants.
 * AuthSec accepts as the default only a role that grants something, and creates viewer with
 * nothing: Viewer is offered anyway, and its scopes are chosen right under it and saved first
 * (`PUT …/roles/:id/scope-grants`, then `PUT …/access-policy`), in one Save.
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
 * @csspart policy - The default access form: the switch and the one list of default roles.
 * @csspart viewer-scopes - Inside the list, under Viewer: the scopes the viewer role grants.
 * @csspart add-form - The "Add an exception" form.
 * @csspart table - The exceptions table.
 * @csspart who - The "Who gets what" panel.
 */
export class AuthsecAccessPolicy extends AuthsecApplicationElement {
  static override styles = accessPolicyStyles;
  static override get properties(): PropertyDeclarations {
    return {
      policyDraft: { state: true },
      addRoleId: { state: true },
      removing: { state: true },
    };
  }

  private policyDraft?: PolicyDraft;
  private addRoleId = '';
  /** The exception the remove dialog asks about. */
  private removing?: RsBinding;

  readonly #announcer = new Announcer(this);
  readonly #policy = new Action(this, (e) => this.t('access.policy.failed', { reason: this.reason(e) }));
  readonly #guard = new Action(this);
  readonly #adding = new Action(this);
  readonly #removal = new Action(this);
  readonly #table = new ExceptionsTable(this);
  readonly #addPicker = new PersonPicker(this, 'add-user', () => this.#adding.reset());
  readonly #whoPicker = new PersonPicker(this, 'who-user');

  readonly #data = new AppData<AccessData>(this, {
    load: (client, id, signal) => loadAccess(client, id, signal, this.effectiveLocale),
    appOf: (d) => d.app.id,
    // Choices not saved yet, searches and confirmations belonged to the previous application.
    reset: () => {
      this.policyDraft = undefined;
      this.addRoleId = '';
      this.removing = undefined;
      // (The table, the pickers and the viewer section forget theirs themselves.)
      for (const action of [this.#policy, this.#guard, this.#adding, this.#removal]) action.reset();
    },
    forbidden: 'access.forbidden',
  });

  readonly #viewer = new ViewerScopes(this);

  override render() {
    this.#choicesOf = undefined;
    return html`<section aria-labelledby="h">
      <h2 id="h" class="heading">${this.t('access.heading')}</h2>
      <p class="muted">${this.t('access.intro')}</p>
      ${this.#announcer.render()}
      ${this.#data.render((d) => this.#body(d), 'access.missingApp')}
      ${this.#removeDialog()}
    </section>`;
  }

  #body(d: AccessData): TemplateResult {
    const guard = lockoutGuard(d.identity, d.bindings, d.roles, d.app.id, Array.isArray(d.eligible) ? d.eligible : []);
    const v = this.#tableView(d);
    return html`${unreadNotice(this, d.unread)} ${guardNotice({ ...v, list: (items) => this.list(items), busy: this.#guard.busy, error: this.#guard.error, addMe: (g) => void this.#addMe(d, g) }, d, guard)} ${this.#policyForm(d, guard)}
      <section class="card panel" aria-labelledby="exceptions-h">
        <h3 id="exceptions-h" tabindex="-1">${this.t('access.exceptions.heading')}</h3>
        <p class="muted">${this.t('access.exceptions.intro')}</p>
        ${this.readonly ? nothing : this.#addForm(d)} ${this.#table.render(v, d)}
      </section>
      ${whoGetsWhat({ ...v, grants: (roleId, count) => this.#grants(d, roleId, count) }, d, this.#whoPicker)}`;
  }

  #tableView(d: AccessData): TableView {
    return {
      t: (key, params) => this.t(key, params),
      text: (value, max) => this.text(value, max),
      date: (value) => this.date(value, DAY),
      roleLabel: (name) => this.#roleLabel(d, name),
      locale: this.effectiveLocale,
      readonly: this.readonly,
      removing: this.#removal.busy,
      error: this.#removal.error,
      remove: (b) => void this.#remove(d, b),
      announce: (message) => this.#announcer.say(message),
    };
  }

  /** A role in words: "Viewer", or the role's own name without `rs-<id>:`. */
  #roleLabel(d: AccessData, name: string): string {
    return roleLabel(this, name, d.app.id);
  }

  /** What a role grants, in words: scope display names, else how many scopes. */
  #grants(d: AccessData, roleId: string, count: number | undefined): string {
    const scopes = roleScopes(d.roles, roleId);
    if (scopes?.length) return this.t('access.role.grants', { scopes: this.list(scopes.map((s) => this.text(s.display_name || s.scope_string, 60))) });
    if (scopes) return this.t('access.role.grantsNothing');
    return this.t('access.role.grantsCount', { count: count ?? 0 });
  }

  // ── Lock-out guard ─────────────────────────────────────────────────────

  async #addMe(d: AccessData, guard: Extract<LockoutGuard, { kind: 'exposed' }>): Promise<void> {
    const client = this.client;
    const { userId, adminRole } = guard;
    if (!client || this.readonly || !userId || !adminRole) return;
    const done = await this.#guard.run(() => this.#bind(d, userId, adminRole.id), {
      failed: (error) => this.#addFailure(error, d, userId, adminRole.id),
    });
    if (!done) return;
    this.#announcer.say(this.t('access.guard.added', { application: this.text(d.app.name, 80) }));
    // The guard (and its button) is gone: put focus somewhere that still exists.
    refocus(this, this.renderRoot.querySelector<HTMLElement>('#policy-h'));
  }

  /**
   * Adds an exception, tells the page and reloads; resolves once the tab shows it. When AuthSec's
   * answer is lost, the bindings are read again: what they say decides, and a retry cannot add twice.
   */
  async #bind(d: AccessData, userId: string, roleId: string): Promise<Pick<RsBinding, 'role_name'>> {
    let created: Pick<RsBinding, 'id' | 'user_id' | 'role_id' | 'role_name'>;
    try {
      created = await this.client!.call(createBinding, { params: { id: d.app.id }, body: { user_id: userId, role_id: roleId } });
    } catch (error) {
      if (!outcomeUnknown(error)) throw error;
      await this.#data.run();
      const landed = this.#data.value?.bindings.find((b) => b.user_id === userId && b.role_id === roleId);
      if (!landed) throw error;
      created = landed;
    }
    this.dispatchEvent(new AuthsecBindingAddedEvent({ bindingId: created.id, userId: created.user_id, roleId: created.role_id, roleName: created.role_name }));
    await this.#data.run();
    return created;
  }

  // ── Default access ─────────────────────────────────────────────────────

  /** Built once per render (their words follow the locale and the host's overrides), not per use. */
  #choicesOf?: { data: AccessData; choices: RoleChoice[] };
  #choices(d: AccessData): RoleChoice[] {
    if (this.#choicesOf?.data !== d) this.#choicesOf = { data: d, choices: roleChoices(d.roles, d.policy.role_options, d.app.id, (name) => this.#roleLabel(d, name), this.effectiveLocale) };
    return this.#choicesOf.choices;
  }

  #savedRoleId(d: AccessData): string {
    return savedDefaultRoleId(d.policy, this.#choices(d));
  }

  #draft(d: AccessData): PolicyDraft {
    return this.policyDraft ?? { enabled: d.policy.enabled, roleId: this.#savedRoleId(d) };
  }

  #setDraft(d: AccessData, patch: Partial<PolicyDraft>): void {
    this.policyDraft = { ...this.#draft(d), ...patch };
    this.#policy.reset();
  }

  /** A role can be saved as the default: AuthSec offers it, or it is viewer and gets scopes in the same save. */
  #acceptable(c: RoleChoice | undefined, viewer: RsRole | undefined): boolean {
    if (!c) return false;
    if (viewer && c.id === viewer.id) return this.#viewer.chosen(viewer).length > 0;
    return c.offered;
  }

  #policyForm(d: AccessData, guard: LockoutGuard): TemplateResult {
    const draft = this.#draft(d);
    const viewer = viewerRoleOf(d.app.id, d.roles);
    const viewerDirty = !!viewer && !!this.#viewer.pending(viewer);
    const dirty = draft.enabled !== d.policy.enabled || draft.roleId !== this.#savedRoleId(d) || viewerDirty;
    const app = this.text(d.app.name, 80);
    const choices = this.#choices(d);
    const chosen = choices.find((c) => c.id === draft.roleId);
    const notOffered = d.policy.default_role_id && !this.#savedRoleId(d) ? d.policy.default_role_name ?? d.policy.default_role_id : undefined;
    const disablingLaunched = d.app.state === 'ready' && d.policy.enabled && !draft.enabled;
    // With no binding at all, the policy is what the admin gets; other bindings are named by the guard.
    const lockout = draft.enabled && guard.kind === 'exposed' && !guard.others.length && draft.roleId !== guard.adminRole?.id;
    const error = this.#policy.error;
    return html`<section class="card panel" part="policy" aria-labelledby="policy-h">
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
        <label class="check switch-row">
          <input id="enabled" type="checkbox" role="switch" .checked=${draft.enabled} ?disabled=${this.readonly} aria-describedby="policy-explain"
            @change=${(e: Event) => this.#setDraft(d, { enabled: (e.target as HTMLInputElement).checked })} />
          <span class="check-text">${this.t('access.policy.enable')}</span>
        </label>
        ${choices.length
          ? html`<fieldset class="roles" aria-describedby=${error ? 'policy-error' : nothing}>
              <legend>${this.t('access.policy.role')}</legend>
              ${choices.map((c, i) => this.#roleOption(d, c, i, draft, viewer))}
            </fieldset>`
          : html`<p class="notice">${this.t('access.policy.noOptions')}</p>`}
        ${notOffered ? html`<p class="muted">${this.t('access.policy.notOffered', { role: this.#roleLabel(d, notOffered) })}</p>` : nothing}
        ${disablingLaunched ? html`<p class="notice warning">${this.t('access.policy.driftWarning', { application: app })}</p>` : nothing}
        ${lockout ? html`<p class="notice warning">${this.t('access.policy.lockoutWarning', { role: chosen ? this.#roleLabel(d, chosen.name) : this.t('access.policy.theDefaultRole') })}</p>` : nothing}
        <p id="policy-error" class="error" role="alert">${error}</p>
        <div class="actions" ?hidden=${this.readonly}>
          <authsec-ui-button type="submit" variant="primary" .loading=${this.#policy.busy} ?disabled=${!dirty} .locale=${this.effectiveLocale}>
            ${this.t('access.policy.save')}
          </authsec-ui-button>
          ${dirty
            ? html`<authsec-ui-button variant="secondary" .locale=${this.effectiveLocale} ?disabled=${this.#policy.busy}
                  @click=${() => { this.policyDraft = undefined; this.#viewer.discard(); this.#policy.reset(); }}>${this.t('access.policy.discard')}</authsec-ui-button>
                <span class="muted">${this.t('access.policy.unsaved')}</span>`
            : nothing}
        </div>
      </form>
    </section>`;
  }

  #roleOption(d: AccessData, c: RoleChoice, i: number, draft: PolicyDraft, viewer: RsRole | undefined): TemplateResult {
    const isViewer = !!viewer && c.id === viewer.id;
    const empty = !c.offered && !(c.permissions > 0);
    // Viewer stays selectable when it grants nothing: its scopes are chosen right under it.
    const selectable = c.offered || isViewer;
    const grants = isViewer && empty
      ? this.t('access.role.viewerEmpty')
      : empty
        ? this.t('access.role.notAccepted')
        : this.#grants(d, c.id, c.permissions);
    return html`<div class="role-option ${isViewer ? 'viewer' : ''}">
      <input type="radio" name="default-role" id=${`role-${i}`} value=${c.id} .checked=${draft.roleId === c.id} ?disabled=${this.readonly || !selectable}
        aria-describedby=${c.description ? `role-${i}-grants role-${i}-about` : `role-${i}-grants`}
        @change=${() => this.#setDraft(d, { roleId: c.id })} />
      <div class="role-body">
        <label for=${`role-${i}`}><span class="role-name" dir="auto">${this.#roleLabel(d, c.name)}</span>
          ${c.recommended ? html`<authsec-ui-badge tone="success">${this.t('access.role.recommended')}</authsec-ui-badge>` : nothing}
          ${c.generated ? html`<authsec-ui-badge tone="neutral">${this.t('access.role.generated')}</authsec-ui-badge>` : nothing}
        </label>
        <p id=${`role-${i}-grants`} class="muted ${isViewer && empty ? 'role-warning' : ''}" dir="auto">${grants}</p>
        ${c.description ? html`<p id=${`role-${i}-about`} class="muted" dir="auto">${this.text(c.description, 200)}</p>` : nothing}
        ${isViewer ? this.#viewer.render(viewer, d.scopes, this.#policy.busy) : nothing}
      </div>
    </div>`;
  }

  async #savePolicy(event: Event, d: AccessData): Promise<void> {
    event.preventDefault();
    const client = this.client;
    const draft = this.#draft(d);
    if (!client || this.readonly || this.#policy.busy) return;
    const viewer = viewerRoleOf(d.app.id, d.roles);
    const scopeIds = viewer ? this.#viewer.pending(viewer) : undefined;
    const choice = this.#choices(d).find((c) => c.id === draft.roleId);
    const policyDirty = draft.enabled !== d.policy.enabled || draft.roleId !== this.#savedRoleId(d);
    // AuthSec refuses a default role that grants nothing: say so before asking.
    if (viewer && draft.roleId === viewer.id && !this.#viewer.chosen(viewer).length && (policyDirty || scopeIds)) {
      this.#policy.error = this.t('access.viewer.needScopes');
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.viewer-choices input, .viewer-open')?.focus();
      return;
    }
    let step: 'scopes' | 'policy' = 'scopes';
    // On failure the admin's choice stays as it was (policyDraft is untouched), to try again.
    const saved = await this.#policy.run(
      async () => {
        if (viewer && scopeIds) {
          await client.call(putRoleScopeGrants, { params: { id: d.app.id, role_id: viewer.id }, body: { scope_ids: scopeIds } });
          this.#viewer.discard();
        }
        step = 'policy';
        let policy = d.policy;
        if (policyDirty) {
          // Off, with a role AuthSec would not accept: leave its default role as it is.
          const roleId = draft.enabled || this.#acceptable(choice, viewer) ? draft.roleId : '';
          policy = await client.call(putAccessPolicy, { params: { id: d.app.id }, body: { enabled: draft.enabled, default_role_id: roleId } });
        }
        this.dispatchEvent(new AuthsecPolicyChangedEvent({ enabled: policy.enabled, defaultRoleId: policy.default_role_id, defaultRoleName: policy.default_role_name }));
        await this.#data.run();
        return { policy, policyDirty };
      },
      {
        failed: (error) => {
          // Viewer's scopes may have been saved before the policy failed: show what AuthSec has.
          if (step === 'policy' && scopeIds) void this.#data.run();
          return step === 'scopes' ? this.t('access.viewer.failed', { reason: this.reason(error) }) : this.t('access.policy.failed', { reason: this.reason(error) });
        },
      },
    );
    if (!saved) {
      if (this.#policy.error) {
        refocus(this, this.renderRoot.querySelector<HTMLElement>(step === 'scopes' ? '.viewer-choices input' : draft.enabled && !draft.roleId ? 'input[name="default-role"]' : '#enabled'));
      }
      return;
    }
    const { policy } = saved;
    const role = policy.default_role_name ? this.#roleLabel(d, policy.default_role_name) : '';
    const words = [
      scopeIds ? this.t('access.viewer.saved', { count: scopeIds.length }) : '',
      saved.policyDirty ? (policy.enabled ? this.t('access.policy.savedOn', { role }) : this.t('access.policy.savedOff')) : '',
    ];
    this.#announcer.say(words.filter(Boolean).join(' '));
    // Cleared only now, so the form never flashes the old saved state while the reload runs.
    this.policyDraft = undefined;
  }

  // ── Exceptions: add and remove ─────────────────────────────────────────

  #addForm(d: AccessData): TemplateResult {
    const eligible = d.eligible;
    if (!Array.isArray(eligible)) {
      return html`<div class="add" part="add-form">
        <h4>${this.t('access.add.heading')}</h4>
        <p class="error" role="alert">${this.t('access.add.usersFailed', { reason: this.reason(eligible) })}</p>
        <authsec-ui-button .locale=${this.effectiveLocale} @click=${() => void this.#data.run()}>${this.t('access.retry')}</authsec-ui-button>
      </div>`;
    }
    const people = d.candidates;
    const roles = [...d.roles].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return html`<form class="add" part="add-form" novalidate aria-labelledby="add-h" @submit=${(e: Event) => void this.#add(e, d)}>
      <h4 id="add-h">${this.t('access.add.heading')}</h4>
      ${people.length ? nothing : html`<p class="muted">${this.t('access.add.noUsers')}</p>`}
      <div class="add-grid">
        ${this.#addPicker.render(people, this.t('access.add.user'))}
        <div class="field">
          <label for="add-role">${this.t('access.add.role')}</label>
          <select id="add-role" .value=${this.addRoleId} aria-describedby="add-role-grants"
            @change=${(e: Event) => { this.addRoleId = (e.target as HTMLSelectElement).value; this.#adding.reset(); }}>
            <option value="" ?selected=${!this.addRoleId}>${this.t('access.add.chooseRole')}</option>
            ${roles.map((r) => html`<option value=${r.id} ?selected=${r.id === this.addRoleId}>${this.#roleLabel(d, r.name)}</option>`)}
          </select>
          <p id="add-role-grants" class="muted">${this.addRoleId ? this.#grants(d, this.addRoleId, roles.find((r) => r.id === this.addRoleId)?.permissions) : ''}</p>
        </div>
      </div>
      ${eligible.length >= 200 ? html`<p class="muted">${this.t('access.add.capped')}</p>` : nothing}
      <p id="add-error" class="error" role="alert">${this.#adding.error}</p>
      <div class="actions">
        <!-- Secondary: Save default access is the view's one primary action (docs/design.md, "Buttons"). -->
        <authsec-ui-button type="submit" variant="secondary" .loading=${this.#adding.busy} ?disabled=${!people.length} .locale=${this.effectiveLocale}>${this.t('access.add.submit')}</authsec-ui-button>
      </div>
    </form>`;
  }

  async #add(event: Event, d: AccessData): Promise<void> {
    event.preventDefault();
    if (!this.client || this.readonly || this.#adding.busy) return;
    const userId = this.#addPicker.picked(d.candidates).value;
    const roleId = this.addRoleId;
    const missing = !userId ? (['access.add.needUser', '#add-user'] as const) : !roleId ? (['access.add.needRole', '#add-role'] as const) : undefined;
    if (missing) {
      this.#adding.error = this.t(missing[0]);
      this.requestUpdate();
      this.renderRoot.querySelector<HTMLElement>(missing[1])?.focus();
      return;
    }
    const created = await this.#adding.run(() => this.#bind(d, userId, roleId), {
      failed: (error) => {
        // The chosen user and role stay selected, so the admin can retry after reading why.
        this.#addPicker.selected = userId;
        return this.#addFailure(error, d, userId, roleId);
      },
    });
    if (!created) return;
    const who = d.candidates.find((p) => p.id === userId);
    this.#announcer.say(this.t('access.add.done', { user: who ? this.text(who.name, 60) : userId, role: this.#roleLabel(d, created.role_name) }));
    this.#addPicker.reset();
  }

  /** A refused or failed `POST …/bindings`, in words. */
  #addFailure(error: unknown, d: AccessData, userId: string, roleId: string): string {
    const user = this.text(d.candidates.find((p) => p.id === userId)?.name ?? userId, 60);
    const role = this.#roleLabel(d, d.roles.find((r) => r.id === roleId)?.name ?? roleId);
    const reason = this.reason(error);
    if (error instanceof AuthsecError && error.code === 'not_found') {
      const hint = error.envelope.hint ? ` ${this.text(error.envelope.hint, 300)}` : '';
      return `${this.t('access.add.notFound', { user, reason })}${hint}`;
    }
    if (error instanceof AuthsecError && error.code === 'conflict') return this.t('access.add.duplicate', { user, role, reason });
    return this.t('access.add.failed', { reason });
  }

  #removeDialog(): TemplateResult {
    const b = this.removing;
    const d = this.#data.value;
    const name = b ? this.text(bindingUserName(b), 80) : '';
    const role = b && d ? this.#roleLabel(d, b.role_name) : '';
    return html`<authsec-ui-confirm-dialog danger .heading=${b ? this.t('access.remove.heading', { user: name, role }) : ''}
      .confirmLabel=${this.t('access.remove.confirm')} .locale=${this.effectiveLocale}>
      <p>${b && d ? this.t('access.remove.body', { user: name, role, application: this.text(d.app.name, 80) }) : ''}</p>
      ${d?.policy.enabled && d.policy.default_role_name ? html`<p>${this.t('access.remove.policyNote', { role: this.#roleLabel(d, d.policy.default_role_name) })}</p>` : nothing}
    </authsec-ui-confirm-dialog>`;
  }

  async #remove(d: AccessData, b: RsBinding): Promise<void> {
    const client = this.client;
    if (!client || this.readonly || this.#removal.busy) return;
    this.removing = b;
    this.#removal.reset();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog');
    if (!(await dialog?.open())) return;
    const user = this.text(bindingUserName(b), 80);
    const role = this.#roleLabel(d, b.role_name);
    const done = await this.#removal.run(
      async () => {
        await client.call(deleteBinding, { params: { id: d.app.id, binding_id: b.id } });
        this.dispatchEvent(new AuthsecBindingRemovedEvent({ bindingId: b.id, userId: b.user_id, roleId: b.role_id, roleName: b.role_name }));
        await this.#data.run();
        return true;
      },
      {
        failed: (error, reason) => this.t(error instanceof AuthsecError && error.code === 'not_found' ? 'access.remove.notFound' : 'access.remove.failed', { user, role, reason }),
      },
    );
    this.removing = undefined;
    if (!done) return;
    this.#announcer.say(this.t('access.remove.done', { user, role }));
    // The row and its button are gone; the section heading is the nearest stable place.
    refocus(this, this.renderRoot.querySelector<HTMLElement>('#exceptions-h'));
  }
}
