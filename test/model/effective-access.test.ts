import { expect } from '@open-wc/testing';
import type { RsBinding } from '../../src/api/bindings.js';
import { AuthsecClient } from '../../src/api/client.js';
import { decodeJwtClaims, sessionClaims } from '../../src/api/session-claims.js';
import type { RsRole } from '../../src/api/roles.js';
import { adminIdentity, adminRoleOf, effectiveAccess, lockoutGuard, roleShortName } from '../../src/model/effective-access.js';

const APP = 'app-1';
const role = (suffix: string, scopes?: string[], permissions = scopes?.length ?? 0): RsRole => ({
  id: `r-${suffix}`,
  name: `rs-${APP}:${suffix}`,
  description: undefined,
  is_default: false,
  permissions,
  bindings: 0,
  granted_scopes: scopes?.map((s) => ({ scope_id: `s-${s}`, scope_string: `app:${s}`, display_name: s.toUpperCase(), risk_level: s === 'write' ? 'medium' : 'low' })),
});
const roles = [role('admin', ['read', 'write']), role('readonly', ['read']), role('viewer', ['read']), role('custom', undefined, 4)];
const bind = (id: string, user: string, r: string, manual: boolean, email = `${user}@x.example`): RsBinding => ({
  id, user_id: user, username: user, user_email: email, role_id: `r-${r}`, role_name: `rs-${APP}:${r}`,
  scope_type: manual ? 'resource_server' : undefined, scope_id: manual ? APP : undefined, created_at: undefined,
  assignment_source: manual ? 'manual_admin' : 'default_policy',
});

