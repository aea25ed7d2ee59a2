/**
 * What stands between an Application and launch, and what changed after it, as codes and counts:
 * setup steps (`GET …/setup`), activation gates (409 `failed[]`), manifest attempts, protection
 * checks and drift events. AuthSec sends some of these as English free text (`"12 unmapped"`,
 * `"step_4_unmapped_tool_count: 12"`); they are parsed here once so elements speak in the
 * catalog's words and never show the server's wording as if it were ours.
 */
import type { DriftEvent, DriftEventType } from '../api/drift-events.js';
import type { ManifestStatus } from '../api/sdk.js';
import type { ActivationGate, SetupChecklist } from '../api/setup.js';
import type { ValidationCheckKey } from '../api/validation.js';
import type { NavigateTarget } from './readiness.js';

export type SetupStepCode = 'register' | 'tool_inventory' | 'define_scopes' | 'map_tools' | 'default_role' | 'activate';

/** AuthSec's step numbers (`SetupChecklist`): 1 Register … 6 Activate. */
const STEP_BY_NUMBER: Readonly<Partial<Record<number, SetupStepCode>>> = {
  1: 'register', 2: 'tool_inventory', 3: 'define_scopes', 4: 'map_tools', 5: 'default_role', 6: 'activate',
};
const STEP_BY_NAME: Readonly<Partial<Record<string, SetupStepCode>>> = {
  register: 'register', 'tool inventory': 'tool_inventory', 'define scopes': 'define_scopes',
  'map tools to scopes': 'map_tools', 'default role': 'default_role', activate: 'activate',
};

/** The one place each step sends the admin (`authsec-navigate` target). */
export const STEP_TARGET: Readonly<Record<SetupStepCode, NavigateTarget>> = {
  register: 'registration',
  tool_inventory: 'install',
  define_scopes: 'scopes',
  map_tools: 'tools',
  default_role: 'access',
  activate: 'launch',
};

/** The count in each step's detail, in AuthSec's wording (`ResourceServerService.SetupChecklist`). */
const STEP_DETAIL: Readonly<Partial<Record<SetupStepCode, RegExp>>> = {
  tool_inventory: /^(\d+) tools?$/,
  define_scopes: /^(\d+) scopes?$/,
  map_tools: /^(\d+) unmapped$/,
  default_role: /^viewer: (\d+) scopes?$/,
};

export interface SetupQueueItem {
  readonly step: number;
  readonly code: SetupStepCode | 'unknown';
  /** AuthSec's own name for the step (shown only for a step this version does not know). */
  readonly name: string;
  readonly complete: boolean;
  /** The number in the step's detail ("12 unmapped" → 12). */
  readonly count?: number;
  /** Detail text that did not parse (untrusted; shown as-is, as text). */
  readonly detail?: string;
  readonly target: NavigateTarget;
}

/** The setup checklist as an ordered queue, each step with its code, count and destination. */
export function setupQueue(checklist: Pick<SetupChecklist, 'steps'>): SetupQueueItem[] {
  return [...checklist.steps]
    .sort((a, b) => a.step - b.step)
    .map((s) => {
      const name = s.name.trim().toLowerCase();
      // Own keys only: a step named "constructor" must not find Object.prototype.
      const code: SetupStepCode | 'unknown' =
        (Object.hasOwn(STEP_BY_NAME, name) ? STEP_BY_NAME[name] : undefined) ??
        (Object.hasOwn(STEP_BY_NUMBER, s.step) ? STEP_BY_NUMBER[s.step] : undefined) ??
        'unknown';
      const detail = s.detail?.trim() ?? '';
      const pattern = code === 'unknown' ? undefined : STEP_DETAIL[code];
      const match = pattern?.exec(detail);
      const base = { step: s.step, code, name: s.name, complete: s.complete, target: code === 'unknown' ? 'launch' : STEP_TARGET[code] } as const;
      if (match) return { ...base, count: Number(match[1]) };
      // Register has no detail; Activate's is `can_activate=…`, which the queue shows as its own state.
      if (!detail || code === 'activate' || code === 'register') return base;
      return { ...base, detail };
    });
}

export const ACTIVATION_GATES: readonly ActivationGate[] = [
  'step_2_no_tools', 'step_3_no_scopes', 'step_4_unmapped_tool_count', 'step_5_no_viewer_role', 'step_5_viewer_role_empty',
];

export interface ActivationBlocker {
  readonly code: ActivationGate | 'unknown';
  /** `step_4_unmapped_tool_count: 12` → 12. */
  readonly count?: number;
  /** The code as AuthSec sent it (untrusted). */
  readonly raw: string;
}

export const BLOCKER_TARGET: Readonly<Record<ActivationGate | 'unknown', NavigateTarget>> = {
  step_2_no_tools: 'install',
  step_3_no_scopes: 'scopes',
  step_4_unmapped_tool_count: 'tools',
  step_5_no_viewer_role: 'access',
  step_5_viewer_role_empty: 'access',
  unknown: 'launch',
};

