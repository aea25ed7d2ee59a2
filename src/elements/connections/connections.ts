import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AuthsecClient } from '../../api/client.js';
import { approveClient, approveClientRedirects, denyClient, preRegisterClient, revokeClient } from '../../api/connections.js';
import { listWorkspaceClients, type WorkspaceClient } from '../../api/workspace-clients.js';
import type { ApiSurface } from '../../api/endpoint.js';
import { mayHaveLanded, outcomeUnknown } from '../../api/errors.js';
import { unreadItems, type UnreadItem } from '../../api/list-items.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import { Action } from '../../controllers/action.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { SiblingChanges } from '../../controllers/sibling-changes.js';
import { registerDefaults } from '../../i18n/catalog.js';
import { connectionsEn } from '../../i18n/messages/connections.en.js';
import {
  CONNECTION_SORTS, connectionView, filterConnections, sortConnections, statusCounts, STATUS_FILTERS,
  type ConnectionSort, type ConnectionView, type StatusFilter,
} from '../../model/connections.js';
import { isLaunched } from '../../model/readiness.js';
import { redirectUriLines } from '../../model/redirect-uri.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import '../../ui/copy-field.js';
import '../../ui/state.js';
import { OneTimeSecret } from '../shared/one-time-secret.js';
import { unreadNotice } from '../shared/unread-notice.js';
import { clientLabel, hostWords, renderConnectionRow, type RowContext } from './connection-row.js';
import { connectionsStyles } from './connections.styles.js';
import { AuthsecConnectionChangedEvent } from './events.js';
import { draftProblems, emptyDraft, renderPreRegisterForm, type PreRegisterDraft } from './pre-register-form.js';

registerDefaults(connectionsEn);

interface ConnectionsData {
  app: ResourceServer;
  connections: ConnectionView[];
  unread: UnreadItem[];
  /** The admin surface the client speaks (approve / deny exist only on today's). */
  surface: ApiSurface | undefined;
}

type Change = 'revoke' | 'approve' | 'deny' | 'redirects';
const ENDPOINT = { revoke: revokeClient, approve: approveClient, deny: denyClient, redirects: approveClientRedirects } as const;
const EVENT = { revoke: 'revoked', approve: 'approved', deny: 'denied', redirects: 'redirects-approved' } as const;
/** The changes asked for in a dialog first (approving a pending client is one click). */
type Confirmed = Exclude<Change, 'approve'>;
const CONFIRM_WORDS = {
  revoke: ['connections.revoke.heading', 'connections.revoke.confirm'],
  deny: ['connections.deny.heading', 'connections.deny.confirm'],
  redirects: ['connections.redirects.heading', 'connections.redirects.confirm'],
} as const satisfies Record<Confirmed, readonly [string, string]>;
const DONE = { revoke: 'connections.revoked', approve: 'connections.approved', deny: 'connections.denied', redirects: 'connections.redirectsApproved' } as const;
/** Beyond this many rows only those near the viewport are in the DOM (thousands of clients stay fast). */
const VIRTUAL_FROM = 60;
const LAYOUT = flow();

/**
 * The Connections tab: every AI client of one application (how it registered, whether it is
 * approved, where its answers go, when it last got a token), with search, a status filter and an
 * order; pre-register a client (its secret shown once), revoke one, approve or deny a pending
 * registration, and approve a CIMD client's new redirect addresses.
 *
 * @summary An application's AI clients: review, pre-register, revoke, approve.
 * @tag authsec-connections
 * @status stable
 *
 * @fires authsec-connection-changed - After a client was pre-registered, revoked, approved or denied, or its new redirect URIs approved (detail: action, clientId).
 *
 * @csspart list - The list of clients.
 * @csspart toolbar - Search, filter and order.
 * @csspart form - The pre-registration form.
 * @csspart secret - The one-time client secret panel.
 */
export class AuthsecConnections extends AuthsecApplicationElement {
  static override styles = connectionsStyles;
  static override get properties(): PropertyDeclarations {
    return {
      query: { state: true },
      status: { state: true },
      sort: { state: true },
      draft: { state: true },
      touched: { state: true },
      created: { state: true },
      outcome: { state: true },
      confirming: { state: true },
    };
  }

  private query = '';
  private status: StatusFilter = 'all';
  private sort: ConnectionSort = 'recent';
  private draft?: PreRegisterDraft;
  /** Fields the admin has edited, and `submit` once they tried to send: their problems are shown. */
  private touched = new Set<keyof PreRegisterDraft | 'submit'>();
  /** The client just pre-registered, shown with its id (and its secret, once). */
  private created?: { id: string; name: string };
  /** What a re-read found after an answer was lost. */
  private outcome = '';
  private confirming?: { change: Confirmed; connection: ConnectionView };

