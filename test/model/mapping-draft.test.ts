import { expect } from '@open-wc/testing';
import { fromDraft, parseDraft, toDraft } from '../../src/model/mapping-draft.js';
import { rebase, StagedEdits } from '../../src/model/tool-mapping.js';
import { github } from './tool-fixtures.js';

describe('mapping draft (unsaved edits across a reload)', () => {
  it('round-trips every kind of edit through storage text', async () => {
    const f = await github();
    const mapped = f.base.tools.find((t) => t.scopes.some((s) => s.source === 'admin_override'))!;
    const unmapped = f.base.tools.find((t) => !t.is_public && !t.scopes.some((s) => s.source === 'admin_override'))!;
    const staged = StagedEdits.empty(f.base)
      .map([unmapped.id], f.read.id)
      .unmap([mapped.id], mapped.scopes.find((s) => s.source === 'admin_override')!.scope_id)
      .setPublic([f.tool('get_me').id], true);
    const draft = toDraft(gh(f), staged, new Date('2026-11-22T00:00:00Z'))!;
    const back = parseDraft(JSON.stringify(draft), gh(f))!;
    expect(back).to.deep.equal(draft);
    const restored = rebase(fromDraft(back), f.base);
    expect(restored.conflicts).to.deep.equal([]);
    expect([...restored.staged.edits]).to.deep.equal([...staged.edits]);
    expect(restored.staged.counters).to.deep.equal(staged.counters);
  });

  it('has no draft when nothing is staged, and refuses malformed or foreign text', async () => {
    const f = await github();
    expect(toDraft(gh(f), StagedEdits.empty(f.base))).to.equal(undefined);
    expect(parseDraft(null, gh(f))).to.equal(undefined);
    expect(parseDraft('{', gh(f))).to.equal(undefined);
    expect(parseDraft('{"v":2}', gh(f))).to.equal(undefined);
    const draft = toDraft(gh(f), StagedEdits.empty(f.base).map([f.tool('get_me').id], f.read.id))!;
    expect(parseDraft(JSON.stringify(draft), 'another-application')).to.equal(undefined);
  });

  it('lets rebase flag what another admin changed on an edited tool after the draft was written', async () => {
    const f = await github();
    const tool = f.base.tools.find((t) => !t.is_public && !t.scopes.some((s) => s.source === 'admin_override'))!;
    const draft = toDraft(gh(f), StagedEdits.empty(f.base).map([tool.id], f.read.id))!;
    await f.client.call((await import('../../src/api/index.js')).endpoints.putToolScopeMap, {
      params: { id: gh(f) }, body: { mappings: [{ tool_id: tool.id, scope_id: f.admin.id }] },
    });
    const result = rebase(fromDraft(parseDraft(JSON.stringify(draft), gh(f))!), await f.refetch());
    expect(result.conflicts.map((c) => [c.kind, c.toolName])).to.deep.equal([['mappings_changed', tool.name]]);
    expect(result.staged.editOf(tool.id)).to.deep.equal({ add: [f.read.id], remove: [] });
  });
});

/** The application id of the fixture. */
function gh(f: Awaited<ReturnType<typeof github>>): string {
  return f.matrix.resource_server.id;
}
