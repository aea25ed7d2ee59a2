import { expect } from '@open-wc/testing';
import { endpoints as ep, type McpTool } from '../../src/api/index.js';
import { searchText, SOURCE_ORDER, STATE_ORDER, ToolFinder, type ToolQuery } from '../../src/model/tool-filters.js';
import { compareText, MappingBase, StagedEdits, toolState } from '../../src/model/tool-mapping.js';
import { gh, github, matrixOf, synthScopeId, syntheticMatrix } from './tool-fixtures.js';

const names = (tools: readonly McpTool[]) => tools.map((t) => t.name);

describe('model: tool filters — search text', () => {
  it('normalises with NFKC, lowercases, drops hidden characters and collapses whitespace', () => {
    expect(searchText('ＣＲＥＡＴＥ＿ＩＳＳＵＥ')).to.equal('create_issue');
    expect(searchText('ﬁle')).to.equal('file');
    expect(searchText('create\u200Bissue')).to.equal('createissue');
    expect(searchText('Acme\u202Egnp.exe\u2066')).to.equal('acmegnp.exe');
    expect(searchText('tag' + String.fromCodePoint(0xe0041) + 'ged\uFEFF')).to.equal('tagged');
    expect(searchText('  Open\tnew\n\nissue\u0007 ')).to.equal('open new issue');
    expect(searchText('Zoë مرحبا')).to.equal('zoë مرحبا');
  });
});

