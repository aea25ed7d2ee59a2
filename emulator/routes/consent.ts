/**
 * AuthSec's v2 JSON consent API (authsec-api.md §8.3). The challenge is the credential. The
 * emulator adds optional extension fields (client name, redirect URI, what each scope means and
 * unlocks) for challenges created with `extended`.
 */
import type { Context, Hono } from 'hono';
import * as ep from '../../src/api/endpoints.js';
import { ApiError, mount, type Deps } from '../http.js';
import { appendParams } from '../oauth/redirect.js';
import type { ConsentChallengeRow, Store } from '../store.js';

/** v2 errors carry `success: false`. */
const consentError = (status: number, error: string) => new ApiError(status, error, { success: false });

export interface ConsentView {
  grantable: string[];
  rejected: Record<string, 'not_registered' | 'not_bound'>;
}

/** granted = requested ∩ application scopes ∩ the user's effective scopes (after default policy). */
export function resolveConsent(store: Store, ch: ConsentChallengeRow): ConsentView {
  ensureDefaultAccessBinding(store, ch.user_id, ch.rs_id);
  const registered = new Set(store.scopesOf(ch.rs_id).map((s) => s.scope_string));
  const effective = new Set(store.effectiveScopes(ch.user_id, ch.rs_id));
  const grantable: string[] = [];
  const rejected: ConsentView['rejected'] = {};
  for (const scope of ch.requested_scopes) {
    if (!registered.has(scope)) rejected[scope] = 'not_registered';
    else if (!effective.has(scope)) rejected[scope] = 'not_bound';
    else grantable.push(scope);
  }
  return { grantable, rejected };
}

/** First sign-in under an enabled policy binds the default role tenant-wide (`default_policy`). */
export function ensureDefaultAccessBinding(store: Store, userId: string, rsId: string): void {
  const policy = store.accessPolicies.get(rsId);
  if (!policy?.enabled || store.effectiveScopes(userId, rsId).length > 0) return;
  const user = store.users.get(userId);
  if (!user) return;
  store.addBinding({
    workspace_id: user.workspace_id, user_id: userId, role_id: policy.default_role_id,
    scope_type: null, scope_id: null, assignment_source: 'default_policy',
  });
}

/** The authorization response: `code` or `error`, then `state` (when sent) and `iss` (RFC 9207). */
export function redirectWith(ch: ConsentChallengeRow, params: Record<string, string>, issuer: string): string {
  return appendParams(ch.redirect_uri, { ...params, state: ch.state, iss: ch.issuer ?? issuer });
}

export interface ConsentHooks {
  /** Issues the authorization code for an accepted challenge (`routes/oauth.ts` supplies real ones). */
  issueCode(ch: ConsentChallengeRow, granted: string[]): string;
}

export const randomCode: ConsentHooks = {
  issueCode: () => crypto.randomUUID().replaceAll('-', ''),
};

