import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AuthsecClient } from '../../api/client.js';
import { listEligibleUsers } from '../../api/bindings.js';
import { listConsentGrants, listMyConsentGrants, revokeConsentGrant, revokeMyConsentGrant, type ConsentGrant } from '../../api/consent-grants.js';
import { outcomeUnknown } from '../../api/errors.js';
import { unreadItems, type UnreadItem } from '../../api/list-items.js';
import { listScopes } from '../../api/scopes.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import { Action } from '../../controllers/action.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { registerDefaults } from '../../i18n/catalog.js';
import { grantsEn } from '../../i18n/messages/grants.en.js';
import { scopeWordsEn } from '../../i18n/messages/scope-words.en.js';
import { filterGroups, groupByPerson, type GrantGroup, type KnownScope, type Person } from '../../model/consent-grants.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import '../../ui/state.js';
import { unreadNotice } from '../shared/unread-notice.js';
import { consentGrantsStyles } from './consent-grants.styles.js';
import { AuthsecGrantRevokedEvent } from './events.js';
import { grantClient, renderGrantCard, type CardContext } from './grant-card.js';

registerDefaults(scopeWordsEn);
registerDefaults(grantsEn);

interface GrantsData {
  /** What the data is about: `self`, or the application / person shown. */
  subject: string;
  grants: ConsentGrant[];
  /** The application's scopes by string (names and declared risk), when an application is shown. */
  known: Map<string, KnownScope>;
  people: Map<string, Person>;
  unread: UnreadItem[];
}

/** What the confirmation is about: one grant, or all of a person's. */
type Pending = { grants: readonly ConsentGrant[]; person: string; client?: string };

/**
 * Remembered consents: which person let which AI client use which permissions, since and until
 * when. For admins (inside the provider, with `application-id` and/or `user-id`), grouped by
 * person, searchable, with Revoke and Revoke all. With `mode="self"` and an end user's own token
 * from the host, it is the account page "AI clients with access to your account": each client,
 * what it can do in plain words, since when, and Revoke. Revoking stops the client's tokens at
 * their next check; next time it must ask again.
 *
 * @summary Remembered consents: review and revoke (admin), or "AI clients with access to your account" (self-service).
 * @tag authsec-consent-grants
 * @status stable
 *
 * @fires authsec-grant-revoked - After remembered consents were revoked (detail: grantIds, userId).
 *
 * @csspart list - The list of people (admin) or of clients (self-service).
 */
export class AuthsecConsentGrants extends AuthsecApplicationElement {
  static override styles = consentGrantsStyles;
  static override get properties(): PropertyDeclarations {
    return {
      mode: { reflect: true },
      userId: { attribute: 'user-id' },
      query: { state: true },
      pending: { state: true },
      outcome: { state: true },
    };
  }

  /** `admin` (default): the workspace's remembered consents; `self`: the signed-in end user's own. */
  mode: 'admin' | 'self' = 'admin';
  /** Admin mode: only this person's remembered consents. */
  userId?: string;

  private query = '';
  private pending?: Pending;
  /** What a re-read found after an answer was lost. */
  private outcome = '';