/** An unsigned JWT with `payload`, base64url like a real one. */
const jwt = (payload: unknown) => {
  const b64url = (v: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(v)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${b64url({ alg: 'HS256' })}.${b64url(payload)}.sig`;
};

describe('model: effective access — the admin from the token', () => {
  it('decodes a JWT payload without verifying, and nothing else', () => {
    expect(decodeJwtClaims(jwt({ sub: 'u1', email: 'zoë@x.example', n: '~~~???' }))).to.deep.equal({ sub: 'u1', email: 'zoë@x.example', n: '~~~???' });
    expect(decodeJwtClaims('opaque-session-handle')).to.equal(undefined);
    expect(decodeJwtClaims('a.b')).to.equal(undefined);
    expect(decodeJwtClaims('a.!!!.c')).to.equal(undefined);
    expect(decodeJwtClaims(jwt([1, 2]))).to.equal(undefined);
  });

  it('reads the claims of the client’s current session token, and none when the host has no token or fails', async () => {
    const withToken = (getToken: () => string | undefined) => new AuthsecClient({ baseUrl: 'https://api.example', getToken });
    expect(await sessionClaims(withToken(() => jwt({ sub: 'u1' })))).to.deep.equal({ sub: 'u1' });
    expect(await sessionClaims(withToken(() => undefined))).to.equal(undefined);
    expect(await sessionClaims(withToken(() => { throw new Error('signed out'); }))).to.equal(undefined);
    expect(await sessionClaims(new AuthsecClient({ baseUrl: 'https://api.example' }))).to.equal(undefined);
  });

  it('reads the user from user_id or sub and the email from email_id or email, like AuthSec', () => {
    expect(adminIdentity({ user_id: 'u1', sub: 'other', email: 'a@x' })).to.deep.equal({ userId: 'u1', email: 'a@x' });
    expect(adminIdentity({ sub: 'u2', email_id: 'b@x', email: 'c@x' })).to.deep.equal({ userId: 'u2', email: 'b@x' });
    expect(adminIdentity({ email: 'c@x', user_id: 42 })).to.deep.equal({ email: 'c@x' });
    expect(adminIdentity({ roles: ['admin'] })).to.equal(undefined);
    expect(adminIdentity(undefined)).to.equal(undefined);
  });

  it('names roles without the rs-<id>: prefix', () => {
    expect(roleShortName(`rs-${APP}:viewer`, APP)).to.equal('viewer');
    expect(roleShortName('rs-other:viewer', APP)).to.equal('rs-other:viewer');
    expect(roleShortName(`rs-${APP}:`, APP)).to.equal(`rs-${APP}:`);
    expect(adminRoleOf(roles, APP)?.id).to.equal('r-admin');
  });
});

describe('model: effective access — lock-out guard', () => {
  it('is safe only with a manual binding of the admin role', () => {
    const bindings = [bind('b1', 'me', 'admin', true), bind('b2', 'you', 'viewer', false)];
    expect(lockoutGuard({ userId: 'me' }, bindings, roles, APP)).to.deep.equal({ kind: 'safe', binding: bindings[0] });
    // A default-policy admin binding (or a manual readonly one) is not a manual admin binding.
    const exposed = lockoutGuard({ userId: 'me' }, [bind('b3', 'me', 'admin', false), bind('b4', 'me', 'readonly', true)], roles, APP);
    expect(exposed.kind).to.equal('exposed');
    if (exposed.kind !== 'exposed') return;
    expect(exposed.others.map((b) => b.id)).to.deep.equal(['b3', 'b4']);
    expect(exposed.adminRole?.id).to.equal('r-admin');
    expect(exposed.userId).to.equal('me');
  });

  it('matches an email-only token by email (case-insensitive) and resolves the user id from eligible users', () => {
    const bindings = [bind('b1', 'me', 'admin', true, 'Me@X.example')];
    expect(lockoutGuard({ email: 'me@x.EXAMPLE' }, bindings, roles, APP).kind).to.equal('safe');
    const g = lockoutGuard({ email: 'new@x.example' }, bindings, roles, APP, [{ id: 'u-new', email: 'NEW@x.example' }]);
    expect(g).to.deep.include({ kind: 'exposed', userId: 'u-new' });
    expect(lockoutGuard({ email: 'ghost@x.example' }, bindings, roles, APP)).to.deep.include({ kind: 'exposed', userId: undefined });
  });

  it('has nothing to check without an identity, and no role to offer when AuthSec lists no admin role', () => {
    expect(lockoutGuard(undefined, [], roles, APP)).to.deep.equal({ kind: 'unknown' });
    expect(lockoutGuard({ userId: 'me' }, [], [role('viewer', ['read'])], APP)).to.deep.include({ kind: 'exposed', adminRole: undefined });
  });
});

describe('model: effective access — who gets what', () => {
  it('lists each scope once with every binding that grants it, sorted by scope', () => {
    const access = effectiveAccess('me', [bind('b1', 'me', 'readonly', true), bind('b2', 'me', 'admin', false), bind('b3', 'you', 'admin', true)], roles);
    expect(access.bindings.map((b) => b.id)).to.deep.equal(['b1', 'b2']);
    expect(access.scopes.map((s) => [s.scopeString, s.displayName, s.riskLevel, s.grantedBy.map((g) => `${g.bindingId}:${g.source}`)])).to.deep.equal([
      ['app:read', 'READ', 'low', ['b1:manual_admin', 'b2:default_policy']],
      ['app:write', 'WRITE', 'medium', ['b2:default_policy']],
    ]);
    expect(access.unlisted).to.deep.equal([]);
  });

  it('says how many scopes a role grants when AuthSec did not list them, and handles unknown roles', () => {
    const custom = bind('b1', 'me', 'custom', true);
    const gone = { ...bind('b2', 'me', 'deleted', true) };
    const access = effectiveAccess('me', [custom, gone], roles);
    expect(access.scopes).to.deep.equal([]);
    expect(access.unlisted).to.deep.equal([{ binding: custom, permissions: 4 }, { binding: gone, permissions: undefined }]);
  });

  it('is empty for someone with no binding', () => {
    expect(effectiveAccess('nobody', [bind('b1', 'me', 'admin', true)], roles)).to.deep.equal({ bindings: [], scopes: [], unlisted: [] });
  });
});
