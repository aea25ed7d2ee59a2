import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AuthsecError } from '../../api/errors.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import { AppData } from '../../controllers/app-data.js';
import { Announcer } from '../../controllers/announcer.js';
import { registerDefaults, textDirection } from '../../i18n/catalog.js';
import { consoleEn } from '../../i18n/messages/console.en.js';
import {
  CONSOLE_TABS, destinationOf, parseTabList, resolveTab, TAB_TARGET, tabForKey, visibleTabs, type ConsoleDestination, type ConsoleTab,
} from '../../model/console-navigation.js';
import '../../ui/state.js';
import { ELEMENTS_OF } from './view-elements.js';
import { AuthsecNavigateEvent, type NavigateTarget } from '../shared/navigate-event.js';
import { statePill } from '../shared/readiness-display.js';
import { adminConsoleStyles } from './admin-console.styles.js';
import { TabFit } from './tab-fit.js';

registerDefaults(consoleEn);

/** What the console shows: the list, the list with registration open, or a workspace tab. */
type View = keyof typeof ELEMENTS_OF;

export type { ConsoleTab } from '../../model/console-navigation.js';

/** Events after which the workspace header (name, launched or not) may have changed. */
const APP_CHANGED_EVENTS = ['authsec-activated', 'authsec-application-updated', 'authsec-secret-rotated', 'authsec-policy-changed', 'authsec-mapping-saved'] as const;

const tabList = {
  fromAttribute: (value: string | null) => parseTabList(value),
  toAttribute: (value: readonly ConsoleTab[]) => value.join(' '),
};

/**
 * The whole admin experience in one element: the applications list, and for one application a
 * workspace with the tabs Overview (launch queue), Setup (registration and credentials), Tools
 * (mapper), Scopes (scope editor), Access (access policy), People (who can call what, and
 * remembered consents),
 * Connections (its AI clients) and Activity (drift events).
 *
 * Deep-linkable: `application-id` and `tab` say what is shown, and change as the admin moves.
 * Every move is an `authsec-navigate` event (the console's own tabs and breadcrumb, and the next
 * steps of the elements inside it): a host with a router calls `preventDefault()` and sets the
 * attributes from its URL; when nobody does, the console follows the event itself.
 * "Install protection" opens the registration in a drawer over the list (`register`); the drawer
 * keeps the new application's one-time secret on screen until acknowledged, then opens it on its
 * Setup tab when asked. Closing the drawer goes back to the list.
 *
 * Tabs follow the ARIA tabs pattern: one tab stop, arrow keys (mirrored right-to-left), Home and
 * End move and select. Where they do not fit on one row (a phone, a long language) they wrap into a
 * grid of equal cells: every tab stays in view, nothing scrolls sideways. Visited tabs stay
 * mounted (hidden), so staged edits survive a tab switch.
 *
 * @summary Applications list and per-application workspace (Overview, Setup, Tools, Scopes, Access, People, Connections, Activity).
 * @tag authsec-admin-console
 * @status stable
 *
 * @fires authsec-navigate - The admin moved (detail: target, applicationId). Cancelable: call `preventDefault()` to route it yourself.
 *
 * @csspart breadcrumb - The "Applications › name" trail.
 * @csspart header - The application's name and launch state.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab panel.
 * @csspart list - The applications list element.
 */
export class AuthsecAdminConsole extends AuthsecApplicationElement {
  static override get properties(): PropertyDeclarations {
    return {
      applicationId: { attribute: 'application-id', reflect: true },
      tab: { reflect: true },
      hideTabs: { attribute: 'hide-tabs', converter: tabList },
      register: { type: Boolean, reflect: true },
      visited: { state: true },
      failed: { state: true },
    };
  }

  static override styles = adminConsoleStyles;

  private visited = new Set<ConsoleTab>();
  /**
   * Views whose element's file could not be loaded (a dropped connection, a deploy that moved it),
   * with how many times in a row.
   */
  private failed = new Map<View, number>();
  /** Views whose element was asked for: once each, again on Try again. */
  readonly #asked = new Set<View>();

  /** The application whose workspace is open; none shows the applications list. */
  override applicationId?: string;

  /** The workspace tab: `overview`, `setup`, `tools`, `scopes`, `access`, `people`, `connections` or `activity`. */
  tab: string = 'overview';

  /** Tabs the host hides, e.g. `hide-tabs="scopes activity"` (spaces or commas). */
  hideTabs: ConsoleTab[] = [];

  /** Shows the list with the registration ("Install protection") open in its drawer; cleared when the drawer closes or an application opens. */
  register = false;


  /** Set while a navigation the console started should move focus once rendered. */
  #focusAfter?: 'tab' | 'heading';

