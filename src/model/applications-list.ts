/**
 * The applications list's rows: each Application with its readiness, risk, last signal and next
 * action (computed as AuthSec's admin does, `assessApplication`), then filtered and sorted the way
 * the admin asked. Codes only: the element turns them into words.
 */
import type { DriftEvent } from '../api/drift-events.js';
import type { ResourceServerSummary } from '../api/resource-servers.js';
import { assessApplication, type ApplicationAssessment, type ApplicationRisk, type LaunchStatus } from './readiness.js';

export interface ApplicationRow {
  readonly app: ResourceServerSummary;
  readonly assessment: ApplicationAssessment;
}

export const SORT_KEYS = ['name', 'resource', 'readiness', 'risk', 'signal', 'clients'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface ListSort {
  readonly key: SortKey;
  readonly direction: SortDirection;
}

export const SHOW_FILTERS = ['all', 'launched', 'not_launched', 'attention'] as const;
export type ShowFilter = (typeof SHOW_FILTERS)[number];

export interface ListFilter {
  /** Free text matched against name and Resource URI (case- and accent-insensitive). */
  readonly query: string;
  readonly show: ShowFilter;
}

export const DEFAULT_SORT: ListSort = { key: 'name', direction: 'ascending' };
export const DEFAULT_FILTER: ListFilter = { query: '', show: 'all' };

/**
 * Each application assessed by the Overview's rules, with the undismissed drift events of the
 * launched ones where they could be read (`drift` by application id).
 */
export function assessRows(apps: readonly ResourceServerSummary[], drift: ReadonlyMap<string, readonly DriftEvent[]> = new Map()): ApplicationRow[] {
  return apps.map((app) => ({ app, assessment: assessApplication({ app, drift: drift.get(app.id) }) }));
}

/** Most urgent first when ascending: high, needs review, low. */
const RISK_ORDER: Readonly<Record<ApplicationRisk, number>> = { high: 0, needs_review: 1, low: 2 };
/** Furthest from launch first when ascending; launched last. */
const LAUNCH_ORDER: Readonly<Record<LaunchStatus, number>> = {
  scan_failed: 0,
  waiting_for_scan: 1,
  not_launched: 2,
  blocked: 3,
  ready_to_launch: 4,
  drifted: 5,
  launched: 6,
};

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

export function matchesFilter(row: ApplicationRow, filter: ListFilter): boolean {
  const { readiness, risk } = row.assessment;
  switch (filter.show) {
    case 'launched':
      if (!readiness.launched) return false;
      break;
    case 'not_launched':
      if (readiness.launched) return false;
      break;
    case 'attention':
      if (risk === 'low') return false;
      break;
    case 'all':
      break;
  }
  const words = fold(filter.query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const haystack = fold(`${row.app.name} ${row.app.resource_uri}`);
  return words.every((w) => haystack.includes(w));
}

function compare(a: ApplicationRow, b: ApplicationRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return a.app.name.localeCompare(b.app.name, undefined, { sensitivity: 'base', numeric: true });
    case 'resource':
      return a.app.resource_uri.localeCompare(b.app.resource_uri);
    case 'readiness':
      return LAUNCH_ORDER[a.assessment.readiness.launch.status] - LAUNCH_ORDER[b.assessment.readiness.launch.status];
    case 'risk':
      return RISK_ORDER[a.assessment.risk] - RISK_ORDER[b.assessment.risk];
    case 'signal': {
      // No signal sorts as the oldest.
      const at = (r: ApplicationRow) => (r.assessment.lastSignal.at ? Date.parse(r.assessment.lastSignal.at) : -Infinity);
      const x = at(a);
      const y = at(b);
      return x === y ? 0 : x < y ? -1 : 1;
    }
    case 'clients':
      return a.app.client_count - b.app.client_count;
  }
}

/** Filtered and sorted rows; ties keep name order, so the list never shuffles between loads. */
export function visibleRows(rows: readonly ApplicationRow[], filter: ListFilter, sort: ListSort): ApplicationRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .filter((r) => matchesFilter(r, filter))
    .sort((a, b) => sign * compare(a, b, sort.key) || compare(a, b, 'name') || a.app.id.localeCompare(b.app.id));
}

/** Clicking a column: the same column flips its direction, another starts ascending. */
export function nextSort(current: ListSort, key: SortKey): ListSort {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
