/**
 * "Who can call what, and why not" (authsec-api-current.md §4.3, §4.5): the people with access to
 * an application, one person's effective access, AuthSec's access simulation with its decision
 * trace, and a scope's impact before it is deleted. Today's surface only (`onlyOn`): an AuthSec
 * from before the applications surface has none of them.
 */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goList } from './list-items.js';
import { goArray, id, maybe, riskLevel, timestamp } from './wire.js';

const person = z.looseObject({ id, email: maybe(z.string()), name: maybe(z.string()), status: maybe(z.string()) });
const roleRef = z.looseObject({ id, name: z.string(), label: maybe(z.string()), source: maybe(z.string()), binding_id: maybe(z.string()) });
const scopeRef = z.looseObject({ id, scope_string: z.string().check(z.minLength(1)), display_name: maybe(z.string()), risk_level: maybe(riskLevel), source: maybe(z.string()) });
export type AccessRole = z.output<typeof roleRef>;

export const accessUser = z.looseObject({
  user: person,
  roles: goArray(roleRef),
  scopes: goArray(scopeRef),
  first_consent_at: maybe(timestamp),
  last_seen_at: maybe(timestamp),
});
export type AccessUser = z.output<typeof accessUser>;

/** Users with access; their order is not stable (AuthSec builds it from a map). */
export const listAccessUsers = endpoint({
  name: 'listAccessUsers', method: 'GET', path: '/authsec/applications/:id/access/users', auth: 'bearer', status: 200, onlyOn: 'applications',
  response: z.object({ users: goList(accessUser, 'user'), count: maybe(z.number()) }),
});

const grantedThrough = z.looseObject({ role_id: z.string(), role_name: z.string(), binding_id: maybe(z.string()), source: maybe(z.string()) });
export const effectiveScope = z.looseObject({
  id,
  scope_string: z.string().check(z.minLength(1)),
  display_name: maybe(z.string()),
  risk_level: maybe(riskLevel),
  status: z.enum(['granted', 'not_granted']),
  granted_through: goArray(grantedThrough),
  /** Granted through an app-scoped binding (an admin can take it away here). */
  removable: maybe(z.boolean()),
});
export type EffectiveScope = z.output<typeof effectiveScope>;

/** Every scope of the application, granted or not, and through which role and binding. */
export const getEffectiveAccess = endpoint({
  name: 'getEffectiveAccess', method: 'GET', path: '/authsec/applications/:id/users/:user_id/effective-access', auth: 'bearer', status: 200, onlyOn: 'applications',
  response: z.looseObject({ user: person, roles: goArray(roleRef), scopes: goList(effectiveScope, 'scope') }),
});

export const decisionCheck = z.looseObject({ check: z.string(), state: z.string(), detail: maybe(z.string()) });
export type DecisionCheck = z.output<typeof decisionCheck>;

export const accessSimulation = z.looseObject({
  verdict: z.enum(['allowed', 'denied']),
  tool: maybe(z.looseObject({ id: maybe(z.string()), name: z.string(), public: maybe(z.boolean()) })),
  reason: maybe(z.string()),
  /** `user_inactive`, `application_not_launched`, `tool_unmapped`, `missing_role_scope` (denied only). */
  failed_condition: maybe(z.string()),
  /** AuthSec's suggestion in words ('' when allowed). */
  safest_fix: maybe(z.string()),
  decision_trace: goArray(decisionCheck),
});
export type AccessSimulation = z.output<typeof accessSimulation>;

/** "Can this user call this tool?": AuthSec's own answer, with the checks it made. */
export const simulateAccess = endpoint({
  name: 'simulateAccess', method: 'POST', path: '/authsec/v1/applications/:id/access-simulations', auth: 'bearer', status: 200, onlyOn: 'applications',
  request: z.object({ user_id: z.string(), tool_name: z.optional(z.string()), tool_id: z.optional(z.string()), client_id: z.optional(z.string()) }),
  response: accessSimulation,
});

export const scopeImpact = z.looseObject({
  impact: z.object({ tools_unlocked: z.number(), roles_using_it: z.number(), users_affected: z.number(), consent_grants: z.number() }),
  safe_to_delete: z.boolean(),
});
export type ScopeImpact = z.output<typeof scopeImpact>;

/** What deleting a scope would touch: tools it unlocks, roles, people and remembered consents. */
export const getScopeImpact = endpoint({
  name: 'getScopeImpact', method: 'GET', path: '/authsec/v1/applications/:id/scopes/:scope_id/impact', auth: 'bearer', status: 200, onlyOn: 'applications',
  response: scopeImpact,
});
