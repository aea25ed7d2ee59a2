/**
 * The Overview's sections as templates (readiness summary, setup queue, protection, activation
 * preview, verify, drift). The element owns the state and the actions; these only render what
 * `LaunchView` gives them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DriftEvent } from '../../api/drift-events.js';
import type { ManifestStatus } from '../../api/sdk.js';
import type { ValidationCheck, ValidationResult } from '../../api/validation.js';
import { formatList, type MessageKey, type MessageParams } from '../../i18n/catalog.js';
import {
  BLOCKER_STEP, BLOCKER_TARGET, CHECK_TARGET, DRIFT_TARGET, driftFacts, manifestHealth, setupQueue, verifyCalls,
  type ActivationBlocker, type SetupQueueItem,
} from '../../model/launch-blockers.js';
import { fromPreview } from '../../model/tool-counters.js';
import { NEXT_ACTION_TARGET, READINESS_AREAS, type ApplicationAssessment, type NavigateTarget } from '../../model/readiness.js';
import type { Tone } from '../../ui/tone.js';
import { AREA_TONE, RISK_TONE, statePill } from '../shared/readiness-display.js';
import { observedEntries, type LaunchData } from './launch-data.js';
import '../../ui/button.js';
import '../../ui/confirm-dialog.js';
import '../../ui/copy-field.js';
import '../../ui/status-pill.js';
import { SLOT, identifier } from '../../ui/identifier.js';
import { roleLabel } from '../shared/role-label.js';

/** What the sections read from the element: its words, its state and its actions. */
export interface LaunchView {
  t(key: MessageKey, params?: MessageParams): string;
  text(value: string | null | undefined, max?: number): string;
  date(value: string | null | undefined): string;
  number(value: number): string;
  readonly locale: string | undefined;
  readonly readonly: boolean;
  /** The page around names the application and shows its launch state (the console's header). */
  readonly inWorkspace: boolean;
  readonly validation: ValidationResult | undefined;
  readonly refused: readonly ActivationBlocker[] | undefined;
  readonly checking: boolean;
  readonly checkFailure: string;
  readonly activating: boolean;
  dismissing(eventId: string): boolean;
  navigate(d: LaunchData, target: NavigateTarget): void;
  runCheck(d: LaunchData): void;
  activate(d: LaunchData): void;
  dismiss(d: LaunchData, e: DriftEvent): void;
}

const NAMES_SHOWN = 20;

// ── Readiness summary ──────────────────────────────────────────────────

export function summary(v: LaunchView, d: LaunchData, a: ApplicationAssessment): TemplateResult {
  const r = a.readiness;
  const signal = a.lastSignal;
  const target = NEXT_ACTION_TARGET[a.nextAction];
  return html`<section part="summary" class="card" aria-labelledby="summary-h">
    <h3 id="summary-h">${v.t('launch.summary.heading')}</h3>
    <dl class="facts">
      ${v.inWorkspace
        ? nothing
        : html`<div>
            <dt>${v.t('launch.summary.state')}</dt>
            <dd>${statePill(v, d.app)}</dd>
          </div>`}
      <div>
        <dt>${v.t('launch.summary.risk')}</dt>
        <dd><authsec-ui-status-pill class="risk" tone=${RISK_TONE[a.risk]} .label=${v.t(`readiness.risk.${a.risk}`)}></authsec-ui-status-pill></dd>
      </div>
      <div>
        <dt>${v.t('launch.summary.lastSignal')}</dt>
        <dd class="signal">${signal.kind === 'none' ? v.t('readiness.signal.none') : v.t(`readiness.signal.${signal.kind}`, { when: v.date(signal.at) })}</dd>
      </div>
      <div>
        <dt>${v.t('launch.summary.nextAction')}</dt>
        <dd>
          <!-- Secondary: the queue's current step (or Activate) is the view's one primary action. -->
          <authsec-ui-button class="next" size="small" variant="secondary" .locale=${v.locale}
            @click=${() => v.navigate(d, target)}>${v.t(`readiness.next.${a.nextAction}`)}</authsec-ui-button>
        </dd>
      </div>
    </dl>
    ${r.protection.reason
      ? html`<p class="notice ${r.protection.state === 'err' ? 'danger' : 'warning'} recheck" data-reason=${r.protection.reason}>${v.t(`launch.recheck.${r.protection.reason}`, { when: v.date(r.protection.since) })}</p>`
      : nothing}
    <h4>${v.t('launch.summary.readiness')}</h4>
    <ul class="areas">
      ${READINESS_AREAS.map((key) => {
        const area = r[key];
        // The launch state in the list's words (one catalog); the other areas in the Overview's.
        const label = v.t((key === 'launch' ? `readiness.launch.${area.status}` : `launch.area.${key}.${area.status}`) as MessageKey, { count: area.count ?? 0 });
        return html`<li class="area" data-area=${key}>
          <span class="area-name">${v.t(`launch.area.${key}`)}</span>
          <authsec-ui-status-pill tone=${AREA_TONE[area.state]} .label=${label}></authsec-ui-status-pill>
        </li>`;
      })}
    </ul>
  </section>`;
}

