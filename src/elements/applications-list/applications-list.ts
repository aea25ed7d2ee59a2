import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { AuthsecAdminElement } from '../../context/admin-element.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { SiblingChanges } from '../../controllers/sibling-changes.js';
import { registerDefaults, shortDateOptions, type MessageKey } from '../../i18n/catalog.js';
import { appsEn } from '../../i18n/messages/apps.en.js';
import { readinessEn } from '../../i18n/messages/readiness.en.js';
import {
  DEFAULT_FILTER, DEFAULT_SORT, nextSort, SHOW_FILTERS, visibleRows, type ApplicationRow, type ListFilter, type ListSort,
  type ShowFilter, type SortKey,
} from '../../model/applications-list.js';
import { NEXT_ACTION_TARGET } from '../../model/readiness.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import '../../ui/drawer.js';
import '../../ui/status-pill.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import type { AuthsecUiCloseRequestEvent, AuthsecUiDrawer } from '../../ui/drawer.js';
import { AREA_TONE, RISK_TONE } from '../shared/readiness-display.js';
import type { AuthsecApplicationCreatedEvent, CreatedApplication } from '../app-registration/events.js';
import { loadRegistration } from './registration-element.js';
import { AuthsecNavigateEvent, type NavigateTarget } from '../shared/navigate-event.js';
import { applicationsListStyles } from './applications-list.styles.js';
import { loadApplications } from './list-data.js';
import { identifier } from '../../ui/identifier.js';
import { roleLabel } from '../shared/role-label.js';
import { isPartlyRead, unreadItems } from '../../api/list-items.js';
import { unreadNotice } from '../shared/unread-notice.js';

registerDefaults(appsEn);
registerDefaults(readinessEn);


/** Sibling AuthSec elements that change what a row shows: the list reloads after them. */
const CHANGED_EVENTS = [
  'authsec-application-created', 'authsec-application-updated', 'authsec-activated', 'authsec-mapping-saved',
  'authsec-policy-changed', 'authsec-scopes-changed', 'authsec-secret-rotated', 'authsec-connection-changed',
] as const;
const WORKSPACE = 'workspace';

const COLUMNS: readonly { key: SortKey | undefined; label: MessageKey }[] = [
  { key: 'name', label: 'apps.col.name' },
  { key: 'resource', label: 'apps.col.resource' },
  { key: 'readiness', label: 'apps.col.readiness' },
  { key: 'risk', label: 'apps.col.risk' },
  { key: 'signal', label: 'apps.col.signal' },
  { key: undefined, label: 'apps.col.next' },
  { key: 'clients', label: 'apps.col.clients' },
  { key: undefined, label: 'apps.col.policy' },
];

/**
 * Every Application of the workspace with Readiness, Risk, Last signal and Next action, computed
 * in the browser from `GET /authsec/resource-servers` the way AuthSec's own admin does, plus the
 * number of approved clients and the access policy. Sort by any column, filter by words and by
 * launch state; an empty workspace invites the first registration.
 *
 * "Install protection" fires `authsec-navigate` (target `registration`); when the host does not
 * call `preventDefault()` (and has not set `external-registration`), the list opens the
 * registration in a side drawer over itself. A host that routes (`#/register`) sets `register`
 * instead. Escape, the close button or the backdrop close the drawer, after asking when something
 * was typed or the one-time secret is still on screen, and fire target `applications`; after a
 * registration the drawer keeps the secret on screen and offers to open the new application
 * (target `install`). A row's name fires target `overview`, its next action the area that action
 * needs (`tools`, `access`…).
 *
 * @summary Applications with readiness, risk, last signal and next action; sorting, filters, registration.
 * @tag authsec-applications-list
 * @status stable
 *
 * @fires authsec-navigate - The admin opened an application, took a next action, asked to register one or closed the registration (detail: target, applicationId). Cancelable.
 *
 * @csspart toolbar - The filter controls.
 * @csspart table - The applications table (cards on narrow containers).
 * @csspart install - The "Install protection" button.
 * @csspart register - The registration drawer opened by "Install protection" (its native `<dialog>`).
 */
export class AuthsecApplicationsList extends AuthsecAdminElement {
  static override get properties(): PropertyDeclarations {
    return {
      externalRegistration: { type: Boolean, attribute: 'external-registration' },
      register: { type: Boolean, reflect: true },
      sort: { state: true },
      filter: { state: true },
      created: { state: true },
      asking: { state: true },
    };
  }

  static override styles = applicationsListStyles;

  private sort: ListSort = DEFAULT_SORT;
  private filter: ListFilter = DEFAULT_FILTER;
  /** The application registered in the drawer (its secret is on screen there). */
  private created?: CreatedApplication;
  /** The question on screen before the drawer closes (rendered only while asked). */
  private asking?: 'discard' | 'leave-secret';
  /** Something was typed into the drawer since it opened or since the last registration. */
  #typed = false;