/** The setup step each gate belongs to (`step_4_…` → 4). */
export const BLOCKER_STEP: Readonly<Record<ActivationGate, number>> = {
  step_2_no_tools: 2,
  step_3_no_scopes: 3,
  step_4_unmapped_tool_count: 4,
  step_5_no_viewer_role: 5,
  step_5_viewer_role_empty: 5,
};

/** One entry of a 409 `failed[]`: a known gate with its count, or `unknown` keeping the raw text. */
export function parseActivationFailure(raw: string): ActivationBlocker {
  const match = /^\s*([a-z0-9_]+)\s*(?::\s*(\d+))?\s*$/.exec(raw);
  const code = match?.[1] as ActivationGate | undefined;
  if (!match || !code || !ACTIVATION_GATES.includes(code)) return { code: 'unknown', raw };
  return match[2] !== undefined ? { code, count: Number(match[2]), raw } : { code, raw };
}

/** Every `failed[]` entry, in AuthSec's order, duplicates dropped. */
export function activationBlockers(failed: readonly string[] | null | undefined): ActivationBlocker[] {
  const seen = new Set<string>();
  const out: ActivationBlocker[] = [];
  for (const raw of failed ?? []) {
    if (typeof raw !== 'string' || seen.has(raw)) continue;
    seen.add(raw);
    out.push(parseActivationFailure(raw));
  }
  return out;
}

export type ManifestHealth = 'never_seen' | 'ok' | 'failing' | 'failing_after_success';

/** Whether the SDK's manifest reaches AuthSec: never, fine, failing, or failing after it once worked. */
export function manifestHealth(status: ManifestStatus): ManifestHealth {
  const last = status.last_attempt;
  if (!last) return status.never_seen || !status.last_success ? 'never_seen' : 'ok';
  if (last.status === 'success') return 'ok';
  return status.last_success ? 'failing_after_success' : 'failing';
}

/** Where to fix a failing protection check. */
export const CHECK_TARGET: Readonly<Record<ValidationCheckKey, NavigateTarget>> = {
  metadata: 'install',
  challenge: 'install',
  discovery: 'install',
  default_access: 'access',
  client_registration: 'registration',
  browser_login: 'test',
  tools_list_filter: 'tools',
  tools_call_deny: 'tools',
};

/** Where to look at what a drift event changed. */
export const DRIFT_TARGET: Readonly<Record<DriftEventType, NavigateTarget>> = {
  scope_deleted: 'scopes',
  tool_unmapped: 'tools',
  default_role_disabled: 'access',
  secret_rotated: 'install',
  connection_revoked: 'clients',
};

/** The facts of a drift event's (decoded) payload, each untrusted text; absent when not sent. */
export interface DriftFacts {
  readonly scope?: string;
  readonly scopeId?: string;
  readonly toolId?: string;
  readonly role?: string;
  readonly rotatedAt?: string;
  readonly client?: string;
  /** A payload that was not base64 JSON, kept so what AuthSec said is not lost. */
  readonly unreadable?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined);

export function driftFacts(event: Pick<DriftEvent, 'event_type' | 'event_payload'>): DriftFacts {
  const p = event.event_payload ?? {};
  const facts: Record<string, string | undefined> = {};
  if (text(p.raw) !== undefined && Object.keys(p).length === 1) facts.unreadable = text(p.raw);
  switch (event.event_type) {
    case 'scope_deleted':
      facts.scope = text(p.scope_string);
      facts.scopeId = text(p.scope_id);
      break;
    case 'tool_unmapped':
      facts.toolId = text(p.tool_id);
      facts.scopeId = text(p.scope_id);
      facts.scope = text(p.scope_string);
      break;
    case 'default_role_disabled':
      facts.role = text(p.prior_default_role);
      break;
    case 'secret_rotated':
      facts.rotatedAt = text(p.rotated_at);
      break;
    case 'connection_revoked':
      facts.client = text(p.client_name) ?? text(p.client_id) ?? text(p.connection_id);
      break;
  }
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as DriftFacts;
}

/** POSIX single-quoted shell word: safe to paste whatever the URL contains. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export interface VerifyCalls {
  /** `curl` for an unauthenticated `tools/list` (expect 401 with a challenge). */
  readonly unauthenticated: string;
  /** The protected-resource metadata URL the challenge must name. */
  readonly metadataUrl: string;
  /** `curl` for a `tools/call` with a token (expect 403 `insufficient_scope`, then 200). */
  readonly withToken: string;
}

/**
 * The seed's "Verify it works" calls for this Application's Resource URI, or `undefined` when the
 * URI is not an http(s) URL (nothing safe to suggest).
 */
export function verifyCalls(app: { resource_uri: string }, tool = '<write tool>'): VerifyCalls | undefined {
  let url: URL;
  try {
    url = new URL(app.resource_uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/+$/, '');
  const metadataUrl = `${url.origin}/.well-known/oauth-protected-resource${path}`;
  const target = shellQuote(app.resource_uri);
  const list = shellQuote(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
  const call = shellQuote(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: tool, arguments: {} } }));
  return {
    unauthenticated: `curl -si -X POST ${target} -H 'Content-Type: application/json' -d ${list}`,
    metadataUrl,
    withToken: `curl -si -X POST ${target} -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" -d ${call}`,
  };
}
