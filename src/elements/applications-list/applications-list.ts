import { TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { AuthsecAdminElement } from '../../context/admin-element.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { SiblingChanges } from '../../controllers/sibling-changes.js';
import { registerDefaults, type MessageKey } from '../../i18n/catalog.js';
import { appsEn } from '../../i18n/messages/apps.en.js';
import { readinessEn } from '../../i18n/messages/readiness.en.js';
import {
  DEFAULT_FILTER, DEFAULT_SORT, nextSort, SHOW_FILTERS, visibleRows, type ApplicationRow, type ListFilter, type ListSort,
  type ShowFilter, type SortKey,
} from '../../model/applications-list.js';
import { roleShortName } from '../../model/launch-blockers.js';
import { NEXT_ACTION_TARGET } from '../../model/readiness.js';
import '../../ui/button.js';
import '../../ui/status-pill.js';
import { AREA_TONE, RISK_TONE } from '../shared/readiness-display.js';
import type { AuthsecApplicationCreatedEvent } from '../app-registration/events.js';
import { loadRegistration } from './registration-element.js';
import { AuthsecNavigateEvent, type NavigateTarget } from '../shared/navigate-event.js';
import { applicationsListStyles } from './applications-list.styles.js';
import { loadApplications } from './list-data.js';
import { identifier } from '../shared/identifier.js';
import { unreadItems } from '../../api/list-items.js';
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
 * registration panel itself. A row's name fires target
 * `overview`, its next action the area that action needs (`tools`, `access`…).
 *
 * @summary Applications with readiness, risk, last signal and next action; sorting, filters, registration.
 * @tag authsec-applications-list
 * @status stable
 *
 * @fires authsec-navigate - The admin opened an application, took a next action or asked to register one (detail: target, applicationId). Cancelable.
 *
 * @csspart toolbar - The filter controls.
 * @csspart table - The applications table (cards on narrow containers).
 * @csspart install - The "Install protection" button.
 * @csspart register - The registration panel opened by "Install protection".
 */
export class AuthsecApplicationsList extends AuthsecAdminElement {
  static override get properties(): PropertyDeclarations {
    return {
      externalRegistration: { type: Boolean, attribute: 'external-registration' },
      sort: { state: true },
      filter: { state: true },
      registering: { state: true },
      created: { state: true },
    };
  }

  static override styles = applicationsListStyles;

  private sort: ListSort = DEFAULT_SORT;
  private filter: ListFilter = DEFAULT_FILTER;
  private registering = false;
  private created = '';

  /**
   * The host shows the registration itself: "Install protection" only fires `authsec-navigate`
   * (the admin console sets this).
   */
  externalRegistration = false;

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

  // (The list's own registration panel is reloaded in its handler.)

  /** Reloads the applications from AuthSec. */
  async refresh(): Promise<void> {
    await this.#data.run();
  }

  /** Opens the registration panel (what "Install protection" does when the host lets it). */
  openRegistration(): void {
    if (this.readonly) return;
    // The registration element loads when first asked for: the list alone does not pay for it.
    loadRegistration().catch((error: unknown) => this.#announcer.say(this.generic(error)));
    this.registering = true;
    this.created = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#register-h')?.focus());
  }

  override render() {
    const refreshing = this.#data.task.status === TaskStatus.PENDING && !!this.#data.value;
    return html`<section aria-labelledby="h">
      ${this.#announcer.render()}
      <div class="top">
        <h2 id="h" class="heading">${this.t('apps.heading')}</h2>
        <div class="actions">
          <authsec-ui-button size="small" .loading=${refreshing} .locale=${this.effectiveLocale}
            loading-label=${this.t('apps.refreshing')} @click=${() => void this.refresh()}>${this.t('apps.refresh')}</authsec-ui-button>
          ${this.readonly ? nothing : html`<authsec-ui-button part="install" class="install" variant="primary" size="small" .locale=${this.effectiveLocale}
            @click=${() => this.#install()}>${this.t('apps.install')}</authsec-ui-button>`}
        </div>
      </div>
      <p class="muted">${this.t('apps.intro')}</p>
      ${this.registering && !this.readonly ? this.#register() : nothing}
      ${this.#data.render((rows) => this.#body(rows), 'apps.heading')}
    </section>`;
  }

  #register(): TemplateResult {
    return html`<div part="register" class="register">
      <div class="register-top">
        <h3 id="register-h" tabindex="-1">${this.t('apps.register.heading')}</h3>
        <authsec-ui-button size="small" variant="ghost" class="close" .locale=${this.effectiveLocale}
          @click=${() => this.#closeRegistration()}>${this.t('apps.register.close')}</authsec-ui-button>
      </div>
      ${this.created ? html`<p class="notice success">${this.created}</p>` : nothing}
      <authsec-app-registration .locale=${this.effectiveLocale} @authsec-application-created=${(e: AuthsecApplicationCreatedEvent) => this.#onCreated(e)}></authsec-app-registration>
    </div>`;
  }

  #body(rows: readonly ApplicationRow[]): TemplateResult {
    const unread = unreadNotice(this, unreadItems(rows));
    // Nothing readable is not an empty workspace: then the notice alone says what arrived.
    if (!rows.length && unread !== nothing) return html`${unread}`;
    if (!rows.length) {
      return html`<authsec-ui-state kind="empty" .heading=${this.t('apps.empty.heading')} .message=${this.t('apps.empty.message')} .locale=${this.effectiveLocale}>
        ${this.readonly || this.registering ? nothing : html`<authsec-ui-button slot="actions" variant="primary" class="install-empty" .locale=${this.effectiveLocale}
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
      </th>
      <td role="cell" data-label=${label('apps.col.resource')}><code dir="ltr">${identifier(this.text(app.resource_uri, 200))}</code></td>
      <td role="cell" data-label=${label('apps.col.readiness')} class="readiness">
        <span><authsec-ui-status-pill tone=${AREA_TONE[launch.state]} .label=${this.t(`readiness.launch.${launch.status}`, { count: launch.count ?? 0 })}></authsec-ui-status-pill>
        <span class="sub muted tools">${this.t(`apps.tools.${tools.status}`, { count: tools.count ?? 0 })}</span></span>
      </td>
      <td role="cell" data-label=${label('apps.col.risk')} class="risk">
        <span><authsec-ui-status-pill tone=${RISK_TONE[a.risk]} .label=${this.t(`readiness.risk.${a.risk}`)}></authsec-ui-status-pill></span>
      </td>
      <td role="cell" data-label=${label('apps.col.signal')} class="signal">
        <span>${signal.kind === 'none' ? this.t('readiness.signal.none') : this.t(`readiness.signal.${signal.kind}`, { when: this.date(signal.at) })}</span>
      </td>
      <td role="cell" data-label=${label('apps.col.next')} class="next">
        <span><authsec-ui-button size="small" variant=${a.nextAction === 'open' ? 'secondary' : 'primary'} .locale=${this.effectiveLocale}
          .label=${this.t('apps.nextLabel', { action, application: name })}
          @click=${() => this.#go(NEXT_ACTION_TARGET[a.nextAction], app.id)}>${action}</authsec-ui-button></span>
      </td>
      <td role="cell" data-label=${label('apps.col.clients')} class="num clients"><span>${this.number(app.client_count)}</span></td>
      <td role="cell" data-label=${label('apps.col.policy')} class="policy">
        <span>${app.access_policy_enabled
          ? app.access_policy_role_name
            ? this.t('apps.policy.on', { role: this.text(roleShortName(app.access_policy_role_name), 60) })
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

  #closeRegistration(): void {
    this.registering = false;
    this.created = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.install')?.focus());
  }

  #onCreated(e: AuthsecApplicationCreatedEvent): void {
    // The panel stays open: it shows the one-time secret.
    this.created = this.t('apps.register.created', { application: this.text(e.detail.application.name) });
    void this.refresh();
  }

  #clearFilters(): void {
    this.filter = DEFAULT_FILTER;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#query')?.focus());
  }
}