// ── Setup queue ────────────────────────────────────────────────────────

export function queue(v: LaunchView, d: LaunchData): TemplateResult {
  const items = setupQueue(d.setup);
  const done = items.filter((i) => i.complete).length;
  const next = items.find((i) => !i.complete);
  const blockedSteps = new Set((v.refused ?? []).flatMap((b) => (b.code === 'unknown' ? [] : [BLOCKER_STEP[b.code]])));
  return html`<section part="queue" class="card" aria-labelledby="queue-h">
    <h3 id="queue-h">${v.t('launch.queue.heading')}</h3>
    <p class="muted" id="queue-progress">${d.setup.can_activate ? v.t('launch.queue.allDone') : v.t('launch.queue.progress', { done, total: items.length })}</p>
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
        const name = stepName(v, item);
        return html`<li class="step ${item.complete ? 'done' : 'todo'}" data-step=${item.code} aria-current=${isNext ? 'step' : 'false'}>
          <span class="mark" aria-hidden="true">${item.complete ? '✓' : item.step}</span>
          <div class="step-body">
            <div class="step-title"><strong>${name}</strong>
              <authsec-ui-status-pill tone=${tone} .label=${v.t(status)}></authsec-ui-status-pill></div>
            <p class="detail">${stepDetail(v, item, d)}</p>
          </div>
          ${goButton(v, d, item.target, name, isNext)}
        </li>`;
      })}
    </ol>
  </section>`;
}

/** "Open Tools": static `variant` attributes, so a button never animates between looks (axe reads mid-transition colours). */
function goButton(v: LaunchView, d: LaunchData, target: NavigateTarget, what: string, primary: boolean): TemplateResult {
  const label = v.t('launch.step.goLabel', { step: what, target: v.t(`launch.target.${target}`) });
  const words = `${v.t('launch.step.go')} ${v.t(`launch.target.${target}`)}`;
  const go = () => v.navigate(d, target);
  return primary
    ? html`<authsec-ui-button class="go" size="small" variant="primary" .locale=${v.locale} .label=${label} @click=${go}>${words}</authsec-ui-button>`
    : html`<authsec-ui-button class="go" size="small" variant="ghost" .locale=${v.locale} .label=${label} @click=${go}>${words}</authsec-ui-button>`;
}

function stepName(v: LaunchView, item: SetupQueueItem): string {
  return item.code === 'unknown' ? v.t('launch.step.unknown', { step: item.step, name: v.text(item.name, 80) }) : v.t(`launch.step.${item.code}`);
}

