/**
 * One application's summary (client count, access policy) for the Overview: on today's surface
 * read beside the row, so only the screens that show it carry these requests.
 */
import * as z from 'zod/mini';
import { getAccessPolicy } from './access-policy.js';
import { endpoint } from './endpoint.js';
import { approvedCount, resourceServer, resourceServerSummary, type ResourceServer, type ResourceServerSummary } from './resource-servers.js';
import { maybe, timestamp } from './wire.js';
import { goList, itemList, markUnread, unreadItems } from './list-items.js';

const byId = '/authsec/resource-servers/:id' as const;
const appById = '/authsec/applications/:id' as const;

/** One OAuth client of one application ("connection" on today's surface, "client" on the shim). */
export const connection = z.looseObject({
  /** = the public `client_id` (applications surface only). */
  connection_id: maybe(z.string()),
  client_id: z.string(),
  client_name: maybe(z.string()),
  client_kind: maybe(z.string()),
  registration_type: maybe(z.string()),
  status: z.string(),
  created_at: maybe(timestamp),
});
export type Connection = z.output<typeof connection>;

/** The newest facade sends `{ items }`; older builds (and the admin UI's type) a bare array. */
const connectionList = z.union([z.object({ items: goList(connection, 'connection') }), itemList(connection, 'connection')]);

export const listConnections = endpoint({
  name: 'listConnections', method: 'GET', path: '/authsec/resource-servers/:id/clients', auth: 'bearer', status: 200,
  response: itemList(connection, 'connection'),
  applications: {
    path: '/authsec/applications/:id/connections',
    response: connectionList,
    adapt: (value: z.output<typeof connectionList>) => (Array.isArray(value) ? value : value.items),
  },
});

/**
 * One application's row with the summary the Overview's readiness reads (client count, access
 * policy). The shim sends it in one response; today's surface sends the plain row, so the
 * connections and the access policy are read beside it.
 */
export const getApplicationSummary = endpoint({
  name: 'getApplicationSummary', method: 'GET', path: byId, auth: 'bearer', status: 200,
  response: resourceServerSummary,
  applications: {
    path: appById,
    response: resourceServer,
    adapt: async (row: ResourceServer, { call, params, signal }): Promise<ResourceServerSummary> => {
      const [clients, policy] = await Promise.all([
        call(listConnections, { params, signal }),
        call(getAccessPolicy, { params, signal }),
      ]);
      // Connections that could not be read are not counted: the summary says so.
      return markUnread({
        ...row,
        client_count: approvedCount(clients),
        access_policy_enabled: policy.enabled,
        access_policy_role_name: policy.enabled ? policy.default_role_name : undefined,
      }, unreadItems(clients));
    },
  },
});

