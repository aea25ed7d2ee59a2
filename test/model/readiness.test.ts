import { expect } from '@open-wc/testing';
import type { DriftEvent } from '../../src/api/drift-events.js';
import type { ManifestStatus } from '../../src/api/sdk.js';
import type { ValidationCheck } from '../../src/api/validation.js';
import {
  assessApplication, computeReadiness, computeRisk, isLaunched, lastSignal, NEXT_ACTION_TARGET, NEXT_ACTIONS, nextAction,
  type ReadinessApp, type ReadinessInput,
} from '../../src/model/readiness.js';

const T0 = '2026-11-20T10:00:00Z';
const T1 = '2026-11-21T10:00:00Z';
const T2 = '2026-11-22T10:00:00Z';

/** Mid-setup: manifest received, not launched, nothing checked, policy off, DCR open. */
const app = (patch: Partial<ReadinessApp> = {}): ReadinessApp => ({
  state: 'needs_setup',
  setup_completed_at: undefined,
  last_successful_generation: 1,
  last_scan_completed_at: undefined,
  last_validated_at: undefined,
  last_validation_status: undefined,
  access_policy_enabled: false,
  client_count: 0,
  registration_modes: ['dcr', 'cimd', 'prereg'],
  ...patch,
});
const live = (patch: Partial<ReadinessApp> = {}) =>
  app({ state: 'ready', setup_completed_at: T0, access_policy_enabled: true, last_validation_status: 'passed', last_validated_at: T0, ...patch });
const preview = (tools: Partial<{ total: number; public: number; mapped: number; unmapped: number }>, extra: { can_activate?: boolean; first_time_user_grant?: string[] } = {}) => ({
  tools: { total: 0, public: 0, mapped: 0, unmapped: 0, ...tools },
  can_activate: extra.can_activate ?? false,
  first_time_user_grant: extra.first_time_user_grant ?? ['x:read'],
});
const attempt = (status: NonNullable<ManifestStatus['last_attempt']>['status'], at = T1) => ({
  id: `a-${status}-${at}`, rs_id: 'rs', attempted_at: at, status, reason: undefined, tool_count: undefined, manifest_version: undefined, sdk_build_id: undefined,
});
const manifest = (status: Parameters<typeof attempt>[0], at = T1): ManifestStatus => ({
  last_attempt: attempt(status, at), last_success: status === 'success' ? attempt('success', at) : undefined, never_seen: false,
});
/** A drift event that changes who may consent, not what the SDK needs (no re-check). */
const ev = (occurred_at: string, event_type: DriftEvent['event_type'] = 'default_role_disabled') => ({ occurred_at, event_type });
const check = (key: ValidationCheck['key'], ok: boolean): ValidationCheck => ({ key, label: key, status: ok ? 'passing' : 'failing', message: '', observed: undefined });
const readiness = (input: Partial<ReadinessInput> & { app?: ReadinessApp }) => computeReadiness({ app: app(), ...input });