function stepDetail(v: LaunchView, item: SetupQueueItem, d: LaunchData): string {
  if (item.detail !== undefined) return v.t('launch.step.detail.server', { detail: v.text(item.detail, 200) });
  const n = item.count;
  switch (item.code) {
    case 'register':
      return v.t('launch.step.register.detail');
    case 'tool_inventory':
      return n ? v.t('launch.step.tool_inventory.detail', { count: n }) : v.t('launch.step.tool_inventory.none');
    case 'define_scopes':
      return n ? v.t('launch.step.define_scopes.detail', { count: n }) : v.t('launch.step.define_scopes.none');
    case 'map_tools':
      if (n) return v.t('launch.step.map_tools.pending', { count: n });
      return d.preview.tools.total > 0 || item.complete ? v.t('launch.step.map_tools.detail') : v.t('launch.step.map_tools.noTools');
    case 'default_role':
      return n ? v.t('launch.step.default_role.detail', { count: n }) : v.t('launch.step.default_role.empty');
    case 'activate':
      return item.complete ? v.t('launch.step.activate.done') : v.t(d.setup.can_activate ? 'launch.step.activate.ready' : 'launch.step.activate.waiting');
    default:
      return '';
  }
}

// ── Install protection: manifest + protection check ────────────────────

export function protection(v: LaunchView, d: LaunchData): TemplateResult {
  return html`<section part="protection" class="card" id="protection" tabindex="-1" aria-labelledby="protection-h">
    <h3 id="protection-h">${v.t('launch.protection.heading')}</h3>
    ${d.manifest ? manifest(v, d.manifest) : nothing}
    <h4>${v.t('launch.check.heading')}</h4>
    <p class="muted">${v.t('launch.check.intro')}</p>
    ${lastCheck(v, d)}
    ${v.readonly ? nothing : html`<p>
      <authsec-ui-button class="run-check" .loading=${v.checking} loading-label=${v.t('launch.check.running')} .locale=${v.locale}
        @click=${() => v.runCheck(d)}>${v.validation ? v.t('launch.check.rerun') : v.t('launch.check.run')}</authsec-ui-button>
    </p>`}
    ${v.checkFailure ? html`<p class="notice danger" role="alert">${v.checkFailure}</p>` : nothing}
    ${v.validation ? checks(v, d, v.validation.checks) : nothing}
  </section>`;
}

function manifest(v: LaunchView, m: ManifestStatus): TemplateResult {
  const health = manifestHealth(m);
  const last = m.last_attempt;
  const success = m.last_success;
  const build = last?.sdk_build_id ? v.text(last.sdk_build_id, 80) : '';
  const version = last?.manifest_version ? v.text(last.manifest_version, 80) : '';
  const tone: Tone = health === 'ok' ? 'success' : health === 'never_seen' ? 'neutral' : 'danger';
  return html`<div class="manifest" data-health=${health}>
    <h4>${v.t('launch.manifest.heading')}</h4>
    <p class="health"><authsec-ui-status-pill tone=${tone} .label=${v.t(`launch.manifest.short.${health}`)}></authsec-ui-status-pill>
      ${v.t(`launch.manifest.${health}`)}</p>
    ${last
      ? html`<p class="attempt">${v.t('launch.manifest.lastAttempt', { when: v.date(last.attempted_at), status: v.t(`launch.manifest.status.${last.status}`) })}</p>
          ${last.reason && last.status !== 'success' ? html`<p class="muted reason" dir="auto">${v.t('launch.manifest.reason', { reason: v.text(last.reason, 300) })}</p>` : nothing}
          ${build ? html`<p class="muted">${version ? v.t('launch.manifest.build', { build, version }) : v.t('launch.manifest.buildOnly', { build })}</p>` : nothing}`
      : nothing}
    ${success && success.id !== last?.id
      ? html`<p class="muted">${success.tool_count !== undefined
          ? v.t('launch.manifest.lastSuccess', { when: v.date(success.attempted_at), count: success.tool_count })
          : v.t('launch.manifest.lastSuccess.noCount', { when: v.date(success.attempted_at) })}</p>`
      : nothing}
  </div>`;
}