  readonly #announcer = new Announcer(this);
  /** The open application's row, for its name and launch state. */
  readonly #app = new AppData<ResourceServer>(this, {
    load: (client, id, signal) => client.call(getResourceServer, { params: { id }, signal }),
    appOf: (app) => app.id,
  });

  constructor() {
    super();
    // One row of tabs while they fit, a grid of equal cells when they do not (registers itself).
    new TabFit(this);
    this.addEventListener(AuthsecNavigateEvent.eventName, (event) => {
      // The host's listeners run after ours (they sit further out): decide once the dispatch is over.
      queueMicrotask(() => {
        if (!event.defaultPrevented) this.#follow(event.detail.target, event.detail.applicationId, event.composedPath()[0] !== this);
      });
    });
    const reload = () => {
      if (this.applicationId) void this.#app.run();
    };
    for (const name of APP_CHANGED_EVENTS) this.addEventListener(name, reload);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // The elements of what is about to show, loaded (once) as it is first needed.
    const view = this.register && !this.readonly ? 'register' : this.applicationId ? this.#currentTab() : 'list';
    if (view) this.#load(view);
    if (changed.has('applicationId')) {
      // Another application: the tabs of the previous one are not kept.
      this.visited = new Set();
      if (this.applicationId) this.register = false;
    }
    const tab = this.#currentTab();
    if (this.applicationId && tab && !this.visited.has(tab)) this.visited = new Set(this.visited).add(tab);
  }

  override updated(): void {
    const focus = this.#focusAfter;
    if (!focus) return;
    this.#focusAfter = undefined;
    const target = focus === 'tab' ? this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') : this.renderRoot.querySelector<HTMLElement>('#workspace-h, #list-h');
    (target ?? this.renderRoot.querySelector<HTMLElement>('#workspace-h'))?.focus();
  }

  /** Moves as an `authsec-navigate` request would (fires it, so a host router can take over). */
  navigate(target: NavigateTarget, applicationId = this.applicationId ?? ''): void {
    this.dispatchEvent(new AuthsecNavigateEvent(target, applicationId));
  }

  override render() {
    const view = this.register && !this.readonly ? 'register' : this.applicationId ? 'application' : 'list';
    return html`<section class="console" aria-label=${this.t('console.label')}>
      ${this.#announcer.render()}
      ${view !== 'application' && this.failed.has(view)
        ? this.#viewFailure(view)
        : view === 'list' || view === 'register'
        ? html`<authsec-applications-list part="list" exportparts="table, toolbar, install, register" .readonly=${this.readonly} .locale=${this.locale}
            .register=${view === 'register'}></authsec-applications-list>`
        : this.#workspace()}
    </section>`;
  }

  #workspace(): TemplateResult {
    const app = this.#app.value?.id === this.applicationId ? this.#app.value : undefined;
    const name = app ? this.text(app.name) : '';
    const tab = this.#currentTab();
    // Only a failure of this load: while the next application loads, the previous one's error is stale.
    const error = this.#app.task.status === TaskStatus.ERROR && this.#app.task.error;
    return html`<nav part="breadcrumb" class="crumbs" aria-label=${this.t('console.breadcrumb')}>
        <ol>
          <li><button type="button" class="link back" @click=${() => this.navigate('applications', '')}>${this.t('console.applications')}</button></li>
          <li><span aria-current="page" dir="auto">${name || this.t('console.loadingApp')}</span></li>
        </ol>
      </nav>
      <header part="header" class="top">
        <h2 id="workspace-h" class="heading" tabindex="-1" dir="auto">${name || this.t('console.loadingApp')}</h2>
        ${app ? statePill(this, app) : nothing}
      </header>
      ${this.readonly ? html`<p class="notice readonly-note">${this.t('console.readonly')}</p>` : nothing}
      ${error ? this.#error(error) : nothing}
      ${!error ? this.#tabs(app, tab) : nothing}
      ${!error && !tab ? html`<p class="muted">${this.t('console.noTabs')}</p>` : nothing}
      ${this.#panels(!error ? tab : undefined)}`;
  }

  #error(error: unknown): TemplateResult {
    const code = error instanceof AuthsecError ? error.code : 'unknown';
    if (code === 'not_found') {
      return html`<authsec-ui-state kind="empty" no-retry .heading=${this.t('console.notFound.heading')} .message=${this.t('console.notFound.message')} .locale=${this.effectiveLocale}></authsec-ui-state>`;
    }
    return html`<authsec-ui-state kind=${code === 'forbidden' ? 'forbidden' : 'error'} .message=${this.generic(error)} .locale=${this.effectiveLocale}
      @authsec-ui-retry=${() => void this.#app.run()}></authsec-ui-state>`;
  }

  #tabs(app: ResourceServer | undefined, current: ConsoleTab | undefined): TemplateResult {
    const visible = visibleTabs(this.hideTabs);
    if (!visible.length) return html``;
    return html`<div part="tabs" role="tablist" aria-label=${app ? this.t('console.tabs', { application: this.text(app.name) }) : this.t('console.tabsNoName')}
      @keydown=${(e: KeyboardEvent) => this.#onTabKey(e, visible)}>
      ${visible.map((t) => {
        const selected = t === current;
        return html`<button type="button" part="tab" role="tab" id="tab-${t}" data-tab=${t} aria-selected=${selected ? 'true' : 'false'}
          aria-controls="panel-${t}" tabindex=${selected ? 0 : -1} @click=${() => this.#select(t, false)}>${this.t(`console.tab.${t}`)}</button>`;
      })}
    </div>`;
  }

  #panels(current: ConsoleTab | undefined): TemplateResult {
    const id = this.applicationId;
    const shown = (t: ConsoleTab) => !!current && (t === current || this.visited.has(t)) && !this.hideTabs.includes(t);
    const panel = (t: ConsoleTab, content: () => TemplateResult) =>
      shown(t)
        ? html`<div part="panel" class="panel" id="panel-${t}" role="tabpanel" aria-labelledby="tab-${t}" tabindex="0" ?hidden=${t !== current}>${this.failed.has(t) ? this.#viewFailure(t) : content()}</div>`
        : nothing;
    // The header above names the application and shows its state: the Overview and Activity do not repeat them.
    return html`${panel('overview', () => html`<authsec-launch-queue in-workspace application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-launch-queue>`)}
      ${panel('setup', () => html`<authsec-app-registration in-workspace application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-app-registration>`)}
      ${panel('tools', () => html`<authsec-tool-scope-mapper application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-tool-scope-mapper>`)}
      ${panel('scopes', () => html`<authsec-scope-editor application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-scope-editor>`)}
      ${panel('access', () => html`<authsec-access-policy application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-access-policy>`)}
      ${panel('people', () => html`<authsec-access-explorer application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-access-explorer>
        <authsec-consent-grants class="grants" application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-consent-grants>`)}
      ${panel('connections', () => html`<authsec-connections application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-connections>`)}
      ${panel('activity', () => html`<authsec-launch-queue view="activity" in-workspace application-id=${ifDefined(id)} .readonly=${this.readonly} .locale=${this.locale}></authsec-launch-queue>`)}`;
  }

  /**
   * Imports a view's element the first time the view shows. A failure is shown in its place with
   * Try again (its error state is an alert, so it is not announced twice); once loaded after a
   * failure, focus goes to the view's heading, as the Try again button is gone.
   */
  #load(view: View): void {
    if (this.#asked.has(view)) return;
    this.#asked.add(view);
    ELEMENTS_OF[view]().then(
      () => {
        if (!this.failed.has(view)) return;
        this.failed = new Map([...this.failed].filter(([v]) => v !== view));
        this.#focusAfter = 'heading';
      },
      () => (this.failed = new Map(this.failed).set(view, (this.failed.get(view) ?? 0) + 1)),
    );
  }

  #viewFailure(view: View): TemplateResult {
    const retry = () => {
      this.#asked.delete(view);
      this.#load(view);
    };
    // A browser that keeps a failed module load fails again at once: then only a reload helps.
    const again = (this.failed.get(view) ?? 0) > 1;
    return html`<authsec-ui-state kind="error" class="view-failed" .message=${this.t(again ? 'console.viewFailedAgain' : 'console.viewFailed')}
      .locale=${this.effectiveLocale} @authsec-ui-retry=${retry}></authsec-ui-state>`;
  }

  #currentTab(): ConsoleTab | undefined {
    return resolveTab(this.tab, this.hideTabs);
  }

  #onTabKey(e: KeyboardEvent, visible: readonly ConsoleTab[]): void {
    const current = (e.target as HTMLElement).dataset.tab as ConsoleTab | undefined;
    if (!current) return;
    const rtl = getComputedStyle(this).direction === 'rtl' || textDirection(this.effectiveLocale) === 'rtl';
    const next = tabForKey(e.key, current, visible, rtl);
    if (!next) return;
    e.preventDefault();
    this.#select(next, true);
  }

  #select(tab: ConsoleTab, fromKeyboard: boolean): void {
    if (fromKeyboard) this.#focusAfter = 'tab';
    this.navigate(TAB_TARGET[tab]);
  }

  #follow(target: NavigateTarget, applicationId: string, fromChild: boolean): void {
    const to: ConsoleDestination | undefined = destinationOf(target, applicationId, { readonly: this.readonly });
    if (!to) return;
    if (to.view === 'list') {
      this.register = false;
      this.applicationId = undefined;
      this.#announcer.say(this.t('console.openedList'));
      this.#focusAfter = 'heading';
      return;
    }
    if (to.view === 'register') {
      this.register = true;
      this.applicationId = undefined;
      this.tab = 'setup';
      this.#announcer.say(this.t('console.openedRegister'));
      this.#focusAfter = 'heading';
      return;
    }
    const changedApp = applicationId !== this.applicationId;
    this.register = false;
    this.applicationId = applicationId;
    this.tab = resolveTab(to.tab, this.hideTabs) ?? to.tab;
    const name = !changedApp && this.#app.value?.id === applicationId ? this.text(this.#app.value.name) : '';
    this.#announcer.say(name ? this.t('console.opened', { application: name, tab: this.t(`console.tab.${this.tab as ConsoleTab}`) }) : '');
    // A child's "go to Tools" moves focus to the tab it opened; opening an application to its heading.
    if (changedApp) this.#focusAfter = 'heading';
    else if (fromChild) this.#focusAfter = 'tab';
  }
}

export { CONSOLE_TABS };
