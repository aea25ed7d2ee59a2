import { expect } from '@open-wc/testing';
import { endpoints as ep, type McpTool } from '../../src/api/index.js';
import {
  fromPreview,
  countTools, interpretSaveResult, MappingBase, rebase, StagedEdits, toolState, toSaveRequest,
  type ToolCounters,
} from '../../src/model/tool-mapping.js';
import { SEED } from '../helpers/emulator.js';
import { gh, github, matrixOf, rng, SYNTH_SCOPES, synthScopeId, syntheticMatrix, type GithubFixture } from './tool-fixtures.js';

/** Sends what `toSaveRequest` produced, the way the element will. */
async function save(f: GithubFixture, staged: StagedEdits) {
  const request = toSaveRequest(staged);
  const result = request.toolScopeMap.mappings.length
    ? await f.client.call(ep.putToolScopeMap, { params: gh, body: request.toolScopeMap })
    : { status: 'updated' as const, applied: 0, requested: 0 };
  for (const { tool_id, ...body } of request.publicToggles) {
    await f.client.call(ep.setToolPublic, { params: { ...gh, tool_id }, body });
  }
  return { request, result };
}

const ids = (tools: readonly McpTool[]) => tools.map((t) => t.id);
/** Counters from AuthSec's way of counting (`mapped` includes public tools): one state per tool. */
const counters = (total: number, pub: number, mapped: number): ToolCounters => ({ total, public: pub, mapped: mapped - pub, unmapped: total - mapped });

