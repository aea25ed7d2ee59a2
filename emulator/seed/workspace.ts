/**
 * The story the emulator tells: the Acme workspace with a half-mapped GitHub MCP Server (101
 * tools, not launched), a launched Docs Search with bindings and drift, a Billing Agent still
 * waiting for its first scan; and a second workspace (Globex) for isolation.
 */
import { applyManifest } from '../routes/sdk.js';
import type { RegistrationMode } from '../../src/api/index.js';
import type { ClientRow, ResourceServerRow, Store, User, WorkspaceRole } from '../store.js';
import { githubTools } from './github-tools.js';

const uuid = (group: string, n: number) => `${group}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const SEED = {
  workspace: uuid('5eed0001', 1),
  otherWorkspace: uuid('5eed0001', 2),
  users: {
    owner: uuid('5eed0002', 1),
    admin: uuid('5eed0002', 2),
    member: uuid('5eed0002', 3),
    otherOwner: uuid('5eed0002', 99),
    endUsers: Array.from({ length: 12 }, (_, i) => uuid('5eed0002', 100 + i)),
  },
  apps: {
    github: uuid('5eed0003', 1),
    docsSearch: uuid('5eed0003', 2),
    billingAgent: uuid('5eed0003', 3),
    globex: uuid('5eed0003', 9),
  },
  clients: {
    claudeDesktop: 'dcr-claude-desktop-7f3a',
    mcpInspector: 'dcr-mcp-inspector-19c2',
    supportAgent: 'prereg-acme-support-agent',
    pendingAgent: 'dcr-zed-agent-5b01',
    revokedConsole: 'prereg-old-ops-console',
  },
  /** Fixed secrets so the demo's example SDK can authenticate without copying anything. */
  secrets: {
    github: `sec_${'a1'.repeat(32)}`,
    docsSearch: `sec_${'d0'.repeat(32)}`,
    billingAgent: `sec_${'b1'.repeat(32)}`,
    globex: `sec_${'9e'.repeat(32)}`,
  },
} as const;

const END_USERS: [string, string][] = [
  ['Alan Turing', 'alan@acme.example'], ['Barbara Liskov', 'barbara@acme.example'],
  ['Claude Shannon', 'claude.s@acme.example'], ['Dorothy Vaughan', 'dorothy@acme.example'],
  ['Edsger Dijkstra', 'edsger@acme.example'], ['Frances Allen', 'frances@acme.example'],
  ['Guido Rossum', 'guido@acme.example'], ['Hedy Lamarr', 'hedy@acme.example'],
  ['Ivan Sutherland', 'ivan@acme.example'], ['Joan Clarke', 'joan@acme.example'],
  ['Ken Thompson', 'ken@acme.example'],
  // Hostile display text is a fact of life: a right-to-left override hiding a file name.
  ['Zoë \u202Egnp.exe', 'zoe@acme.example'],
];

export function seedWorkspace(store: Store): void {
  const now = store.clock.now().getTime();
  const daysAgo = (d: number, h = 0) => new Date(now - d * 86_400_000 - h * 3_600_000).toISOString();

  store.workspaces.set(SEED.workspace, { id: SEED.workspace, name: 'Acme Corp' });
  store.workspaces.set(SEED.otherWorkspace, { id: SEED.otherWorkspace, name: 'Globex' });
  const user = (id: string, ws: string, name: string, email: string, role: WorkspaceRole, created: string, active = true) => {
    const u: User = { id, workspace_id: ws, name, email, workspace_role: role, active, created_at: created };
    store.users.set(id, u);
  };
  user(SEED.users.owner, SEED.workspace, 'Ada Lovelace', 'ada@acme.example', 'owner', daysAgo(400));
  user(SEED.users.admin, SEED.workspace, 'Grace Hopper', 'grace@acme.example', 'admin', daysAgo(300));
  user(SEED.users.member, SEED.workspace, 'Mallory Member', 'mallory@acme.example', 'member', daysAgo(200));
  user(SEED.users.otherOwner, SEED.otherWorkspace, 'Hank Scorpio', 'hank@globex.example', 'owner', daysAgo(500));
  END_USERS.forEach(([name, email], i) =>
    user(SEED.users.endUsers[i]!, SEED.workspace, name, email, 'member', daysAgo(120 - i * 7), i !== 10),
  );

  const app = (
    id: string, ws: string, name: string, baseUrl: string, secret: string, created: string,
    extra: Partial<ResourceServerRow> = {},
  ): ResourceServerRow => {
    const rs: ResourceServerRow = {
      id, workspace_id: ws, application_type: 'mcp_server', name, public_base_url: baseUrl, protected_base_path: '/mcp',
      resource_uri: `${baseUrl}/mcp`, registration_modes: ['dcr', 'cimd', 'prereg'], active: true, state: 'pending_scan',
      status: 'pending_scan', introspection_secret: secret, setup_completed_at: null, setup_completed_by: null,
      scan_generation: 0, last_successful_generation: 0, created_at: created, updated_at: created, ...extra,
    };
    store.resourceServers.set(id, rs);
    return rs;
  };
  const scope = (rs: ResourceServerRow, suffix: string, display: string, description: string, risk: 'low' | 'medium' | 'high' | 'critical') =>
    store.addScope({
      workspace_id: rs.workspace_id, rs_id: rs.id, scope_string: `${suffix}`, display_name: display, description,
      risk_level: risk, is_auto_discovered: false, source: 'preset',
    });
  const finish = (rs: ResourceServerRow, enabled: boolean) => {
    store.reconcileDefaultRoles(rs.id);
    store.accessPolicies.set(rs.id, { rs_id: rs.id, enabled, default_role_id: store.viewerRole(rs.id)!.id });
  };
  const client = (id: string, name: string, type: RegistrationMode, rsId: string, redirect: string, extra: Partial<ClientRow> = {}) => {
    const row: ClientRow = {
      client_id: id, client_name: name, registration_type: type, redirect_uris: [redirect], rs_id: rsId, status: 'approved', created_at: daysAgo(2), ...extra,
    };
    store.clients.set(id, row);
  };

  // GitHub MCP Server: 101 tools published by the SDK, about half mapped, not launched.
  const gh = app(SEED.apps.github, SEED.workspace, 'GitHub MCP Server', 'https://mcp.github.acme.example', SEED.secrets.github, daysAgo(3));
  const ghRead = scope(gh, 'github_mcp_server:tools:read', 'Read GitHub data', 'See repositories, issues, pull requests, workflow runs and notifications.', 'low');
  const ghWrite = scope(gh, 'github_mcp_server:tools:write', 'Change GitHub data', 'Open and edit issues and pull requests, push commits, trigger workflows.', 'medium');
  const ghAdmin = scope(gh, 'github_mcp_server:admin', 'Administer repositories', 'Delete files and logs, create repositories and read secret-scanning alerts.', 'critical');
  finish(gh, false);
  applyManifest(store, gh, githubTools.map(({ seed: _seed, ...tool }) => tool));
  store.manifestAttempts.push({ id: store.newId(), rs_id: gh.id, attempted_at: daysAgo(2), status: 'success', tool_count: githubTools.length, manifest_version: '2026-11-01', sdk_build_id: 'authsec-sdk-go/1.4.2' });
  const byKind = { read: ghRead.id, write: ghWrite.id, admin: ghAdmin.id };
  for (const t of githubTools) {
    const tool = store.toolsOf(gh.id).find((x) => x.name === t.name)!;
    if (t.seed === 'public') tool.is_public = true;
    else if (t.seed) store.mappings.push({ tool_id: tool.id, scope_id: byKind[t.seed], source: 'admin_override', auto_matched: false });
  }
  client(SEED.clients.claudeDesktop, 'Claude Desktop', 'dcr', gh.id, 'http://127.0.0.1:33418/callback', { last_token_issued_at: daysAgo(0, 20) });

  // Docs Search: launched a month ago, default policy on, two drift events since.
  const docs = app(SEED.apps.docsSearch, SEED.workspace, 'Docs Search', 'https://docs-mcp.acme.example', SEED.secrets.docsSearch, daysAgo(45));
  const docsSearch = scope(docs, 'docs_search:docs:search', 'Search documents', 'Search Acme’s internal documentation and read matching pages.', 'low');
  const docsWrite = scope(docs, 'docs_search:docs:write', 'Edit documents', 'Add, re-index and delete documents in the search index.', 'medium');
  finish(docs, true);
  applyManifest(store, docs, [
    { name: 'search_docs', title: 'Search documents', description: 'Full-text and semantic search over the documentation index.', annotations: { readOnlyHint: true, openWorldHint: false }, suggested_scopes: ['docs_search:docs:search'] },
    { name: 'get_document', title: 'Get document', description: 'Return one document by id, with its metadata.', annotations: { readOnlyHint: true }, suggested_scopes: ['docs_search:docs:search'] },
    { name: 'list_collections', title: 'List collections', description: 'List the collections in the index.', annotations: { readOnlyHint: true }, suggested_scopes: ['docs_search:docs:search'] },
    { name: 'index_document', title: 'Index document', description: 'Add or replace a document in the index.', annotations: { readOnlyHint: false, idempotentHint: true }, suggested_scopes: ['docs_search:docs:write'] },
    { name: 'delete_document', title: 'Delete document', description: 'Remove a document from the index.', annotations: { readOnlyHint: false, destructiveHint: true }, suggested_scopes: ['docs_search:docs:write'] },
    { name: 'health_check', title: 'Health check', description: 'Report whether the index is reachable.', annotations: { readOnlyHint: true }, suggested_scopes: [] },
  ]);
  for (const t of store.toolsOf(docs.id)) {
    if (t.name === 'health_check') t.is_public = true;
    else store.mappings.push({ tool_id: t.id, scope_id: ['index_document', 'delete_document'].includes(t.name) ? docsWrite.id : docsSearch.id, source: 'admin_override', auto_matched: false });
  }
  store.viewerRole(docs.id)!.scope_ids = [docsSearch.id];
  Object.assign(docs, {
    state: 'ready', status: 'ready', setup_completed_at: daysAgo(30), setup_completed_by: SEED.users.owner,
    last_validated_at: daysAgo(1, 3), last_validation_status: 'passed', last_scan_completed_at: daysAgo(2),
  } satisfies Partial<ResourceServerRow>);
  store.manifestAttempts.push({ id: store.newId(), rs_id: docs.id, attempted_at: daysAgo(2), status: 'success', tool_count: 6, manifest_version: '3.2.0', sdk_build_id: 'authsec-sdk-python/0.9.1' });
  const adminRole = store.roleByName(`rs-${docs.id}:admin`)!;
  const readonlyRole = store.roleByName(`rs-${docs.id}:readonly`)!;
  const viewerRole = store.viewerRole(docs.id)!;
  const bind = (userId: string, roleId: string, source: 'manual_admin' | 'default_policy', created: string) => {
    const b = store.addBinding({
      workspace_id: SEED.workspace, user_id: userId, role_id: roleId,
      scope_type: source === 'manual_admin' ? 'resource_server' : null, scope_id: source === 'manual_admin' ? docs.id : null,
      assignment_source: source,
    });
    b.created_at = created;
  };
  bind(SEED.users.owner, adminRole.id, 'manual_admin', daysAgo(31));
  bind(SEED.users.admin, readonlyRole.id, 'manual_admin', daysAgo(29));
  SEED.users.endUsers.slice(0, 6).forEach((id, i) => bind(id, viewerRole.id, 'default_policy', daysAgo(28 - i * 4)));
  store.driftEvents.set('5eed0005-0000-4000-8000-000000000001', {
    id: '5eed0005-0000-4000-8000-000000000001', rs_id: docs.id, event_type: 'secret_rotated',
    payload: { rotated_at: daysAgo(6) }, occurred_at: daysAgo(6), occurred_by: SEED.users.admin, dismissed_by: [],
  });
  store.driftEvents.set('5eed0005-0000-4000-8000-000000000002', {
    id: '5eed0005-0000-4000-8000-000000000002', rs_id: docs.id, event_type: 'scope_deleted',
    payload: { scope_id: '5eed0004-0000-4000-8000-0000000000ff', scope_string: 'docs_search:docs:summarize' }, occurred_at: daysAgo(1, 5),
    occurred_by: SEED.users.owner, dismissed_by: [],
  });
  client(SEED.clients.mcpInspector, 'MCP Inspector', 'dcr', docs.id, 'http://localhost:6274/oauth/callback', { last_token_issued_at: daysAgo(0, 3) });
  client(SEED.clients.supportAgent, 'Acme Support Agent', 'prereg', docs.id, 'https://support.acme.example/oauth/callback', {
    created_at: daysAgo(40), last_token_issued_at: daysAgo(1, 2),
  });
  // Waiting for an admin, and one revoked last week: the Connections tab's other states.
  client(SEED.clients.pendingAgent, 'Zed Agent', 'dcr', docs.id, 'http://127.0.0.1:51234/callback', { status: 'pending_approval', created_at: daysAgo(0, 5) });
  client(SEED.clients.revokedConsole, 'Old Ops Console', 'prereg', docs.id, 'https://ops.acme.example/cb', { status: 'revoked', created_at: daysAgo(44), last_token_issued_at: daysAgo(9) });

  // Billing Agent: registered an hour ago, waiting for its first manifest or scan.
  const billing = app(SEED.apps.billingAgent, SEED.workspace, 'Billing Agent', 'https://billing-agent.acme.example', SEED.secrets.billingAgent, daysAgo(0, 1), { application_type: 'ai_agent' });
  scope(billing, 'billing_agent:tools:read', 'Read billing data', 'See invoices, plans and usage.', 'medium');
  finish(billing, false);

  // Globex: another workspace, for isolation.
  const globex = app(SEED.apps.globex, SEED.otherWorkspace, 'Globex Internal Tools', 'https://tools.globex.example', SEED.secrets.globex, daysAgo(10));
  scope(globex, 'globex_internal_tools:tools:read', 'Read', 'Read internal data.', 'low');
  finish(globex, false);
  applyManifest(store, globex, [{ name: 'lookup_customer', description: 'Find a customer record.' }]);

  // Remembered consents on Docs Search (the People tab and the self-service page); 30 days each.
  const remembered = (user: string, client: string, scopes: string[], since: number) =>
    store.consentGrants.push({
      id: uuid('5eed0006', store.consentGrants.length + 1), user_id: user, client_id: client, rs_id: docs.id, scopes,
      created_at: daysAgo(since), expires_at: new Date(now + (30 - since) * 86_400_000).toISOString(),
    });
  remembered(SEED.users.endUsers[0]!, SEED.clients.mcpInspector, ['docs_search:docs:search'], 12);
  remembered(SEED.users.endUsers[1]!, SEED.clients.supportAgent, ['docs_search:docs:search', 'docs_search:docs:write'], 5);
  remembered(SEED.users.endUsers[0]!, SEED.clients.supportAgent, ['docs_search:docs:search'], 3);

  // A consent request waiting on the hosted consent page (demo and stories).
  store.consentChallenges.set('demo-docs-search', {
    challenge: 'demo-docs-search', rs_id: docs.id, client_id: SEED.clients.claudeDesktop, user_id: SEED.users.endUsers[0]!,
    requested_scopes: ['docs_search:docs:search', 'docs_search:docs:write'], redirect_uri: 'http://127.0.0.1:33418/callback',
    state: 'demo', expires_at: new Date(now + 365 * 86_400_000).toISOString(), extended: true,
  });
}