function lastCheck(v: LaunchView, d: LaunchData): TemplateResult | typeof nothing {
  if (v.validation) return nothing;
  const { last_validated_at: at, last_validation_status: status, last_validation_error: error } = d.app;
  if (!at || !status) return html`<p class="last-check">${v.t('launch.check.never')}</p>`;
  const when = v.date(at);
  if (status === 'passed') return html`<p class="last-check">${v.t('launch.check.last.passed', { when })}</p>`;
  return html`<p class="last-check">${error ? v.t('launch.check.last.failing', { when, error: v.text(error, 300) }) : v.t('launch.check.last.failingNoDetail', { when })}</p>`;
}

/**
 * What a check saw, in AuthSec's words, except where those are codes: the client registration
 * check lists modes (`Allowed: dcr, cimd.`), so it is said from the application's own modes.
 */
function checkMessage(v: LaunchView, d: LaunchData, c: ValidationCheck): TemplateResult | typeof nothing {
  const modes = d.app.registration_modes;
  if (c.key === 'client_registration' && modes.length) {
    const said = v.t('launch.check.client_registration.allowed', { modes: formatList(modes.map((m) => v.t(`launch.mode.${m}`)), v.locale) });
    return html`<p class="check-message">${said}</p>`;
  }
  return c.message ? html`<p class="check-message" dir="auto">${v.text(c.message, 400)}</p>` : nothing;
}

function checks(v: LaunchView, d: LaunchData, list: readonly ValidationCheck[]): TemplateResult {
  return html`<ul class="checks" aria-label=${v.t('launch.check.list')}>
    ${list.map((c) => {
      const passing = c.status === 'passing';
      const observed = observedEntries(c.observed);
      return html`<li class="check ${passing ? 'passing' : 'failing'}" data-check=${c.key}>
        <div class="check-title">
          <authsec-ui-status-pill tone=${passing ? 'success' : 'danger'} .label=${v.t(passing ? 'launch.check.passing' : 'launch.check.failingShort')}></authsec-ui-status-pill>
          <strong>${v.t(`launch.check.${c.key}`)}</strong>
        </div>
        ${checkMessage(v, d, c)}
        ${passing ? nothing : html`<p class="fix">${v.t(`launch.check.${c.key}.fix`)}</p>`}
        ${observed.length
          ? html`<details class="observed"><summary>${v.t('launch.check.observed')}</summary>
              <dl>${observed.map(([k, val]) => html`<div><dt>${k}</dt><dd><code>${val}</code></dd></div>`)}</dl></details>`
          : nothing}
        ${passing ? nothing : goButton(v, d, CHECK_TARGET[c.key], v.t(`launch.check.${c.key}`), false)}
      </li>`;
    })}
  </ul>`;
}

// ── Activation preview + Activate ──────────────────────────────────────

