import { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { listEligibleUsers } from '../../api/bindings.js';
import type { AuthsecClient } from '../../api/client.js';
import { dismissDriftEvent, listDriftEvents, type DriftEvent } from '../../api/drift-events.js';
import { AuthsecError } from '../../api/errors.js';
import { getApplicationSummary, type ResourceServerSummary } from '../../api/resource-servers.js';
import { getScopeMatrix } from '../../api/scope-matrix.js';
import { getManifestStatus, type ManifestStatus } from '../../api/sdk.js';
import { activate, getActivationPreview, getSetup, type ActivationPreview, type SetupChecklist } from '../../api/setup.js';
import { validate, type ValidationCheck, type ValidationResult } from '../../api/validation.js';
import { AuthsecElement } from '../../context/authsec-element.js';
import { errorMessageKey, formatDate, registerDefaults, type MessageKey } from '../../i18n/catalog.js';
import { launchEn } from '../../i18n/messages/launch.en.js';
import {
  activationBlockers, BLOCKER_STEP, BLOCKER_TARGET, CHECK_TARGET, DRIFT_TARGET, driftFacts, manifestHealth, roleShortName,
  setupQueue, verifyCalls, type ActivationBlocker, type SetupQueueItem,
} from '../../model/launch-blockers.js';
import {
  assessApplication, isLaunched, NEXT_ACTION_TARGET, READINESS_AREAS, type ApplicationAssessment, type AreaState,
  type NavigateTarget,
} from '../../model/readiness.js';
import { clampText, revealHidden } from '../../model/text-safety.js';
import '../../ui/badge.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import '../../ui/copy-field.js';
import '../../ui/state.js';
import '../../ui/status-pill.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import type { Tone } from '../../ui/tone.js';
import { AuthsecActivatedEvent, AuthsecDriftDismissedEvent, AuthsecNavigateEvent } from './events.js';
import { launchQueueStyles } from './launch-queue.styles.js';
import { refocus } from '../../ui/refocus.js';

registerDefaults(launchEn);

interface LaunchData {
  app: ResourceServerSummary;
  setup: SetupChecklist;
  preview: ActivationPreview;
  /** Undefined when it could not be loaded (the rest still shows). */
  manifest: ManifestStatus | undefined;
  /** Undismissed drift events; empty before launch. */
  drift: DriftEvent[];
  driftFailed: boolean;
  /** User id → name or email, to say who did what. */
  people: Map<string, string>;
  /** Tool and scope id → name, for drift payloads that only carry ids. */
  toolNames: Map<string, string>;
  scopeNames: Map<string, string>;
}

/**
 * What sibling AuthSec elements announce after changing something the queue shows (scopes, tool
 * mappings, the access policy, the secret). Names only, so this module loads none of them.
 */
const SETUP_CHANGED_EVENTS = [
  'authsec-scopes-changed', 'authsec-mapping-saved', 'authsec-policy-changed', 'authsec-secret-rotated', 'authsec-application-updated',
] as const;
const REFRESH_DEBOUNCE_MS = 150;

const AREA_TONE: Readonly<Record<AreaState, Tone>> = { ok: 'success', warn: 'warning', err: 'danger', none: 'neutral' };
const RISK_TONE = { high: 'danger', needs_review: 'warning', low: 'success' } as const satisfies Record<string, Tone>;
const NAMES_SHOWN = 20;

/**
 * The Overview's action queue: what is left before an Application launches (setup steps, the SDK
 * manifest, the protection check, the activation preview and Activate) and, once it is live,
 * its readiness, risk, last signal, next action and the drift events to review.
 *
 * @summary Setup blockers, protection check, activation and drift of one application.
 * @tag authsec-launch-queue
 * @status stable
 *
 * @fires authsec-navigate - The admin asked to go to another part of the application (detail: target, applicationId). Cancelable; the host's router decides.
 * @fires authsec-activated - The application was activated and its policy is live (detail: applicationId).
 * @fires authsec-drift-dismissed - The admin dismissed a drift event for themselves (detail: applicationId, eventId, eventType).
 *
 * The queue reloads by itself when a sibling AuthSec element on the page reports a change
 * (`authsec-scopes-changed`, `authsec-mapping-saved`, `authsec-policy-changed`,
 * `authsec-secret-rotated`, `authsec-application-updated`); hosts can call `refresh()` after other changes.
 *
 * @csspart summary - Readiness, risk, last signal and next action.
 * @csspart queue - The ordered list of setup steps.
 * @csspart protection - SDK manifest status and the protection check.
 * @csspart preview - The activation preview with the Activate button.
 * @csspart activate - The Activate button.
 * @csspart verify - The "Verify it works" checklist.
 * @csspart drift - The drift events since launch.
 */
export class AuthsecLaunchQueue extends AuthsecElement {
  static override styles = launchQueueStyles;

  @query('authsec-ui-confirm-dialog') private dialog?: AuthsecUiConfirmDialog;
  @state() private announcement = '';
  @state() private failure = '';
  @state() private checking = false;
  @state() private checkFailure = '';
  @state() private validation?: ValidationResult;
  @state() private activating = false;
  @state() private refused?: ActivationBlocker[];
  @state() private dismissing = new Set<string>();

  /** The application (AuthSec resource server id) to show. */
  @property({ attribute: 'application-id' }) applicationId?: string;

  /** `overview` (the whole queue) or `activity` (only the drift events since launch). */
  @property({ reflect: true }) view: 'overview' | 'activity' = 'overview';

  /** Auditors: no Activate, no protection check, no Dismiss; everything else is shown. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  #shownFor?: string;
  #previous?: { launched: boolean; open: number; drift: number };

  private readonly data = new Task(this, {
    args: () => [this.client, this.applicationId] as const,
    task: async ([client, id], { signal }) => (client && id ? loadLaunch(client, id, signal) : undefined),
    onComplete: (value) => this.#loaded(value),
  });

  #refreshTimer?: ReturnType<typeof setTimeout>;
  readonly #onSiblingChange = (event: Event): void => {
    if (event.composedPath().includes(this)) return;
    // A preset creates scopes one by one: one reload for the burst.
    clearTimeout(this.#refreshTimer);
    this.#refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DEBOUNCE_MS);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of SETUP_CHANGED_EVENTS) document.addEventListener(name, this.#onSiblingChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const name of SETUP_CHANGED_EVENTS) document.removeEventListener(name, this.#onSiblingChange);
    clearTimeout(this.#refreshTimer);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('applicationId') && this.#shownFor !== this.applicationId) {
      // Nothing from another application may linger.
      this.#shownFor = this.applicationId;
      this.#previous = undefined;
      this.validation = undefined;
      this.refused = undefined;
      this.failure = '';
      this.checkFailure = '';
    }
  }

  /** Reloads everything from AuthSec (e.g. after the host saved something on another tab). */
  async refresh(): Promise<void> {
    await this.data.run();
  }

  override render() {
    return html`<section aria-labelledby="h">
      <p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>
      ${this.applicationId
        ? this.data.render({
            // While reloading, keep showing this application; never the previous one (its actions would act on it).
            pending: () => (this.data.value?.app.id === this.applicationId ? this.#body(this.data.value!, true) : this.#loading()),
            complete: (value) => (value ? this.#body(value, false) : this.#loading()),
            error: (error) => this.#error(error),
          })
        : html`<h2 id="h" class="heading">${this.t('launch.heading')}</h2>
            <authsec-ui-state kind="empty" .heading=${this.t('launch.missingApp')} .locale=${this.locale}></authsec-ui-state>`}
    </section>`;
  }

  #loading(): TemplateResult {
    return html`<h2 id="h" class="heading">${this.t('launch.heading')}</h2>
      <authsec-ui-state kind="loading" .locale=${this.locale}></authsec-ui-state>`;
  }

  #error(error: unknown): TemplateResult {
    const forbidden = error instanceof AuthsecError && error.code === 'forbidden';
    return html`<h2 id="h" class="heading">${this.t('launch.heading')}</h2>
      <authsec-ui-state
        kind=${forbidden ? 'forbidden' : 'error'}
        .message=${this.t(errorMessageKey(error instanceof AuthsecError ? error.code : 'unknown'))}
        .locale=${this.locale}
        @authsec-ui-retry=${() => void this.data.run()}
      ></authsec-ui-state>`;
  }

  #body(d: LaunchData, refreshing: boolean): TemplateResult {
    const launched = isLaunched(d.app);
    const assessment = assessApplication({
      app: d.app, preview: d.preview, setup: d.setup, manifest: d.manifest, validation: this.validation, drift: d.drift,
    });
    const partial = [d.manifest ? '' : this.t('launch.part.manifest'), d.driftFailed ? this.t('launch.part.drift') : ''].filter(Boolean);
    const header = html`
      <header class="top">
        <div class="title">
          <h2 id="h" class="heading" dir="auto">${safe(d.app.name, 120)}</h2>
          ${this.#statePill(d.app)}
        </div>
        <authsec-ui-button size="small" .loading=${refreshing} .locale=${this.locale} loading-label=${this.t('launch.refreshing')}
          @click=${() => void this.refresh()}>${this.t('launch.refresh')}</authsec-ui-button>
      </header>`;
    if (this.view === 'activity') {
      return html`${header}
        ${this.failure ? html`<p class="notice danger" role="alert">${this.failure}</p>` : nothing}
        ${d.driftFailed ? html`<p class="notice warning" role="alert">${this.t('launch.loadPartial', { what: this.t('launch.part.drift') })}</p>` : nothing}
        ${launched ? this.#drift(d) : nothing}`;
    }
    return html`${header}
      <p class="muted">${this.t('launch.intro', { application: safe(d.app.name, 120) })}</p>
      ${launched && d.app.setup_completed_at
        ? html`<p>${this.t('launch.launchedOn', { when: this.#date(d.app.setup_completed_at), who: this.#who(d, d.app.setup_completed_by) })}</p>`
        : nothing}
      ${this.failure ? html`<p class="notice danger" role="alert">${this.failure}</p>` : nothing}
      ${partial.length
        ? html`<p class="notice warning" role="alert">${this.t('launch.loadPartial', { what: partial.join(', ') })}</p>`
        : nothing}
      ${this.#summary(d, assessment)}
      ${launched ? this.#drift(d) : html`${this.#queue(d)} ${this.#preview(d)}`}
      ${this.#protection(d)} ${this.#verify(d, launched)}
    `;
  }

  #statePill(app: ResourceServerSummary): TemplateResult {
    const [tone, key]: [Tone, MessageKey] = isLaunched(app)
      ? ['success', 'launch.state.launched']
      : app.state === 'scan_failed'
        ? ['danger', 'launch.state.scanFailed']
        : app.state === 'pending_scan'
          ? ['neutral', 'launch.state.waitingForScan']
          : ['warning', 'launch.state.notLaunched'];
    return html`<authsec-ui-status-pill class="state" tone=${tone} .label=${this.t(key)}></authsec-ui-status-pill>`;
  }

  // ── Readiness summary ──────────────────────────────────────────────────

  #summary(d: LaunchData, a: ApplicationAssessment): TemplateResult {
    const r = a.readiness;
    const signal = a.lastSignal;
    const target = NEXT_ACTION_TARGET[a.nextAction];
    return html`<section part="summary" class="card" aria-labelledby="summary-h">
      <h3 id="summary-h">${this.t('launch.summary.heading')}</h3>
      <dl class="facts">
        <div>
          <dt>${this.t('launch.summary.risk')}</dt>
          <dd><authsec-ui-status-pill class="risk" tone=${RISK_TONE[a.risk]} .label=${this.t(`launch.risk.${a.risk}`)}></authsec-ui-status-pill></dd>
        </div>
        <div>
          <dt>${this.t('launch.summary.lastSignal')}</dt>
          <dd class="signal">${signal.kind === 'none' ? this.t('launch.signal.none') : this.t(`launch.signal.${signal.kind}`, { when: this.#date(signal.at) })}</dd>
        </div>
        <div>
          <dt>${this.t('launch.summary.nextAction')}</dt>
          <dd>
            <authsec-ui-button class="next" size="small" variant="primary" .locale=${this.locale}
              @click=${() => this.#navigate(d, target)}>${this.t(`launch.next.${a.nextAction}`)}</authsec-ui-button>
          </dd>
        </div>
      </dl>
      <h4>${this.t('launch.summary.readiness')}</h4>
      <ul class="areas">
        ${READINESS_AREAS.map((key) => {
          const area = r[key];
          const label = this.t(`launch.area.${key}.${area.status}` as MessageKey, { count: area.count ?? 0 });
          return html`<li class="area" data-area=${key}>
            <span class="area-name">${this.t(`launch.area.${key}`)}</span>
            <authsec-ui-status-pill tone=${AREA_TONE[area.state]} .label=${label}></authsec-ui-status-pill>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  // ── Setup queue ────────────────────────────────────────────────────────

  #queue(d: LaunchData): TemplateResult {
    const items = setupQueue(d.setup);
    const done = items.filter((i) => i.complete).length;
    const next = items.find((i) => !i.complete);
    const blockedSteps = new Set((this.refused ?? []).flatMap((b) => (b.code === 'unknown' ? [] : [BLOCKER_STEP[b.code]])));
    return html`<section part="queue" class="card" aria-labelledby="queue-h">
      <h3 id="queue-h">${this.t('launch.queue.heading')}</h3>
      <p class="muted" id="queue-progress">${d.setup.can_activate ? this.t('launch.queue.allDone') : this.t('launch.queue.progress', { done, total: items.length })}</p>
      <ol class="queue" aria-describedby="queue-progress">
        ${items.map((item) => {
          const blocked = !item.complete && blockedSteps.has(item.step);
          const isNext = item === next;
          const [tone, status]: [Tone, MessageKey] = item.complete
            ? ['success', 'launch.queue.done']
            : blocked
              ? ['danger', 'launch.queue.blocked']
              : isNext
                ? ['info', 'launch.queue.next']
                : ['warning', 'launch.queue.todo'];
          const name = this.#stepName(item);
          return html`<li class="step ${item.complete ? 'done' : 'todo'}" data-step=${item.code} aria-current=${isNext ? 'step' : 'false'}>
            <span class="mark" aria-hidden="true">${item.complete ? '✓' : item.step}</span>
            <div class="step-body">
              <div class="step-title"><strong>${name}</strong>
                <authsec-ui-status-pill tone=${tone} .label=${this.t(status)}></authsec-ui-status-pill></div>
              <p class="detail">${this.#stepDetail(item, d)}</p>
            </div>
            ${this.#goButton(d, item.target, name, isNext)}
          </li>`;
        })}
      </ol>
    </section>`;
  }

  /** "Open Tools": static `variant` attributes, so a button never animates between looks (axe reads mid-transition colours). */
  #goButton(d: LaunchData, target: NavigateTarget, what: string, primary: boolean): TemplateResult {
    const label = this.t('launch.step.goLabel', { step: what, target: this.t(`launch.target.${target}`) });
    const words = `${this.t('launch.step.go')} ${this.t(`launch.target.${target}`)}`;
    const go = () => this.#navigate(d, target);
    return primary
      ? html`<authsec-ui-button class="go" size="small" variant="primary" .locale=${this.locale} .label=${label} @click=${go}>${words}</authsec-ui-button>`
      : html`<authsec-ui-button class="go" size="small" variant="ghost" .locale=${this.locale} .label=${label} @click=${go}>${words}</authsec-ui-button>`;
  }

  #stepName(item: SetupQueueItem): string {
    return item.code === 'unknown' ? this.t('launch.step.unknown', { step: item.step, name: safe(item.name, 80) }) : this.t(`launch.step.${item.code}`);
  }

  #stepDetail(item: SetupQueueItem, d: LaunchData): string {
    if (item.detail !== undefined) return this.t('launch.step.detail.server', { detail: safe(item.detail, 200) });
    const n = item.count;
    switch (item.code) {
      case 'register':
        return this.t('launch.step.register.detail');
      case 'tool_inventory':
        return n ? this.t('launch.step.tool_inventory.detail', { count: n }) : this.t('launch.step.tool_inventory.none');
      case 'define_scopes':
        return n ? this.t('launch.step.define_scopes.detail', { count: n }) : this.t('launch.step.define_scopes.none');
      case 'map_tools':
        if (n) return this.t('launch.step.map_tools.pending', { count: n });
        return d.preview.tools.total > 0 || item.complete ? this.t('launch.step.map_tools.detail') : this.t('launch.step.map_tools.noTools');
      case 'default_role':
        return n ? this.t('launch.step.default_role.detail', { count: n }) : this.t('launch.step.default_role.empty');
      case 'activate':
        return item.complete
          ? this.t('launch.step.activate.done')
          : this.t(d.setup.can_activate ? 'launch.step.activate.ready' : 'launch.step.activate.waiting');
      default:
        return '';
    }
  }

  // ── Install protection: manifest + protection check ────────────────────

  #protection(d: LaunchData): TemplateResult {
    return html`<section part="protection" class="card" aria-labelledby="protection-h">
      <h3 id="protection-h">${this.t('launch.protection.heading')}</h3>
      ${d.manifest ? this.#manifest(d.manifest) : nothing}
      <h4>${this.t('launch.check.heading')}</h4>
      <p class="muted">${this.t('launch.check.intro')}</p>
      ${this.#lastCheck(d)}
      ${this.readonly ? nothing : html`<p>
        <authsec-ui-button class="run-check" .loading=${this.checking} loading-label=${this.t('launch.check.running')} .locale=${this.locale}
          @click=${() => void this.#runCheck(d)}>${this.validation ? this.t('launch.check.rerun') : this.t('launch.check.run')}</authsec-ui-button>
      </p>`}
      ${this.checkFailure ? html`<p class="notice danger" role="alert">${this.checkFailure}</p>` : nothing}
      ${this.validation ? this.#checks(d, this.validation.checks) : nothing}
    </section>`;
  }

  #manifest(m: ManifestStatus): TemplateResult {
    const health = manifestHealth(m);
    const last = m.last_attempt;
    const success = m.last_success;
    const build = last?.sdk_build_id ? safe(last.sdk_build_id, 80) : '';
    const version = last?.manifest_version ? safe(last.manifest_version, 80) : '';
    const tone: Tone = health === 'ok' ? 'success' : health === 'never_seen' ? 'neutral' : 'danger';
    return html`<div class="manifest" data-health=${health}>
      <h4>${this.t('launch.manifest.heading')}</h4>
      <p class="health"><authsec-ui-status-pill tone=${tone} .label=${this.t(`launch.manifest.short.${health}`)}></authsec-ui-status-pill>
        ${this.t(`launch.manifest.${health}`)}</p>
      ${last
        ? html`<p class="attempt">${this.t('launch.manifest.lastAttempt', { when: this.#date(last.attempted_at), status: this.t(`launch.manifest.status.${last.status}`) })}</p>
            ${last.reason && last.status !== 'success' ? html`<p class="muted reason" dir="auto">${this.t('launch.manifest.reason', { reason: safe(last.reason, 300) })}</p>` : nothing}
            ${build ? html`<p class="muted">${version ? this.t('launch.manifest.build', { build, version }) : this.t('launch.manifest.buildOnly', { build })}</p>` : nothing}`
        : nothing}
      ${success && success.id !== last?.id
        ? html`<p class="muted">${success.tool_count !== undefined
            ? this.t('launch.manifest.lastSuccess', { when: this.#date(success.attempted_at), count: success.tool_count })
            : this.t('launch.manifest.lastSuccess.noCount', { when: this.#date(success.attempted_at) })}</p>`
        : nothing}
    </div>`;
  }

  #lastCheck(d: LaunchData): TemplateResult | typeof nothing {
    if (this.validation) return nothing;
    const { last_validated_at: at, last_validation_status: status, last_validation_error: error } = d.app;
    if (!at || !status) return html`<p class="last-check">${this.t('launch.check.never')}</p>`;
    const when = this.#date(at);
    if (status === 'passed') return html`<p class="last-check">${this.t('launch.check.last.passed', { when })}</p>`;
    return html`<p class="last-check">${error ? this.t('launch.check.last.failing', { when, error: safe(error, 300) }) : this.t('launch.check.last.failingNoDetail', { when })}</p>`;
  }

  #checks(d: LaunchData, checks: readonly ValidationCheck[]): TemplateResult {
    return html`<ul class="checks" aria-label=${this.t('launch.check.list')}>
      ${checks.map((c) => {
        const passing = c.status === 'passing';
        const observed = observedEntries(c.observed);
        return html`<li class="check ${passing ? 'passing' : 'failing'}" data-check=${c.key}>
          <div class="check-title">
            <authsec-ui-status-pill tone=${passing ? 'success' : 'danger'} .label=${this.t(passing ? 'launch.check.passing' : 'launch.check.failingShort')}></authsec-ui-status-pill>
            <strong>${this.t(`launch.check.${c.key}`)}</strong>
          </div>
          ${c.message ? html`<p class="check-message" dir="auto">${safe(c.message, 400)}</p>` : nothing}
          ${passing ? nothing : html`<p class="fix">${this.t(`launch.check.${c.key}.fix`)}</p>`}
          ${observed.length
            ? html`<details class="observed"><summary>${this.t('launch.check.observed')}</summary>
                <dl>${observed.map(([k, v]) => html`<div><dt>${k}</dt><dd><code>${v}</code></dd></div>`)}</dl></details>`
            : nothing}
          ${passing
            ? nothing
            : this.#goButton(d, CHECK_TARGET[c.key], this.t(`launch.check.${c.key}`), false)}
        </li>`;
      })}
    </ul>`;
  }

  async #runCheck(d: LaunchData): Promise<void> {
    const client = this.client;
    if (!client || this.checking || this.readonly) return;
    this.checking = true;
    this.checkFailure = '';
    this.announcement = this.t('launch.check.running');
    try {
      const result = await client.call(validate, { params: { id: d.app.id } });
      // The admin moved to another application meanwhile: this result is not about what is shown.
      if (d.app.id !== this.applicationId) return;
      this.validation = result;
      const failing = result.checks.filter((c) => c.status === 'failing').length;
      this.announcement = failing
        ? this.t('launch.check.failing', { failing, count: result.checks.length })
        : this.t('launch.check.passed', { count: result.checks.length });
      // The row now carries last_validated_at / status: keep the summary in step.
      void this.data.run();
    } catch (error) {
      if (d.app.id !== this.applicationId) return;
      this.checkFailure = this.t('launch.check.failed', { reason: this.#reason(error) });
      this.announcement = this.checkFailure;
    } finally {
      this.checking = false;
    }
  }

  // ── Activation preview + Activate ──────────────────────────────────────

  #preview(d: LaunchData): TemplateResult {
    const p = d.preview;
    const can = p.can_activate && d.setup.can_activate;
    const grant = p.first_time_user_grant;
    return html`<section part="preview" class="card" id="preview" tabindex="-1" aria-labelledby="preview-h">
      <h3 id="preview-h">${this.t('launch.preview.heading')}</h3>
      <p class="muted">${this.t('launch.preview.intro')}</p>
      <h4>${this.t('launch.preview.tools')}</h4>
      <dl class="counters">
        ${(['total', 'public', 'mapped', 'unmapped'] as const).map((k) => html`<div class="counter ${k === 'unmapped' && p.tools.unmapped > 0 ? 'attention' : ''}" data-counter=${k}>
          <dt>${this.t(`launch.preview.${k}`)}</dt><dd>${p.tools[k]}</dd></div>`)}
      </dl>
      <h4>${this.t('launch.preview.scopes')}</h4>
      ${p.scopes.length
        ? html`<div class="table-wrap"><table>
            <caption class="sr-only">${this.t('launch.preview.scopesCaption', { application: safe(d.app.name, 120) })}</caption>
            <thead><tr>
              <th scope="col">${this.t('launch.preview.scope')}</th>
              <th scope="col">${this.t('launch.preview.scopeName')}</th>
              <th scope="col" class="num">${this.t('launch.preview.toolCount')}</th>
            </tr></thead>
            <tbody>${p.scopes.map((s) => html`<tr>
              <th scope="row"><code dir="ltr">${safe(s.scope_string, 120)}</code></th>
              <td dir="auto">${safe(s.display_name || s.scope_string, 80)}</td>
              <td class="num">${s.tool_count}</td></tr>`)}</tbody>
          </table></div>`
        : html`<p class="muted">${this.t('launch.preview.noScopes')}</p>`}
      <dl class="facts">
        <div><dt>${this.t('launch.preview.defaultRole')}</dt>
          <dd><code dir="ltr">${p.default_role ? safe(roleShortName(p.default_role), 80) : this.t('launch.preview.noDefaultRole')}</code></dd></div>
        <div><dt>${this.t('launch.preview.firstTime')}</dt>
          <dd class="grant">${grant.length ? this.#names(grant, true) : this.t('launch.preview.firstTimeNone')}</dd></div>
        <div><dt>${this.t('launch.preview.publicTools')}</dt>
          <dd class="public-tools">${p.public_tool_names.length ? this.#names(p.public_tool_names, true) : this.t('launch.preview.noPublicTools')}</dd></div>
      </dl>
      ${this.refused?.length ? this.#refused(d, this.refused) : nothing}
      <div class="activate-row" ?hidden=${this.readonly}>
        <authsec-ui-button part="activate" class="activate" variant="primary" size="large" ?disabled=${!can}
          .loading=${this.activating} loading-label=${this.t('launch.activate.working')} .locale=${this.locale}
          aria-describedby="activate-hint" @click=${() => void this.#activate(d)}>${this.t('launch.activate')}</authsec-ui-button>
        <p id="activate-hint" class="muted">${this.t(can ? 'launch.activate.readyHint' : 'launch.activate.disabledHint')}</p>
      </div>
      <authsec-ui-confirm-dialog .heading=${this.t('launch.activate.confirmHeading', { application: safe(d.app.name, 120) })}
        .confirmLabel=${this.t('launch.activate.confirm')} .locale=${this.locale}>
        <p>${this.t('launch.activate.confirmBody')}</p>
        <p>${this.t('launch.activate.confirmTools', {
          mapped: p.tools.mapped - p.tools.public, public: p.tools.public,
          scopes: grant.length ? grant.map((s) => safe(s, 120)).join(', ') : this.t('launch.activate.confirmNoGrant'),
        })}</p>
      </authsec-ui-confirm-dialog>
    </section>`;
  }

  #refused(d: LaunchData, blockers: readonly ActivationBlocker[]): TemplateResult {
    return html`<div class="notice danger refused" role="alert">
      <p><strong>${this.t('launch.activate.refused')}</strong></p>
      <ul class="blockers">
        ${blockers.map((b) => html`<li data-blocker=${b.code}>
          <span>${this.#blockerText(b)}</span>
          ${this.#goButton(d, BLOCKER_TARGET[b.code], this.#blockerText(b), false)}
        </li>`)}
      </ul>
    </div>`;
  }

  #blockerText(b: ActivationBlocker): string {
    if (b.code === 'unknown') return this.t('launch.blocker.unknown', { code: safe(b.raw, 120) });
    if (b.code === 'step_4_unmapped_tool_count') {
      return b.count === undefined ? this.t('launch.blocker.step_4_unmapped_tool_count.noCount') : this.t('launch.blocker.step_4_unmapped_tool_count', { count: b.count });
    }
    return this.t(`launch.blocker.${b.code}`);
  }

  async #activate(d: LaunchData): Promise<void> {
    const client = this.client;
    if (!client || this.activating || this.readonly || !d.preview.can_activate) return;
    if (!(await this.dialog!.open())) return;
    this.activating = true;
    this.failure = '';
    this.refused = undefined;
    try {
      await client.call(activate, { params: { id: d.app.id } });
      this.announcement = this.t('launch.activated', { application: safe(d.app.name, 120) });
      this.dispatchEvent(new AuthsecActivatedEvent(d.app.id));
    } catch (error) {
      // When another application is shown by now, its page must not carry this refusal.
      if (d.app.id === this.applicationId) this.#activationFailed(error);
    } finally {
      this.activating = false;
    }
    // The checklist and the preview changed either way (launched, or what blocked it).
    await this.data.run();
  }

  #activationFailed(error: unknown): void {
    if (error instanceof AuthsecError && error.code === 'conflict' && error.failed.length) {
      this.refused = activationBlockers(error.failed);
      this.announcement = this.t('launch.activate.refusedAnnounce', { count: this.refused.length });
    } else {
      this.failure = this.t('launch.activate.failed', { reason: this.#reason(error) });
    }
  }

  // ── Verify it works ────────────────────────────────────────────────────

  #verify(d: LaunchData, launched: boolean): TemplateResult {
    const calls = verifyCalls(d.app);
    return html`<section part="verify" class="card" aria-labelledby="verify-h">
      <h3 id="verify-h">${this.t('launch.verify.heading')}</h3>
      <p class="muted">${this.t('launch.verify.intro')}</p>
      ${launched ? nothing : html`<p class="notice info">${this.t('launch.verify.afterLaunch')}</p>`}
      ${calls
        ? html`<ol class="verify">
            <li><strong>${this.t('launch.verify.unauthenticated')}</strong>
              <p class="muted">${this.t('launch.verify.unauthenticatedDetail', { metadata: safe(calls.metadataUrl, 300) })}</p>
              <authsec-ui-copy-field .label=${this.t('launch.verify.command')} .value=${calls.unauthenticated} .locale=${this.locale}></authsec-ui-copy-field></li>
            <li><strong>${this.t('launch.verify.insufficient')}</strong>
              <p class="muted">${this.t('launch.verify.insufficientDetail')}</p>
              <authsec-ui-copy-field .label=${this.t('launch.verify.command')} .value=${calls.withToken} .locale=${this.locale}></authsec-ui-copy-field></li>
            <li><strong>${this.t('launch.verify.ok')}</strong>
              <p class="muted">${this.t('launch.verify.okDetail')}</p></li>
          </ol>`
        : html`<p class="muted">${this.t('launch.verify.noUri')}</p>`}
    </section>`;
  }

  // ── Drift (after launch) ───────────────────────────────────────────────

  #drift(d: LaunchData): TemplateResult {
    const events = d.drift;
    return html`<section part="drift" class="card" aria-labelledby="drift-h">
      <h3 id="drift-h">${this.t('launch.drift.heading')}</h3>
      <p class="muted">${this.t('launch.drift.intro')}</p>
      ${events.length
        ? html`<p class="drift-count">${this.t('launch.drift.count', { count: events.length })}</p>
            <ul class="drift">
              ${repeat(events, (e) => e.id, (e) => {
                const title = this.t(`launch.drift.${e.event_type}`);
                const when = this.#date(e.occurred_at);
                const target = DRIFT_TARGET[e.event_type];
                return html`<li class="drift-event" data-event=${e.id} data-type=${e.event_type}>
                  <div class="drift-title"><strong>${title}</strong>
                    <span class="muted">${e.occurred_by ? this.t('launch.drift.when', { when, who: this.#who(d, e.occurred_by) }) : this.t('launch.drift.whenNoWho', { when })}</span></div>
                  <p class="detail" dir="auto">${this.#driftDetail(d, e)}</p>
                  <div class="drift-actions">
                    <authsec-ui-button size="small" variant="ghost" .locale=${this.locale}
                      @click=${() => this.#navigate(d, target)}>${this.t('launch.drift.view', { target: this.t(`launch.target.${target}`) })}</authsec-ui-button>
                    <authsec-ui-button class="dismiss" size="small" ?hidden=${this.readonly} .loading=${this.dismissing.has(e.id)} .locale=${this.locale}
                      .label=${this.t('launch.drift.dismissLabel', { event: title, when })}
                      @click=${() => void this.#dismiss(d, e)}>${this.t('launch.drift.dismiss')}</authsec-ui-button>
                  </div>
                </li>`;
              })}
            </ul>`
        : html`<p class="drift-empty">${this.t('launch.drift.empty')}</p>`}
    </section>`;
  }

  #driftDetail(d: LaunchData, e: DriftEvent): string {
    const f = driftFacts(e);
    if (f.unreadable !== undefined) return this.t('launch.drift.unreadable', { payload: safe(f.unreadable, 200) });
    const scope = f.scope ?? (f.scopeId ? d.scopeNames.get(f.scopeId) : undefined);
    const scopeText = scope ? safe(scope, 120) : f.scopeId ? this.t('launch.drift.unknownScope', { id: safe(f.scopeId, 40) }) : undefined;
    switch (e.event_type) {
      case 'scope_deleted':
        return scope ? this.t('launch.drift.scope_deleted.detail', { scope: safe(scope, 120) }) : this.t('launch.drift.scope_deleted.detailNoScope');
      case 'tool_unmapped': {
        const name = f.toolId ? d.toolNames.get(f.toolId) : undefined;
        const tool = name ? safe(name, 120) : this.t('launch.drift.unknownTool', { id: safe(f.toolId ?? '?', 40) });
        return scopeText ? this.t('launch.drift.tool_unmapped.detail', { tool, scope: scopeText }) : this.t('launch.drift.tool_unmapped.detailNoScope', { tool });
      }
      case 'default_role_disabled':
        return f.role ? this.t('launch.drift.default_role_disabled.detail', { role: safe(roleShortName(f.role), 80) }) : this.t('launch.drift.default_role_disabled.detailNoRole');
      case 'secret_rotated':
        return f.rotatedAt ? this.t('launch.drift.secret_rotated.detail', { when: this.#date(f.rotatedAt) }) : this.t('launch.drift.secret_rotated.detailNoTime');
      case 'connection_revoked':
        return f.client ? this.t('launch.drift.connection_revoked.detail', { client: safe(f.client, 120) }) : this.t('launch.drift.connection_revoked.detailNoClient');
    }
  }

  async #dismiss(d: LaunchData, e: DriftEvent): Promise<void> {
    const client = this.client;
    if (!client || this.readonly || this.dismissing.has(e.id)) return;
    this.dismissing = new Set([...this.dismissing, e.id]);
    this.failure = '';
    const title = this.t(`launch.drift.${e.event_type}`);
    // Focus would be lost with the removed row: move it to the section heading's neighbour list.
    const list = [...this.renderRoot.querySelectorAll<HTMLElement>('.drift-event')];
    const index = list.findIndex((li) => li.dataset.event === e.id);
    try {
      await client.call(dismissDriftEvent, { params: { id: d.app.id, event_id: e.id } });
      this.announcement = this.t('launch.drift.dismissed', { event: title });
      this.dispatchEvent(new AuthsecDriftDismissedEvent(d.app.id, e.id, e.event_type));
      await this.data.run();
      await this.updateComplete;
      const remaining = [...this.renderRoot.querySelectorAll<HTMLElement>('.drift-event .dismiss')];
      refocus(this, remaining[Math.min(index, remaining.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#drift-h'));
    } catch (error) {
      this.failure = this.t('launch.drift.dismissFailed', { reason: this.#reason(error) });
      this.announcement = this.failure;
    } finally {
      const next = new Set(this.dismissing);
      next.delete(e.id);
      this.dismissing = next;
    }
  }

  // ── Shared ─────────────────────────────────────────────────────────────

  #loaded(value: LaunchData | undefined): void {
    if (!value) return;
    const launched = isLaunched(value.app);
    const open = value.setup.steps.filter((s) => !s.complete).length;
    const before = this.#previous;
    this.#previous = { launched, open, drift: value.drift.length };
    if (value.setup.can_activate || launched) this.refused = undefined;
    if (!before) return;
    // Say what changed since the last load, so a screen-reader user hears blockers clear.
    if (before.launched !== launched) {
      this.announcement = launched ? this.t('launch.activated', { application: safe(value.app.name, 120) }) : this.t('launch.state.notLaunched');
    } else if (!launched && before.open !== open && !this.refused?.length) {
      // After a refused activation the refusal (already announced) says what blocks: keep it.
      const total = value.setup.steps.length;
      this.announcement = value.setup.can_activate ? this.t('launch.queue.allDone') : this.t('launch.queue.progress', { done: total - open, total });
    } else if (launched && before.drift < value.drift.length) {
      this.announcement = this.t('launch.drift.count', { count: value.drift.length });
    }
  }

  #navigate(d: LaunchData, target: NavigateTarget): void {
    const event = new AuthsecNavigateEvent(target, d.app.id);
    this.dispatchEvent(event);
    // The activation preview lives here: when the host does not take over, bring it into view.
    if (target === 'launch' && !event.defaultPrevented) {
      const preview = this.renderRoot.querySelector<HTMLElement>('#preview');
      preview?.scrollIntoView?.({ block: 'start' });
      preview?.focus();
    }
  }


  #names(values: readonly string[], code: boolean): TemplateResult {
    const shown = values.slice(0, NAMES_SHOWN);
    const more = values.length - shown.length;
    return html`<ul class="names">${shown.map((v) => html`<li>${code ? html`<code dir="ltr">${safe(v, 120)}</code>` : safe(v, 120)}</li>`)}
      ${more > 0 ? html`<li class="muted">${this.t('launch.preview.more', { count: more })}</li>` : nothing}</ul>`;
  }

  #who(d: LaunchData, id: string | undefined): string {
    if (!id) return this.t('launch.who.nobody');
    const name = d.people.get(id);
    return name ? safe(name, 80) : this.t('launch.who.unknown', { id: safe(id, 40) });
  }

  #date(value: string | undefined): string {
    const provider = this.closest('authsec-provider') as { locale?: string } | null;
    return formatDate(value, this.locale ?? provider?.locale);
  }

  #reason(error: unknown): string {
    if (error instanceof AuthsecError && error.serverMessage) return safe(error.serverMessage, 300);
    return this.t(errorMessageKey(error instanceof AuthsecError ? error.code : 'unknown'));
  }
}

async function loadLaunch(client: AuthsecClient, id: string, signal: AbortSignal): Promise<LaunchData> {
  const [app, setup, preview, manifest, people] = await Promise.all([
    client.call(getApplicationSummary, { params: { id }, signal }),
    client.call(getSetup, { params: { id }, signal }),
    client.call(getActivationPreview, { params: { id }, signal }),
    client.call(getManifestStatus, { params: { id }, signal }).catch(rethrowAbort(signal, undefined)),
    client.call(listEligibleUsers, { params: { id }, signal }).catch(rethrowAbort(signal, { users: [] })),
  ]);
  let drift: DriftEvent[] = [];
  let driftFailed = false;
  if (isLaunched(app)) {
    try {
      drift = (await client.call(listDriftEvents, { params: { id }, signal })).events;
    } catch (error) {
      signal.throwIfAborted();
      if (error instanceof AuthsecError && error.code === 'forbidden') throw error;
      driftFailed = true;
    }
  }
  const toolNames = new Map<string, string>();
  const scopeNames = new Map<string, string>();
  const needsNames = drift.some((e) => {
    const f = driftFacts(e);
    return (f.toolId !== undefined) || (f.scopeId !== undefined && f.scope === undefined);
  });
  if (needsNames) {
    const matrix = await client.call(getScopeMatrix, { params: { id }, signal }).catch(rethrowAbort(signal, undefined));
    for (const tool of matrix?.tools ?? []) {
      toolNames.set(tool.id, tool.name);
      for (const s of tool.scopes) scopeNames.set(s.scope_id, s.scope_string);
    }
    for (const s of matrix?.unmapped_scopes ?? []) scopeNames.set(s.id, s.scope_string);
  }
  return {
    app, setup, preview, manifest, drift, driftFailed,
    people: new Map(people.users.map((u) => [u.id, u.name || u.email])),
    toolNames, scopeNames,
  };
}

/** A fallback for an optional part, except when the whole load was cancelled. */
function rethrowAbort<T>(signal: AbortSignal, fallback: T): (error: unknown) => T {
  return () => {
    signal.throwIfAborted();
    return fallback;
  };
}

/** Untrusted text for display: hidden characters revealed, clamped. */
function safe(value: string, max: number): string {
  return clampText(revealHidden(value).text, max).text;
}

/** A check's `observed` facts as key/value text pairs (untrusted; clamped). */
function observedEntries(observed: unknown): [string, string][] {
  if (observed === undefined || observed === null) return [];
  if (typeof observed !== 'object' || Array.isArray(observed)) return [['value', safe(JSON.stringify(observed) ?? '', 400)]];
  return Object.entries(observed as Record<string, unknown>)
    .slice(0, 20)
    .map(([k, v]) => [safe(k, 60), safe(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''), 400)]);
}
