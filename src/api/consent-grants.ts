/**
 * Remembered consents (authsec-api-current.md §4.2): which user let which client use which scopes
 * of an application, since and until when. Admins read and revoke them for the workspace; an end
 * user reads and revokes their own at `/oauth/consent-grants` with their own session token.
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goList } from './list-items.js';
import { goArray, id, maybe, statusAck, timestamp } from './wire.js';

export const consentGrant = z.looseObject({
  id,
  /** Older builds send `tenant_id` instead. */
  workspace_id: maybe(z.string()),
  tenant_id: maybe(z.string()),
  user_id: id,
  /** The client record's UUID, not the OAuth `client_id` string. */
  client_id: id,
  client_name: maybe(z.string()),
  resource_server_id: id,
  resource_name: maybe(z.string()),
  granted_scopes: goArray(z.string()),
  expires_at: maybe(timestamp),
  revoked_at: maybe(timestamp),
  created_at: maybe(timestamp),
});
export type ConsentGrant = z.output<typeof consentGrant>;

const grantList = z.object({ consent_grants: goList(consentGrant, 'grant') });

/** Filters by `user_id`, `client_id` (the record UUID) and `rs_id` (query). */
export const listConsentGrants = endpoint({
  name: 'listConsentGrants', method: 'GET', path: '/authsec/consent-grants', auth: 'bearer', status: 200,
  response: grantList,
});

export const revokeConsentGrant = endpoint({
  name: 'revokeConsentGrant', method: 'DELETE', path: '/authsec/consent-grants/:grant_id', auth: 'bearer', status: 200,
  response: statusAck('revoked'),
});

/** The signed-in end user's own remembered consents (self-service). */
export const listMyConsentGrants = endpoint({
  name: 'listMyConsentGrants', method: 'GET', path: '/oauth/consent-grants', auth: 'user', status: 200,
  response: grantList,
});

export const revokeMyConsentGrant = endpoint({
  name: 'revokeMyConsentGrant', method: 'DELETE', path: '/oauth/consent-grants/:grant_id', auth: 'user', status: 200,
  response: statusAck('revoked'),
});
