/** Drift events: what changed the live policy after launch. authsec-api.md §4.5, §11. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goBytesJson, id, maybe, timestamp } from './wire.js';
import { goList, itemList } from './list-items.js';

export const driftEventType = z.enum([
  'scope_deleted', 'tool_unmapped', 'default_role_disabled', 'secret_rotated', 'connection_revoked',
]);
export type DriftEventType = z.output<typeof driftEventType>;

export const driftEvent = z.object({
  id,
  /** dev lineage `rs_id`; the v2 backport says `application_id`. */
  rs_id: maybe(z.string()),
  application_id: maybe(z.string()),
  event_type: driftEventType,
  /** Go `[]byte` → base64 JSON on the wire; decoded here. */
  event_payload: goBytesJson,
  occurred_at: timestamp,
  occurred_by: maybe(z.string()),
  dismissed_by_me: maybe(z.boolean()),
});
export type DriftEvent = z.output<typeof driftEvent>;

/** Dev answers `{ events: [...] }`, the v2 backport a bare array: both become `{ events }`. */
export const driftEventList = z.pipe(
  z.union([z.object({ events: goList(driftEvent, 'drift_event') }), itemList(driftEvent, 'drift_event'), z.null()]),
  z.transform((value) => ({ events: Array.isArray(value) ? value : (value?.events ?? []) })),
);

export const listDriftEvents = endpoint({
  name: 'listDriftEvents', method: 'GET', path: '/authsec/resource-servers/:id/drift-events', auth: 'bearer',
  status: 200, response: driftEventList,
  applications: { path: '/authsec/applications/:id/drift-events' },
});
export const dismissDriftEvent = endpoint({
  name: 'dismissDriftEvent', method: 'POST', path: '/authsec/resource-servers/:id/drift-events/:event_id/dismiss',
  auth: 'bearer', status: 200, response: z.object({ status: z.literal('dismissed') }),
  applications: { path: '/authsec/applications/:id/drift-events/:event_id/dismiss' },
});