export function preview(v: LaunchView, d: LaunchData): TemplateResult {
  const p = d.preview;
  const tools = fromPreview(p.tools);
  const can = p.can_activate && d.setup.can_activate;
  const grant = p.first_time_user_grant;
  const caption = v.t('launch.preview.scopesCaption', { application: v.text(d.app.name, 120) });
  return html`<section part="preview" class="card" id="preview" tabindex="-1" aria-labelledby="preview-h">
    <h3 id="preview-h">${v.t('launch.preview.heading')}</h3>
    <p class="muted">${v.t('launch.preview.intro')}</p>
    <h4>${v.t('launch.preview.tools')}</h4>
    <dl class="counters">
      ${(['total', 'mapped', 'public', 'unmapped'] as const).map((k) => html`<div class="counter ${k === 'unmapped' && tools.unmapped > 0 ? 'attention' : ''}" data-counter=${k}>
        <dt>${v.t(`launch.preview.${k}`)}</dt><dd>${v.number(tools[k])}</dd></div>`)}
    </dl>
    <h4>${v.t('launch.preview.scopes')}</h4>
    ${p.scopes.length
      ? // Never scrolls sideways: scope strings give way in their middle, and a narrow container
        // stacks each scope into lines (the roles keep it a table to assistive technology).
        html`<table class="scopes" role="table">
          <caption class="sr-only">${caption}</caption>
          <thead role="rowgroup"><tr role="row">
            <th scope="col" role="columnheader">${v.t('launch.preview.scope')}</th>
            <th scope="col" role="columnheader">${v.t('launch.preview.scopeName')}</th>
            <th scope="col" role="columnheader" class="num">${v.t('launch.preview.toolCount')}</th>
          </tr></thead>
          <tbody role="rowgroup">${p.scopes.map((s) => {
            // A scope without a name of its own is named once, by its scope string.
            const name = s.display_name && s.display_name !== s.scope_string ? v.text(s.display_name, 80) : '';
            return html`<tr role="row">
              <th scope="row" role="rowheader"><code dir="ltr">${identifier(v.text(s.scope_string, 120))}</code></th>
              <td role="cell" class="name" data-label=${v.t('launch.preview.scopeName')} dir="auto">${name}</td>
              <td role="cell" class="num" data-label=${v.t('launch.preview.toolCount')}>${v.number(s.tool_count)}</td></tr>`;
          })}</tbody>
        </table>`
      : html`<p class="muted">${v.t('launch.preview.noScopes')}</p>`}
    <dl class="facts">
      <div><dt>${v.t('launch.preview.defaultRole')}</dt>
        <dd>${p.default_role ? roleLabel(v, p.default_role, d.app.id) : v.t('launch.preview.noDefaultRole')}</dd></div>
      <div><dt>${v.t('launch.preview.firstTime')}</dt>
        <dd class="grant">${grant.length ? names(v, grant, true) : v.t('launch.preview.firstTimeNone')}</dd></div>
      <div><dt>${v.t('launch.preview.publicTools')}</dt>
        <dd class="public-tools">${p.public_tool_names.length ? names(v, p.public_tool_names, true) : v.t('launch.preview.noPublicTools')}</dd></div>
    </dl>
    ${v.refused?.length ? refused(v, d, v.refused) : nothing}
    <div class="activate-row" ?hidden=${v.readonly}>
      <!-- Primary once it can be done (then no step is left); a new button when that changes, so its look never animates. -->
      ${keyed(can, html`<authsec-ui-button part="activate" class="activate" variant=${can ? 'primary' : 'secondary'} size="large" ?disabled=${!can}
        .loading=${v.activating} loading-label=${v.t('launch.activate.working')} .locale=${v.locale}
        aria-describedby="activate-hint" @click=${() => v.activate(d)}>${v.t('launch.activate')}</authsec-ui-button>`)}
      <p id="activate-hint" class="muted">${v.t(can ? 'launch.activate.readyHint' : 'launch.activate.disabledHint')}</p>
    </div>
    <authsec-ui-confirm-dialog .heading=${v.t('launch.activate.confirmHeading', { application: v.text(d.app.name, 120) })}
      .confirmLabel=${v.t('launch.activate.confirm')} .locale=${v.locale}>
      <p>${v.t('launch.activate.confirmBody')}</p>
      <p>${v.t('launch.activate.confirmTools', {
        mapped: tools.mapped, public: tools.public,
        scopes: grant.length ? formatList(grant.map((s) => v.text(s, 120)), v.locale) : v.t('launch.activate.confirmNoGrant'),
      })}</p>
    </authsec-ui-confirm-dialog>
  </section>`;
}