  /**
   * The host shows the registration itself: "Install protection" only fires `authsec-navigate`
   * (the admin console sets this).
   */
  externalRegistration = false;

  /**
   * The registration drawer is open. "Install protection" sets it; a host that routes sets it from
   * its URL (the admin console does for `register`). Clearing it closes the drawer without asking.
   */
  register = false;

  constructor() {
    super();
    // Registers itself with this element: it lives as long as the element does.
    new SiblingChanges(this, CHANGED_EVENTS, () => void this.refresh());
  }

  readonly #announcer = new Announcer(this);
  readonly #data = new AppData<readonly ApplicationRow[]>(this, {
    // The workspace of the admin's token: one subject, whatever application is shown elsewhere.
    subject: () => WORKSPACE,
    load: (client, _subject, signal) => loadApplications(client, signal),
    appOf: () => WORKSPACE,
    loaded: (rows) => this.#announcer.say(this.t('apps.loaded', { count: rows.length })),
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('register')) return;
    if (this.register && !this.readonly) {
      // The registration element loads when first asked for: the list alone does not pay for it.
      loadRegistration().catch((error: unknown) => this.#announcer.say(this.generic(error)));
    } else {
      this.created = undefined;
      this.#typed = false;
    }
  }

  /** Reloads the applications from AuthSec. */
  async refresh(): Promise<void> {
    await this.#data.run();
  }

  /** Opens the registration drawer (what "Install protection" does when the host lets it). */
  openRegistration(): void {
    if (this.readonly) return;
    this.register = true;
  }

  override render() {
    const refreshing = this.#data.task.status === TaskStatus.PENDING && !!this.#data.value;
    return html`<section aria-labelledby="h">
      ${this.#announcer.render()}
      <div class="top">
        <h2 id="h" class="heading">${this.t('apps.heading')}</h2>
        <div class="actions">
          <authsec-ui-button .loading=${refreshing} .locale=${this.effectiveLocale}
            loading-label=${this.t('apps.refreshing')} @click=${() => void this.refresh()}>${this.t('apps.refresh')}</authsec-ui-button>
          ${this.readonly ? nothing : html`<authsec-ui-button part="install" class="install" variant="primary" .locale=${this.effectiveLocale}
            @click=${() => this.#install()}>${this.t('apps.install')}</authsec-ui-button>`}
        </div>
      </div>
      <p class="muted intro">${this.t('apps.intro')}</p>
      ${this.#data.render((rows) => this.#body(rows), 'apps.heading')}
      ${this.readonly ? nothing : this.#drawer()}
    </section>`;
  }

  /** The registration, in a side drawer over the list (docs/design.md, "Create and edit flows: drawers"). */
  #drawer(): TemplateResult {
    const open = this.register && !this.readonly;
    const created = this.created;
    return html`<authsec-ui-drawer exportparts="dialog: register" .open=${open} .heading=${this.t('apps.register.heading')}
        .closeLabel=${this.t('apps.register.close')} @authsec-ui-close-request=${(e: AuthsecUiCloseRequestEvent) => this.#onCloseRequest(e)}>
        ${open
          ? html`<authsec-app-registration class="in-drawer" .locale=${this.effectiveLocale} @input=${() => (this.#typed = true)}
              @authsec-application-created=${(e: AuthsecApplicationCreatedEvent) => this.#onCreated(e)}></authsec-app-registration>
            ${created
              ? html`<div class="drawer-actions"><authsec-ui-button class="open-created" .locale=${this.effectiveLocale}
                  @click=${() => void this.#openCreated(created)}>${this.t('apps.register.open', { application: this.text(created.name, 80) })}</authsec-ui-button></div>`
              : nothing}`
          : nothing}
      </authsec-ui-drawer>
      ${this.asking ? this.#question(this.asking) : nothing}`;
  }

  #question(asking: 'discard' | 'leave-secret'): TemplateResult {
    const words = asking === 'discard' ? 'discard' : 'secret';
    return html`<authsec-ui-confirm-dialog class=${asking} danger .heading=${this.t(`apps.register.${words}.heading`)}
      .confirmLabel=${this.t(`apps.register.${words}.confirm`)} .cancelLabel=${this.t(`apps.register.${words}.cancel`)} .locale=${this.effectiveLocale}>
      <p>${this.t(`apps.register.${words}.body`)}</p>
    </authsec-ui-confirm-dialog>`;
  }

  #body(rows: readonly ApplicationRow[]): TemplateResult {
    const unread = unreadNotice(this, unreadItems(rows));
    // Nothing readable is not an empty workspace: then the notice alone says what arrived.
    if (!rows.length && unread !== nothing) return html`${unread}`;
    if (!rows.length) {
      return html`<authsec-ui-state kind="empty" .heading=${this.t('apps.empty.heading')} .message=${this.t('apps.empty.message')} .locale=${this.effectiveLocale}>
        ${this.readonly ? nothing : html`<authsec-ui-button slot="actions" variant="primary" class="install-empty" .locale=${this.effectiveLocale}
          @click=${() => this.#install()}>${this.t('apps.install')}</authsec-ui-button>`}
      </authsec-ui-state>`;
    }
    const shown = visibleRows(rows, this.filter, this.sort);
    const filtered = shown.length !== rows.length;
    return html`${unread}${this.#toolbar()}
      <p class="muted count" aria-live="polite">${filtered ? this.t('apps.showing', { shown: shown.length, total: rows.length }) : this.t('apps.count', { count: rows.length })}</p>
      ${shown.length ? this.#table(shown) : this.#noMatch()}`;
  }

  #toolbar(): TemplateResult {
    return html`<div part="toolbar" class="toolbar" role="search">
      <div class="field">
        <label for="query">${this.t('apps.filter.query')}</label>
        <input id="query" type="search" autocomplete="off" .value=${this.filter.query}
          @input=${(e: Event) => (this.filter = { ...this.filter, query: (e.target as HTMLInputElement).value })} />
      </div>
      <div class="field show">
        <label for="show">${this.t('apps.filter.show')}</label>
        <select id="show" @change=${(e: Event) => (this.filter = { ...this.filter, show: (e.target as HTMLSelectElement).value as ShowFilter })}>
          ${SHOW_FILTERS.map((f) => html`<option value=${f} ?selected=${this.filter.show === f}>${this.t(`apps.filter.${f}`)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  #noMatch(): TemplateResult {
    const show = this.t(`apps.filter.${this.filter.show}`);
    const query = this.text(this.filter.query.trim(), 80);
    return html`<authsec-ui-state kind="empty" .heading=${this.t('apps.noMatch.heading')}
      .message=${query ? this.t('apps.noMatch.message', { query, show }) : this.t('apps.noMatch.messageNoQuery', { show })} .locale=${this.effectiveLocale}>
      <authsec-ui-button slot="actions" class="clear" .locale=${this.effectiveLocale} @click=${() => this.#clearFilters()}>${this.t('apps.filter.clear')}</authsec-ui-button>
    </authsec-ui-state>`;
  }

  #table(rows: readonly ApplicationRow[]): TemplateResult {
    const sortedBy = COLUMNS.find((c) => c.key === this.sort.key)!;
    const caption = this.t('apps.table.caption', { column: this.t(sortedBy.label), direction: this.t(`apps.sort.${this.sort.direction}`) });
    return html`<div class="table-wrap">
      <table part="table" role="table">
        <caption class="sr-only">${caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            ${COLUMNS.map((c) => {
              const sorted = c.key !== undefined && c.key === this.sort.key;
              return html`<th scope="col" role="columnheader" aria-sort=${ifDefined(c.key === undefined ? undefined : sorted ? this.sort.direction : 'none')}
                class=${c.key === 'clients' ? 'num' : ''}>
                ${c.key === undefined
                  ? this.t(c.label)
                  : html`<button type="button" class="sort" data-sort=${c.key} @click=${() => (this.sort = nextSort(this.sort, c.key!))}>
                      ${this.t(c.label)}<span class="arrow" aria-hidden="true">${sorted ? (this.sort.direction === 'ascending' ? '▲' : '▼') : ''}</span>
                    </button>`}
              </th>`;
            })}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${repeat(rows, (r) => r.app.id, (r) => this.#row(r))}
        </tbody>
      </table>
    </div>`;
  }

  #row({ app, assessment: a }: ApplicationRow): TemplateResult {
    const name = this.text(app.name);
    const launch = a.readiness.launch;
    const tools = a.readiness.tools;
    const signal = a.lastSignal;
    const action = this.t(`readiness.next.${a.nextAction}`);
    const label = (key: MessageKey) => this.t(key);
    return html`<tr role="row" data-app=${app.id}>
      <th scope="row" role="rowheader">
        <button type="button" class="open" dir="auto" aria-label=${this.t('apps.open', { application: name })}
          @click=${() => this.#go('overview', app.id)}>${name}</button>
        <span class="sub muted">${this.t(`apps.type.${app.application_type}`)}</span>
        ${isPartlyRead(app) ? html`<span class="sub partly-read"><span aria-hidden="true">! </span>${this.t('common.unread.row')}</span>` : nothing}
      </th>
      <td role="cell" data-label=${label('apps.col.resource')} class="resource"><code dir="ltr">${resourceUri(this.text(app.resource_uri, 200))}</code></td>
      <td role="cell" data-label=${label('apps.col.readiness')} class="readiness">
        <span><authsec-ui-status-pill tone=${AREA_TONE[launch.state]} .label=${this.t(`readiness.launch.${launch.status}`, { count: launch.count ?? 0 })}></authsec-ui-status-pill>
        <span class="sub muted tools">${this.t(`apps.tools.${tools.status}`, { count: tools.count ?? 0 })}</span></span>
      </td>
      <td role="cell" data-label=${label('apps.col.risk')} class="risk">
        <span><authsec-ui-status-pill tone=${RISK_TONE[a.risk]} .label=${this.t(`readiness.risk.${a.risk}`)}></authsec-ui-status-pill></span>
      </td>
      <td role="cell" data-label=${label('apps.col.signal')} class="signal">
        <span>${signal.kind === 'none' ? this.t('readiness.signal.none') : this.t(`readiness.signal.${signal.kind}`, { when: this.date(signal.at, shortDateOptions(signal.at)) })}</span>
      </td>
      <td role="cell" data-label=${label('apps.col.next')} class="next">
        <!-- Secondary in every row: Install protection is the view's one primary action. -->
        <span><authsec-ui-button size="small" variant="secondary" .locale=${this.effectiveLocale}
          .label=${this.t('apps.nextLabel', { action, application: name })}
          @click=${() => this.#go(NEXT_ACTION_TARGET[a.nextAction], app.id)}>${action}</authsec-ui-button></span>
      </td>
      <td role="cell" data-label=${label('apps.col.clients')} class="num clients"><span>${this.number(app.client_count)}</span></td>
      <td role="cell" data-label=${label('apps.col.policy')} class="policy">
        <span>${app.access_policy_enabled
          ? app.access_policy_role_name
            ? this.t('apps.policy.on', { role: roleLabel(this, app.access_policy_role_name, app.id) })
            : this.t('apps.policy.onNoRole')
          : this.t('apps.policy.off')}</span>
      </td>
    </tr>`;
  }

  #install(): void {
    const event = new AuthsecNavigateEvent('registration', '');
    this.dispatchEvent(event);
    if (!event.defaultPrevented && !this.externalRegistration) this.openRegistration();
  }

  #go(target: NavigateTarget, applicationId: string): void {
    this.dispatchEvent(new AuthsecNavigateEvent(target, applicationId));
  }

  #onCloseRequest(event: AuthsecUiCloseRequestEvent): void {
    // The list decides: it may have to ask first.
    event.preventDefault();
    void this.#leave().then((leave) => {
      if (leave) this.#closeRegistration(new AuthsecNavigateEvent('applications', ''));
    });
  }

  /** Whether the drawer may close: asks when typed entries or the one-time secret would be lost. */
  async #leave(): Promise<boolean> {
    const registration = this.renderRoot.querySelector('authsec-app-registration');
    // The secret panel (its documented `secret` part) is on screen until the admin says it is stored.
    const secretShown = !!registration?.shadowRoot?.querySelector('[part="secret"]');
    const ask = secretShown ? 'leave-secret' : this.#typed ? 'discard' : undefined;
    if (!ask) return true;
    if (this.asking) return false;
    this.asking = ask;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector<AuthsecUiConfirmDialog>(`authsec-ui-confirm-dialog.${ask}`);
    try {
      return !dialog || (await dialog.open());
    } finally {
      this.asking = undefined;
    }
  }

  /** Closes the drawer, tells the host (its URL leaves `#/register`), and puts focus back. */
  #closeRegistration(navigate: AuthsecNavigateEvent): void {
    this.register = false;
    this.dispatchEvent(navigate);
    void this.updateComplete.then(async () => {
      await this.renderRoot.querySelector<AuthsecUiDrawer>('authsec-ui-drawer')?.updateComplete;
      // Opened from the URL, the drawer had no opener to return to: Install protection is the way back in.
      const active = document.activeElement;
      if (!active || active === document.body || active === this) this.renderRoot.querySelector<HTMLElement>('.install')?.focus();
    });
  }

  async #openCreated(created: CreatedApplication): Promise<void> {
    if (await this.#leave()) this.#closeRegistration(new AuthsecNavigateEvent('install', created.id));
  }

  #onCreated(e: AuthsecApplicationCreatedEvent): void {
    // The drawer stays open: it shows the one-time secret and the SDK configuration.
    this.created = e.detail.application;
    this.#typed = false;
    const said = this.t('apps.register.created', { application: this.text(e.detail.application.name) });
    // After the reload, whose own "loaded" would otherwise take its place.
    void this.refresh().then(() => this.#announcer.say(said));
  }

  #clearFilters(): void {
    this.filter = DEFAULT_FILTER;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#query')?.focus());
  }
}

/** A Resource URI in the table: `https://` goes without saying (the start is what tells them apart); any other scheme shows. */
function resourceUri(uri: string): TemplateResult {
  return identifier(uri.replace(/^https:\/\//i, ''), uri);
}
