/**
 * A workspace's OAuth clients (`GET /authsec/clients`), or one application's with
 * `?resource_server_id=`: the only client list that carries redirect URIs and when a client last
 * got a token, on both surfaces, in one request. The applications list counts every
 * application's clients from it; the Connections tab reads one application's.
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { itemList } from './list-items.js';
import { goArray, id, maybe, timestamp } from './wire.js';

/** One OAuth client of the workspace (the admin UI's type; every field but the id and status may be absent). */
export const workspaceClient = z.looseObject({
  client_id: id,
  client_name: maybe(z.string()),
  /** `human_app`, `agent`, `m2m`, `cli`: AuthSec adds kinds, so any string. */
  client_kind: maybe(z.string()),
  /** `dcr`, `cimd`, `prereg` today; kept as text so a new mode costs a label, not the row. */
  registration_type: maybe(z.string()),
  /** `approved`, `pending_approval`, `revoked` (the model words unknown values). */
  status: z.string(),
  resource_server_id: maybe(z.string()),
  resource_server_name: maybe(z.string()),
  redirect_uris: goArray(z.string()),
  /**
   * Redirect URIs a CIMD client's metadata document now lists and an admin has not approved yet
   * [inferred: AuthSec has `approve-redirects` but no read shape was found; the emulator sends it].
   */
  pending_redirect_uris: maybe(goArray(z.string())),
  last_token_issued_at: maybe(timestamp),
  software_id: maybe(z.string()),
  software_version: maybe(z.string()),
  created_at: maybe(timestamp),
});
export type WorkspaceClient = z.output<typeof workspaceClient>;

export const listWorkspaceClients = endpoint({
  name: 'listWorkspaceClients', method: 'GET', path: '/authsec/clients', auth: 'bearer', status: 200,
  response: itemList(workspaceClient, 'client'),
});