function refused(v: LaunchView, d: LaunchData, blockers: readonly ActivationBlocker[]): TemplateResult {
  return html`<div class="notice danger refused" role="alert" tabindex="-1">
    <p><strong>${v.t('launch.activate.refused')}</strong></p>
    <ul class="blockers">
      ${blockers.map((b) => html`<li data-blocker=${b.code}>
        <span>${blockerText(v, b)}</span>
        ${goButton(v, d, BLOCKER_TARGET[b.code], blockerText(v, b), false)}
      </li>`)}
    </ul>
  </div>`;
}

function blockerText(v: LaunchView, b: ActivationBlocker): string {
  if (b.code === 'unknown') return v.t('launch.blocker.unknown', { code: v.text(b.raw, 120) });
  if (b.code === 'step_4_unmapped_tool_count') {
    return b.count === undefined ? v.t('launch.blocker.step_4_unmapped_tool_count.noCount') : v.t('launch.blocker.step_4_unmapped_tool_count', { count: b.count });
  }
  return v.t(`launch.blocker.${b.code}`);
}

function names(v: LaunchView, values: readonly string[], code: boolean): TemplateResult {
  const shown = values.slice(0, NAMES_SHOWN);
  const more = values.length - shown.length;
  return html`<ul class="names">${shown.map((n) => html`<li>${code ? html`<code dir="ltr">${v.text(n, 120)}</code>` : v.text(n, 120)}</li>`)}
    ${more > 0 ? html`<li class="muted">${v.t('launch.preview.more', { count: more })}</li>` : nothing}</ul>`;
}

// ── Verify it works ────────────────────────────────────────────────────

export function verify(v: LaunchView, d: LaunchData, launched: boolean): TemplateResult {
  const calls = verifyCalls(d.app);
  return html`<section part="verify" class="card" aria-labelledby="verify-h">
    <h3 id="verify-h">${v.t('launch.verify.heading')}</h3>
    <p class="muted">${v.t('launch.verify.intro')}</p>
    ${launched ? nothing : html`<p class="notice info">${v.t('launch.verify.afterLaunch')}</p>`}
    ${calls
      ? html`<ol class="verify">
          <li><strong>${v.t('launch.verify.unauthenticated')}</strong>
            <p class="muted">${withIdentifier(v.t('launch.verify.unauthenticatedDetail', { metadata: SLOT }), v.text(calls.metadataUrl, 300))}</p>
            <authsec-ui-copy-field .label=${v.t('launch.verify.command')} .value=${calls.unauthenticated} .locale=${v.locale}></authsec-ui-copy-field></li>
          <li><strong>${v.t('launch.verify.insufficient')}</strong>
            <p class="muted">${v.t('launch.verify.insufficientDetail')}</p>
            <authsec-ui-copy-field .label=${v.t('launch.verify.command')} .value=${calls.withToken} .locale=${v.locale}></authsec-ui-copy-field></li>
          <li><strong>${v.t('launch.verify.ok')}</strong>
            <p class="muted">${v.t('launch.verify.okDetail')}</p></li>
        </ol>`
      : html`<p class="muted">${v.t('launch.verify.noUri')}</p>`}
  </section>`;
}

/**
 * A sentence with an identifier in it: the identifier on one line, giving way in its middle
 * (docs/design.md), held together with what touches it (`resource_metadata="…"` stays one token).
 */
function withIdentifier(sentence: string, value: string): TemplateResult {
  const [before = '', ...rest] = sentence.split(SLOT);
  const after = rest.join('');
  const lead = /\S{0,32}$/u.exec(before)?.[0] ?? '';
  const trail = /^[^\s\p{L}\p{N}]{0,3}/u.exec(after)?.[0] ?? '';
  return html`${before.slice(0, before.length - lead.length)}<span class="in-text" dir="ltr">${lead}<code>${identifier(value)}</code>${trail}</span>${after.slice(trail.length)}`;
}

// ── Drift (after launch) ───────────────────────────────────────────────

