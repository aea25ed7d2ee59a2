/**
 * The end user's side of a remembered consent, in Firefox and WebKit: an AI client is allowed with
 * "remember" (AuthSec's v2 consent API, as the consent step is covered elsewhere), gets tokens, and
 * the person opens their account page in the demo portal (`<authsec-consent-grants mode="self">`
 * with their own session token), finds the client and revokes it through the confirmation. Then
 * the client's refresh is refused and its next authorization shows the consent page again. No
 * CSP / Trusted Types violation on the page.
 *
 *   xvfb-run -a node --import tsx --test e2e/cross-browser/self-service.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SEED } from '../../emulator/seed/workspace.js';
import { buildDemo, gone, startPortal, textWhen, type Portal } from './console-journey.js';
import { launchFirefox, launchWebKit, type Driver, type Launcher } from './drivers.js';
import { pkce } from './journey.js';

const ENGINES: [string, () => Promise<Launcher>][] = [
  ['firefox', launchFirefox],
  ['webkit', launchWebKit],
];
const DOCS = 'https://docs-mcp.acme.example/mcp';
const SEARCH = 'docs_search:docs:search';
const CALLBACK = 'http://127.0.0.1:9/cb';
const CLIENT = 'Meeting Notes Agent';
const GRANTS = 'authsec-consent-grants';

let demoDir: string | undefined;
before(async () => {
  demoDir = await buildDemo();
}, { timeout: 300_000 });

/** A DCR client allowed by Alan (the emulator's default end user) with "remember", holding tokens. */
async function rememberedClient(origin: string): Promise<{ clientId: string; refreshToken: string }> {
  const registered = await fetch(`${origin}/oauth/register`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_name: CLIENT, redirect_uris: [CALLBACK], grant_types: ['authorization_code', 'refresh_token'], token_endpoint_auth_method: 'none' }),
  });
  assert.equal(registered.status, 201);
  const clientId = ((await registered.json()) as { client_id: string }).client_id;
  const { verifier, challenge } = pkce();
  const authorize = new URL(`${origin}/oauth/authorize`);
  for (const [k, v] of Object.entries({
    client_id: clientId, response_type: 'code', code_challenge: challenge, code_challenge_method: 'S256', redirect_uri: CALLBACK,
    state: 's', scope: SEARCH, resource: DOCS, authsec_consent_page: 'json',
  })) authorize.searchParams.set(k, v);
  const toConsent = await fetch(authorize, { redirect: 'manual' });
  const consentChallenge = new URL(toConsent.headers.get('location')!, origin).searchParams.get('consent_challenge')!;
  const accepted = await fetch(`${origin}/authsec/oauth/v2/consent/accept`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ consent_challenge: consentChallenge, grant_scope: [SEARCH], remember: true }),
  });
  const code = new URL(((await accepted.json()) as { redirect_to: string }).redirect_to).searchParams.get('code')!;
  const tokens = await token(origin, { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: CALLBACK, client_id: clientId });
  assert.equal(tokens.status, 200);
  return { clientId, refreshToken: tokens.body.refresh_token! };
}

async function token(origin: string, form: Record<string, string>): Promise<{ status: number; body: { refresh_token?: string; error?: string } }> {
  const res = await fetch(`${origin}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });
  return { status: res.status, body: (await res.json()) as { refresh_token?: string; error?: string } };
}

/** How AuthSec's consent handler answers the client's next authorization: 302 (remembered) or 200 (asks). */
async function nextConsentAnswer(origin: string, clientId: string): Promise<number> {
  const authorize = new URL(`${origin}/oauth/authorize`);
  const { challenge } = pkce();
  for (const [k, v] of Object.entries({
    client_id: clientId, response_type: 'code', code_challenge: challenge, code_challenge_method: 'S256', redirect_uri: CALLBACK, state: 's2', scope: SEARCH, resource: DOCS,
  })) authorize.searchParams.set(k, v);
  const toConsent = await fetch(authorize, { redirect: 'manual' });
  return (await fetch(new URL(toConsent.headers.get('location')!, origin), { redirect: 'manual' })).status;
}

for (const [engine, launch] of ENGINES) {
  describe(`self-service: an end user revokes an AI client on their account page, in ${engine}`, () => {
    let launcher: Launcher | undefined;
    before(async () => {
      launcher = await launch();
    }, { timeout: 120_000 });
    after(async () => {
      await launcher?.close();
    }, { timeout: 30_000 });

    it('finds the client, revokes it after confirming; its refresh is refused and the consent page asks again', { timeout: 240_000 }, async () => {
      if (!launcher || !demoDir) throw new Error(`${engine} or the demo build did not start`);
      let portal: Portal | undefined;
      let driver: Driver | undefined;
      try {
        portal = await startPortal(demoDir);
        const origin = portal.url.replace(/\/$/, '');
        const { clientId, refreshToken } = await rememberedClient(origin);
        assert.equal(await nextConsentAnswer(origin, clientId), 302, 'remembered: no consent page');
        const store = portal.running.emulator.store;
        const grant = store.consentGrants.find((g) => g.client_id === clientId && !g.revoked_at)!;
        assert.equal(grant.user_id, SEED.users.endUsers[0]);

        driver = await launcher.newDriver();
        await driver.goto(`${origin}/account.html`);
        const card = `${GRANTS} >>> [data-grant="${grant.id}"]`;
        const text = await textWhen(driver, card, (t) => t.includes(CLIENT), 'the client on the account page');
        assert.match(text, /Search docs/);
        assert.match(text, /On Docs Search/);
        await driver.click(`${card} authsec-ui-button.revoke`);
        await textWhen(driver, `${GRANTS} >>> authsec-ui-confirm-dialog >>> [part="heading"]`, (t) => t.endsWith(`Revoke access for ${CLIENT}?`), 'the confirmation');
        await driver.click(`${GRANTS} >>> authsec-ui-confirm-dialog >>> authsec-ui-button.confirm`);
        await gone(driver, card, 'the revoked client');

        assert.ok(grant.revoked_at, 'AuthSec holds the grant as revoked');
        const refreshed = await token(origin, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId });
        assert.deepEqual([refreshed.status, refreshed.body.error], [400, 'invalid_grant']);
        assert.equal(await nextConsentAnswer(origin, clientId), 200, 'the consent page asks again');
        assert.deepEqual([...driver.violations(), ...portal.reports], [], 'no CSP / Trusted Types violation on the account page');
      } finally {
        await driver?.close().catch(() => undefined);
        await portal?.close();
      }
    });
  });
}