describe('model: tool mapping — state and counters', () => {
  it('counts the seeded GitHub tools exactly as activation-preview does', async () => {
    const f = await github();
    // AuthSec counts the 2 public tools as mapped too.
    expect(await f.preview()).to.deep.equal({ total: 101, public: 2, mapped: 50, unmapped: 51 });
    expect(f.base.counters).to.deep.equal({ total: 101, public: 2, mapped: 48, unmapped: 51 });
    expect(f.base.counters).to.deep.equal(fromPreview(await f.preview()));
    // Every tool in one state: the three add up to the total.
    expect(f.base.counters.mapped + f.base.counters.public + f.base.counters.unmapped).to.equal(101);
    expect(countTools(StagedEdits.empty(f.base))).to.deep.equal(f.base.counters);
    const docs = await f.client.call(ep.getScopeMatrix, { params: { id: SEED.apps.docsSearch } });
    const docsPreview = await f.client.call(ep.getActivationPreview, { params: { id: docs.resource_server.id } });
    expect(new MappingBase(docs).counters).to.deep.equal(fromPreview(docsPreview.tools));
  });

  it('derives state from admin_override mappings only; public wins over mappings', async () => {
    const f = await github();
    const staged = StagedEdits.empty(f.base);
    expect(staged.stateOf(f.tool('actions_get').id)).to.deep.equal({ kind: 'mapped', scopeIds: [f.read.id], isPublic: false });
    // Only an SDK suggestion: advice, not a mapping.
    expect(staged.stateOf(f.tool('actions_get_workflow').id)).to.deep.equal({ kind: 'unmapped', scopeIds: [], isPublic: false });
    expect(staged.stateOf(f.tool('list_available_toolsets').id)?.kind).to.equal('public');
    const mappedPublic = staged.map([f.tool('list_available_toolsets').id], f.read.id);
    expect(mappedPublic.stateOf(f.tool('list_available_toolsets').id)).to.deep.equal({ kind: 'public', scopeIds: [f.read.id], isPublic: true });
    expect(mappedPublic.counters).to.deep.equal(f.base.counters);
    expect(mappedPublic.changeCount).to.equal(1);
    // The standalone rule agrees with the indexed one.
    for (const tool of f.matrix.tools) expect(toolState(tool, mappedPublic.editOf(tool.id))).to.deep.equal(mappedPublic.stateOf(tool.id));
    expect(staged.stateOf('no-such-tool')).to.equal(undefined);
  });

  it('maps, unmaps and moves tools, moving the counters by the tools that change state', async () => {
    const f = await github();
    const unmapped = ['actions_get_workflow_run_logs_url', 'assign_copilot_to_issue', 'enable_toolset'].map((n) => f.tool(n).id);
    let staged = StagedEdits.empty(f.base).map(unmapped, f.write.id);
    expect(staged.counters).to.deep.equal(counters(101, 2, 53));
    expect(staged.changeCount).to.equal(3);
    expect(unmapped.map((id) => staged.stateOf(id)?.kind)).to.deep.equal(['mapped', 'mapped', 'mapped']);

    staged = staged.unmap([f.tool('actions_get').id], f.read.id);
    expect(staged.stateOf(f.tool('actions_get').id)?.kind).to.equal('unmapped');
    expect(staged.counters).to.deep.equal(counters(101, 2, 52));

    // Move create_issue from write to read: two changes, still mapped.
    staged = staged.setScopes([f.tool('create_issue').id], [f.read.id]);
    expect(staged.editOf(f.tool('create_issue').id)).to.deep.equal({ add: [f.read.id], remove: [f.write.id] });
    expect(staged.stateOf(f.tool('create_issue').id)).to.deep.equal({ kind: 'mapped', scopeIds: [f.read.id], isPublic: false });
    expect(staged.counters).to.deep.equal(counters(101, 2, 52));
    expect(staged.changeCount).to.equal(6);
    expect(staged.toolCount).to.equal(5);
    expect(countTools(staged)).to.deep.equal(staged.counters);
  });

  it('makes tools public and private; public counts as mapped', async () => {
    const f = await github();
    const empty = StagedEdits.empty(f.base);
    const published = empty.setPublic([f.tool('enable_toolset').id], true);
    expect(published.counters).to.deep.equal(counters(101, 3, 51));
    expect(published.editOf(f.tool('enable_toolset').id)).to.deep.equal({ add: [], remove: [], isPublic: true });
    // A mapped tool made public: public +1, mapped unchanged.
    expect(empty.setPublic([f.tool('get_me').id], true).counters).to.deep.equal(counters(101, 3, 50));
    // Unpublishing a tool without mappings leaves it unmapped (denied).
    const unpublished = empty.setPublic([f.tool('get_toolset_tools').id], false);
    expect(unpublished.counters).to.deep.equal(counters(101, 1, 49));
    expect(unpublished.stateOf(f.tool('get_toolset_tools').id)?.kind).to.equal('unmapped');
  });

  it('does not count no-op edits as changes', async () => {
    const f = await github();
    const empty = StagedEdits.empty(f.base);
    const actionsGet = f.tool('actions_get').id;
    expect(empty.map([actionsGet], f.read.id)).to.equal(empty);
    expect(empty.unmap([actionsGet], f.write.id)).to.equal(empty);
    expect(empty.setPublic([f.tool('list_available_toolsets').id], true)).to.equal(empty);
    expect(empty.setPublic([actionsGet], false)).to.equal(empty);
    expect(empty.map(['no-such-tool'], f.read.id)).to.equal(empty);
    expect(empty.setScopes([actionsGet], [f.read.id])).to.equal(empty);

    const there = empty.map([f.tool('enable_toolset').id], f.read.id);
    const back = there.unmap([f.tool('enable_toolset').id], f.read.id);
    expect(back.changeCount).to.equal(0);
    expect(back.toolCount).to.equal(0);
    expect(back.counters).to.deep.equal(f.base.counters);
    const off = empty.unmap([actionsGet], f.read.id).map([actionsGet], f.read.id);
    expect([off.changeCount, off.toolCount]).to.deep.equal([0, 0]);
    const toggled = empty.setPublic([actionsGet], true).setPublic([actionsGet], false);
    expect(toggled.changeCount).to.equal(0);
    // Repeating the same edit, or listing a tool twice, counts once.
    const twice = empty.map([f.tool('enable_toolset').id, f.tool('enable_toolset').id], f.write.id);
    expect(twice.map([f.tool('enable_toolset').id], f.write.id)).to.equal(twice);
    expect(twice.changeCount).to.equal(1);
    expect(twice.counters).to.deep.equal(counters(101, 2, 51));
  });

  it('applies the SDK suggestion by scope id, and by scope string when only a string is given', async () => {
    const f = await github();
    const staged = StagedEdits.empty(f.base).applySuggestions(['actions_get_workflow', 'add_sub_issue', 'enable_toolset'].map((n) => f.tool(n).id));
    expect(staged.stateOf(f.tool('actions_get_workflow').id)?.scopeIds).to.deep.equal([f.read.id]);
    expect(staged.stateOf(f.tool('add_sub_issue').id)?.scopeIds).to.deep.equal([f.write.id]);
    // No suggestion: nothing to apply.
    expect(staged.editOf(f.tool('enable_toolset').id)).to.equal(undefined);
    expect(staged.changeCount).to.equal(2);

    const synth = new MappingBase(matrixOf([
      { name: 'by_string', suggestedStrings: ['synth:s2'] },
      { name: 'foreign_string', suggestedStrings: ['other_app:tools:read', 'synth:s1'] },
      { name: 'by_entry', suggestedEntries: [3] },
    ]));
    expect(synth.suggestionFor('tool-1')).to.deep.equal({ scopeIds: [synthScopeId(1)], unresolved: ['other_app:tools:read'] });
    const applied = StagedEdits.empty(synth).applySuggestions(['tool-0', 'tool-1', 'tool-2']);
    expect(['tool-0', 'tool-1', 'tool-2'].map((id) => applied.stateOf(id)?.scopeIds)).to.deep.equal([
      [synthScopeId(2)], [synthScopeId(1)], [synthScopeId(3)],
    ]);
    // A suggestion that is already mapped: applying it is a no-op, or undoes a staged removal.
    const mapped = new MappingBase(matrixOf([{ name: 'already', overrides: [2], suggestedStrings: ['synth:s2'] }]));
    const none = StagedEdits.empty(mapped);
    expect(none.applySuggestions(['tool-0'])).to.equal(none);
    expect(none.unmap(['tool-0'], synthScopeId(2)).applySuggestions(['tool-0']).changeCount).to.equal(0);
  });

  it('applies all suggestions to unmapped tools, and to mapped ones only when asked', async () => {
    const f = await github();
    const all = StagedEdits.empty(f.base).applyAllSuggestions();
    // 51 unmapped: 43 with a suggestion, 8 without.
    const withSuggestion = f.matrix.tools.filter((t) => toolState(t).kind === 'unmapped' && t.suggested_scopes.length > 0);
    expect(withSuggestion).to.have.length(43);
    expect(all.counters).to.deep.equal(counters(101, 2, 93));
    expect(all.changeCount).to.equal(43);
    expect(withSuggestion.every((t) => all.stateOf(t.id)?.kind === 'mapped')).to.equal(true);
    expect(all.applyAllSuggestions()).to.equal(all);
    expect(StagedEdits.empty(f.base).hasSuggestionsToApply).to.equal(true);
    expect(all.hasSuggestionsToApply).to.equal(false);

    const synth = new MappingBase(matrixOf([
      { name: 'mapped_other', overrides: [0], suggestedEntries: [1] },
      { name: 'unmapped', suggestedEntries: [1] },
      { name: 'public', is_public: true, suggestedStrings: ['synth:s2'] },
    ]));
    const onlyUnmapped = StagedEdits.empty(synth).applyAllSuggestions();
    expect([...onlyUnmapped.edits.keys()]).to.deep.equal(['tool-1']);
    const everything = StagedEdits.empty(synth).applyAllSuggestions({ includeMapped: true });
    expect([...everything.edits.keys()].sort()).to.deep.equal(['tool-0', 'tool-1', 'tool-2']);
    expect(everything.stateOf('tool-0')?.scopeIds).to.deep.equal([synthScopeId(0), synthScopeId(1)]);
  });

  it('says whether applying all suggestions would stage anything, as applying them does', async () => {
    const f = await github();
    const random = rng(17);
    const tools = f.matrix.tools;
    const seen = new Set<boolean>();
    // From nothing staged, and from every suggestion applied (then edits bring some back).
    for (const start of [StagedEdits.empty(f.base), StagedEdits.empty(f.base).applyAllSuggestions()]) {
      let staged = start;
      for (let step = 0; step < 150; step++) {
        const tool = tools[Math.floor(random() * tools.length)]!;
        const scope = f.base.scopes[Math.floor(random() * f.base.scopes.length)]!;
        const pick = random();
        staged = pick < 0.3 ? staged.map([tool.id], scope.id)
          : pick < 0.5 ? staged.unmap([tool.id], scope.id)
            : pick < 0.6 ? staged.setPublic([tool.id], random() < 0.5)
              : pick < 0.8 ? staged.applySuggestions([tool.id])
                : staged.discard([tool.id]);
        expect(staged.hasSuggestionsToApply, `step ${step}`).to.equal(staged.applyAllSuggestions() !== staged);
        seen.add(staged.hasSuggestionsToApply);
      }
    }
    expect([...seen].sort()).to.deep.equal([false, true]);
    // Mapped and public tools' suggestions do not count; an unresolvable one stages nothing.
    const synth = new MappingBase(matrixOf([
      { name: 'mapped_other', overrides: [0], suggestedEntries: [1] },
      { name: 'public', is_public: true, suggestedStrings: ['synth:s2'] },
      { name: 'elsewhere', suggestedStrings: ['other_app:tools:read'] },
    ]));
    expect(StagedEdits.empty(synth).hasSuggestionsToApply).to.equal(false);
    expect(StagedEdits.empty(synth).applyAllSuggestions({ includeMapped: true }).changeCount).to.be.greaterThan(0);
  });

  it('discards one tool or everything', async () => {
    const f = await github();
    const a = f.tool('enable_toolset').id;
    const b = f.tool('get_me').id;
    const staged = StagedEdits.empty(f.base).map([a], f.read.id).unmap([b], f.read.id);
    const one = staged.discard([a]);
    expect([...one.edits.keys()]).to.deep.equal([b]);
    expect(one.counters).to.deep.equal(counters(101, 2, 49));
    expect(one.changeCount).to.equal(1);
    const none = staged.discardAll();
    expect([none.changeCount, none.toolCount]).to.deep.equal([0, 0]);
    expect(none.counters).to.deep.equal(f.base.counters);
    expect(none.discardAll()).to.equal(none);
    expect(staged.changeCount).to.equal(2); // the earlier value is untouched
  });

  it('lists the staged diff by tool name, before → after', async () => {
    const f = await github();
    const staged = StagedEdits.empty(f.base)
      .setPublic([f.tool('enable_toolset').id], true)
      .setScopes([f.tool('create_issue').id], [f.read.id]);
    expect(staged.diff()).to.deep.equal([
      {
        toolId: f.tool('create_issue').id, toolName: 'create_issue',
        before: { kind: 'mapped', scopeIds: [f.write.id], isPublic: false },
        after: { kind: 'mapped', scopeIds: [f.read.id], isPublic: false },
        addedScopeIds: [f.read.id], removedScopeIds: [f.write.id],
      },
      {
        toolId: f.tool('enable_toolset').id, toolName: 'enable_toolset',
        before: { kind: 'unmapped', scopeIds: [], isPublic: false },
        after: { kind: 'public', scopeIds: [], isPublic: true },
        addedScopeIds: [], removedScopeIds: [], isPublic: true,
      },
    ]);
  });

  it('says which staged edits take access away', async () => {
    const f = await github();
    const adding = StagedEdits.empty(f.base).map([f.tool('enable_toolset').id], f.read.id).setPublic([f.tool('get_me').id], true);
    expect(adding.removesAccess).to.equal(false);
    expect(adding.accessRemovals()).to.deep.equal([]);
    const staged = adding
      .setScopes([f.tool('create_issue').id], [f.read.id])
      .unmap([f.tool('get_issue').id], f.read.id)
      .setPublic([f.tool('get_toolset_tools').id], false);
    expect(staged.removesAccess).to.equal(true);
    expect(staged.accessRemovals()).to.deep.equal([
      { toolId: f.tool('create_issue').id, toolName: 'create_issue', removedScopeIds: [f.write.id], unpublished: false, deniedAfter: false },
      { toolId: f.tool('get_issue').id, toolName: 'get_issue', removedScopeIds: [f.read.id], unpublished: false, deniedAfter: true },
      { toolId: f.tool('get_toolset_tools').id, toolName: 'get_toolset_tools', removedScopeIds: [], unpublished: true, deniedAfter: true },
    ]);
  });
});

