/**
 * The exceptions table of the Access tab: search, source and role filters, sorting and pages over
 * every binding in memory (AuthSec returns them all at once), as a real `<table>`. It pages (50
 * rows) rather than virtualising so row and column navigation and focus order stay intact.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { RsBinding } from '../../api/bindings.js';
import type { MessageKey, MessageParams } from '../../i18n/catalog.js';
import { bindingSource, bindingUserName, pageOf, removableHere, type BindingQuery, type BindingSort, type BindingSource } from '../../model/binding-table.js';
import { AppSwitch, type AppSwitchHost } from '../../controllers/app-switch.js';
import type { Tone } from '../../ui/tone.js';
import type { AccessData } from './access-data.js';
import '../../ui/badge.js';
import '../../ui/button.js';
import '../../ui/state.js';

const PAGE_SIZE = 50;
const SORTS: readonly BindingSort[] = ['user', 'role', 'source', 'granted'];
export const SOURCE_TONE: Readonly<Record<BindingSource, Tone>> = { manual_admin: 'info', default_policy: 'neutral', other: 'neutral' };

/** What the table reads from its element. */
export interface TableView {
  t(key: MessageKey, params?: MessageParams): string;
  text(value: string | null | undefined, max?: number): string;
  date(value: string | null | undefined): string;
  roleLabel(name: string): string;
  readonly locale: string | undefined;
  readonly readonly: boolean;
  /** A removal is under way (every Remove is disabled). */
  readonly removing: boolean;
  /** Why the last removal failed ('' when it did not). */
  readonly error: string;
  remove(binding: RsBinding): void;
  announce(message: string): void;
}

export class ExceptionsTable implements ReactiveController {
  text = '';
  source: BindingSource | '' = '';
  role = '';
  sort: BindingSort = 'user';
  descending = false;
  page = 1;
  #cache?: { finder: AccessData['finder']; key: string; rows: RsBinding[] };
  readonly #switch: AppSwitch;

  readonly #host: ReactiveControllerHost & HTMLElement & AppSwitchHost;

  constructor(host: ReactiveControllerHost & HTMLElement & AppSwitchHost) {
    this.#host = host;
    host.addController(this);
    this.#switch = new AppSwitch(host);
  }

  /** Another application: filters and page start again. */
  hostUpdate(): void {
    if (this.#switch.switched()) this.#reset();
  }

  #reset(): void {
    this.text = this.role = this.source = '';
    this.page = 1;
    this.#host.requestUpdate();
  }

