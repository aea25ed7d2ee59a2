/**
 * Readiness, risk, last signal and next action of one Application, computed in the browser the
 * way AuthSec's own admin does (authsec-api.md §4.6: there is no readiness endpoint). Shared by the
 * launch queue (Overview) and the applications list.
 *
 * Everything here returns codes, never words: elements map codes to catalog keys.
 *
 * Where AuthSec's admin UI knows less than we are given, the extra input refines the answer rather
 * than changing its meaning:
 * - its tools area is "Discovered" (warn) whenever a manifest arrived; with the activation
 *   preview's counters we say mapped / N unmapped instead, and after launch an unmapped tool is
 *   new work (`review-new-tools`).
 * - its protection area reads only the row's last check; a fresh check result, and a manifest the
 *   SDK could not publish (wrong secret), take precedence.
 * - its "test" area is never run from the row alone; the protection check's runtime checks
 *   (`browser_login`, `tools_list_filter`, `tools_call_deny`), when AuthSec sends them, fill it.
 * - last signal is the most recent of manifest, check and drift event (the seed's "most recent
 *   runtime or policy event"), not a fixed order.
 */
import type { DriftEvent } from '../api/drift-events.js';
import type { ResourceServerSummary } from '../api/resource-servers.js';
import type { ActivationPreview, SetupChecklist } from '../api/setup.js';
import type { ManifestStatus } from '../api/sdk.js';
import type { ValidationCheckKey, ValidationResult } from '../api/validation.js';

export type AreaState = 'ok' | 'warn' | 'err' | 'none';

export type ProtectionStatus =
  | 'passing'
  | 'failing'
  | 'scan_failed'
  /** The SDK's last manifest was refused with `auth_failed`: its secret is wrong. */
  | 'sdk_secret_rejected'
  /** The SDK's last manifest was refused for another reason (payload, empty list, server). */
  | 'manifest_failing'
  /** Launched, and something the SDK depends on changed after the last check (`reason` says what). */
  | 'recheck_needed'
  | 'not_checked'
  /** Launched but never checked. */
  | 'not_checked_live';
export type ToolsStatus = 'no_manifest' | 'no_tools' | 'discovered' | 'unmapped' | 'new_unmapped' | 'mapped';
export type AccessStatus = 'default_role' | 'default_role_empty' | 'no_default';
export type ClientsStatus = 'registered' | 'dynamic' | 'none_registered';
export type TestStatus = 'passed' | 'failing' | 'not_run';
export type LaunchStatus =
  | 'launched'
  | 'drifted'
  | 'ready_to_launch'
  | 'blocked'
  | 'not_launched'
  | 'waiting_for_scan'
  | 'scan_failed';

export interface ReadinessArea<S extends string> {
  readonly state: AreaState;
  readonly status: S;
  /** The number the status talks about (unmapped tools, clients, drift events…). */
  readonly count?: number;
  /** Why a passing check must be run again (`recheck_needed` only). */
  readonly reason?: RecheckReason;
  /** When that happened (RFC 3339). */
  readonly since?: string;
}

/**
 * Drift after the last protection check that changes what the SDK needs: a rotated secret (an SDK
 * holding the old one rejects every token) or a changed mapping (a deleted scope, an unmapped tool).
 * A disabled default role or a revoked connection changes who may consent, not the SDK.
 */
export type RecheckReason = 'secret_rotated' | 'mapping_changed';
const RECHECK_DRIFT: Readonly<Partial<Record<DriftEvent['event_type'], RecheckReason>>> = {
  secret_rotated: 'secret_rotated',
  scope_deleted: 'mapping_changed',
  tool_unmapped: 'mapping_changed',
};

export const READINESS_AREAS = ['protection', 'tools', 'access', 'clients', 'test', 'launch'] as const;
export type ReadinessAreaKey = (typeof READINESS_AREAS)[number];

export interface Readiness {
  readonly launched: boolean;
  readonly protection: ReadinessArea<ProtectionStatus>;
  readonly tools: ReadinessArea<ToolsStatus>;
  readonly access: ReadinessArea<AccessStatus>;
  readonly clients: ReadinessArea<ClientsStatus>;
  readonly test: ReadinessArea<TestStatus>;
  readonly launch: ReadinessArea<LaunchStatus>;
}

