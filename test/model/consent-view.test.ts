import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { consentPageData, type ConsentPageData } from '../../src/api/consent.js';
import { buildConsentView } from '../../src/model/consent-view.js';
import { checkScopeString, namespacedScope, scopeNamespace } from '../../src/model/scope-string.js';
import { scopeRisk, scopeWords } from '../../src/model/scope-words.js';

const data = (extra: Record<string, unknown>): ConsentPageData =>
  z.parse(consentPageData, { success: true, consent_challenge: 'c', requested_scopes: [], grantable_scopes: [], ...extra });

describe('model: scope words and risk', () => {
  it('reads verb and object from namespaced scope strings', () => {
    expect(scopeWords('github_mcp:tools:read')).to.deep.equal({ verb: 'read', object: 'tools', omnibus: false });
    expect(scopeWords('docs_search:docs:search')).to.deep.equal({ verb: 'search', object: 'docs', omnibus: false });
    expect(scopeWords('acme:pull_requests:write')).to.deep.equal({ verb: 'write', object: 'pull requests', omnibus: false });
    expect(scopeWords('github_mcp_server:admin')).to.deep.equal({ verb: 'admin', object: '', omnibus: false });
    expect(scopeWords('openid')).to.deep.equal({ object: 'openid', omnibus: false });
    expect(scopeWords('*').omnibus).to.equal(true);
    expect(scopeWords('all').omnibus).to.equal(true);
  });

  it('takes the declared risk, else infers it from the verb', () => {
    expect(scopeRisk('x:tools:read', 'critical')).to.equal('critical');
    expect(['x:a:read', 'x:a:write', 'x:a:delete', 'x:admin', '*', 'x:weird'].map((s) => scopeRisk(s))).to.deep.equal([
      'low', 'medium', 'high', 'high', 'critical', 'medium',
    ]);
  });
});

