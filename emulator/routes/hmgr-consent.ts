/**
 * Consent as today's AuthSec serves it (authsec-api-current.md §3): a server-rendered HTML form at
 * `GET /authsec/hmgr/consent`, posted back as `application/x-www-form-urlencoded` to the same path,
 * which answers 302 to the client. The page keeps AuthSec's document structure and form fields
 * exactly, so `<authsec-consent-screen>` enhances it as it would AuthSec's own; what the emulator adds
 * (the drop-in `<script>`, a same-origin stylesheet instead of inline styles, so the page runs under
 * a strict CSP, and the consent data it knows beyond the form) changes nothing for a browser
 * without JavaScript.
 */
import type { Context, Hono } from 'hono';
import type { Deps } from '../http.js';
import { consentFormCsp, hmgrConsentPageHtml, notActivatedPageHtml, PAGE_HEADERS, HMGR_STYLESHEET, HMGR_STYLESHEET_PATH, type ConsentRow } from '../oauth/pages.js';
import type { ConsentChallengeRow } from '../store.js';
import { extensionFields, isRemembered, redirectWith, rememberGrant, resolveConsent, type ConsentHooks } from './consent.js';

export const HMGR_CONSENT_PATH = '/authsec/hmgr/consent';
/** What AuthSec's page promises for "Remember this decision". */
const REMEMBER_MS = 30 * 86_400_000;

/** AuthSec's words for why a requested scope cannot be granted (hmgr_controller.go). */
const BLOCKED_TEXT = {
  not_registered: 'This scope is not declared by the resource server.',
  not_bound: 'You do not have a role binding that grants this scope.',
} as const;

export function hmgrConsentRoutes(app: Hono, deps: Deps, hooks: ConsentHooks): void {
  const { store } = deps;
  const issuer = (c: Context) => deps.issuer(c).replace(/\/+$/, '');
  const text = (c: Context, body: string, status: 400 | 403 | 500) => c.text(body, status, { 'Cache-Control': 'no-store' });

  /** An open challenge, or AuthSec's answer when Hydra cannot find one (unknown, expired or used). */
  const open = (c: Context, value: string | undefined): ConsentChallengeRow | Response => {
    if (!value) return text(c, 'Missing consent_challenge parameter', 400);
    const ch = store.consentChallenges.get(value);
    if (!ch || ch.expires_at < store.nowIso() || ch.decided) return text(c, 'Failed to get consent request', 500);
    return ch;
  };

  app.get(HMGR_STYLESHEET_PATH, (c) => c.body(HMGR_STYLESHEET, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));

  app.get(HMGR_CONSENT_PATH, (c) => {
    const ch = open(c, c.req.query('consent_challenge'));
    if (ch instanceof Response) return ch;
    const rs = store.resourceServers.get(ch.rs_id)!;
    if (rs.state !== 'ready') {
      ch.decided = 'rejected'; // Hydra rejects it with service_not_yet_activated
      return c.body(notActivatedPageHtml(rs.name, rs.state), 403, { ...PAGE_HEADERS });
    }
    const { grantable, rejected } = resolveConsent(store, ch);
    if (grantable.length === 0) {
      ch.decided = 'rejected';
      return text(c, 'You do not have permission to access this resource server. Contact your administrator to request access.', 403);
    }
    if (isRemembered(store, ch, grantable)) {
      ch.decided = 'accepted';
      return c.redirect(redirectWith(ch, { code: hooks.issueCode(ch, grantable) }, issuer(c)), 302);
    }
    const scopes = new Map(store.scopesOf(ch.rs_id).map((s) => [s.scope_string, s]));
    const rows: ConsentRow[] = ch.requested_scopes.map((scope) => {
      const meta = scopes.get(scope);
      const reason = rejected[scope];
      return {
        scope,
        display: meta?.display_name || scope,
        ...(meta?.risk_level ? { risk: meta.risk_level } : {}),
        ...(meta?.description ? { description: meta.description } : {}),
        ...(reason ? { blocked: BLOCKED_TEXT[reason] } : {}),
      };
    });
    const client = store.clients.get(ch.client_id);
    const html = hmgrConsentPageHtml({
      challenge: ch.challenge,
      clientId: ch.client_id,
      rows,
      dress: ch.page,
      // What the emulator knows beyond AuthSec's form: for the enhanced screen's trust cues.
      ...(ch.extended
        ? {
            data: {
              client_id: ch.client_id, application_name: rs.name, resource_uri: rs.resource_uri, ...extensionFields(store, ch),
              requested_scopes: ch.requested_scopes, rejected_scopes: rejected,
            },
          }
        : {}),
    });
    // Browsers enforce form-action on the whole redirect chain, which ends at the client (§3.2).
    const origins = [...new Set((client?.redirect_uris ?? [ch.redirect_uri]).map((u) => new URL(u).origin))];
    return c.body(html, 200, {
      ...PAGE_HEADERS,
      'Content-Security-Policy': consentFormCsp(origins),
      // The drop-in starts downloading with the document's headers.
      Link: '</authsec-consent.js>; rel=modulepreload',
    });
  });

  app.post(HMGR_CONSENT_PATH, async (c) => {
    const form = /^application\/x-www-form-urlencoded(\s*;|$)/i.test(c.req.header('content-type') ?? '')
      ? new URLSearchParams(await c.req.text())
      : new URLSearchParams();
    const ch = open(c, c.req.query('consent_challenge') ?? form.get('consent_challenge') ?? undefined);
    if (ch instanceof Response) return ch;
    if (form.get('action') === 'deny') {
      ch.decided = 'rejected';
      return c.redirect(redirectWith(ch, { error: 'access_denied', error_description: 'user denied consent' }, issuer(c)), 302);
    }
    // Anything else is allow; only grantable scopes count, and none left is a denial (§3.4).
    const { grantable } = resolveConsent(store, ch);
    const picked = new Set(form.getAll('grant_scope'));
    const granted = grantable.filter((s) => picked.has(s));
    if (granted.length === 0) {
      ch.decided = 'rejected';
      return c.redirect(redirectWith(ch, { error: 'access_denied', error_description: 'no scopes approved' }, issuer(c)), 302);
    }
    ch.decided = 'accepted';
    if (form.get('remember')) rememberGrant(store, ch, granted, REMEMBER_MS);
    return c.redirect(redirectWith(ch, { code: hooks.issueCode(ch, granted) }, issuer(c)), 302);
  });
}