export function consentRoutes(app: Hono, deps: Deps, hooks: ConsentHooks = randomCode): void {
  const { store } = deps;

  const challengeFor = (value: unknown, requireOpen = true): ConsentChallengeRow => {
    if (typeof value !== 'string' || !value) throw consentError(400, 'consent_challenge is required');
    const ch = store.consentChallenges.get(value);
    if (!ch || ch.expires_at < store.nowIso()) throw consentError(404, 'consent challenge not found or expired');
    if (requireOpen && ch.decided) throw consentError(409, 'consent challenge has already been answered');
    return ch;
  };

  const issuer = (c: Context) => deps.issuer(c).replace(/\/+$/, '');
  const remembered = (ch: ConsentChallengeRow, grantable: string[]) => isRemembered(store, ch, grantable);

  mount(app, deps, ep.getConsent, ({ c, json }) => {
    const ch = challengeFor(c.req.query('consent_challenge'));
    const rs = store.resourceServers.get(ch.rs_id)!;
    const { grantable, rejected } = resolveConsent(store, ch);
    const base = {
      success: true,
      consent_challenge: ch.challenge,
      application_id: rs.id,
      application_name: rs.name,
      resource_uri: rs.resource_uri,
      client_id: ch.client_id,
      subject: ch.user_id,
      requested_scopes: ch.requested_scopes,
      grantable_scopes: grantable,
      rejected_scopes: Object.keys(rejected).length ? rejected : null,
      submit: {
        accept: new URL('/authsec/oauth/v2/consent/accept', c.req.url).toString(),
        reject: new URL('/authsec/oauth/v2/consent/reject', c.req.url).toString(),
      },
    };
    if (grantable.length === 0) {
      ch.decided = 'rejected';
      return json({ ...base, auto_approved: false, redirect_to: redirectWith(ch, { error: 'access_denied', error_description: 'no grantable scopes' }, issuer(c)) });
    }
    if (remembered(ch, grantable)) {
      ch.decided = 'accepted';
      return json({ ...base, auto_approved: true, redirect_to: redirectWith(ch, { code: hooks.issueCode(ch, grantable) }, issuer(c)) });
    }
    return json({ ...base, auto_approved: false, ...(ch.extended ? extensionFields(store, ch) : {}) });
  });

  mount(app, deps, ep.acceptConsent, async ({ c, body, json }) => {
    const b = await body();
    const ch = challengeFor(b.consent_challenge);
    const { grantable } = resolveConsent(store, ch);
    const asked = Array.isArray(b.grant_scope) ? b.grant_scope.filter((s): s is string => typeof s === 'string') : [];
    // Empty grant_scope grants everything grantable; entries that are not grantable are dropped.
    const granted = asked.length ? grantable.filter((s) => asked.includes(s)) : grantable;
    if (granted.length === 0) {
      ch.decided = 'rejected';
      return json({ success: true, redirect_to: redirectWith(ch, { error: 'access_denied', error_description: 'no scope was granted' }, issuer(c)) });
    }
    ch.decided = 'accepted';
    // The v2 API remembers for Hydra's 8 hours.
    if (b.remember === true) rememberGrant(store, ch, granted, 8 * 3600_000);
    return json({ success: true, redirect_to: redirectWith(ch, { code: hooks.issueCode(ch, granted) }, issuer(c)) });
  });

  mount(app, deps, ep.rejectConsent, async ({ c, body, json }) => {
    const b = await body();
    const ch = challengeFor(b.consent_challenge);
    ch.decided = 'rejected';
    return json({ success: true, redirect_to: redirectWith(ch, { error: 'access_denied', error_description: 'the user denied the request' }, issuer(c)) });
  });
}

/** A remembered decision covers the request (and `prompt=consent` does not force the screen: OIDC Core §3.1.2.1). */
export function isRemembered(store: Store, ch: ConsentChallengeRow, grantable: string[]): boolean {
  return (
    !ch.prompt?.split(' ').includes('consent') &&
    store.consentGrants.some(
      (g) => g.user_id === ch.user_id && g.client_id === ch.client_id && g.rs_id === ch.rs_id &&
        !g.revoked_at && g.expires_at > store.nowIso() && grantable.every((s) => g.scopes.includes(s)),
    )
  );
}

/** Stores the consent grant a "remember" decision makes. */
export function rememberGrant(store: Store, ch: ConsentChallengeRow, granted: string[], ttlMs: number): void {
  store.consentGrants.push({
    id: store.newId(), user_id: ch.user_id, client_id: ch.client_id, rs_id: ch.rs_id, scopes: granted,
    expires_at: new Date(store.clock.now().getTime() + ttlMs).toISOString(), created_at: store.nowIso(),
  });
}

export function extensionFields(store: Store, ch: ConsentChallengeRow) {
  const client = store.clients.get(ch.client_id);
  const user = store.users.get(ch.user_id);
  const tools = store.toolsOf(ch.rs_id);
  return {
    ...(client
      ? {
          // A DCR client may register without a name: then the screen falls back to client_id.
          ...(client.client_name ? { client_name: client.client_name } : {}),
          ...(client.metadata?.client_uri ? { client_uri: client.metadata.client_uri } : {}),
          registration_type: client.registration_type,
          client_verified: client.registration_type === 'prereg',
        }
      : {}),
    redirect_uri: ch.redirect_uri,
    ...(user ? { user: { email: user.email, name: user.name } } : {}),
    expires_at: ch.expires_at,
    scope_details: ch.requested_scopes.map((scope) => {
      const s = store.scopesOf(ch.rs_id).find((x) => x.scope_string === scope);
      if (!s) return { scope, tools: null };
      return {
        scope,
        display_name: s.display_name,
        ...(s.description ? { description: s.description } : {}),
        risk_level: s.risk_level,
        tools: tools.filter((t) => store.mappingsOf(t.id, 'admin_override').some((m) => m.scope_id === s.id)).map((t) => t.name),
      };
    }),
  };
}