  #set(patch: () => void): void {
    patch();
    this.page = 1;
    this.#host.requestUpdate();
  }

  #rows(d: AccessData): RsBinding[] {
    const q: BindingQuery = { text: this.text, source: this.source || undefined, roleId: this.role || undefined, sort: this.sort, descending: this.descending };
    const key = JSON.stringify(q);
    if (this.#cache?.finder !== d.finder || this.#cache.key !== key) this.#cache = { finder: d.finder, key, rows: d.finder.find(q) };
    return this.#cache.rows;
  }

  render(v: TableView, d: AccessData): TemplateResult {
    if (!d.bindings.length) {
      return html`<authsec-ui-state kind="empty" .heading=${v.t('access.table.emptyHeading')} .message=${v.t('access.table.emptyMessage')} .locale=${v.locale}></authsec-ui-state>`;
    }
    const rows = this.#rows(d);
    const page = pageOf(rows, this.page, PAGE_SIZE);
    const caption = v.t('access.table.caption', { application: v.text(d.app.name, 80) });
    const roleIds = new Set(d.bindings.map((b) => b.role_id));
    const roles = d.roles.filter((r) => roleIds.has(r.id));
    const filtered = !!(this.text || this.source || this.role);
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;
    return html`<div class="filters" role="search" aria-label=${v.t('access.table.filters')}>
        <div class="field">
          <label for="table-search">${v.t('access.table.search')}</label>
          <input id="table-search" type="search" autocomplete="off" spellcheck="false" .value=${this.text}
            @input=${(e: Event) => this.#set(() => (this.text = value(e)))} />
        </div>
        <div class="field">
          <label for="table-source">${v.t('access.table.source')}</label>
          <select id="table-source" .value=${this.source} @change=${(e: Event) => this.#set(() => (this.source = value(e) as BindingSource | ''))}>
            <option value="" ?selected=${!this.source}>${v.t('access.table.allSources')}</option>
            ${d.finder.sources().map((s) => html`<option value=${s} ?selected=${s === this.source}>${v.t(`access.source.${s}`)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="table-role">${v.t('access.table.role')}</label>
          <select id="table-role" .value=${this.role} @change=${(e: Event) => this.#set(() => (this.role = value(e)))}>
            <option value="" ?selected=${!this.role}>${v.t('access.table.allRoles')}</option>
            ${roles.map((r) => html`<option value=${r.id} ?selected=${r.id === this.role}>${v.roleLabel(r.name)}</option>`)}
          </select>
        </div>
        <!-- Where the rows are cards the column headers (and their sort buttons) are not shown: these sort instead. -->
        <div class="field narrow-sort">
          <label for="table-sort">${v.t('access.table.sort')}</label>
          <select id="table-sort" .value=${live(this.sort)} @change=${(e: Event) => this.#set(() => this.#sortBy(value(e) as BindingSort))}>
            ${SORTS.map((s) => html`<option value=${s}>${v.t(`access.col.${s}`)}</option>`)}
          </select>
        </div>
        <div class="field narrow-sort">
          <label for="table-order">${v.t('access.table.order')}</label>
          <select id="table-order" .value=${live(this.descending ? 'descending' : 'ascending')} @change=${(e: Event) => this.#set(() => (this.descending = value(e) === 'descending'))}>
            <option value="ascending">${v.t('access.table.ascending')}</option>
            <option value="descending">${v.t('access.table.descending')}</option>
          </select>
        </div>
      </div>
      <p class="muted" role="status" id="table-count">
        ${page.total
          ? v.t('access.table.showing', { from: page.from, to: page.to, count: page.total, all: d.bindings.length })
          : v.t('access.table.noMatches', { all: d.bindings.length })}
      </p>
      ${v.error ? html`<p class="error" role="alert">${v.error}</p>` : nothing}
      ${page.total
        ? html`<div class="table-wrap">
            <!-- Explicit roles: where the rows become cards (stackedTableStyles) it stays a table to assistive technology. -->
            <table part="table" class="stack" role="table" aria-describedby="table-count">
              <caption class="sr-only">${caption}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  ${SORTS.map((s) => this.#sortHeader(v, s))}
                  <th scope="col" role="columnheader"><span class="sr-only">${v.t('access.table.actions')}</span></th>
                </tr>
              </thead>
              <tbody role="rowgroup">${page.items.map((b) => this.#row(v, d, b))}</tbody>
            </table>
          </div>
          ${page.pages > 1 ? this.#pager(v, page.page, page.pages) : nothing}
          ${rows.some((b) => !removableHere(b, d.app.id)) ? html`<p id="tenant-note" class="muted">${v.t('access.table.tenantNote')}</p>` : nothing}`
        : filtered
          ? html`<authsec-ui-button .locale=${v.locale} @click=${() => this.#clear()}>${v.t('access.table.clear')}</authsec-ui-button>`
          : nothing}`;
  }

  #clear(): void {
    this.#reset();
    // The Clear button goes away with the filters: the search box is where they start again.
    void this.#host.updateComplete.then(() => this.#host.shadowRoot?.querySelector<HTMLElement>('#table-search')?.focus());
  }

  /** A new sort column starts in its natural direction: the newest grants first, names A to Z. */
  #sortBy(key: BindingSort): void {
    this.sort = key;
    this.descending = key === 'granted';
  }

  #sortHeader(v: TableView, key: BindingSort): TemplateResult {
    const active = this.sort === key;
    const ariaSort = active ? (this.descending ? 'descending' : 'ascending') : 'none';
    const press = () => this.#set(() => {
      if (active) this.descending = !this.descending;
      else this.#sortBy(key);
    });
    return html`<th scope="col" role="columnheader" aria-sort=${ariaSort}>
      <button type="button" class="sort" @click=${press}>${v.t(`access.col.${key}`)}<span class="sort-mark" aria-hidden="true">${active ? (this.descending ? '▼' : '▲') : '↕'}</span></button>
    </th>`;
  }

  #row(v: TableView, d: AccessData, b: RsBinding): TemplateResult {
    const source = bindingSource(b);
    const name = v.text(bindingUserName(b), 80);
    const role = v.roleLabel(b.role_name);
    const email = b.user_email && b.user_email !== bindingUserName(b) ? v.text(b.user_email) : '';
    return html`<tr role="row">
      <th scope="row" role="rowheader">
        <div class="name" dir="auto">${name}</div>
        ${email ? html`<div class="muted" dir="auto">${email}</div>` : nothing}
      </th>
      <td role="cell" dir="auto" data-label=${v.t('access.col.role')}>${role}</td>
      <td role="cell"><authsec-ui-badge tone=${SOURCE_TONE[source]}>${v.t(`access.source.${source}`)}</authsec-ui-badge></td>
      <td role="cell" class="nowrap" data-label=${v.t('access.col.granted')}>${v.date(b.created_at)}</td>
      <td role="cell" class="row-actions">
        ${v.readonly
          ? nothing
          : removableHere(b, d.app.id)
            ? html`<authsec-ui-button size="small" variant="ghost" .label=${v.t('access.remove.label', { user: name, role })} .locale=${v.locale}
                ?disabled=${v.removing} @click=${() => v.remove(b)}>${v.t('access.remove.short')}</authsec-ui-button>`
            : html`<span class="muted">${v.t('access.table.notHere')}</span>`}
      </td>
    </tr>`;
  }

  #pager(v: TableView, current: number, pages: number): TemplateResult {
    const go = (p: number) => {
      this.page = p;
      this.#host.requestUpdate();
      v.announce(v.t('access.table.pageAnnounce', { page: p, pages }));
    };
    return html`<nav class="pager" aria-label=${v.t('access.table.pages')}>
      <authsec-ui-button size="small" .locale=${v.locale} ?disabled=${current <= 1} @click=${() => go(current - 1)}>${v.t('access.table.prev')}</authsec-ui-button>
      <span>${v.t('access.table.page', { page: current, pages })}</span>
      <authsec-ui-button size="small" .locale=${v.locale} ?disabled=${current >= pages} @click=${() => go(current + 1)}>${v.t('access.table.next')}</authsec-ui-button>
    </nav>`;
  }
}