  readonly #announcer = new Announcer(this);
  readonly #secret = new OneTimeSecret(this, {
    announce: (m) => this.#announcer.say(m),
    word: (key, params) => this.t(`connections.secret.${key}`, params),
  });
  /** Revoke, approve, deny, approve redirects: one run per client at a time. */
  readonly #write = new Action(this);
  readonly #prereg = new Action(this, (e) => this.t('connections.prereg.failed', { reason: this.reason(e) }));
  readonly #data = new AppData<ConnectionsData>(this, {
    load: loadConnections,
    appOf: (d) => d.app.id,
    reset: () => {
      this.draft = this.created = this.confirming = undefined;
      this.outcome = this.query = '';
      this.status = 'all';
      this.#write.reset();
      this.#prereg.reset();
    },
  });

  constructor() {
    super();
    // Setup can turn pre-registration on or off; the launch queue never changes clients.
    new SiblingChanges(this, ['authsec-application-updated'], () => void this.#data.run());
  }

  override render() {
    const app = this.#data.value?.app;
    return html`<section aria-labelledby="h">
      <h2 id="h" class="heading">${this.t('connections.heading')}</h2>
      ${app ? html`<p class="muted">${this.t('connections.intro', { application: this.text(app.name, 80) })}</p>` : nothing}
      ${this.#announcer.render()}
      ${this.#data.render((d) => this.#body(d), 'connections.missingApp')}
    </section>`;
  }

  #body(d: ConnectionsData): TemplateResult {
    const counts = statusCounts(d.connections);
    return html`
      ${this.#write.error ? html`<p class="notice danger" role="alert">${this.#write.error}</p>` : nothing}
      ${this.outcome ? html`<p class="notice warning" role="status">${this.outcome}</p>` : nothing}
      ${unreadNotice(this, d.unread)}
      ${this.created ? this.#created(d) : nothing}
      ${this.readonly ? nothing : this.#preRegister(d)}
      ${counts.pending && !this.readonly ? html`<p class="notice info">${this.t('connections.pendingNotice', { count: counts.pending })}</p>` : nothing}
      ${d.connections.length
        ? this.#list(d, counts)
        : html`<authsec-ui-state kind="empty" .heading=${this.t('connections.empty.heading')} .message=${this.t('connections.empty.message')} .locale=${this.effectiveLocale}></authsec-ui-state>`}
      ${this.#dialog(d)}
    `;
  }

  #list(d: ConnectionsData, counts: Record<StatusFilter, number>): TemplateResult {
    const shown = sortConnections(filterConnections(d.connections, this.query, this.status), this.sort, this.effectiveLocale);
    const ctx: RowContext = {
      host: this,
      canApprove: d.surface === 'applications',
      total: shown.length,
      busy: (id) => this.#write.running(id),
      revoke: (c) => void this.#change(d, 'revoke', c),
      approve: (c) => void this.#change(d, 'approve', c),
      deny: (c) => void this.#change(d, 'deny', c),
      reviewRedirects: (c) => void this.#change(d, 'redirects', c),
    };
    const filtered = shown.length !== d.connections.length;
    return html`<div part="toolbar" class="toolbar" role="search">
        <div class="search">
          <label for="q">${this.t('connections.search.label')}</label>
          <input id="q" type="search" autocomplete="off" spellcheck="false" .value=${this.query} placeholder=${this.t('connections.search.placeholder')}
            @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        </div>
        <div>
          <label for="status">${this.t('connections.filter.label')}</label>
          <select id="status" .value=${this.status} @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as StatusFilter)}>
            ${STATUS_FILTERS.map((s) => html`<option value=${s} ?selected=${s === this.status}>${this.t(`connections.filter.${s}`, { count: counts[s] })}</option>`)}
          </select>
        </div>
        <div>
          <label for="sort">${this.t('connections.sort.label')}</label>
          <select id="sort" .value=${this.sort} @change=${(e: Event) => (this.sort = (e.target as HTMLSelectElement).value as ConnectionSort)}>
            ${CONNECTION_SORTS.map((s) => html`<option value=${s} ?selected=${s === this.sort}>${this.t(`connections.sort.${s}`)}</option>`)}
          </select>
        </div>
      </div>
      <p class="muted count" role="status">${filtered ? this.t('connections.shown', { shown: this.number(shown.length), total: this.number(d.connections.length) }) : ''}</p>
      ${shown.length
        ? html`<div part="list" class="list" role="list" aria-label=${this.t('connections.list.label', { application: this.text(d.app.name, 80) })}>
            ${shown.length > VIRTUAL_FROM
              ? virtualize({ items: shown, keyFunction: (c: ConnectionView) => c.id, renderItem: (c: ConnectionView, i: number) => renderConnectionRow(ctx, c, i), layout: LAYOUT })
              : repeat(shown, (c) => c.id, (c, i) => renderConnectionRow(ctx, c, i))}
          </div>`
        : html`<div class="no-match">
            <p>${this.t('connections.noMatch')}</p>
            <authsec-ui-button variant="secondary" .locale=${this.effectiveLocale} @click=${() => this.#clearFilters()}>${this.t('connections.clearFilters')}</authsec-ui-button>
          </div>`}`;
  }

  #clearFilters(): void {
    this.query = '';
    this.status = 'all';
  }

  #preRegister(d: ConnectionsData): TemplateResult {
    if (!d.app.registration_modes.includes('prereg')) return html`<p class="muted">${this.t('connections.prereg.off')}</p>`;
    const draft = this.draft;
    if (!draft) {
      return html`<p><authsec-ui-button variant="primary" class="open-prereg" .locale=${this.effectiveLocale} @click=${() => void this.#openForm()}>
        ${this.t('connections.prereg.open')}</authsec-ui-button></p>`;
    }
    return html`${this.#prereg.error ? html`<p class="notice danger" role="alert">${this.#prereg.error}</p>` : nothing}
      ${renderPreRegisterForm({
        host: this,
        draft,
        problems: this.#shownProblems(draft),
        busy: this.#prereg.busy,
        change: (patch) => {
          this.touched = new Set([...this.touched, ...(Object.keys(patch) as (keyof PreRegisterDraft)[])]);
          // Two inputs can arrive before the next render: build on the latest draft.
          this.draft = { ...(this.draft ?? draft), ...patch };
        },
        submit: (e) => void this.#submit(e, d),
        cancel: () => {
          this.draft = undefined;
          this.#prereg.reset();
        },
      })}`;
  }

  #shownProblems(draft: PreRegisterDraft): ReturnType<typeof draftProblems> {
    const all = draftProblems(this, draft);
    const shown = (field: 'name' | 'redirects') => this.touched.has('submit') || this.touched.has(field);
    return { ...(shown('name') && all.name ? { name: all.name } : {}), ...(shown('redirects') && all.redirects ? { redirects: all.redirects } : {}) };
  }

  async #openForm(): Promise<void> {
    this.#prereg.reset();
    this.outcome = '';
    this.created = undefined;
    this.touched = new Set();
    this.draft = emptyDraft();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#client-name')?.focus();
  }

  async #submit(event: Event, d: ConnectionsData): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    const client = this.client;
    if (!draft || !client || this.#prereg.busy) return;
    this.touched = new Set([...this.touched, 'submit']);
    const problems = draftProblems(this, draft);
    if (problems.name || problems.redirects) {
      this.renderRoot.querySelector<HTMLElement>(problems.name ? '#client-name' : '#redirects')?.focus();
      return;
    }
    const name = draft.name.trim();
    const body = {
      client_name: name,
      redirect_uris: [...new Set(redirectUriLines(draft.redirects))],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: draft.confidential ? ('client_secret_basic' as const) : ('none' as const),
    };
    const known = new Set(d.connections.map((c) => c.id));
    this.outcome = '';
    const result = await this.#prereg.run(async () => {
      try {
        return await client.call(preRegisterClient, { params: { id: d.app.id }, body });
      } catch (error) {
        // A second POST could register it twice: find out what AuthSec has first.
        if (!mayHaveLanded(error)) throw error;
        const now = await client.call(listWorkspaceClients, { query: { resource_server_id: d.app.id } }).catch(() => {
          throw error;
        });
        const found = now.find((c) => !known.has(c.client_id) && c.registration_type === 'prereg' && c.client_name?.trim() === name);
        this.outcome = found ? this.t('connections.prereg.found', { client: this.text(name, 80) }) : this.t('connections.prereg.notFound');
        return found ? { client_id: found.client_id, client_name: found.client_name, client_secret: undefined } : undefined;
      }
    });
    if (!result || !this.#data.isCurrent(d.app.id)) {
      if (this.outcome) await this.#data.run();
      return;
    }
    this.draft = undefined;
    this.created = { id: result.client_id, name: result.client_name ?? name };
    if (result.client_secret) this.#secret.hold(d.app.id, result.client_secret);
    this.#announcer.say(this.t('connections.prereg.created', { client: this.text(name, 80) }));
    this.dispatchEvent(new AuthsecConnectionChangedEvent('pre-registered', result.client_id));
    await this.#data.run();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#created-h')?.focus();
  }

  #created(d: ConnectionsData): TemplateResult {
    const created = this.created!;
    const holdsSecret = this.#secret.of(d.app.id) !== undefined;
    return html`<section class="card created" aria-labelledby="created-h">
      <h3 id="created-h" tabindex="-1" dir="auto">${this.t('connections.prereg.created', { client: this.text(created.name, 80) })}</h3>
      <p>${this.t('connections.prereg.createdId')}</p>
      <authsec-ui-copy-field .label=${this.t('connections.id')} .value=${this.text(created.id, 300)} .locale=${this.effectiveLocale}></authsec-ui-copy-field>
      ${this.#secret.render(d.app.id)}
      ${holdsSecret
        ? nothing
        : html`<p><authsec-ui-button variant="secondary" class="done" .locale=${this.effectiveLocale} @click=${() => this.#closeCreated()}>${this.t('connections.prereg.done')}</authsec-ui-button></p>`}
    </section>`;
  }

  #closeCreated(): void {
    this.created = undefined;
    this.#secret.dismissed = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.open-prereg')?.focus());
  }

  #dialog(d: ConnectionsData): TemplateResult {
    const target = this.confirming;
    const label = target ? clientLabel(this, target.connection) : '';
    const [heading, confirm] = CONFIRM_WORDS[target?.change ?? 'revoke'];
    const hosts = (list: ConnectionView['hosts']) => html`<ul>${list.map((h) => html`<li dir="ltr">${hostWords(this, h)}</li>`)}</ul>`;
    return html`<authsec-ui-confirm-dialog ?danger=${target?.change !== 'redirects'} .heading=${this.t(heading, { client: label })}
      .confirmLabel=${this.t(confirm)} .locale=${this.effectiveLocale}>
      ${target?.change === 'revoke'
        ? html`<p>${this.t('connections.revoke.body')}</p>${isLaunched(d.app) ? html`<p><strong>${this.t('connections.revoke.drift')}</strong></p>` : nothing}`
        : nothing}
      ${target?.change === 'deny' ? html`<p>${this.t('connections.deny.body')}</p>` : nothing}
      ${target?.change === 'redirects'
        ? html`<p>${this.t('connections.redirects.body')}</p>
            <div class="compare">
              <div><strong>${this.t('connections.redirects.now')}</strong>${hosts(target.connection.hosts)}</div>
              <div><strong>${this.t('connections.redirects.next')}</strong>${hosts(target.connection.pendingHosts ?? [])}</div>
            </div>`
        : nothing}
    </authsec-ui-confirm-dialog>`;
  }

  /**
   * Revokes, approves, denies or approves new redirects. Each is idempotent at AuthSec, so a lost
   * answer is settled by reading the list again and saying what is true now.
   */
  async #change(d: ConnectionsData, change: Change, c: ConnectionView): Promise<void> {
    const client = this.client;
    if (!client || this.#write.running(c.id)) return;
    const label = clientLabel(this, c);
    this.outcome = '';
    if (change !== 'approve') {
      this.confirming = { change, connection: c };
      await this.updateComplete;
      const ok = await this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog')?.open();
      if (!ok) return;
    }
    let lost = false;
    const done = await this.#write.run(
      async () => {
        await client.call(ENDPOINT[change], { params: { id: d.app.id, client_id: c.id } });
        return true;
      },
      { key: c.id, failed: (error, reason) => ((lost = outcomeUnknown(error)), lost ? '' : this.t('connections.failed', { client: label, reason })) },
    );
    if (!this.#data.isCurrent(d.app.id)) return;
    if (done) {
      this.#announcer.say(this.t(DONE[change], { client: label }));
      this.dispatchEvent(new AuthsecConnectionChangedEvent(EVENT[change], c.id));
    }
    await this.#data.run();
    if (lost) {
      const now = this.#data.value?.connections.find((x) => x.id === c.id);
      this.outcome = now
        ? this.t('connections.checked', { client: label, status: this.t(`connections.status.${now.status}`) })
        : this.t('connections.checkedGone', { client: label });
    }
  }
}

async function loadConnections(client: AuthsecClient, id: string, signal: AbortSignal): Promise<ConnectionsData> {
  const [app, clients] = await Promise.all([
    client.call(getResourceServer, { params: { id }, signal }),
    client.call(listWorkspaceClients, { query: { resource_server_id: id }, signal }),
  ]);
  return { app, connections: clients.map((c: WorkspaceClient) => connectionView(c)), unread: unreadItems(clients), surface: client.surface };
}
