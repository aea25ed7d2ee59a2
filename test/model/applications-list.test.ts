import { expect } from '@open-wc/testing';
import type { ResourceServerSummary } from '../../src/api/resource-servers.js';
import { assessRows, matchesFilter, nextSort, visibleRows, DEFAULT_FILTER, DEFAULT_SORT } from '../../src/model/applications-list.js';

const base: ResourceServerSummary = {
  id: 'a', name: 'A', tenant_id: undefined, workspace_id: undefined, application_type: 'mcp_server', agent_type: undefined,
  legacy_client_id: undefined, public_base_url: 'https://a.example', protected_base_path: '/mcp', resource_uri: 'https://a.example/mcp',
  scopes_supported: [], registration_modes: ['dcr'], active: true, state: 'needs_setup', setup_completed_at: undefined,
  setup_completed_by: undefined, status: undefined, scan_generation: 1, last_successful_generation: 1, last_scan_status: undefined,
  last_scan_error: undefined, last_scan_started_at: undefined, last_scan_completed_at: undefined, last_validated_at: undefined,
  last_validation_status: undefined, last_validation_error: undefined, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
  client_count: 0, access_policy_enabled: false, access_policy_role_name: undefined,
};
const app = (patch: Partial<ResourceServerSummary>): ResourceServerSummary => ({ ...base, ...patch });

const launched = app({
  id: 'l', name: 'Docs Search', resource_uri: 'https://docs.example/mcp', state: 'ready', setup_completed_at: '2026-02-01T00:00:00Z',
  access_policy_enabled: true, last_validation_status: 'passed', last_validated_at: '2026-03-01T00:00:00Z', client_count: 4,
});
const failed = app({ id: 'f', name: 'zeta agent', resource_uri: 'https://zeta.example/agent', state: 'scan_failed', last_scan_completed_at: '2026-04-01T00:00:00Z' });
const setup = app({ id: 's', name: 'Émile MCP', resource_uri: 'https://emile.example/mcp', client_count: 1 });
const rows = assessRows([launched, failed, setup]);
const ids = (list: { app: { id: string } }[]) => list.map((r) => r.app.id);

describe('applications list model', () => {
  it('assesses each row as the launch queue does', () => {
    expect(rows.map((r) => [r.assessment.readiness.launch.status, r.assessment.risk, r.assessment.nextAction])).to.deep.equal([
      ['launched', 'low', 'open'],
      ['scan_failed', 'high', 'install-protection'],
      ['not_launched', 'needs_review', 'review-tools'],
    ]);
    expect(rows[0]!.assessment.lastSignal).to.deep.equal({ kind: 'checked', at: '2026-03-01T00:00:00Z' });
  });

  it('sorts by name with accents and case folded, and flips direction on the same column', () => {
    expect(ids(visibleRows(rows, DEFAULT_FILTER, DEFAULT_SORT))).to.deep.equal(['l', 's', 'f']);
    const desc = nextSort(DEFAULT_SORT, 'name');
    expect(desc).to.deep.equal({ key: 'name', direction: 'descending' });
    expect(ids(visibleRows(rows, DEFAULT_FILTER, desc))).to.deep.equal(['f', 's', 'l']);
    expect(nextSort(desc, 'risk')).to.deep.equal({ key: 'risk', direction: 'ascending' });
  });

  it('sorts by risk (most urgent first), readiness (furthest from launch first), signal and clients', () => {
    expect(ids(visibleRows(rows, DEFAULT_FILTER, { key: 'risk', direction: 'ascending' }))).to.deep.equal(['f', 's', 'l']);
    expect(ids(visibleRows(rows, DEFAULT_FILTER, { key: 'readiness', direction: 'ascending' }))).to.deep.equal(['f', 's', 'l']);
    expect(ids(visibleRows(rows, DEFAULT_FILTER, { key: 'signal', direction: 'descending' }))).to.deep.equal(['f', 'l', 's']);
    expect(ids(visibleRows(rows, DEFAULT_FILTER, { key: 'clients', direction: 'descending' }))).to.deep.equal(['l', 's', 'f']);
    expect(ids(visibleRows(rows, DEFAULT_FILTER, { key: 'resource', direction: 'ascending' }))).to.deep.equal(['l', 's', 'f']);
  });

  it('filters by words in name or Resource URI, ignoring case and accents, and by launch state', () => {
    expect(ids(visibleRows(rows, { query: 'emile', show: 'all' }, DEFAULT_SORT))).to.deep.equal(['s']);
    expect(ids(visibleRows(rows, { query: 'EXAMPLE/mcp', show: 'all' }, DEFAULT_SORT))).to.deep.equal(['l', 's']);
    expect(ids(visibleRows(rows, { query: 'docs nothing', show: 'all' }, DEFAULT_SORT))).to.deep.equal([]);
    expect(ids(visibleRows(rows, { query: '', show: 'launched' }, DEFAULT_SORT))).to.deep.equal(['l']);
    expect(ids(visibleRows(rows, { query: '', show: 'not_launched' }, DEFAULT_SORT))).to.deep.equal(['s', 'f']);
    expect(ids(visibleRows(rows, { query: '', show: 'attention' }, DEFAULT_SORT))).to.deep.equal(['s', 'f']);
    expect(matchesFilter(rows[0]!, { query: '   ', show: 'all' })).to.equal(true);
  });
});