export type ApplicationRisk = 'high' | 'needs_review' | 'low';

export type SignalKind = 'manifest' | 'manifest_failed' | 'checked' | 'drift' | 'none';
export interface LastSignal {
  readonly kind: SignalKind;
  /** RFC 3339 time of the signal (absent for `none`). */
  readonly at?: string;
}

export const NEXT_ACTIONS = [
  'install-protection',
  'run-protection-check',
  'review-tools',
  'review-new-tools',
  'roll-out-access',
  'approve-client',
  'test-access',
  'open-launch',
  'launch-application',
  'review-changes',
  'open',
] as const;
export type NextActionKey = (typeof NEXT_ACTIONS)[number];

/**
 * Where the host's router should take the admin (`authsec-navigate` `target`); `check` is the
 * protection check, which lives on the Overview next to the activation preview (`launch`).
 */
export type NavigateTarget = 'registration' | 'install' | 'check' | 'tools' | 'scopes' | 'access' | 'people' | 'clients' | 'test' | 'launch' | 'activity';

export const NEXT_ACTION_TARGET: Readonly<Record<NextActionKey, NavigateTarget>> = {
  'install-protection': 'install',
  'run-protection-check': 'check',
  'review-tools': 'tools',
  'review-new-tools': 'tools',
  'roll-out-access': 'access',
  'approve-client': 'clients',
  'test-access': 'test',
  'open-launch': 'launch',
  'launch-application': 'launch',
  'review-changes': 'activity',
  open: 'activity',
};

/** The Application row fields the computation reads (a `ResourceServerSummary` has them all). */
export type ReadinessApp = Pick<
  ResourceServerSummary,
  | 'state'
  | 'setup_completed_at'
  | 'last_successful_generation'
  | 'last_scan_completed_at'
  | 'last_validated_at'
  | 'last_validation_status'
  | 'access_policy_enabled'
  | 'client_count'
  | 'registration_modes'
>;

export interface ReadinessInput {
  readonly app: ReadinessApp;
  /** `GET …/activation-preview`: exact tool counters and the first-time grant. */
  readonly preview?: Pick<ActivationPreview, 'tools' | 'can_activate' | 'first_time_user_grant'> | undefined;
  /** `GET …/setup`: whether activation is possible. */
  readonly setup?: Pick<SetupChecklist, 'can_activate'> | undefined;
  /** `GET …/sdk-manifest-status`. */
  readonly manifest?: ManifestStatus | undefined;
  /** A protection check run in this session (fresher than the row's `last_validation_status`). */
  readonly validation?: Pick<ValidationResult, 'status' | 'checks' | 'last_validated_at'> | undefined;
  /** Undismissed drift events (`GET …/drift-events`). */
  readonly drift?: readonly Pick<DriftEvent, 'occurred_at' | 'event_type'>[] | undefined;
}

export interface ApplicationAssessment {
  readonly readiness: Readiness;
  readonly risk: ApplicationRisk;
  readonly lastSignal: LastSignal;
  readonly nextAction: NextActionKey;
}

/** Launched ⇔ `state === "ready"` and activation recorded (`active` does not mean launched). */
export function isLaunched(app: Pick<ReadinessApp, 'state' | 'setup_completed_at'>): boolean {
  return app.state === 'ready' && !!app.setup_completed_at;
}

const RUNTIME_CHECKS: readonly ValidationCheckKey[] = ['browser_login', 'tools_list_filter', 'tools_call_deny'];

const time = (at: string | null | undefined): number => (at ? Date.parse(at) : NaN);

