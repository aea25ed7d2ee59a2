/**
 * An application's OAuth clients: the per-application list (both surfaces), the workspace-wide
 * list, pre-registration, revoke, approve / deny a pending registration and approve a CIMD client's
 * changed redirect URIs (authsec-api-current.md §4.1). Revoking takes effect at once: the client's
 * tokens stop working and a launched application records `connection_revoked`.
 */
import type { Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { ApiError, mount, type Deps, type RouteContext } from '../http.js';
import { randomHex, randomToken } from '../oauth/pkce.js';
import { validateRegistration } from '../oauth/registration.js';
import { connectionJson, goSlice, workspaceClientJson } from '../serialise.js';
import type { ClientRow } from '../store.js';

export function connectionRoutes(app: Hono, deps: Deps): void {
  const { store } = deps;

  /** The application's client named in the path, in the surface's own words when it is missing. */
  const clientOf = ({ rs, surface, param }: RouteContext): ClientRow => {
    const row = rs(surface === 'applications' ? 'application not found' : undefined);
    const client = store.clients.get(param('client_id'));
    if (!client || client.rs_id !== row.id) throw new ApiError(404, surface === 'applications' ? 'connection not found' : 'client not found');
    return client;
  };

  mount(app, deps, ep.listConnections, ({ rs, surface, json }) => {
    const row = rs();
    const items = [...store.clients.values()].filter((c) => c.rs_id === row.id).map((c) => connectionJson(c, surface));
    return json(surface === 'applications' ? { items } : goSlice(items));
  });

  mount(app, deps, ep.listWorkspaceClients, ({ session, c, json }) => {
    const only = c.req.query('resource_server_id');
    if (only !== undefined && !store.resourceServers.has(only)) throw new ApiError(400, 'invalid resource_server_id');
    return json(
      [...store.clients.values()]
        .filter((client) => store.resourceServers.get(client.rs_id)?.workspace_id === session.workspaceId && (only === undefined || client.rs_id === only))
        .map((client) => workspaceClientJson(client, store)),
    );
  });

  mount(app, deps, ep.preRegisterClient, async ({ rs, surface, body, json }) => {
    const row = rs(surface === 'applications' ? 'application not found' : undefined);
    if (!row.registration_modes.includes('prereg')) throw new ApiError(403, 'resource server does not allow pre-registration');
    const result = validateRegistration(await body());
    if (!result.ok) throw new ApiError(400, result.description);
    const { redirect_uris, client_name, metadata } = result.value;
    if (!client_name) throw new ApiError(400, 'client_name is required');
    const clientId = `prereg-${randomHex(12)}`;
    const secret = metadata.token_endpoint_auth_method === 'none' ? undefined : `cs_${randomToken(32)}`;
    store.clients.set(clientId, {
      client_id: clientId, client_name, registration_type: 'prereg', redirect_uris, rs_id: row.id, status: 'approved',
      created_at: store.nowIso(), metadata: { ...metadata, client_id_issued_at: Math.floor(store.clock.now().getTime() / 1000) },
      ...(secret ? { client_secret: secret } : {}),
    });
    return json({ client_id: clientId, client_name, ...(secret ? { client_secret: secret } : {}) });
  });

  mount(app, deps, ep.revokeClient, (ctx) => {
    const client = clientOf(ctx);
    if (client.status !== 'revoked') {
      client.status = 'revoked';
      delete client.pending_redirect_uris;
      // Its tokens stop working at the next check; its next refresh is refused.
      store.revokeTokensWhere((grant) => grant.client_id === client.client_id && grant.rs_id === client.rs_id);
      store.emitDrift(client.rs_id, 'connection_revoked', { connection_id: client.client_id, client_id: client.client_id, client_name: client.client_name }, ctx.session.user.id);
    }
    return ctx.json({ status: 'revoked' });
  });

  mount(app, deps, ep.approveClient, (ctx) => {
    const client = clientOf(ctx);
    if (client.status === 'revoked') throw new ApiError(409, 'connection is revoked');
    client.status = 'approved';
    return ctx.json({ status: 'approved' });
  });

  mount(app, deps, ep.denyClient, (ctx) => {
    const client = clientOf(ctx);
    // A pending registration is removed; an approved one is left to Revoke.
    if (client.status === 'pending_approval') store.clients.delete(client.client_id);
    return ctx.json({ status: 'denied' });
  });

  mount(app, deps, ep.approveClientRedirects, (ctx) => {
    const client = clientOf(ctx);
    if (client.pending_redirect_uris) {
      client.redirect_uris = client.pending_redirect_uris;
      delete client.pending_redirect_uris;
    }
    return ctx.json({ status: 'redirects approved' });
  });
}
