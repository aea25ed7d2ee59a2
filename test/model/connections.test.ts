import { expect } from '@open-wc/testing';
import type { WorkspaceClient } from '../../src/api/workspace-clients.js';
import { connectionView, filterConnections, redirectHosts, sortConnections, statusCounts } from '../../src/model/connections.js';
import { redirectUriLines, redirectUriProblem } from '../../src/model/redirect-uri.js';

const client = (over: Partial<WorkspaceClient> & { client_id: string }): WorkspaceClient =>
  ({ status: 'approved', redirect_uris: [], ...over }) as WorkspaceClient;

describe('connections model', () => {
  it('words how a client registered, its state, and a CIMD client\'s domain', () => {
    const cimd = connectionView(client({ client_id: 'https://cursor.example/oauth/client.json', registration_type: 'cimd', client_name: ' Cursor ' }));
    expect([cimd.kind, cimd.domain, cimd.name, cimd.status]).to.deep.equal(['cimd', 'cursor.example', 'Cursor', 'approved']);
    expect(connectionView(client({ client_id: 'x', registration_type: 'oidc', status: 'pending_approval' }))).to.include({ kind: 'other', status: 'pending' });
    expect(connectionView(client({ client_id: 'x', status: 'suspended' })).status).to.equal('other');
    expect(connectionView(client({ client_id: 'x', client_name: 'GіtHub' })).lookalike).to.equal(true);
  });

  it('redirect hosts: one per host, loopback with its port, punycode flagged, userinfo and bad URIs dropped', () => {
    expect(redirectHosts(['https://a.example/cb', 'https://a.example/other', 'http://127.0.0.1:8765/cb', 'https://u:p@evil.example/', 'javascript:alert(1)', 'https://xn--80ak6aa92e.com/'])).to.deep.equal([
      { host: 'a.example', loopback: false, punycode: false },
      { host: '127.0.0.1:8765', loopback: true, punycode: false },
      { host: 'evil.example', loopback: false, punycode: false },
      { host: 'xn--80ak6aa92e.com', loopback: false, punycode: true },
    ]);
  });

  it('filters by text (name, id, domain, host) and status; counts each status; pending first in every order', () => {
    const list = [
      client({ client_id: 'b', client_name: 'Beta', created_at: '2026-01-02T00:00:00Z', last_token_issued_at: '2026-03-01T00:00:00Z', redirect_uris: ['https://beta.example/cb'] }),
      client({ client_id: 'a', client_name: 'Alpha', created_at: '2026-01-03T00:00:00Z' }),
      client({ client_id: 'p', client_name: 'Zed', status: 'pending_approval', created_at: '2026-01-01T00:00:00Z' }),
      client({ client_id: 'r', client_name: 'Gamma', status: 'revoked', last_token_issued_at: '2026-04-01T00:00:00Z' }),
    ].map(connectionView);
    expect(statusCounts(list)).to.deep.equal({ all: 4, approved: 2, pending: 1, revoked: 1 });
    expect(filterConnections(list, 'BETA.ex', 'all').map((c) => c.id)).to.deep.equal(['b']);
    expect(filterConnections(list, '', 'revoked').map((c) => c.id)).to.deep.equal(['r']);
    expect(sortConnections(list, 'recent').map((c) => c.id)).to.deep.equal(['p', 'r', 'b', 'a']);
    expect(sortConnections(list, 'name').map((c) => c.id)).to.deep.equal(['p', 'a', 'b', 'r']);
    expect(sortConnections(list, 'newest').map((c) => c.id)).to.deep.equal(['p', 'a', 'b', 'r']);
  });

  it('redirect URIs: https, or http on loopback; no fragment, no user information', () => {
    expect(redirectUriProblem('https://app.example/cb')).to.equal(undefined);
    expect(redirectUriProblem('http://127.0.0.1:9/cb')).to.equal(undefined);
    expect(redirectUriProblem('http://localhost/cb')).to.equal(undefined);
    expect(redirectUriProblem('http://localhost.evil.example/cb')).to.equal('http_not_loopback');
    expect(redirectUriProblem('https://a.example/cb#x')).to.equal('fragment');
    expect(redirectUriProblem('https://claude.ai@evil.example/cb')).to.equal('userinfo');
    expect(redirectUriProblem('myapp://cb')).to.equal('scheme');
    expect(redirectUriProblem('/cb')).to.equal('not_absolute');
    expect(redirectUriProblem('https://a.example/c b')).to.equal('whitespace');
    expect(redirectUriProblem('')).to.equal('empty');
    expect(redirectUriLines(' https://a.example/cb \r\n\n https://b.example/cb')).to.deep.equal(['https://a.example/cb', 'https://b.example/cb']);
  });
});
