/**
 * Remembered consents (authsec-api-current.md §4.2): the admin's list and revoke for the
 * workspace, and an end user's own at `/oauth/consent-grants`. Lists hold live grants only
 * (neither revoked nor expired) [inferred]. Revoking takes effect at once: the tokens issued
 * under it stop working (the client's next refresh is refused) and the next authorization asks
 * the person again.
 */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { ApiError, mount, type Deps } from '../http.js';
import type { ConsentGrantRow } from '../store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function consentGrantRoutes(app: Hono, deps: Deps): void {
  const { store } = deps;

  const live = (g: ConsentGrantRow) => !g.revoked_at && g.expires_at > store.nowIso();
  const json = (g: ConsentGrantRow) => ({
    id: g.id,
    workspace_id: store.resourceServers.get(g.rs_id)?.workspace_id ?? null,
    user_id: g.user_id,
    client_id: store.clientRecordId(g.client_id),
    client_name: store.clients.get(g.client_id)?.client_name || null,
    resource_server_id: g.rs_id,
    resource_name: store.resourceServers.get(g.rs_id)?.name ?? null,
    granted_scopes: g.scopes,
    expires_at: g.expires_at,
    revoked_at: g.revoked_at ?? null,
    created_at: g.created_at,
  });
  const revoke = (g: ConsentGrantRow) => {
    g.revoked_at = store.nowIso();
    store.revokeTokensWhere((t) => t.user_id === g.user_id && t.client_id === g.client_id && t.rs_id === g.rs_id);
  };
  const inWorkspace = (g: ConsentGrantRow, workspaceId: string) => store.resourceServers.get(g.rs_id)?.workspace_id === workspaceId;

  mount(app, deps, ep.listConsentGrants, ({ session, c, json: send }) => {
    const filters = { user_id: c.req.query('user_id'), client_id: c.req.query('client_id'), rs_id: c.req.query('rs_id') };
    for (const [name, value] of Object.entries(filters)) {
      if (value !== undefined && !UUID.test(value)) throw new ApiError(400, `invalid ${name}`);
    }
    const client = filters.client_id && store.clientOfRecord(filters.client_id);
    return send({
      consent_grants: store.consentGrants
        .filter((g) => live(g) && inWorkspace(g, session.workspaceId))
        .filter((g) => (!filters.user_id || g.user_id === filters.user_id) && (!filters.rs_id || g.rs_id === filters.rs_id))
        .filter((g) => !filters.client_id || g.client_id === client)
        .map(json),
    });
  });

  mount(app, deps, ep.revokeConsentGrant, ({ session, param, json: send }) => {
    const grant = store.consentGrants.find((g) => g.id === param('grant_id') && live(g) && inWorkspace(g, session.workspaceId));
    if (!grant) throw new ApiError(404, 'consent grant not found or already revoked');
    revoke(grant);
    return send({ status: 'revoked' });
  });

  mount(app, deps, ep.listMyConsentGrants, ({ session, json: send }) =>
    send({ consent_grants: store.consentGrants.filter((g) => live(g) && g.user_id === session.user.id).map(json) }),
  );

  mount(app, deps, ep.revokeMyConsentGrant, ({ session, param, json: send }) => {
    // Someone else's grant is "not found", never "forbidden": ids are not confirmed to strangers.
    const grant = store.consentGrants.find((g) => g.id === param('grant_id') && live(g) && g.user_id === session.user.id);
    if (!grant) throw new ApiError(404, 'consent grant not found or already revoked');
    revoke(grant);
    return send({ status: 'revoked' });
  });
}