describe('model: readiness', () => {
  it('calls an application launched only when ready and activation is recorded', () => {
    expect(isLaunched({ state: 'ready', setup_completed_at: T0 })).to.equal(true);
    expect(isLaunched({ state: 'ready', setup_completed_at: undefined })).to.equal(false);
    expect(isLaunched({ state: 'needs_setup', setup_completed_at: T0 })).to.equal(false);
  });

  describe('protection', () => {
    const p = (input: Partial<ReadinessInput> & { app?: ReadinessApp }) => readiness(input).protection;
    it('a fresh failing check wins over everything', () => {
      expect(p({ app: app({ last_validation_status: 'passed' }), validation: { status: 'failing', checks: [], last_validated_at: T2 } }))
        .to.deep.equal({ state: 'err', status: 'failing' });
    });
    it('an SDK manifest refused with auth_failed means the secret is wrong', () => {
      expect(p({ app: app({ last_validation_status: 'passed' }), manifest: manifest('auth_failed') })).to.deep.equal({ state: 'err', status: 'sdk_secret_rejected' });
    });
    it('a fresh passing check with a refused manifest still needs the SDK fixed', () => {
      expect(p({ validation: { status: 'passed', checks: [], last_validated_at: T2 }, manifest: manifest('invalid_payload') }))
        .to.deep.equal({ state: 'warn', status: 'manifest_failing' });
    });
    it('a fresh passing check passes (over a failing row)', () => {
      expect(p({ app: app({ last_validation_status: 'failing' }), validation: { status: 'passed', checks: [], last_validated_at: T2 }, manifest: manifest('success') }))
        .to.deep.equal({ state: 'ok', status: 'passing' });
      expect(p({ validation: { status: 'passed', checks: [], last_validated_at: T2 } })).to.deep.equal({ state: 'ok', status: 'passing' });
    });
    it('reads the row: failing (the backend writes "failing"), scan failed, passed', () => {
      expect(p({ app: app({ last_validation_status: 'failing' }) })).to.deep.equal({ state: 'err', status: 'failing' });
      expect(p({ app: app({ state: 'scan_failed' }) })).to.deep.equal({ state: 'err', status: 'scan_failed' });
      expect(p({ app: app({ last_validation_status: 'passed' }) })).to.deep.equal({ state: 'ok', status: 'passing' });
    });
    it('a refused manifest without a fresh check is a warning', () => {
      expect(p({ app: app({ last_validation_status: 'passed' }), manifest: manifest('empty_tool_list') })).to.deep.equal({ state: 'warn', status: 'manifest_failing' });
    });
    it('never checked: nothing to say before launch, a warning once live', () => {
      expect(p({})).to.deep.equal({ state: 'none', status: 'not_checked' });
      expect(p({ app: live({ last_validation_status: undefined }) })).to.deep.equal({ state: 'warn', status: 'not_checked_live' });
    });
  });

  describe('tools', () => {
    const tl = (input: Partial<ReadinessInput> & { app?: ReadinessApp }) => readiness(input).tools;
    it('counts unmapped tools from the preview: setup work before launch, an error after', () => {
      expect(tl({ preview: preview({ total: 101, unmapped: 12, mapped: 89 }) })).to.deep.equal({ state: 'warn', status: 'unmapped', count: 12 });
      expect(tl({ app: live(), preview: preview({ total: 101, unmapped: 3, mapped: 98 }) })).to.deep.equal({ state: 'err', status: 'new_unmapped', count: 3 });
    });
    it('all mapped is OK', () => {
      expect(tl({ preview: preview({ total: 6, mapped: 6, public: 1 }) })).to.deep.equal({ state: 'ok', status: 'mapped', count: 6 });
    });
    it('an empty inventory: no tools after a manifest, no manifest before one', () => {
      expect(tl({ preview: preview({}) })).to.deep.equal({ state: 'warn', status: 'no_tools', count: 0 });
      expect(tl({ app: app({ last_successful_generation: 0 }), preview: preview({}) })).to.deep.equal({ state: 'none', status: 'no_manifest' });
    });
    it('without a preview, as AuthSec’s admin: Discovered or No manifest yet (launched implies mapped)', () => {
      expect(tl({ app: live() })).to.deep.equal({ state: 'ok', status: 'discovered' });
      expect(tl({})).to.deep.equal({ state: 'warn', status: 'discovered' });
      expect(tl({ app: app({ last_successful_generation: 0 }) })).to.deep.equal({ state: 'none', status: 'no_manifest' });
    });
  });

  describe('access', () => {
    const a = (input: Partial<ReadinessInput> & { app?: ReadinessApp }) => readiness(input).access;
    it('no default policy, a default role that grants nothing, a default role', () => {
      expect(a({})).to.deep.equal({ state: 'warn', status: 'no_default' });
      expect(a({ app: app({ access_policy_enabled: true }), preview: preview({}, { first_time_user_grant: [] }) })).to.deep.equal({ state: 'warn', status: 'default_role_empty', count: 0 });
      expect(a({ app: app({ access_policy_enabled: true }), preview: preview({}, { first_time_user_grant: ['a', 'b'] }) })).to.deep.equal({ state: 'ok', status: 'default_role', count: 2 });
      expect(a({ app: app({ access_policy_enabled: true }) })).to.deep.equal({ state: 'ok', status: 'default_role' });
    });
  });

  describe('clients', () => {
    const c = (patch: Partial<ReadinessApp>) => readiness({ app: app(patch) }).clients;
    it('registered clients, open registration, or nobody can connect', () => {
      expect(c({ client_count: 2 })).to.deep.equal({ state: 'ok', status: 'registered', count: 2 });
      expect(c({ registration_modes: ['cimd'] })).to.deep.equal({ state: 'none', status: 'dynamic', count: 0 });
      expect(c({ registration_modes: ['prereg'] })).to.deep.equal({ state: 'warn', status: 'none_registered', count: 0 });
      expect(c({ registration_modes: [] })).to.deep.equal({ state: 'warn', status: 'none_registered', count: 0 });
    });
  });

  describe('test', () => {
    const t = (checks: ValidationCheck[] | undefined) => readiness({ validation: checks && { status: 'passed', checks, last_validated_at: T2 } }).test;
    it('comes from the runtime checks of a protection check, when AuthSec sends them', () => {
      expect(t(undefined)).to.deep.equal({ state: 'none', status: 'not_run' });
      expect(t([check('metadata', true)])).to.deep.equal({ state: 'none', status: 'not_run' });
      expect(t([check('browser_login', true), check('tools_call_deny', false), check('tools_list_filter', false)])).to.deep.equal({ state: 'warn', status: 'failing', count: 2 });
      expect(t([check('browser_login', true), check('tools_call_deny', true)])).to.deep.equal({ state: 'ok', status: 'passed' });
    });
  });

  describe('launch', () => {
    const l = (input: Partial<ReadinessInput> & { app?: ReadinessApp }) => readiness(input).launch;
    it('discovery failed is an error', () => {
      expect(l({ app: app({ state: 'scan_failed' }) })).to.deep.equal({ state: 'err', status: 'scan_failed' });
    });
    it('launched, with or without drift since', () => {
      expect(l({ app: live() })).to.deep.equal({ state: 'ok', status: 'launched' });
      expect(l({ app: live(), drift: [] })).to.deep.equal({ state: 'ok', status: 'launched' });
      expect(l({ app: live(), drift: [ev(T1), ev(T2)] })).to.deep.equal({ state: 'warn', status: 'drifted', count: 2 });
    });
    it('before launch: waiting for a scan, ready, blocked (preview over setup), unknown', () => {
      expect(l({ app: app({ state: 'pending_scan' }) })).to.deep.equal({ state: 'warn', status: 'waiting_for_scan' });
      expect(l({ preview: preview({}, { can_activate: true }), setup: { can_activate: false } })).to.deep.equal({ state: 'warn', status: 'ready_to_launch' });
      expect(l({ setup: { can_activate: false } })).to.deep.equal({ state: 'warn', status: 'blocked' });
      expect(l({})).to.deep.equal({ state: 'warn', status: 'not_launched' });
    });
  });

  describe('risk', () => {
    const risk = (input: Partial<ReadinessInput> & { app?: ReadinessApp }) => computeRisk(readiness(input));
    it('High when launch or tools is in error, or a live application fails its check', () => {
      expect(risk({ app: app({ state: 'scan_failed' }) })).to.equal('high');
      expect(risk({ app: live(), preview: preview({ total: 5, unmapped: 1 }) })).to.equal('high');
      expect(risk({ app: live({ last_validation_status: 'failing' }) })).to.equal('high');
    });
    it('a failing check before launch is not High (nothing is enforced yet)', () => {
      expect(risk({ app: app({ last_validation_status: 'failing' }) })).to.equal('needs_review');
    });
    it('Low when launched and clean; Needs review with drift, an empty live inventory, or before launch', () => {
      expect(risk({ app: live(), preview: preview({ total: 6, mapped: 6 }) })).to.equal('low');
      expect(risk({ app: live(), drift: [ev(T1)] })).to.equal('needs_review');
      expect(risk({ app: live(), preview: preview({}) })).to.equal('needs_review');
      expect(risk({ preview: preview({ total: 6, mapped: 6 }, { can_activate: true }) })).to.equal('needs_review');
    });
  });

  describe('last signal', () => {
    it('none when nothing happened', () => {
      expect(lastSignal({ app: app() })).to.deep.equal({ kind: 'none' });
    });
    it('the most recent of manifest, check and drift', () => {
      expect(lastSignal({ app: app({ last_scan_completed_at: T0, last_validated_at: T1 }) })).to.deep.equal({ kind: 'checked', at: T1 });
      expect(lastSignal({ app: app({ last_scan_completed_at: T2, last_validated_at: T1 }) })).to.deep.equal({ kind: 'manifest', at: T2 });
      expect(lastSignal({ app: live(), drift: [ev(T1), ev(T2)] })).to.deep.equal({ kind: 'drift', at: T2 });
    });
    it('a refused manifest attempt is its own signal; a fresh check beats the row', () => {
      expect(lastSignal({ app: app({ last_scan_completed_at: T0 }), manifest: manifest('auth_failed', T2) })).to.deep.equal({ kind: 'manifest_failed', at: T2 });
      expect(lastSignal({ app: app({ last_scan_completed_at: T1 }), manifest: manifest('success', T1) })).to.deep.equal({ kind: 'manifest', at: T1 });
      expect(lastSignal({ app: app({ last_validated_at: T0 }), validation: { status: 'passed', checks: [], last_validated_at: T2 } })).to.deep.equal({ kind: 'checked', at: T2 });
    });
    it('at equal times keeps the manifest; ignores dates that do not parse', () => {
      expect(lastSignal({ app: app({ last_scan_completed_at: T1, last_validated_at: T1 }) })).to.deep.equal({ kind: 'manifest', at: T1 });
      expect(lastSignal({ app: app({ last_scan_completed_at: 'yesterday', last_validated_at: T0 }) })).to.deep.equal({ kind: 'checked', at: T0 });
    });
  });

  describe('next action', () => {
    const next = (input: Partial<ReadinessInput> & { app?: ReadinessApp }) => {
      const full = { app: app(), ...input };
      return nextAction(full.app, computeReadiness(full));
    };
    const ready = { access_policy_enabled: true } as const;
    const mapped = preview({ total: 6, mapped: 6 }, { can_activate: true });
    it('install protection: SDK secret or manifest refused, waiting for a scan, discovery failed, no manifest', () => {
      expect(next({ app: live(), manifest: manifest('auth_failed') })).to.equal('install-protection');
      expect(next({ app: live(), manifest: manifest('server_error') })).to.equal('install-protection');
      expect(next({ app: app({ state: 'pending_scan', last_successful_generation: 0 }) })).to.equal('install-protection');
      expect(next({ app: app({ state: 'scan_failed' }) })).to.equal('install-protection');
      expect(next({ app: app({ last_successful_generation: 0 }) })).to.equal('install-protection');
    });
    it('run a protection check when it fails, or when a live application was never checked', () => {
      expect(next({ app: app({ ...ready, last_validation_status: 'failing' }), preview: mapped })).to.equal('run-protection-check');
      expect(next({ app: live({ last_validation_status: undefined }) })).to.equal('run-protection-check');
    });
    it('review tools before launch, review new tools after', () => {
      expect(next({ preview: preview({ total: 101, unmapped: 50 }) })).to.equal('review-tools');
      expect(next({ app: live(), preview: preview({ total: 7, unmapped: 1, mapped: 6 }) })).to.equal('review-new-tools');
    });
    it('roll out access, approve a client, test access, in that order', () => {
      expect(next({ preview: mapped })).to.equal('roll-out-access');
      expect(next({ app: app({ ...ready, registration_modes: ['prereg'] }), preview: mapped })).to.equal('approve-client');
      expect(next({ app: app(ready), preview: mapped, validation: { status: 'passed', checks: [check('tools_call_deny', false)], last_validated_at: T2 } })).to.equal('test-access');
    });
    it('launch when every gate passes; resolve blockers when activation is still refused', () => {
      expect(next({ app: app(ready), preview: mapped })).to.equal('launch-application');
      // Without counters a discovered inventory still needs review, as in AuthSec's admin.
      expect(next({ app: app(ready) })).to.equal('review-tools');
      expect(next({ app: app(ready), preview: preview({ total: 6, mapped: 6 }, { can_activate: false }) })).to.equal('open-launch');
    });
    it('open (watch for drift) once live and healthy; review the changes when there are some', () => {
      expect(next({ app: live(), preview: preview({ total: 6, mapped: 6 }) })).to.equal('open');
      expect(next({ app: live(), drift: [ev(T1)] })).to.equal('review-changes');
      expect(NEXT_ACTION_TARGET['review-changes']).to.equal('activity');
    });
    it('run the check again after drift that changes what the SDK needs (defect: rotation left it "Passing")', () => {
      // live(): checked and passing at T0; the secret rotated at T1.
      const rotated = { app: live(), preview: preview({ total: 6, mapped: 6 }), drift: [ev(T1, 'secret_rotated')] };
      expect(readiness(rotated).protection).to.deep.equal({ state: 'err', status: 'recheck_needed', reason: 'secret_rotated', since: T1 });
      expect(next(rotated)).to.equal('run-protection-check');
      expect(computeRisk(readiness(rotated))).to.equal('high');
      // The check is on the Overview (defect: the list's "Run a protection check" opened Setup).
      expect(NEXT_ACTION_TARGET['run-protection-check']).to.equal('check');
      // A changed mapping is a warning; a rotated secret outranks it whatever the order.
      const mapping = { ...rotated, drift: [ev(T1, 'scope_deleted'), ev(T2, 'tool_unmapped')] };
      expect(readiness(mapping).protection).to.deep.equal({ state: 'warn', status: 'recheck_needed', reason: 'mapping_changed', since: T2 });
      expect(readiness({ ...rotated, drift: [ev(T1, 'secret_rotated'), ev(T2, 'scope_deleted')] }).protection.reason).to.equal('secret_rotated');
      // Drift before the last check, a check run since, or drift that is not the SDK's: no re-check.
      expect(readiness({ ...rotated, app: live({ last_validated_at: T2 }) }).protection.status).to.equal('passing');
      expect(readiness({ ...rotated, validation: { status: 'passed', checks: [], last_validated_at: T2 } }).protection.status).to.equal('passing');
      expect(readiness({ ...rotated, drift: [ev(T1, 'connection_revoked')] }).protection.status).to.equal('passing');
      // Not launched: nothing is enforced yet, and drift is not recorded.
      expect(readiness({ ...rotated, app: app({ last_validated_at: T0, last_validation_status: 'passed' }) }).protection.status).to.equal('passing');
    });
    it('every action has a destination', () => {
      for (const key of NEXT_ACTIONS) expect(NEXT_ACTION_TARGET[key], key).to.be.a('string');
      expect(NEXT_ACTION_TARGET['review-new-tools']).to.equal('tools');
      expect(NEXT_ACTION_TARGET.open).to.equal('activity');
    });
  });

  it('assesses an application in one call', () => {
    const result = assessApplication({ app: live({ last_scan_completed_at: T1 }), preview: preview({ total: 6, mapped: 6 }), drift: [ev(T2)] });
    expect(result.risk).to.equal('needs_review');
    expect(result.lastSignal).to.deep.equal({ kind: 'drift', at: T2 });
    expect(result.nextAction).to.equal('review-changes');
    expect(result.readiness.launch).to.deep.equal({ state: 'warn', status: 'drifted', count: 1 });
  });
});