describe('model: tool mapping — 10,000 tools', () => {
  /** An independent oracle: intended scopes and public flag per tool, as plain sets. */
  function oracle(tools: readonly McpTool[]) {
    const server = new Map(tools.map((t) => [t.id, {
      scopes: new Set(t.scopes.filter((s) => s.source === 'admin_override').map((s) => s.scope_id)), isPublic: t.is_public,
    }]));
    const want = new Map([...server].map(([id, s]) => [id, { scopes: new Set(s.scopes), isPublic: s.isPublic }]));
    const suggestion = (t: McpTool) => {
      const out = new Set<string>();
      for (const s of [...t.suggested_scopes, ...t.scopes.filter((x) => x.source === 'sdk_suggested')]) {
        const id = s.scope_id ?? (SYNTH_SCOPES.includes(s.scope_string) ? synthScopeId(SYNTH_SCOPES.indexOf(s.scope_string)) : undefined);
        if (id) out.add(id);
      }
      return out;
    };
    return {
      want,
      map: (ids: string[], scope: string) => ids.forEach((id) => want.get(id)!.scopes.add(scope)),
      unmap: (ids: string[], scope: string) => ids.forEach((id) => want.get(id)!.scopes.delete(scope)),
      setScopes: (ids: string[], scopes: string[]) => ids.forEach((id) => (want.get(id)!.scopes = new Set(scopes))),
      setPublic: (ids: string[], value: boolean) => ids.forEach((id) => (want.get(id)!.isPublic = value)),
      discard: (ids: string[]) => ids.forEach((id) => want.set(id, { scopes: new Set(server.get(id)!.scopes), isPublic: server.get(id)!.isPublic })),
      suggest: (ids: string[]) => ids.forEach((id) => suggestion(tools.find((t) => t.id === id)!).forEach((s) => want.get(id)!.scopes.add(s))),
      counters(): ToolCounters {
        let pub = 0;
        let mapped = 0;
        for (const w of want.values()) {
          if (w.isPublic) pub++;
          if (w.isPublic || w.scopes.size > 0) mapped++;
        }
        return counters(want.size, pub, mapped);
      },
      changes(): number {
        let n = 0;
        for (const [id, w] of want) {
          const s = server.get(id)!;
          for (const x of w.scopes) if (!s.scopes.has(x)) n++;
          for (const x of s.scopes) if (!w.scopes.has(x)) n++;
          if (w.isPublic !== s.isPublic) n++;
        }
        return n;
      },
    };
  }

  it('keeps incremental counters equal to an independent recount through random edits', () => {
    const matrix = syntheticMatrix(10_000, 7);
    const base = new MappingBase(matrix);
    const tools = matrix.tools;
    const truth = oracle(tools);
    const r = rng(42);
    const subset = (): string[] => {
      const x = r();
      if (x < 0.05) return ids(tools);
      if (x < 0.5) {
        const start = Math.floor(r() * tools.length);
        return ids(tools.slice(start, start + Math.floor(r() * 800)));
      }
      return Array.from({ length: 1 + Math.floor(r() * 20) }, () => tools[Math.floor(r() * tools.length)]!.id);
    };
    let staged = StagedEdits.empty(base);
    for (let step = 0; step < 150; step++) {
      const some = subset();
      const scope = synthScopeId(Math.floor(r() * 5));
      const op = Math.floor(r() * 6);
      if (op === 0) { staged = staged.map(some, scope); truth.map(some, scope); }
      if (op === 1) { staged = staged.unmap(some, scope); truth.unmap(some, scope); }
      if (op === 2) { const v = r() < 0.5; staged = staged.setPublic(some, v); truth.setPublic(some, v); }
      if (op === 3) { const s = [scope, synthScopeId(Math.floor(r() * 5))]; staged = staged.setScopes(some, s); truth.setScopes(some, s); }
      if (op === 4) { staged = staged.discard(some); truth.discard(some); }
      if (op === 5) { const few = some.slice(0, 50); staged = staged.applySuggestions(few); truth.suggest(few); }
      expect(staged.counters, `step ${step} op ${op}`).to.deep.equal(truth.counters());
      expect(staged.changeCount, `step ${step} op ${op}`).to.equal(truth.changes());
    }
    expect(countTools(staged)).to.deep.equal(staged.counters);
    for (const tool of tools) {
      const state = staged.stateOf(tool.id)!;
      const w = truth.want.get(tool.id)!;
      expect(new Set(state.scopeIds)).to.deep.equal(w.scopes);
      expect(state.isPublic).to.equal(w.isPublic);
    }
    const request = toSaveRequest(staged);
    expect(request.toolScopeMap.mappings.length + request.publicToggles.length).to.equal(staged.changeCount);
  });

  it('applies a bulk edit to all 10,000 tools and back', () => {
    const matrix = syntheticMatrix(10_000, 3);
    const base = new MappingBase(matrix);
    const all = ids(matrix.tools);
    const s4 = synthScopeId(4); // no tool has it yet
    const mapped = StagedEdits.empty(base).map(all, s4);
    expect(mapped.counters).to.deep.equal(counters(10_000, base.counters.public, 10_000));
    expect(mapped.changeCount).to.equal(10_000);
    expect(countTools(mapped)).to.deep.equal(mapped.counters);
    const published = mapped.setPublic(all, true);
    expect(published.counters).to.deep.equal(counters(10_000, 10_000, 10_000));
    expect(published.changeCount).to.equal(10_000 + 10_000 - base.counters.public);
    const undone = published.unmap(all, s4).setPublic(matrix.tools.filter((t) => !t.is_public).map((t) => t.id), false);
    expect(undone.changeCount).to.equal(0);
    expect(undone.counters).to.deep.equal(base.counters);
  });
});