describe('model: tool filters — finding tools', () => {
  it('searches name, title and description, case-insensitively, every term required', async () => {
    const f = await github();
    const finder = new ToolFinder(f.base);
    const find = (text: string) => names(finder.find({ text }));
    expect(find('CREATE_ISSUE')).to.deep.equal(['create_issue']);
    // Title only: "Open new issue" is create_issue's title.
    expect(find('open new issue')).to.deep.equal(['create_issue']);
    expect(find('  pull   review  ')).to.deep.equal(
      f.matrix.tools.filter((t) => ['pull', 'review'].every((w) => `${t.name}\n${t.title}\n${t.description}`.toLowerCase().includes(w))).map((t) => t.name).sort(compareText),
    );
    expect(find('dependabot')).to.include.members(['get_dependabot_alert', 'list_dependabot_alerts']);
    // Description text.
    const described = f.tool('list_available_toolsets').description.split(' ').slice(3, 6).join(' ');
    expect(find(described)).to.include('list_available_toolsets');
    expect(find('ｄｅｐｅｎｄａｂｏｔ')).to.deep.equal(find('dependabot'));
    expect(find('no such words here')).to.deep.equal([]);
    expect(find('')).to.have.length(101);
  });

  it('finds tools whose names hide invisible or bidi characters, and ignores them in the query', () => {
    const base = new MappingBase(matrixOf([
      { name: 'create\u200Bissue', title: 'Smuggled' },
      { name: 'read\u202Efdp.exe', title: 'Reversed' },
      { name: 'plain_tool', description: 'Nothing to see', title: 'Plain' },
    ]));
    const finder = new ToolFinder(base);
    expect(names(finder.find({ text: 'createissue' }))).to.deep.equal(['create\u200Bissue']);
    expect(names(finder.find({ text: 'create\u2060issue' }))).to.deep.equal(['create\u200Bissue']);
    expect(names(finder.find({ text: 'readfdp' }))).to.deep.equal(['read\u202Efdp.exe']);
    expect(names(finder.find({ text: 'PLAIN nothing' }))).to.deep.equal(['plain_tool']);
    // Terms never span two fields.
    expect(names(finder.find({ text: 'toolplain' }))).to.deep.equal([]);
    expect(finder.haystackAt(0)).to.equal('createissue\nsmuggled\n');
  });

  it('filters by state using the staged edits', async () => {
    const f = await github();
    const finder = new ToolFinder(f.base);
    expect(finder.find({ states: ['unmapped'] })).to.have.length(51);
    expect(names(finder.find({ states: ['public'] }))).to.deep.equal(['get_toolset_tools', 'list_available_toolsets']);
    const staged = StagedEdits.empty(f.base)
      .map([f.tool('search_orgs').id], f.read.id)
      .setPublic([f.tool('enable_toolset').id], true)
      .unmap([f.tool('get_me').id], f.read.id);
    const unmapped = names(finder.find({ states: ['unmapped'] }, staged));
    expect(unmapped).to.have.length(50);
    expect(unmapped).to.include('get_me');
    expect(unmapped).not.to.include('search_orgs');
    expect(unmapped).not.to.include('enable_toolset');
    expect(names(finder.find({ states: ['public'] }, staged))).to.deep.equal(['enable_toolset', 'get_toolset_tools', 'list_available_toolsets']);
    expect(finder.find({ states: ['mapped', 'public'] }, staged)).to.have.length(staged.counters.mapped + staged.counters.public);
  });

  it('filters by inventory source', async () => {
    const f = await github();
    await f.client.call(ep.createTool, { params: gh, body: { name: 'deploy_preview', description: 'Deploy a preview environment.' } });
    const finder = new ToolFinder(await f.refetch());
    expect(names(finder.find({ sources: ['manual'] }))).to.deep.equal(['deploy_preview']);
    expect(finder.find({ sources: ['sdk_manifest'] })).to.have.length(101);
    expect(finder.find({ sources: ['mcp_scan'] })).to.deep.equal([]);
    expect(finder.find({ sources: ['manual', 'sdk_manifest'] })).to.have.length(102);
    expect(finder.find({ sources: [] })).to.have.length(102);
  });

  it('filters by declared annotations, with undeclared as its own choice', async () => {
    const f = await github();
    const finder = new ToolFinder(f.base);
    const declared = (hint: 'destructiveHint' | 'openWorldHint' | 'idempotentHint', value: boolean | undefined) =>
      f.matrix.tools.filter((t) => t.annotations?.[hint] === value).map((t) => t.name).sort(compareText);
    const destructive = names(finder.find({ annotations: { destructiveHint: true } }));
    expect(destructive).to.deep.equal(declared('destructiveHint', true));
    expect(destructive).to.include.members(['delete_file', 'merge_pull_request']);
    expect(names(finder.find({ annotations: { openWorldHint: true } }))).to.deep.equal(declared('openWorldHint', true));
    expect(names(finder.find({ annotations: { idempotentHint: 'undeclared' } }))).to.deep.equal(declared('idempotentHint', undefined));
    // Read-only and open-world: the search tools.
    expect(names(finder.find({ annotations: { readOnlyHint: true, openWorldHint: true } })).every((n) => n.startsWith('search_'))).to.equal(true);
    const deleting = names(finder.find({ annotations: { readOnlyHint: false, destructiveHint: true }, text: 'delete' }));
    expect(deleting).to.deep.equal(f.matrix.tools
      .filter((t) => t.annotations?.readOnlyHint === false && t.annotations.destructiveHint === true)
      .filter((t) => `${t.name}\n${t.title}\n${t.description}`.toLowerCase().includes('delete'))
      .map((t) => t.name).sort(compareText));
    expect(deleting).to.include.members(['delete_file', 'delete_pending_pull_request_review', 'delete_project_item', 'delete_workflow_run_logs']);
  });

  it('sorts by name, by state with unmapped first, and by source; either direction', async () => {
    const f = await github();
    const finder = new ToolFinder(f.base);
    const byName = names(finder.find({ sort: 'name' }));
    expect(byName).to.deep.equal([...byName].sort(compareText));
    expect(names(finder.find({ sort: 'name', descending: true }))).to.deep.equal([...byName].reverse());

    const staged = StagedEdits.empty(f.base).setPublic([f.tool('actions_get').id], true);
    const byState = finder.find({ sort: 'state' }, staged);
    const kinds = byState.map((t) => staged.stateOf(t.id)!.kind);
    expect(kinds.slice(0, 51).every((k) => k === 'unmapped')).to.equal(true);
    expect(kinds.slice(-3)).to.deep.equal(['public', 'public', 'public']);
    expect(STATE_ORDER).to.deep.equal(['unmapped', 'mapped', 'public']);
    // Within a state, name order.
    const unmappedNames = names(byState.slice(0, 51));
    expect(unmappedNames).to.deep.equal([...unmappedNames].sort(compareText));
    expect(names(finder.find({ sort: 'state', descending: true }, staged)).slice(0, 3)).to.deep.equal(['list_available_toolsets', 'get_toolset_tools', 'actions_get']);

    const mixed = new ToolFinder(new MappingBase(matrixOf([
      { name: 'b_manual', inventory_source: 'manual' },
      { name: 'a_scan', inventory_source: 'mcp_scan' },
      { name: 'c_sdk', inventory_source: 'sdk_manifest' },
      { name: 'a_sdk', inventory_source: 'sdk_manifest' },
    ])));
    expect(SOURCE_ORDER).to.deep.equal(['sdk_manifest', 'mcp_scan', 'manual']);
    expect(names(mixed.find({ sort: 'source' }))).to.deep.equal(['a_sdk', 'c_sdk', 'a_scan', 'b_manual']);
  });

  it('refuses staged edits made on another matrix', async () => {
    const f = await github();
    const finder = new ToolFinder(f.base);
    const other = StagedEdits.empty(await f.refetch());
    expect(() => finder.find({}, other)).to.throw(/another matrix/);
  });

  it('agrees with a plain filter over 10,000 tools for combined queries', () => {
    const matrix = syntheticMatrix(10_000, 11);
    const base = new MappingBase(matrix);
    const finder = new ToolFinder(base);
    const staged = StagedEdits.empty(base)
      .map(matrix.tools.slice(0, 3000).map((t) => t.id), synthScopeId(4))
      .setPublic(matrix.tools.slice(5000, 5100).map((t) => t.id), true)
      .unmap(matrix.tools.map((t) => t.id), synthScopeId(0));
    const plain = (q: ToolQuery) => matrix.tools.filter((t) => {
      const edit = staged.editOf(t.id);
      const kind = toolState(t, edit).kind;
      const hay = `${t.name} ${t.title} ${t.description}`.toLowerCase();
      return (!q.states || q.states.includes(kind))
        && (!q.sources || q.sources.includes(t.inventory_source))
        && (!q.annotations?.destructiveHint || t.annotations?.destructiveHint === q.annotations.destructiveHint)
        && (!q.text || q.text.toLowerCase().split(' ').every((w) => hay.includes(w)));
    }).map((t) => t.name).sort(compareText);
    const queries: ToolQuery[] = [
      { text: 'review' },
      { text: 'Delete LABEL' },
      { states: ['unmapped'] },
      { states: ['public'], sources: ['mcp_scan'] },
      { text: 'issue', states: ['mapped'], annotations: { destructiveHint: true } },
      { text: '00042' },
    ];
    for (const q of queries) {
      const found = names(finder.find(q, staged));
      expect(found, JSON.stringify(q)).to.deep.equal(plain(q));
      expect(found.length, JSON.stringify(q)).to.be.greaterThan(0);
    }
    expect(finder.find({ states: ['unmapped'] }, staged)).to.have.length(staged.counters.unmapped);
  });
});