describe('model: consent view', () => {
  it('derives trust from server facts only, never from the name', () => {
    expect(buildConsentView(data({ client_name: 'Claude', registration_type: 'dcr' })).client.trust).to.equal('unverified');
    expect(buildConsentView(data({ client_name: 'Support', registration_type: 'prereg' })).client.trust).to.equal('verified');
    const cimd = buildConsentView(data({ client_id: 'https://app.example.com/oauth/client.json', registration_type: 'cimd' }));
    expect(cimd.client).to.include({ trust: 'cimd', idHost: 'app.example.com' });
    expect(buildConsentView(data({ client_id: 'abc' })).client.trust).to.equal('unknown');
  });

  it('shows the redirect host, flags loopback-only and refuses unusable redirect URIs', () => {
    const local = buildConsentView(data({ redirect_uri: 'http://127.0.0.1:33418/callback' }));
    expect(local.localOnly).to.equal(true);
    expect(typeof local.redirect === 'object' && local.redirect.host).to.equal('127.0.0.1');
    expect(buildConsentView(data({ redirect_uri: 'javascript:alert(1)' })).redirect).to.equal('invalid');
    expect(buildConsentView(data({ redirect_uri: 'https://a.example@evil.example/cb' })).redirect).to.deep.include({ host: 'evil.example', hadUserinfo: true });
    expect(buildConsentView(data({})).redirect).to.equal(undefined);
  });

  it('orders grantable scopes highest risk first, dedupes, and keeps what each unlocks', () => {
    const view = buildConsentView(data({
      requested_scopes: ['a:docs:search', 'a:docs:write', 'a:admin', 'a:docs:search'],
      grantable_scopes: ['a:docs:search', 'a:docs:write', 'a:admin', 'a:docs:search'],
      scope_details: [{ scope: 'a:docs:write', display_name: 'Edit documents', risk_level: 'medium', tools: ['index_document', 'index_document'] }],
    }));
    expect(view.scopes.map((s) => s.scope)).to.deep.equal(['a:admin', 'a:docs:write', 'a:docs:search']);
    const write = view.scopes[1]!;
    expect(write.title?.text).to.equal('Edit documents');
    expect(write.tools.map((t) => t.text)).to.deep.equal(['index_document']);
  });

  it('falls back to host descriptions, and server details win over them', () => {
    const view = buildConsentView(
      data({ grantable_scopes: ['a:x:read', 'a:y:read'], scope_details: [{ scope: 'a:y:read', display_name: 'Server title' }] }),
      { 'a:x:read': { title: 'Host title', description: 'Host words' }, 'a:y:read': { title: 'Ignored' } },
    );
    const byScope = Object.fromEntries(view.scopes.map((s) => [s.scope, s]));
    expect(byScope['a:x:read']?.title?.text).to.equal('Host title');
    expect(byScope['a:x:read']?.description?.text).to.equal('Host words');
    expect(byScope['a:y:read']?.title?.text).to.equal('Server title');
  });

  it('lists scopes that cannot be granted apart, with their reasons', () => {
    const view = buildConsentView(data({
      requested_scopes: ['a:r', 'a:w', 'b:x', 'a:silent'],
      grantable_scopes: ['a:r'],
      rejected_scopes: { 'a:w': 'not_bound', 'b:x': 'not_registered' },
    }));
    expect(view.blocked.map((b) => [b.scope.text, b.reason])).to.deep.equal([
      ['a:w', 'not_bound'], ['b:x', 'not_registered'], ['a:silent', 'other'],
    ]);
  });

  it('leads refused scopes with a label: the server title, else words for the scope string, else the form’s title', () => {
    const view = buildConsentView(data({
      requested_scopes: ['docs:write', 'a:admin', 'Delete everything'],
      grantable_scopes: [],
      rejected_scopes: { 'docs:write': 'not_bound', 'a:admin': 'not_registered', 'Delete everything': 'not_bound' },
      scope_details: [{ scope: 'docs:write', display_name: 'Edit documents' }],
    }));
    const [write, admin, titled] = view.blocked;
    expect(write!.title?.text).to.equal('Edit documents');
    expect(admin!.title).to.equal(undefined);
    expect(admin!.words?.verb).to.equal('admin');
    expect(titled!.title).to.equal(undefined);
    expect(titled!.words).to.equal(undefined);
    expect(titled!.scope.text).to.equal('Delete everything');
  });

  it('reveals hidden characters and clamps hostile names', () => {
    const view = buildConsentView(data({ client_name: 'Acme\u202Egnp.exe' + 'x'.repeat(10_000), client_id: 'id' }));
    expect(view.client.name?.hiddenChars).to.equal(1);
    expect(view.client.name?.text).to.contain('⟨U+202E⟩');
    expect(view.client.name?.text.endsWith('…')).to.equal(true);
    expect([...view.client.name!.text].length).to.equal(80);
    expect(buildConsentView(data({ client_name: '\u0421laude' })).client.name?.mixedScript).to.equal(true);
  });
});

describe('model: scope strings', () => {
  it('namespaces by the application slug', () => {
    expect(scopeNamespace('GitHub MCP Server')).to.equal('github_mcp_server:');
    expect(namespacedScope('GitHub MCP Server', 'repos:read')).to.equal('github_mcp_server:repos:read');
    expect(namespacedScope('GitHub MCP Server', 'github_mcp_server:x')).to.equal('github_mcp_server:x');
  });
  it('explains what is wrong', () => {
    const app = 'Docs Search';
    expect(checkScopeString('docs_search:', app)).to.equal('empty');
    expect(checkScopeString('docs_search:a b', app)).to.equal('characters');
    expect(checkScopeString('docs_search:"x"', app)).to.equal('characters');
    expect(checkScopeString('docs_search:é', app)).to.equal('characters');
    expect(checkScopeString('other:x', app)).to.equal('namespace');
    expect(checkScopeString(`docs_search:${'x'.repeat(300)}`, app)).to.equal('too_long');
    expect(checkScopeString('docs_search:docs:search', app, ['docs_search:docs:search'])).to.equal('duplicate');
    expect(checkScopeString('docs_search:docs:export', app, ['docs_search:docs:search'])).to.equal(null);
  });
});
