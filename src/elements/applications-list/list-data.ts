/** What the applications list reads from AuthSec, and how. */
import type { AuthsecClient } from '../../api/client.js';
import { listDriftEvents, type DriftEvent } from '../../api/drift-events.js';
import { listResourceServers } from '../../api/application-list.js';
import { markUnread, unreadItems } from '../../api/list-items.js';
import { assessRows, type ApplicationRow } from '../../model/applications-list.js';
import { isLaunched } from '../../model/readiness.js';

/** At most this many drift reads at once, so a large workspace does not flood AuthSec. */
const DRIFT_READS_AT_ONCE = 4;

/**
 * The applications, assessed like the Overview. AuthSec has no workspace-wide drift endpoint, so
 * the drift events are read for the launched applications only (drift exists only after launch);
 * a read that fails leaves that row assessed without drift rather than failing the list. An entry
 * AuthSec sent that could not be read is left out and reported (`unreadItems(rows)`).
 */
export async function loadApplications(client: AuthsecClient, signal: AbortSignal): Promise<ApplicationRow[]> {
  const apps = await client.call(listResourceServers, { signal });
  const launched = apps.filter(isLaunched).map((a) => a.id);
  const drift = new Map<string, readonly DriftEvent[]>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < launched.length) {
      const id = launched[next++]!;
      try {
        drift.set(id, (await client.call(listDriftEvents, { params: { id }, signal })).events);
      } catch {
        signal.throwIfAborted();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(DRIFT_READS_AT_ONCE, launched.length) }, worker));
  // Entries AuthSec sent that could not be read stay known to the list (its notice).
  return markUnread(assessRows(apps, drift), unreadItems(apps, ...drift.values()));
}