/** The newest SDK-relevant drift after the last check (live applications that were checked). */
function recheck(input: ReadinessInput, launched: boolean): ReadinessArea<'recheck_needed'> | undefined {
  const checkedAt = time(input.validation?.last_validated_at ?? input.app.last_validated_at);
  if (!launched || Number.isNaN(checkedAt)) return undefined;
  let found: { reason: RecheckReason; at: string } | undefined;
  for (const event of input.drift ?? []) {
    const reason = RECHECK_DRIFT[event.event_type];
    if (!reason || !(time(event.occurred_at) > checkedAt)) continue;
    // A rotated secret outranks a changed mapping: every token fails until the SDK has the new one.
    if (!found || (reason === 'secret_rotated' && found.reason !== reason) || (reason === found.reason && time(event.occurred_at) > time(found.at))) {
      found = { reason, at: event.occurred_at };
    }
  }
  if (!found) return undefined;
  return { state: found.reason === 'secret_rotated' ? 'err' : 'warn', status: 'recheck_needed', reason: found.reason, since: found.at };
}

function protectionArea(input: ReadinessInput, launched: boolean): ReadinessArea<ProtectionStatus> {
  const { app, validation, manifest } = input;
  const attempt = manifest?.last_attempt;
  if (validation?.status === 'failing') return { state: 'err', status: 'failing' };
  if (attempt?.status === 'auth_failed') return { state: 'err', status: 'sdk_secret_rejected' };
  const stale = recheck(input, launched);
  if (stale) return stale;
  if (validation?.status === 'passed') {
    return attempt && attempt.status !== 'success' ? { state: 'warn', status: 'manifest_failing' } : { state: 'ok', status: 'passing' };
  }
  if (app.last_validation_status === 'failing') return { state: 'err', status: 'failing' };
  if (app.state === 'scan_failed') return { state: 'err', status: 'scan_failed' };
  if (attempt && attempt.status !== 'success') return { state: 'warn', status: 'manifest_failing' };
  if (app.last_validation_status === 'passed') return { state: 'ok', status: 'passing' };
  return launched ? { state: 'warn', status: 'not_checked_live' } : { state: 'none', status: 'not_checked' };
}

function toolsArea(input: ReadinessInput, launched: boolean): ReadinessArea<ToolsStatus> {
  const { app, preview } = input;
  if (preview && preview.tools.total > 0) {
    const { unmapped, total } = preview.tools;
    if (unmapped > 0) return launched ? { state: 'err', status: 'new_unmapped', count: unmapped } : { state: 'warn', status: 'unmapped', count: unmapped };
    return { state: 'ok', status: 'mapped', count: total };
  }
  if (preview) return app.last_successful_generation > 0 ? { state: 'warn', status: 'no_tools', count: 0 } : { state: 'none', status: 'no_manifest' };
  if (launched) return { state: 'ok', status: 'discovered' };
  return app.last_successful_generation > 0 ? { state: 'warn', status: 'discovered' } : { state: 'none', status: 'no_manifest' };
}

function accessArea(input: ReadinessInput): ReadinessArea<AccessStatus> {
  if (!input.app.access_policy_enabled) return { state: 'warn', status: 'no_default' };
  if (input.preview && input.preview.first_time_user_grant.length === 0) return { state: 'warn', status: 'default_role_empty', count: 0 };
  return { state: 'ok', status: 'default_role', ...(input.preview ? { count: input.preview.first_time_user_grant.length } : {}) };
}

function clientsArea(app: ReadinessApp): ReadinessArea<ClientsStatus> {
  if (app.client_count > 0) return { state: 'ok', status: 'registered', count: app.client_count };
  // Dynamic (DCR) or metadata-document (CIMD) registration lets clients arrive on their own.
  if (app.registration_modes.some((m) => m === 'dcr' || m === 'cimd')) return { state: 'none', status: 'dynamic', count: 0 };
  return { state: 'warn', status: 'none_registered', count: 0 };
}

function testArea(validation: ReadinessInput['validation']): ReadinessArea<TestStatus> {
  const runtime = validation?.checks.filter((c) => RUNTIME_CHECKS.includes(c.key)) ?? [];
  if (!runtime.length) return { state: 'none', status: 'not_run' };
  const failing = runtime.filter((c) => c.status === 'failing').length;
  return failing ? { state: 'warn', status: 'failing', count: failing } : { state: 'ok', status: 'passed' };
}

