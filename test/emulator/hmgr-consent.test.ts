/**
 * The emulator's consent on today's AuthSec contract (authsec-api-current.md §3.2–§3.4): the HTML
 * form at `GET /authsec/hmgr/consent` (AuthSec's structure, read here by the same reader the
 * drop-in uses) and its form POST answering 302, with every outcome AuthSec has.
 */
import { expect } from '@open-wc/testing';
import { readConsentForm } from '../../src/elements/consent-screen/hosted-form.js';
import { harness, SEED, type Harness } from '../helpers/emulator.js';

const PATH = '/authsec/hmgr/consent';
const SEARCH = 'docs_search:docs:search';
const WRITE = 'docs_search:docs:write';
const CALLBACK = 'http://127.0.0.1:33418/callback';

async function challenge(h: Harness, body: Record<string, unknown> = {}): Promise<string> {
  const res = await h.emulator.fetchFn(`${h.emulator.baseUrl}/__emulator/consent-challenges`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user_id: SEED.users.owner, state: 'st-1', ...body }),
  });
  return ((await res.json()) as { consent_challenge: string }).consent_challenge;
}

const get = (h: Harness, query: string) => h.emulator.fetchFn(`${h.emulator.baseUrl}${PATH}${query}`, { redirect: 'manual' });
const post = (h: Harness, fields: [string, string][]) =>
  h.emulator.fetchFn(`${h.emulator.baseUrl}${PATH}`, {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields),
  });
const redirected = (res: Response) => {
  expect(res.status, 'AuthSec answers the form with a 302').to.equal(302);
  return new URL(res.headers.get('location')!);
};

describe('emulator: consent as an HTML form (/authsec/hmgr/consent)', () => {
  it('renders AuthSec\'s form, which the drop-in\'s reader reads: grantable, blocked with its reason, risk, remember', async () => {
    const h = harness();
    const ch = await challenge(h, { scopes: [SEARCH, WRITE, 'docs_search:nope'] });
    const res = await get(h, `?consent_challenge=${ch}`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/html/);
    // A strict CSP whose form-action lets the redirect chain end at the client; no framing.
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).to.match(/form-action 'self' http:\/\/127\.0\.0\.1:33418(;|$)/);
    expect(csp).to.match(/script-src 'self';/).and.to.match(/frame-ancestors 'none'/).and.to.match(/require-trusted-types-for 'script'/);
    expect(res.headers.get('x-frame-options')).to.equal('DENY');
    expect(res.headers.get('link')).to.equal('</authsec-consent.js>; rel=modulepreload');
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const form = doc.querySelector('form')!;
    const data = readConsentForm(doc.body, form)!;
    expect(data).to.include({ consent_challenge: ch, client_id: SEED.clients.claudeDesktop });
    expect(data.grantable_scopes).to.deep.equal([SEARCH, WRITE]);
    expect(data.rejected_scopes).to.deep.equal({ 'docs_search:nope': 'not_registered' });
    expect((data.scope_details as { risk_level: string }[]).map((d) => d.risk_level)).to.deep.equal(['low', 'medium']);
    expect(form.querySelector<HTMLInputElement>('input[name="remember"]')!.checked).to.equal(true);
    // The server's extension data rides along for the enhanced screen, never as code.
    const json = JSON.parse(doc.querySelector('script[type="application/json"]#authsec-consent-data')!.textContent!) as Record<string, unknown>;
    expect(json).to.include({ client_name: 'Claude Desktop', application_name: 'Docs Search', redirect_uri: CALLBACK });
    expect(doc.querySelectorAll('script:not([type="application/json"])').length).to.equal(1);
  });

  it('allows exactly the ticked scopes (302 with code, state, iss); remember stores a 30-day grant', async () => {
    const h = harness();
    const ch = await challenge(h, { scopes: [SEARCH, WRITE] });
    const before = h.emulator.store.consentGrants.length;
    const url = redirected(await post(h, [['consent_challenge', ch], ['grant_scope', SEARCH], ['grant_scope', 'docs_search:admin'], ['remember', 'true'], ['action', 'allow']]));
    expect(url.origin + url.pathname).to.equal(CALLBACK);
    expect(url.searchParams.get('code')).to.be.a('string');
    expect([url.searchParams.get('state'), url.searchParams.get('iss')]).to.deep.equal(['st-1', h.emulator.baseUrl]);
    const grant = h.emulator.store.consentGrants.slice(before);
    expect(grant.map((g) => g.scopes)).to.deep.equal([[SEARCH]]);
    const days = (Date.parse(grant[0]!.expires_at) - Date.now()) / 86_400_000;
    expect(days).to.be.within(29.9, 30.1);
    // The challenge is spent: AuthSec cannot find it any more.
    const again = await post(h, [['consent_challenge', ch], ['action', 'allow'], ['grant_scope', SEARCH]]);
    expect([again.status, await again.text()]).to.deep.equal([500, 'Failed to get consent request']);
  });

  it('Deny, or nothing ticked, is access_denied; no grant is remembered', async () => {
    const h = harness();
    for (const [fields, says] of [
      [[['action', 'deny'], ['grant_scope', SEARCH], ['remember', 'true']], 'user denied consent'],
      [[['action', 'allow'], ['remember', 'true']], 'no scopes approved'],
      [[['grant_scope', 'docs_search:admin']], 'no scopes approved'],
    ] as [[string, string][], string][]) {
      const ch = await challenge(h);
      const url = redirected(await post(h, [['consent_challenge', ch], ...fields]));
      expect([url.searchParams.get('error'), url.searchParams.get('error_description'), url.searchParams.get('code')]).to.deep.equal(['access_denied', says, null]);
    }
    expect(h.emulator.store.consentGrants.filter((g) => g.user_id === SEED.users.owner && g.client_id === SEED.clients.claudeDesktop)).to.deep.equal([]);
  });

  it('answers like AuthSec when there is nothing to ask: a remembered decision (302), no permission (403), not live (403 page)', async () => {
    const h = harness();
    const first = await challenge(h, { scopes: [SEARCH] });
    redirected(await post(h, [['consent_challenge', first], ['grant_scope', SEARCH], ['remember', 'true']]));
    const remembered = redirected(await get(h, `?consent_challenge=${await challenge(h, { scopes: [SEARCH] })}`));
    expect(remembered.searchParams.get('code')).to.be.a('string');

    const stranger = await challenge(h, { user_id: SEED.users.endUsers[1], scopes: [WRITE] });
    h.emulator.store.accessPolicies.get(SEED.apps.docsSearch)!.enabled = false;
    const refused = await get(h, `?consent_challenge=${stranger}`);
    expect([refused.status, await refused.text()]).to.deep.equal([
      403, 'You do not have permission to access this resource server. Contact your administrator to request access.',
    ]);

    const github = await challenge(h, { rs_id: SEED.apps.github });
    const notLive = await get(h, `?consent_challenge=${github}`);
    expect(notLive.status).to.equal(403);
    expect(await notLive.text()).to.contain('Service not yet activated').and.to.contain('GitHub MCP Server');
  });

  it('a missing or unknown challenge is AuthSec\'s plain-text error', async () => {
    const h = harness();
    const missing = await get(h, '');
    expect([missing.status, await missing.text()]).to.deep.equal([400, 'Missing consent_challenge parameter']);
    const unknown = await get(h, '?consent_challenge=ch_nope');
    expect([unknown.status, await unknown.text()]).to.deep.equal([500, 'Failed to get consent request']);
  });
});
