import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { dismissDriftEvent, type DriftEvent } from '../../api/drift-events.js';
import { AuthsecError, outcomeUnknown } from '../../api/errors.js';
import { activate } from '../../api/setup.js';
import { validate, type ValidationResult } from '../../api/validation.js';
import { AuthsecApplicationElement } from '../../context/admin-element.js';
import { Action } from '../../controllers/action.js';
import { Announcer } from '../../controllers/announcer.js';
import { AppData } from '../../controllers/app-data.js';
import { SiblingChanges } from '../../controllers/sibling-changes.js';
import { registerDefaults } from '../../i18n/catalog.js';
import { launchEn } from '../../i18n/messages/launch.en.js';
import { activationBlockers, type ActivationBlocker } from '../../model/launch-blockers.js';
import { assessApplication, isLaunched, type NavigateTarget } from '../../model/readiness.js';
import '../../ui/button.js';
import type { AuthsecUiConfirmDialog } from '../../ui/confirm-dialog.js';
import { refocus } from '../../ui/refocus.js';
import { AuthsecActivatedEvent, AuthsecDriftDismissedEvent, AuthsecNavigateEvent } from './events.js';
import { loadLaunch, type LaunchData } from './launch-data.js';
import { drift, preview, protection, queue, summary, verify, who, type LaunchView } from './launch-sections.js';
import { launchQueueStyles } from './launch-queue.styles.js';
import { unreadNotice } from '../shared/unread-notice.js';

registerDefaults(launchEn);

/**
 * What sibling AuthSec elements announce after changing something the queue shows (scopes, tool
 * mappings, the access policy, the secret). Names only, so this module loads none of them.
 */
const SETUP_CHANGED_EVENTS = [
  'authsec-scopes-changed', 'authsec-mapping-saved', 'authsec-policy-changed', 'authsec-secret-rotated', 'authsec-application-updated',
  'authsec-connection-changed',
] as const;

/** Where each target lives inside the queue, when the host does not route it elsewhere. */
const LOCAL_SECTION: Partial<Record<NavigateTarget, string>> = { launch: '#preview', check: '#protection' };

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
 * In `<authsec-admin-console>` (or any page that names the application above it, with
 * `in-workspace`) the queue leaves out the application's name and launch state: the page says them.
 *
 * @csspart summary - Readiness, risk, last signal and next action.
 * @csspart queue - The ordered list of setup steps.
 * @csspart protection - SDK manifest status and the protection check.
 * @csspart preview - The activation preview with the Activate button.
 * @csspart activate - The Activate button.
 * @csspart verify - The "Verify it works" checklist.
 * @csspart drift - The drift events since launch.
 */
export class AuthsecLaunchQueue extends AuthsecApplicationElement {
  static override styles = launchQueueStyles;
  static override get properties(): PropertyDeclarations {
    return {
      view: { reflect: true },
      inWorkspace: { type: Boolean, attribute: 'in-workspace' },
      validation: { state: true },
      refused: { state: true },
    };
  }

  /** `overview` (the whole queue) or `activity` (only the drift events since launch). */
  view: 'overview' | 'activity' = 'overview';

  /**
   * Set when the page around the queue already names the application and shows its launch state,
   * as `<authsec-admin-console>`'s header does: the queue then leaves both out, so each is said once.
   */
  inWorkspace = false;

  /** A protection check run while this application is shown (fresher than the row's last check). */
  private validation?: ValidationResult;
  /** What AuthSec said blocks activation, after a refused Activate. */
  private refused?: ActivationBlocker[];

  constructor() {
    super();
    // Registers itself with this element: it lives as long as the element does.
    new SiblingChanges(this, SETUP_CHANGED_EVENTS, () => void this.refresh());
  }

  readonly #announcer = new Announcer(this);
  readonly #check = new Action(this);
  readonly #activation = new Action(this);
  readonly #dismissal = new Action(this);
  #previous?: { launched: boolean; open: number; drift: number };

  readonly #data = new AppData<LaunchData>(this, {
    load: loadLaunch,
    appOf: (d) => d.app.id,
    // Nothing from another application may linger.
    reset: () => {
      this.#previous = undefined;
      this.validation = undefined;
      this.refused = undefined;
      for (const action of [this.#check, this.#activation, this.#dismissal]) action.reset();
    },
    loaded: (d) => this.#loaded(d),
  });


  /** Reloads everything from AuthSec (e.g. after the host saved something on another tab). */
  async refresh(): Promise<void> {
    await this.#data.run();
  }

  override render() {
    const heading = html`<h2 id="h" class="heading">${this.t(this.view === 'activity' ? 'launch.heading.activity' : 'launch.heading')}</h2>`;
    const body = this.#data.render((d, refreshing) => this.#body(d, refreshing), 'launch.missingApp');
    return html`<section aria-labelledby="h">
      ${this.#announcer.render()}
      ${this.#data.value ? nothing : heading}
      ${body}
    </section>`;
  }

