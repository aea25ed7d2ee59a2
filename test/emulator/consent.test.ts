import { expect } from '@open-wc/testing';
import { AuthsecError, endpoints as ep } from '../../src/api/index.js';
import { harness, rejection, SEED } from '../helpers/emulator.js';

async function newChallenge(h: ReturnType<typeof harness>, body: Record<string, unknown> = {}): Promise<string> {
  const res = await h.emulator.fetchFn(`${h.emulator.baseUrl}/__emulator/consent-challenges`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return ((await res.json()) as { consent_challenge: string }).consent_challenge;
}

describe('emulator: v2 consent API', () => {
  it('shows grantable and rejected scopes with the extension fields, then accepts with a code', async () => {
    const h = harness();
    const client = h.client();
    const data = await client.call(ep.getConsent, { query: { consent_challenge: 'demo-docs-search' } });
    expect(data.grantable_scopes).to.deep.equal(['docs_search:docs:search']);
    expect(data.rejected_scopes).to.deep.equal({ 'docs_search:docs:write': 'not_bound' });
    expect(data.client_name).to.equal('Claude Desktop');
    expect(data.client_verified).to.equal(false);
    expect(data.scope_details.find((s) => s.scope === 'docs_search:docs:search')?.tools).to.include('search_docs');

    const decision = await client.call(ep.acceptConsent, { body: { consent_challenge: 'demo-docs-search', grant_scope: ['docs_search:docs:search'] } });
    const url = new URL(decision.redirect_to);
    expect(url.origin + url.pathname).to.equal('http://127.0.0.1:33418/callback');
    expect(url.searchParams.get('code')).to.match(/^[0-9a-f]{32}$/);
    expect(url.searchParams.get('state')).to.equal('demo');
    expect(url.searchParams.get('iss')).to.equal(h.emulator.baseUrl);

    const again = (await rejection(client.call(ep.acceptConsent, { body: { consent_challenge: 'demo-docs-search' } }))) as AuthsecError;
    expect([again.status, again.envelope.success]).to.deep.equal([409, false]);
  });

  it('sends AuthSec’s plain shape (no extension fields) when the challenge is not extended', async () => {
    const h = harness();
    const challenge = await newChallenge(h, { extended: false });
    const data = await h.client().call(ep.getConsent, { query: { consent_challenge: challenge } });
    expect(data.client_name).to.equal(undefined);
    expect(data.scope_details).to.deep.equal([]);
    expect(data.client_id).to.equal(SEED.clients.claudeDesktop);
  });

  it('rejects with access_denied', async () => {
    const h = harness();
    const challenge = await newChallenge(h);
    const decision = await h.client().call(ep.rejectConsent, { body: { consent_challenge: challenge } });
    expect(new URL(decision.redirect_to).searchParams.get('error')).to.equal('access_denied');
    expect(new URL(decision.redirect_to).searchParams.get('iss')).to.equal(h.emulator.baseUrl);
  });

  it('auto-approves a request covered by a remembered decision', async () => {
    const h = harness();
    const first = await newChallenge(h, { scopes: ['docs_search:docs:search'] });
    await h.client().call(ep.acceptConsent, { body: { consent_challenge: first, remember: true } });
    const second = await newChallenge(h, { scopes: ['docs_search:docs:search'] });
    const data = await h.client().call(ep.getConsent, { query: { consent_challenge: second } });
    expect(data.auto_approved).to.equal(true);
    expect(new URL(data.redirect_to!).searchParams.get('code')).to.be.a('string');
    expect(new URL(data.redirect_to!).searchParams.get('iss')).to.equal(h.emulator.baseUrl);
  });

  it('gives a first-time user the default role under an enabled policy (default_policy binding)', async () => {
    const h = harness();
    const newcomer = SEED.users.endUsers[9]!;
    const challenge = await newChallenge(h, { user_id: newcomer, scopes: ['docs_search:docs:search'] });
    const data = await h.client().call(ep.getConsent, { query: { consent_challenge: challenge } });
    expect(data.grantable_scopes).to.deep.equal(['docs_search:docs:search']);
    const bindings = [...h.emulator.store.bindings.values()].filter((b) => b.user_id === newcomer);
    expect(bindings.map((b) => b.assignment_source)).to.deep.equal(['default_policy']);
  });

  it('answers an unknown or missing challenge with a v2 error envelope', async () => {
    const h = harness();
    const unknown = (await rejection(h.client().call(ep.getConsent, { query: { consent_challenge: 'nope' } }))) as AuthsecError;
    expect([unknown.status, unknown.envelope.success]).to.deep.equal([404, false]);
    const missing = (await rejection(h.client().call(ep.getConsent, {}))) as AuthsecError;
    expect(missing.status).to.equal(400);
  });
});