describe('model: tool mapping — saving', () => {
  it('builds the save request: additions before removals, a confirmation token only when publishing', async () => {
    const f = await github();
    const staged = StagedEdits.empty(f.base)
      .setScopes([f.tool('create_issue').id], [f.read.id])
      .setPublic([f.tool('enable_toolset').id], true)
      .setPublic([f.tool('get_toolset_tools').id], false)
      .map([f.tool('actions_get_workflow_run_logs_url').id], f.read.id);
    expect(toSaveRequest(staged)).to.deep.equal({
      toolScopeMap: {
        mappings: [
          { tool_id: f.tool('actions_get_workflow_run_logs_url').id, scope_id: f.read.id },
          { tool_id: f.tool('create_issue').id, scope_id: f.read.id },
          { tool_id: f.tool('create_issue').id, scope_id: f.write.id, remove: true },
        ],
      },
      publicToggles: [
        { tool_id: f.tool('get_toolset_tools').id, is_public: false },
        { tool_id: f.tool('enable_toolset').id, is_public: true, confirmation_token: 'enable_toolset' },
      ],
    });
    expect(toSaveRequest(StagedEdits.empty(f.base))).to.deep.equal({ toolScopeMap: { mappings: [] }, publicToggles: [] });
  });

  it('saves through AuthSec and lands on exactly the counters it predicted', async () => {
    const f = await github();
    const t = (n: string) => f.tool(n).id;
    const staged = StagedEdits.empty(f.base)
      .map([t('actions_get_workflow_run_logs_url')], f.read.id)
      .applySuggestions([t('actions_get_workflow'), t('add_sub_issue')])
      .setScopes([t('create_issue')], [f.read.id])
      .unmap([t('get_me')], f.read.id)
      .setPublic([t('enable_toolset')], true)
      .setPublic([t('get_toolset_tools')], false)
      .map([t('list_available_toolsets')], f.read.id);
    expect(staged.counters).to.deep.equal(counters(101, 2, 52));
    expect(staged.changeCount).to.equal(9);
    expect(fromPreview(await f.preview())).to.deep.equal(f.base.counters);

    const { request, result } = await save(f, staged);
    expect(result).to.deep.equal({ status: 'updated', applied: 7, requested: 7 });
    expect(interpretSaveResult(request, result)).to.deep.equal({ complete: true, sent: 7, requested: 7, applied: 7, skipped: 0 });
    expect(fromPreview(await f.preview())).to.deep.equal(staged.counters);

    const fresh = await f.refetch();
    expect(fresh.counters).to.deep.equal(staged.counters);
    for (const tool of fresh.tools) {
      const predicted = staged.stateOf(tool.id)!;
      const actual = toolState(tool);
      expect(actual.kind, tool.name).to.equal(predicted.kind);
      expect([...actual.scopeIds].sort(), tool.name).to.deep.equal([...predicted.scopeIds].sort());
    }
    const rebased = rebase(staged, fresh);
    expect(rebased.conflicts).to.deep.equal([]);
    expect(rebased.alreadyApplied).to.equal(9);
    expect(rebased.staged.changeCount).to.equal(0);
    expect(rebased.staged.counters).to.deep.equal(fresh.counters);
  });

  it('reports mappings AuthSec skipped (a foreign scope, a scope deleted before saving)', async () => {
    const f = await github();
    const docsScope = (await f.client.call(ep.listScopes, { params: { id: SEED.apps.docsSearch } }))[0]!;
    const staged = StagedEdits.empty(f.base)
      .map([f.tool('enable_toolset').id], f.write.id)
      .map([f.tool('assign_copilot_to_issue').id], docsScope.id)
      .map([f.tool('request_copilot_review').id], f.admin.id);
    // A second admin deletes the admin scope between staging and saving.
    await f.client.call(ep.deleteScope, { params: { scope_id: f.admin.id } });
    const { request, result } = await save(f, staged);
    expect(result).to.deep.equal({ status: 'updated', applied: 1, requested: 3 });
    expect(interpretSaveResult(request, result)).to.deep.equal({ complete: false, sent: 3, requested: 3, applied: 1, skipped: 2 });

    // Which ones: rebase on the re-fetched matrix; what did not land is reported, not resent.
    const fresh = await f.refetch();
    expect(fromPreview(await f.preview())).to.deep.equal(fresh.counters);
    const rebased = rebase(staged, fresh);
    expect(rebased.staged.changeCount).to.equal(0);
    expect(rebased.alreadyApplied).to.equal(1);
    expect(rebased.conflicts.map((c) => [c.kind, c.toolName])).to.deep.equal([
      ['scope_deleted', 'assign_copilot_to_issue'],
      ['scope_deleted', 'request_copilot_review'],
    ]);
    expect(rebased.conflicts[1]).to.include({ scopeId: f.admin.id, scopeString: f.admin.scope_string });
  });

  it('reads applied/requested without trusting either blindly', () => {
    const request = { toolScopeMap: { mappings: [{ tool_id: 'a', scope_id: 's' }, { tool_id: 'b', scope_id: 's' }] }, publicToggles: [] };
    expect(interpretSaveResult(request, { applied: 2, requested: 2 })).to.include({ complete: true, skipped: 0 });
    expect(interpretSaveResult(request, { applied: 1, requested: 2 })).to.include({ complete: false, skipped: 1 });
    // The server saw fewer entries than were sent: not complete, and the gap counts as skipped.
    expect(interpretSaveResult(request, { applied: 1, requested: 1 })).to.include({ complete: false, skipped: 1 });
  });
});