  #body(d: LaunchData, refreshing: boolean): TemplateResult {
    const v = this.#view();
    const launched = isLaunched(d.app);
    const failure = this.#activation.error || this.#dismissal.error;
    // Named for the view, like every tab: the console's header already names the application and its state.
    const activity = this.view === 'activity';
    const header = html`
      <header class="top">
        <h2 id="h" class="heading">${this.t(activity ? 'launch.heading.activity' : 'launch.heading')}</h2>
        <authsec-ui-button size="small" .loading=${refreshing} .locale=${this.effectiveLocale} loading-label=${this.t('launch.refreshing')}
          @click=${() => void this.refresh()}>${this.t('launch.refresh')}</authsec-ui-button>
      </header>
      ${failure ? html`<p class="notice danger" role="alert">${failure}</p>` : nothing}`;
    const application = this.text(d.app.name);
    if (activity) {
      return html`${header}
        ${launched
          ? html`<p class="muted intro">${this.inWorkspace ? this.t('launch.intro.activity.here') : this.t('launch.intro.activity', { application })}</p>`
          : html`<p class="notice info not-launched">${this.t('launch.activity.notLaunched')}</p>`}
        ${d.driftFailed ? html`<p class="notice warning" role="alert">${this.t('launch.loadPartial', { what: this.t('launch.part.drift') })}</p>` : nothing}
        ${unreadNotice(this, d.unread.filter((u) => u.kind === 'drift_event'))}
        ${launched ? drift(v, d) : nothing}`;
    }
    const assessment = assessApplication({
      app: d.app, preview: d.preview, setup: d.setup, manifest: d.manifest, validation: this.validation, drift: d.drift,
    });
    const partial = [d.manifest ? '' : this.t('launch.part.manifest'), d.driftFailed ? this.t('launch.part.drift') : ''].filter(Boolean);
    return html`${header}
      <p class="muted intro">${this.inWorkspace ? this.t('launch.intro.here') : this.t('launch.intro', { application })}</p>
      ${launched && d.app.setup_completed_at
        ? html`<p>${this.t('launch.launchedOn', { when: this.date(d.app.setup_completed_at), who: who(v, d, d.app.setup_completed_by ?? undefined) })}</p>`
        : nothing}
      ${partial.length ? html`<p class="notice warning" role="alert">${this.t('launch.loadPartial', { what: this.list(partial) })}</p>` : nothing}
      ${unreadNotice(this, d.unread)}
      ${summary(v, d, assessment)}
      ${launched ? drift(v, d) : html`${queue(v, d)} ${preview(v, d)}`}
      ${protection(v, d)} ${verify(v, d, launched)}
    `;
  }

  /** What the section templates read: this element's words, state and actions. */
  #view(): LaunchView {
    return {
      t: (key, params) => this.t(key, params),
      text: (value, max) => this.text(value, max),
      date: (value) => this.date(value),
      number: (value) => this.number(value),
      locale: this.effectiveLocale,
      readonly: this.readonly,
      inWorkspace: this.inWorkspace,
      validation: this.validation,
      refused: this.refused,
      checking: this.#check.busy,
      checkFailure: this.#check.error,
      activating: this.#activation.busy,
      dismissing: (id) => this.#dismissal.running(id),
      navigate: (d, target) => this.#navigate(d, target),
      runCheck: (d) => void this.#runCheck(d),
      activate: (d) => void this.#activate(d),
      dismiss: (d, e) => void this.#dismiss(d, e),
    };
  }

  // ── Actions ────────────────────────────────────────────────────────────

  async #runCheck(d: LaunchData): Promise<void> {
    const client = this.client;
    if (!client || this.readonly) return;
    const id = d.app.id;
    const result = await this.#check.run(
      async () => {
        this.#announcer.say(this.t('launch.check.running'));
        return client.call(validate, { params: { id } });
      },
      {
        failed: (_error, reason) => {
          // The admin moved to another application meanwhile: this failure is not about what is shown.
          if (!this.#data.isCurrent(id)) return '';
          const words = this.t('launch.check.failed', { reason });
          this.#announcer.say(words);
          return words;
        },
      },
    );
    if (!result || !this.#data.isCurrent(id)) return;
    this.validation = result;
    const failing = result.checks.filter((c) => c.status === 'failing').length;
    this.#announcer.say(failing
      ? this.t('launch.check.failing', { failing, count: result.checks.length })
      : this.t('launch.check.passed', { count: result.checks.length }));
    // The row now carries last_validated_at / status: keep the summary in step.
    void this.#data.run();
  }

  async #activate(d: LaunchData): Promise<void> {
    const client = this.client;
    if (!client || this.#activation.busy || this.readonly || !d.preview.can_activate) return;
    const dialog = this.renderRoot.querySelector<AuthsecUiConfirmDialog>('authsec-ui-confirm-dialog');
    if (!(await dialog?.open())) return;
    this.refused = undefined;
    const id = d.app.id;
    let unknown = false;
    const done = await this.#activation.run(() => client.call(activate, { params: { id } }), {
      // When another application is shown by now, its page must not carry this refusal.
      failed: (error, reason) => ((unknown = outcomeUnknown(error)), this.#data.isCurrent(id) ? this.#activationFailed(error, reason) : ''),
    });
    // The checklist and the preview changed either way (launched, or what blocked it).
    await this.#data.run();
    // Refused: Activate is a new, disabled button now; focus goes to what blocks it.
    // (Set by the failure handler during the run: TypeScript still sees the undefined above.)
    if ((this.refused as ActivationBlocker[] | undefined)?.length) void this.updateComplete.then(() => refocus(this, this.renderRoot.querySelector<HTMLElement>('.refused')));
    // No answer, but the application reads as launched: it was activated, and the page says so.
    const now = this.#data.value;
    const reconciled = !done && unknown && !!now && this.#data.isCurrent(id) && isLaunched(now.app);
    if (reconciled) this.#activation.reset();
    if (done || reconciled) {
      this.#announcer.say(this.t('launch.activated', { application: this.text(d.app.name) }));
      this.dispatchEvent(new AuthsecActivatedEvent(id));
    }
  }

  /** A refusal lists its blockers (announced once); any other failure is a notice. */
  #activationFailed(error: unknown, reason: string): string {
    if (error instanceof AuthsecError && error.code === 'conflict' && error.failed.length) {
      this.refused = activationBlockers(error.failed);
      this.#announcer.say(this.t('launch.activate.refusedAnnounce', { count: this.refused.length }));
      return '';
    }
    return this.t('launch.activate.failed', { reason });
  }

  async #dismiss(d: LaunchData, e: DriftEvent): Promise<void> {
    const client = this.client;
    if (!client || this.readonly) return;
    const title = this.t(`launch.drift.${e.event_type}`);
    // Focus would be lost with the removed row: move it to the next row's Dismiss, or the heading.
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>('.drift-event')];
    const index = rows.findIndex((li) => li.dataset.event === e.id);
    const done = await this.#dismissal.run(
      async () => {
        await client.call(dismissDriftEvent, { params: { id: d.app.id, event_id: e.id } });
        return true;
      },
      {
        key: e.id,
        failed: (_error, reason) => {
          const words = this.t('launch.drift.dismissFailed', { reason });
          this.#announcer.say(words);
          return words;
        },
      },
    );
    if (!done) return;
    this.#announcer.say(this.t('launch.drift.dismissed', { event: title }));
    this.dispatchEvent(new AuthsecDriftDismissedEvent(d.app.id, e.id, e.event_type));
    await this.#data.run();
    await this.updateComplete;
    const remaining = [...this.renderRoot.querySelectorAll<HTMLElement>('.drift-event .dismiss')];
    refocus(this, remaining[Math.min(index, remaining.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#drift-h'));
  }

  /** Says what changed since the last load, so a screen-reader user hears blockers clear. */
  #loaded(value: LaunchData): void {
    const launched = isLaunched(value.app);
    const open = value.setup.steps.filter((s) => !s.complete).length;
    const before = this.#previous;
    this.#previous = { launched, open, drift: value.drift.length };
    if (value.setup.can_activate || launched) this.refused = undefined;
    if (!before) return;
    if (before.launched !== launched) {
      this.#announcer.say(launched ? this.t('launch.activated', { application: this.text(value.app.name) }) : this.t('readiness.state.notLaunched'));
    } else if (!launched && before.open !== open && !this.refused?.length) {
      // After a refused activation the refusal (already announced) says what blocks: keep it.
      const total = value.setup.steps.length;
      this.#announcer.say(value.setup.can_activate ? this.t('launch.queue.allDone') : this.t('launch.queue.progress', { done: total - open, total }));
    } else if (launched && before.drift < value.drift.length) {
      this.#announcer.say(this.t('launch.drift.count', { count: value.drift.length }));
    }
  }

  #navigate(d: LaunchData, target: NavigateTarget): void {
    const event = new AuthsecNavigateEvent(target, d.app.id);
    this.dispatchEvent(event);
    // The activation preview and the protection check live here: when the host does not take over, bring them into view.
    const local = LOCAL_SECTION[target];
    if (local && !event.defaultPrevented) {
      const section = this.renderRoot.querySelector<HTMLElement>(local);
      section?.scrollIntoView?.({ block: 'start' });
      section?.focus();
    }
  }
}
