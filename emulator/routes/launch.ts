/** Overview tab: setup checklist, activation, manifest status, drift. authsec-api.md §4. */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { ApiError, mount, type Deps } from '../http.js';
import { activationGates, activationPreview, setupChecklist } from '../rules.js';
import { driftEventJson } from '../serialise.js';

export function launchRoutes(app: Hono, deps: Deps): void {
  const { store } = deps;

  mount(app, deps, ep.getSetup, ({ rs, json }) => json(setupChecklist(store, rs().id)));
  mount(app, deps, ep.getActivationPreview, ({ rs, json }) => json(activationPreview(store, rs().id)));

  mount(app, deps, ep.activate, ({ rs, session, json }) => {
    const row = rs();
    store.reconcileDefaultRoles(row.id);
    const failed = activationGates(store, row.id);
    if (failed.length) throw new ApiError(409, 'activation blocked', { failed });
    if (row.state !== 'ready') {
      row.state = 'ready';
      row.status = 'ready';
      row.setup_completed_at = store.nowIso();
      row.setup_completed_by = session.user.id;
      row.updated_at = row.setup_completed_at;
    }
    return json({ status: 'ready' });
  });

  mount(app, deps, ep.getManifestStatus, ({ rs, json }) => {
    const attempts = store.manifestAttempts.filter((a) => a.rs_id === rs().id);
    const last = attempts.at(-1) ?? null;
    const lastSuccess = attempts.filter((a) => a.status === 'success').at(-1) ?? null;
    return json({ last_attempt: last, last_success: lastSuccess, never_seen: attempts.length === 0 });
  });

  mount(app, deps, ep.listDriftEvents, ({ rs, session, json }) => {
    const row = rs();
    const since = row.setup_completed_at ?? '';
    const events = [...store.driftEvents.values()]
      .filter((e) => e.rs_id === row.id && e.occurred_at >= since && !e.dismissed_by.includes(session.user.id))
      .sort((a, b) => b.occurred_at.localeCompare(a.occurred_at))
      .map(driftEventJson);
    return json({ events });
  });

  mount(app, deps, ep.dismissDriftEvent, ({ rs, param, session, json }) => {
    const event = store.driftEvents.get(param('event_id'));
    if (!event || event.rs_id !== rs().id) throw new ApiError(404, 'drift event not found');
    if (!event.dismissed_by.includes(session.user.id)) event.dismissed_by.push(session.user.id);
    return json({ status: 'dismissed' });
  });
}
