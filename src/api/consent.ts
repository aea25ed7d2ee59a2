/**
 * End-user consent: AuthSec's v2 JSON consent API (authsec-api.md §8.3). The challenge is the
 * credential; no admin token. AuthSec sends scope strings and `client_id` only; the optional
 * extension fields below are read when a server (our emulator, a future AuthSec) sends them.
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goArray, maybe, registrationMode, riskLevel, timestamp } from './wire.js';

export const consentRejectionReason = z.enum(['not_registered', 'not_bound']);

/** Extension: what a scope means, for people. */
export const consentScopeDetail = z.object({
  scope: z.string(),
  display_name: maybe(z.string()),
  description: maybe(z.string()),
  risk_level: maybe(riskLevel),
  /** Tool names this scope unlocks on the application. */
  tools: goArray(z.string()),
});
export type ConsentScopeDetail = z.output<typeof consentScopeDetail>;

export const consentPageData = z.object({
  success: z.boolean(),
  consent_challenge: z.string(),
  auto_approved: z._default(z.boolean(), false),
  redirect_to: maybe(z.string()),
  application_id: maybe(z.string()),
  application_name: maybe(z.string()),
  resource_uri: maybe(z.string()),
  client_id: maybe(z.string()),
  subject: maybe(z.string()),
  requested_scopes: goArray(z.string()),
  grantable_scopes: goArray(z.string()),
  rejected_scopes: z.pipe(
    z.optional(z.nullable(z.record(z.string(), z.string()))),
    z.transform((v) => v ?? {}),
  ),
  error: maybe(z.string()),
  submit: maybe(z.object({ accept: z.string(), reject: z.string() })),
  // Extension fields (not sent by AuthSec today).
  client_name: maybe(z.string()),
  /** False when the name is self-asserted (DCR metadata): show it as unverified. */
  client_verified: maybe(z.boolean()),
  client_uri: maybe(z.string()),
  registration_type: maybe(registrationMode),
  redirect_uri: maybe(z.string()),
  user: maybe(z.object({ email: maybe(z.string()), name: maybe(z.string()) })),
  expires_at: maybe(timestamp),
  scope_details: goArray(consentScopeDetail),
});
export type ConsentPageData = z.output<typeof consentPageData>;

export const consentAcceptRequest = z.object({
  consent_challenge: z.string(),
  grant_scope: z.optional(z.array(z.string())),
  remember: z.optional(z.boolean()),
});
export const consentRejectRequest = z.object({ consent_challenge: z.string(), reason: z.optional(z.string()) });
export const consentDecision = z.object({ success: z.literal(true), redirect_to: z.string() });
export type ConsentDecision = z.output<typeof consentDecision>;

export const getConsent = endpoint({
  name: 'getConsent', method: 'GET', path: '/authsec/oauth/v2/consent', auth: 'none', status: 200,
  response: consentPageData,
});
export const acceptConsent = endpoint({
  name: 'acceptConsent', method: 'POST', path: '/authsec/oauth/v2/consent/accept', auth: 'none', status: 200,
  request: consentAcceptRequest, response: consentDecision,
});
export const rejectConsent = endpoint({
  name: 'rejectConsent', method: 'POST', path: '/authsec/oauth/v2/consent/reject', auth: 'none', status: 200,
  request: consentRejectRequest, response: consentDecision,
});