describe('model: tool mapping — rebase after a re-fetch', () => {
  it('drops edits a second admin already made, without conflicts', async () => {
    const f = await github();
    const staged = StagedEdits.empty(f.base)
      .map([f.tool('enable_toolset').id], f.read.id)
      .setPublic([f.tool('search_orgs').id], true)
      .map([f.tool('list_project_fields').id], f.read.id)
      .map([f.tool('list_project_fields').id], f.write.id);
    // The second admin, straight through the API.
    await f.client.call(ep.putToolScopeMap, {
      params: gh,
      body: { mappings: [{ tool_id: f.tool('enable_toolset').id, scope_id: f.read.id }, { tool_id: f.tool('list_project_fields').id, scope_id: f.read.id }] },
    });
    await f.client.call(ep.setToolPublic, { params: { ...gh, tool_id: f.tool('search_orgs').id }, body: { is_public: true, confirmation_token: 'search_orgs' } });
    const { staged: rebased, conflicts, alreadyApplied } = rebase(staged, await f.refetch());
    expect(conflicts).to.deep.equal([]);
    expect(alreadyApplied).to.equal(3);
    expect([...rebased.edits]).to.deep.equal([[f.tool('list_project_fields').id, { add: [f.write.id], remove: [] }]]);
    expect(rebased.counters).to.deep.equal(countTools(rebased));
    expect(rebased.counters).to.deep.equal(counters(101, 3, 53));
  });

  it('flags a tool deleted on the server and drops its edit', async () => {
    const f = await github();
    const gone = f.tool('search_orgs');
    const staged = StagedEdits.empty(f.base).map([gone.id, f.tool('enable_toolset').id], f.read.id);
    // AuthSec has no delete-tool endpoint: tools vanish in a rescan or manifest. Remove it in the store.
    f.h.emulator.store.tools.delete(gone.id);
    const fresh = await f.refetch();
    expect(fresh.counters.total).to.equal(100);
    const { staged: rebased, conflicts } = rebase(staged, fresh);
    expect(conflicts).to.deep.equal([{ kind: 'tool_deleted', toolId: gone.id, toolName: 'search_orgs', edit: { add: [f.read.id], remove: [] } }]);
    expect([...rebased.edits.keys()]).to.deep.equal([f.tool('enable_toolset').id]);
    expect(rebased.counters).to.deep.equal(counters(100, 2, 51));
  });

  it('flags a scope deleted on the server and drops the additions that named it', async () => {
    const f = await github();
    const staged = StagedEdits.empty(f.base)
      .map([f.tool('enable_toolset').id], f.admin.id)
      .map([f.tool('search_orgs').id], f.read.id);
    await f.client.call(ep.deleteScope, { params: { scope_id: f.admin.id } });
    const fresh = await f.refetch();
    const { staged: rebased, conflicts } = rebase(staged, fresh);
    expect(conflicts).to.deep.equal([
      { kind: 'scope_deleted', toolId: f.tool('enable_toolset').id, toolName: 'enable_toolset', scopeId: f.admin.id, scopeString: f.admin.scope_string },
    ]);
    expect([...rebased.edits.keys()]).to.deep.equal([f.tool('search_orgs').id]);
    // The four admin-mapped tools lost their only mapping on the server.
    expect(fresh.counters).to.deep.equal(counters(101, 2, 46));
    expect(rebased.counters).to.deep.equal(counters(101, 2, 47));
    expect(fromPreview(await f.preview())).to.deep.equal(fresh.counters);
  });

  it('flags mappings changed on the server and keeps the admin’s edit staged', async () => {
    const f = await github();
    const tool = f.tool('enable_toolset');
    const staged = StagedEdits.empty(f.base).map([tool.id], f.read.id);
    await f.client.call(ep.putToolScopeMap, { params: gh, body: { mappings: [{ tool_id: tool.id, scope_id: f.write.id }] } });
    const { staged: rebased, conflicts } = rebase(staged, await f.refetch());
    expect(conflicts).to.deep.equal([
      { kind: 'mappings_changed', toolId: tool.id, toolName: 'enable_toolset', baseScopeIds: [], freshScopeIds: [f.write.id], editKept: true },
    ]);
    expect(rebased.editOf(tool.id)).to.deep.equal({ add: [f.read.id], remove: [] });
    expect(rebased.stateOf(tool.id)?.scopeIds).to.deep.equal([f.write.id, f.read.id]);
    expect(rebased.changeCount).to.equal(1);
  });

  it('flags a removal the server made differently, and partial agreement is not a conflict', async () => {
    const f = await github();
    const createIssue = f.tool('create_issue');
    const logs = f.tool('actions_get_workflow_run_logs_url');
    const staged = StagedEdits.empty(f.base)
      .setScopes([createIssue.id], [f.read.id])
      .map([logs.id], f.read.id)
      .map([logs.id], f.write.id);
    await f.client.call(ep.putToolScopeMap, {
      params: gh,
      body: {
        mappings: [
          { tool_id: createIssue.id, scope_id: f.admin.id },
          { tool_id: logs.id, scope_id: f.read.id },
        ],
      },
    });
    const { staged: rebased, conflicts, alreadyApplied } = rebase(staged, await f.refetch());
    expect(alreadyApplied).to.equal(1);
    expect(conflicts).to.deep.equal([
      { kind: 'mappings_changed', toolId: createIssue.id, toolName: 'create_issue', baseScopeIds: [f.write.id], freshScopeIds: [f.write.id, f.admin.id], editKept: true },
    ]);
    // The admin's move is kept as staged; the second admin's admin-scope mapping is not undone.
    expect(rebased.stateOf(createIssue.id)?.scopeIds).to.deep.equal([f.admin.id, f.read.id]);
    expect(rebased.editOf(logs.id)).to.deep.equal({ add: [f.write.id], remove: [] });
  });

  it('flags a public flag changed on the server while the admin edited the tool', async () => {
    const f = await github();
    const tool = f.tool('search_orgs');
    const untouched = f.tool('list_starred_repositories');
    const staged = StagedEdits.empty(f.base).map([tool.id], f.read.id);
    for (const t of [tool, untouched]) {
      await f.client.call(ep.setToolPublic, { params: { ...gh, tool_id: t.id }, body: { is_public: true, confirmation_token: t.name } });
    }
    const fresh = await f.refetch();
    const { staged: rebased, conflicts } = rebase(staged, fresh);
    // Only the tool the admin edited is a conflict; the other change is simply the new server state.
    expect(conflicts).to.deep.equal([
      { kind: 'public_changed', toolId: tool.id, toolName: 'search_orgs', basePublic: false, freshPublic: true, editKept: true },
    ]);
    expect(rebased.stateOf(tool.id)).to.deep.equal({ kind: 'public', scopeIds: [f.read.id], isPublic: true });
    expect(rebased.counters).to.deep.equal(fresh.counters);
    expect(rebased.counters).to.deep.equal(fromPreview(await f.preview()));
    expect(rebased.changeCount).to.equal(1);
  });
});