  readonly #announcer = new Announcer(this);
  readonly #write = new Action(this, (e) => this.t('grants.failed', { reason: this.reason(e) }));
  readonly #data = new AppData<GrantsData>(this, {
    subject: () => this.#subject(),
    load: (client, subject, signal) => this.#load(client, subject, signal),
    appOf: (d) => d.subject,
    reset: () => {
      this.query = this.outcome = '';
      this.pending = undefined;
      this.#write.reset();
    },
  });

  get #self(): boolean {
    return this.mode === 'self';
  }

  #subject(): string | undefined {
    return this.#self ? 'self' : this.applicationId || this.userId ? `${this.applicationId ?? ''}|${this.userId ?? ''}` : undefined;
  }

  override render() {
    return html`<section aria-labelledby="h">
      <h2 id="h" class="heading">${this.t(this.#self ? 'grants.self.heading' : 'grants.heading')}</h2>
      <p class="muted">${this.t(this.#self ? 'grants.self.intro' : 'grants.intro')}</p>
      ${this.#announcer.render()}
      ${this.#data.render((d) => this.#body(d), 'grants.missingSubject')}
    </section>`;
  }

  #body(d: GrantsData): TemplateResult {
    const empty = this.#self ? ['grants.self.empty.heading', 'grants.self.empty.message'] as const : ['grants.empty.heading', 'grants.empty.message'] as const;
    return html`
      ${this.#write.error ? html`<p class="notice danger" role="alert">${this.#write.error}</p>` : nothing}
      ${this.outcome ? html`<p class="notice warning" role="status">${this.outcome}</p>` : nothing}
      ${unreadNotice(this, d.unread)}
      ${d.grants.length
        ? this.#self ? this.#selfList(d) : this.#people(d)
        : html`<authsec-ui-state kind="empty" .heading=${this.t(empty[0])} .message=${this.t(empty[1])} .locale=${this.effectiveLocale}></authsec-ui-state>`}
      ${this.#dialog()}
    `;
  }

  #card(d: GrantsData, person: string): CardContext {
    return {
      host: this,
      known: d.known,
      showApplication: this.#self || !this.applicationId,
      revokeLabel: (client) => (this.#self ? this.t('grants.self.revokeNamed', { client }) : this.t('grants.revokeNamed', { client, person })),
      // One revoke at a time (Revoke all walks a person's grants one request each).
      busy: this.#write.busy,
      revoke: (grant) => void this.#revoke(d, { grants: [grant], person, client: grantClient(this, grant) }),
    };
  }

  #selfList(d: GrantsData): TemplateResult {
    const ctx = this.#card(d, '');
    return html`<ul part="list" class="grants" aria-label=${this.t('grants.self.heading')}>${repeat(d.grants, (g) => g.id, (g) => renderGrantCard(ctx, g))}</ul>`;
  }

  #people(d: GrantsData): TemplateResult {
    const groups = filterGroups(groupByPerson(d.grants, d.people, this.effectiveLocale), this.query);
    return html`<div class="search" role="search">
        <label for="q">${this.t('grants.search.label')}</label>
        <input id="q" type="search" autocomplete="off" .value=${this.query} placeholder=${this.t('grants.search.placeholder')}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
      </div>
      ${groups.length
        ? html`<ul part="list" class="people" aria-label=${this.t('grants.list.label')}>${repeat(groups, (g) => g.person.id, (g) => this.#person(d, g))}</ul>`
        : html`<div class="no-match"><p>${this.t('grants.noMatch')}</p>
            <authsec-ui-button variant="secondary" .locale=${this.effectiveLocale} @click=${() => (this.query = '')}>${this.t('grants.clearSearch')}</authsec-ui-button></div>`}`;
  }

  #personName(p: Person): string {
    return p.name ? this.text(p.name, 80) : p.email ? this.text(p.email, 120) : this.t('grants.person.unknown', { id: this.text(p.id, 40) });
  }

  #person(d: GrantsData, g: GrantGroup): TemplateResult {
    const name = this.#personName(g.person);
    const headingId = `p-${g.person.id}`;
    const all = d.grants.filter((x) => x.user_id === g.person.id);
    return html`<li class="person" aria-labelledby=${headingId}>
      <div class="person-head">
        <div class="who">
          <h3 id=${headingId} dir="auto">${name}</h3>
          ${g.person.name && g.person.email ? html`<div class="muted email" dir="ltr">${this.text(g.person.email, 120)}</div>` : nothing}
          <div class="muted">${this.t('grants.person.count', { count: all.length })}</div>
        </div>
        ${this.readonly || all.length < 2
          ? nothing
          : html`<authsec-ui-button size="small" variant="ghost" class="revoke-all" .label=${this.t('grants.revokeAllNamed', { person: name })}
              .locale=${this.effectiveLocale} ?disabled=${this.#write.busy} @click=${() => void this.#revoke(d, { grants: all, person: name })}>${this.t('grants.revokeAll')}</authsec-ui-button>`}
      </div>
      <ul class="grants">${repeat(g.grants, (x) => x.id, (x) => renderGrantCard(this.#card(d, name), x))}</ul>
    </li>`;
  }

  #dialog(): TemplateResult {
    const p = this.pending;
    const many = !!p && p.grants.length > 1;
    const heading = !p ? '' : this.#self
      ? this.t('grants.self.revoke.heading', { client: p.client ?? '' })
      : many ? this.t('grants.revokeAll.heading', { count: p.grants.length, person: p.person }) : this.t('grants.revoke.heading', { person: p.person, client: p.client ?? '' });
    const body = !p ? '' : this.#self ? this.t('grants.self.revoke.body') : many ? this.t('grants.revokeAll.body') : this.t('grants.revoke.body', { person: p.person });
    return html`<authsec-ui-confirm-dialog danger .heading=${heading} .confirmLabel=${this.t(many ? 'grants.revokeAll.confirm' : 'grants.revoke.confirm')} .locale=${this.effectiveLocale}>
      <p>${body}</p>
    </authsec-ui-confirm-dialog>`;
  }

  /**
   * Revokes one grant or all of a person's, one request each (AuthSec has no bulk revoke). A lost
   * answer is settled by reading the list again: a grant that is gone was revoked.
   */
  async #revoke(d: GrantsData, pending: Pending): Promise<void> {
    const client = this.client;
    if (!client || this.#write.busy) return;
    this.outcome = '';
    this.pending = pending;
    await this.updateComplete;
    if (!(await this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog')?.open())) return;
    const endpoint = this.#self ? revokeMyConsentGrant : revokeConsentGrant;
    const done: string[] = [];
    let lost = false;
    const ok = await this.#write.run(
      async () => {
        for (const grant of pending.grants) {
          await client.call(endpoint, { params: { grant_id: grant.id } });
          done.push(grant.id);
        }
        return true;
      },
      {
        failed: (error, words) => {
          lost = outcomeUnknown(error) && pending.grants.length === 1;
          if (lost) return '';
          return done.length ? this.t('grants.partial', { done: done.length, count: pending.grants.length, reason: this.reason(error) }) : words;
        },
      },
    );
    if (!this.#data.isCurrent(d.subject)) return;
    const userId = pending.grants[0]!.user_id;
    if (ok) {
      this.#announcer.say(this.#self
        ? this.t('grants.self.revoked', { client: pending.client ?? '' })
        : pending.grants.length > 1
          ? this.t('grants.revokedAll', { count: done.length, person: pending.person })
          : this.t('grants.revoked', { person: pending.person, client: pending.client ?? '' }));
    }
    if (done.length) this.dispatchEvent(new AuthsecGrantRevokedEvent(done, userId));
    await this.#data.run();
    if (lost) {
      const still = this.#data.value?.grants.some((g) => g.id === pending.grants[0]!.id);
      this.outcome = this.t(still ? 'grants.checkedStill' : 'grants.checkedGone');
      if (!still) this.dispatchEvent(new AuthsecGrantRevokedEvent([pending.grants[0]!.id], userId));
    }
  }

  async #load(client: AuthsecClient, subject: string, signal: AbortSignal): Promise<GrantsData> {
    if (this.#self) {
      const { consent_grants: grants } = await client.call(listMyConsentGrants, { signal });
      return { subject, grants, known: new Map(), people: new Map(), unread: unreadItems(grants) };
    }
    const appId = this.applicationId;
    const query = { ...(appId ? { rs_id: appId } : {}), ...(this.userId ? { user_id: this.userId } : {}) };
    // Names and risks make the list readable; without them it still says what it must.
    const [{ consent_grants: grants }, scopes, users] = await Promise.all([
      client.call(listConsentGrants, { query, signal }),
      appId ? client.call(listScopes, { params: { id: appId }, signal }).catch(() => []) : [],
      appId ? client.call(listEligibleUsers, { params: { id: appId }, signal }).then((r) => r.users).catch(() => []) : [],
    ]);
    return {
      subject,
      grants,
      known: new Map(scopes.map((s) => [s.scope_string, s])),
      people: new Map(users.map((u) => [u.id, u])),
      unread: unreadItems(grants),
    };
  }
}