export function drift(v: LaunchView, d: LaunchData): TemplateResult {
  const events = d.drift;
  return html`<section part="drift" class="card" aria-labelledby="drift-h">
    <h3 id="drift-h">${v.t('launch.drift.heading')}</h3>
    <p class="muted">${v.t('launch.drift.intro')}</p>
    ${events.length
      ? html`<p class="drift-count">${v.t('launch.drift.count', { count: events.length })}</p>
          <ul class="drift">
            ${repeat(events, (e) => e.id, (e) => {
              const title = v.t(`launch.drift.${e.event_type}`);
              const when = v.date(e.occurred_at);
              const target = DRIFT_TARGET[e.event_type];
              return html`<li class="drift-event" data-event=${e.id} data-type=${e.event_type}>
                <div class="drift-title"><strong>${title}</strong>
                  <span class="muted">${e.occurred_by ? v.t('launch.drift.when', { when, who: who(v, d, e.occurred_by) }) : v.t('launch.drift.whenNoWho', { when })}</span></div>
                <p class="detail" dir="auto">${driftDetail(v, d, e)}</p>
                <div class="drift-actions">
                  <authsec-ui-button size="small" variant="ghost" .locale=${v.locale}
                    @click=${() => v.navigate(d, target)}>${v.t('launch.drift.view', { target: v.t(`launch.target.${target}`) })}</authsec-ui-button>
                  <authsec-ui-button class="dismiss" size="small" ?hidden=${v.readonly} .loading=${v.dismissing(e.id)} .locale=${v.locale}
                    .label=${v.t('launch.drift.dismissLabel', { event: title, when })}
                    @click=${() => v.dismiss(d, e)}>${v.t('launch.drift.dismiss')}</authsec-ui-button>
                </div>
              </li>`;
            })}
          </ul>`
      : html`<p class="drift-empty">${v.t('launch.drift.empty')}</p>`}
  </section>`;
}

function driftDetail(v: LaunchView, d: LaunchData, e: DriftEvent): string {
  const f = driftFacts(e);
  if (f.unreadable !== undefined) return v.t('launch.drift.unreadable', { payload: v.text(f.unreadable, 200) });
  const scope = f.scope ?? (f.scopeId ? d.scopeNames.get(f.scopeId) : undefined);
  const scopeText = scope ? v.text(scope, 120) : f.scopeId ? v.t('launch.drift.unknownScope', { id: v.text(f.scopeId, 40) }) : undefined;
  switch (e.event_type) {
    case 'scope_deleted':
      return scope ? v.t('launch.drift.scope_deleted.detail', { scope: v.text(scope, 120) }) : v.t('launch.drift.scope_deleted.detailNoScope');
    case 'tool_unmapped': {
      const name = f.toolId ? d.toolNames.get(f.toolId) : undefined;
      const tool = name ? v.text(name, 120) : v.t('launch.drift.unknownTool', { id: v.text(f.toolId ?? '?', 40) });
      return scopeText ? v.t('launch.drift.tool_unmapped.detail', { tool, scope: scopeText }) : v.t('launch.drift.tool_unmapped.detailNoScope', { tool });
    }
    case 'default_role_disabled':
      return f.role ? v.t('launch.drift.default_role_disabled.detail', { role: roleLabel(v, f.role) }) : v.t('launch.drift.default_role_disabled.detailNoRole');
    case 'secret_rotated':
      return f.rotatedAt ? v.t('launch.drift.secret_rotated.detail', { when: v.date(f.rotatedAt) }) : v.t('launch.drift.secret_rotated.detailNoTime');
    case 'connection_revoked':
      return f.client ? v.t('launch.drift.connection_revoked.detail', { client: v.text(f.client, 120) }) : v.t('launch.drift.connection_revoked.detailNoClient');
  }
}

/** Who did something, by name where AuthSec says who that is. */
export function who(v: LaunchView, d: LaunchData, id: string | undefined): string {
  if (!id) return v.t('launch.who.nobody');
  const name = d.people.get(id);
  return name ? v.text(name, 80) : v.t('launch.who.unknown', { id: v.text(id, 40) });
}
