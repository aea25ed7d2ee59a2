/** What the Overview reads from AuthSec for one application, and how it reads it. */
import { listEligibleUsers } from '../../api/bindings.js';
import type { AuthsecClient } from '../../api/client.js';
import { listDriftEvents, type DriftEvent } from '../../api/drift-events.js';
import { AuthsecError } from '../../api/errors.js';
import { getApplicationSummary } from '../../api/application-summary.js';
import type { ResourceServerSummary } from '../../api/resource-servers.js';
import { getScopeMatrix } from '../../api/scope-matrix.js';
import { getManifestStatus, type ManifestStatus } from '../../api/sdk.js';
import { getActivationPreview, getSetup, type ActivationPreview, type SetupChecklist } from '../../api/setup.js';
import { driftFacts } from '../../model/launch-blockers.js';
import { isLaunched } from '../../model/readiness.js';
import { displayText } from '../../model/text-safety.js';
import { unreadItems, type UnreadItem } from '../../api/list-items.js';

export interface LaunchData {
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
  /** Setup steps, drift events, clients and people AuthSec sent that could not be read. */
  unread: UnreadItem[];
}

export async function loadLaunch(client: AuthsecClient, id: string, signal: AbortSignal): Promise<LaunchData> {
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
    unread: unreadItems(app, setup, drift, people),
  };
}

/** A fallback for an optional part, except when the whole load was cancelled. */
export function rethrowAbort<T>(signal: AbortSignal, fallback: T): (error: unknown) => T {
  return () => {
    signal.throwIfAborted();
    return fallback;
  };
}

/** A check's `observed` facts as key/value text pairs (untrusted; clamped). */
export function observedEntries(observed: unknown): [string, string][] {
  if (observed === undefined || observed === null) return [];
  if (typeof observed !== 'object' || Array.isArray(observed)) return [['value', displayText(JSON.stringify(observed) ?? '', 400)]];
  return Object.entries(observed as Record<string, unknown>)
    .slice(0, 20)
    .map(([k, v]) => [displayText(k, 60), displayText(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''), 400)]);
}
