/**
 * The applications list: today's rows with their counters, and the workspace's clients for the
 * client counts (one request for all rows, not one per row).
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { approvedCount, resourceServer, resourceServerSummary, type ResourceServerSummary } from './resource-servers.js';
import { maybe } from './wire.js';
import { listWorkspaceClients } from './workspace-clients.js';
import { carryPartlyRead, itemList, markUnread, unreadItems } from './list-items.js';

/**
 * `GET /authsec/applications` rows (today's surface): the plain row plus counters, all `omitempty`
 * (a 0 is absent), and no `client_count` / `access_policy_*` (authsec-api-current.md §2.2).
 */
export const applicationListItem = z.extend(resourceServer, {
  tools_count: z._default(z.number(), 0),
  scopes_count: z._default(z.number(), 0),
  roles_count: z._default(z.number(), 0),
  bindings_count: z._default(z.number(), 0),
  end_users_count: z._default(z.number(), 0),
  /** The application's default role; absent when it has none. */
  default_role_name: maybe(z.string()),
  /** `"No default application role"` when the application has none; else absent. */
  latest_access_issue: maybe(z.string()),
});
export type ApplicationListItem = z.output<typeof applicationListItem>;

export const listResourceServers = endpoint({
  name: 'listResourceServers', method: 'GET', path: '/authsec/resource-servers', auth: 'bearer', status: 200,
  response: itemList(resourceServerSummary, 'application'),
  applications: {
    path: '/authsec/applications',
    response: itemList(applicationListItem, 'application'),
    // One more request for every row's client count; the access policy follows the default role
    // the row names (the facade enables the policy with its default role: §4.4) [inferred].
    adapt: async (rows: ApplicationListItem[], { call, signal }) => {
      const clients = await call(listWorkspaceClients, { signal });
      const adapted = rows.map((row): ResourceServerSummary & ApplicationListItem => carryPartlyRead(row, {
        ...row,
        client_count: approvedCount(clients.filter((c) => c.resource_server_id === row.id)),
        access_policy_enabled: row.default_role_name !== undefined,
        access_policy_role_name: row.default_role_name,
      }));
      return markUnread(adapted, unreadItems(rows));
    },
  },
});