function launchArea(input: ReadinessInput, launched: boolean): ReadinessArea<LaunchStatus> {
  const { app } = input;
  if (app.state === 'scan_failed') return { state: 'err', status: 'scan_failed' };
  if (launched) {
    const drift = input.drift?.length ?? 0;
    return drift ? { state: 'warn', status: 'drifted', count: drift } : { state: 'ok', status: 'launched' };
  }
  if (app.state === 'pending_scan') return { state: 'warn', status: 'waiting_for_scan' };
  const canActivate = input.preview?.can_activate ?? input.setup?.can_activate;
  if (canActivate === true) return { state: 'warn', status: 'ready_to_launch' };
  if (canActivate === false) return { state: 'warn', status: 'blocked' };
  return { state: 'warn', status: 'not_launched' };
}

/** The six readiness areas of AuthSec's admin: protection, tools, access, clients, test, launch. */
export function computeReadiness(input: ReadinessInput): Readiness {
  const launched = isLaunched(input.app);
  return {
    launched,
    protection: protectionArea(input, launched),
    tools: toolsArea(input, launched),
    access: accessArea(input),
    clients: clientsArea(input.app),
    test: testArea(input.validation),
    launch: launchArea(input, launched),
  };
}

/**
 * High when launch or tools is in error (or a live application fails its protection check);
 * Low when launched with nothing to review; otherwise Needs review.
 */
export function computeRisk(readiness: Readiness): ApplicationRisk {
  const { launch, tools, protection, launched } = readiness;
  if (launch.state === 'err' || tools.state === 'err' || (launched && protection.state === 'err')) return 'high';
  if (launched && launch.state === 'ok' && tools.state !== 'warn') return 'low';
  return 'needs_review';
}

/** The most recent of: manifest (or failed manifest), protection check, drift event. */
export function lastSignal(input: ReadinessInput): LastSignal {
  const { app, manifest, validation, drift } = input;
  const candidates: LastSignal[] = [];
  const add = (kind: SignalKind, at: string | undefined) => {
    if (at && !Number.isNaN(Date.parse(at))) candidates.push({ kind, at });
  };
  add('manifest', app.last_scan_completed_at);
  const attempt = manifest?.last_attempt;
  if (attempt) add(attempt.status === 'success' ? 'manifest' : 'manifest_failed', attempt.attempted_at);
  add('checked', validation?.last_validated_at ?? app.last_validated_at);
  for (const event of drift ?? []) add('drift', event.occurred_at);
  let best: LastSignal = { kind: 'none' };
  for (const c of candidates) {
    // Strictly newer wins, so at equal times the earlier kind (manifest, then check) is kept.
    if (best.at === undefined || Date.parse(c.at!) > Date.parse(best.at)) best = c;
  }
  return best;
}

const needsWork = (area: ReadinessArea<string>) => area.state === 'warn' || area.state === 'err';

/** The first gate that is not OK, in AuthSec's priority order; "launch" when all pass; "open" once live. */
export function nextAction(app: Pick<ReadinessApp, 'state'>, readiness: Readiness): NextActionKey {
  const { protection, tools, access, clients, test, launch, launched } = readiness;
  if (protection.status === 'sdk_secret_rejected' || protection.status === 'manifest_failing') return 'install-protection';
  if (!launched && (app.state === 'pending_scan' || app.state === 'scan_failed' || tools.status === 'no_manifest')) return 'install-protection';
  if (needsWork(protection)) return 'run-protection-check';
  if (tools.state === 'err') return 'review-new-tools';
  if (tools.state === 'warn') return 'review-tools';
  if (needsWork(access)) return 'roll-out-access';
  if (needsWork(clients)) return 'approve-client';
  if (needsWork(test)) return 'test-access';
  if (launched) return launch.status === 'drifted' ? 'review-changes' : 'open';
  return launch.status === 'blocked' ? 'open-launch' : 'launch-application';
}

/** Readiness, risk, last signal and next action in one call (what a list row or the Overview shows). */
export function assessApplication(input: ReadinessInput): ApplicationAssessment {
  const readiness = computeReadiness(input);
  return { readiness, risk: computeRisk(readiness), lastSignal: lastSignal(input), nextAction: nextAction(input.app, readiness) };
}
