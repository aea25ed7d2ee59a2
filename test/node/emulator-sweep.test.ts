// A long-running emulator stays flat: consent challenges, codes, tokens and their grants are freed
// once they can no longer be used (the emulator runs beside a developer's browsing for days).
// A controllable clock makes it deterministic: thousands of requests, then time passes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createEmulator } from '../../emulator/app.js';

// RFC 7636 Appendix B.
const VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
const CALLBACK = 'http://127.0.0.1:1234/cb';
const DOCS = 'https://docs-mcp.acme.example/mcp';
const BASE = 'http://127.0.0.1:7468';

describe('emulator memory', () => {
  it('frees expired challenges, codes, tokens and grants, and keeps what is still usable', async () => {
    let now = Date.parse('2026-12-05T09:00:00Z');
    const emu = createEmulator({ clock: { now: () => new Date(now) } });
    const call = (path: string, init?: RequestInit) => emu.fetch(new Request(`${BASE}${path}`, init));
    const form = (body: Record<string, string>): RequestInit => ({
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body),
    });

    const registered = await call('/oauth/register', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ client_name: 'Sweep', redirect_uris: [CALLBACK], grant_types: ['authorization_code', 'refresh_token'] }),
    });
    const clientId = ((await registered.json()) as { client_id: string }).client_id;
    // The seed's own long-lived rows (its demo consent challenge) are not this test's.
    const seeded = emu.store.retained();

    // 400 full flows (authorize → consent → token → refresh) and 400 abandoned ones: 4,000 requests.
    const FLOWS = 400;
    let lastRefresh = '';
    for (let i = 0; i < FLOWS * 2; i++) {
      const query = new URLSearchParams({
        client_id: clientId, response_type: 'code', code_challenge: CHALLENGE, code_challenge_method: 'S256',
        redirect_uri: CALLBACK, state: `s${i}`, resource: DOCS, login_hint: 'ada@acme.example',
      });
      const authorize = await call(`/oauth/authorize?${query}`);
      const challenge = new URL(authorize.headers.get('location')!).searchParams.get('consent_challenge')!;
      if (i % 2) continue; // walked away from the consent page
      const accepted = await call('/authsec/oauth/v2/consent/accept', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ consent_challenge: challenge }),
      });
      const code = new URL(((await accepted.json()) as { redirect_to: string }).redirect_to).searchParams.get('code')!;
      const tokens = await call('/oauth/token', form({ grant_type: 'authorization_code', code, code_verifier: VERIFIER, redirect_uri: CALLBACK, client_id: clientId }));
      const refresh = ((await tokens.json()) as { refresh_token: string }).refresh_token;
      const rotated = await call('/oauth/token', form({ grant_type: 'refresh_token', refresh_token: refresh, client_id: clientId }));
      assert.equal(rotated.status, 200);
      lastRefresh = ((await rotated.json()) as { refresh_token: string }).refresh_token;
    }
    const busy = emu.store.retained();
    assert.ok(busy.consent_challenges! >= FLOWS * 2, JSON.stringify(busy));
    assert.ok(busy.grants! >= FLOWS && busy.refresh_tokens! >= FLOWS, JSON.stringify(busy));

    // An hour later: challenges, codes and access tokens have expired and are freed; refresh tokens
    // (30 days) and their grants still work, so they stay.
    now += 3600_000 + 1;
    for (let i = 0; i < 100; i++) await call('/healthz');
    const hourLater = emu.store.retained();
    assert.deepEqual(
      { challenges: hourLater.consent_challenges, codes: hourLater.codes, access: hourLater.access_tokens },
      { challenges: seeded.consent_challenges, codes: 0, access: 0 },
    );
    // Spent refresh tokens went with the sweep only if their grant is gone; live ones stay usable.
    assert.ok(hourLater.refresh_tokens! >= FLOWS && hourLater.grants === FLOWS, JSON.stringify(hourLater));
    const stillGood = await call('/oauth/token', form({ grant_type: 'refresh_token', refresh_token: lastRefresh, client_id: clientId }));
    assert.equal(stillGood.status, 200);

    // Past every refresh token's life: nothing is left.
    now += 31 * 86_400_000;
    for (let i = 0; i < 100; i++) await call('/healthz');
    const left = emu.store.retained();
    assert.ok(left.consent_challenges! <= seeded.consent_challenges!, 'no challenge of this test is left');
    assert.deepEqual({ ...left, consent_challenges: 0 }, { consent_challenges: 0, consent_grants: 0, codes: 0, grants: 0, refresh_tokens: 0, access_tokens: 0 });
  });
});
