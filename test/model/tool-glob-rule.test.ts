import { expect } from '@open-wc/testing';
import { endpoints as ep } from '../../src/api/index.js';
import { globMatches, MAX_GLOB_LENGTH, parseGlob, previewRule, type GlobRule } from '../../src/model/glob-rule.js';
import { fromPreview, StagedEdits, toolState, toSaveRequest } from '../../src/model/tool-mapping.js';
import { gh, github } from './tool-fixtures.js';

function rule(pattern: string): GlobRule {
  const parsed = parseGlob(pattern);
  if (!parsed.ok) throw new Error(`pattern ${pattern} rejected: ${parsed.reason}`);
  return parsed.rule;
}
const matches = (pattern: string, name: string) => globMatches(rule(pattern), name);

describe('model: glob rules over tool names', () => {
  it('rejects empty, wildcard-only and over-long patterns with a reason', () => {
    expect(parseGlob('')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(parseGlob('   ')).to.deep.equal({ ok: false, reason: 'empty' });
    for (const p of ['*', '***', '?*', '*?*', '???']) expect(parseGlob(p), p).to.deep.equal({ ok: false, reason: 'only_wildcards' });
    expect(parseGlob('x'.repeat(10_000))).to.deep.equal({ ok: false, reason: 'too_long' });
    expect(parseGlob('a*'.repeat(MAX_GLOB_LENGTH / 2)).ok).to.equal(true);
    expect(parseGlob(`${'a*'.repeat(MAX_GLOB_LENGTH / 2)}b`)).to.deep.equal({ ok: false, reason: 'too_long' });
    expect(parseGlob('get_*')).to.deep.equal({ ok: true, rule: { pattern: 'get_*', compiled: 'get_*', minLength: 4 } });
    expect(parseGlob('a**?b').ok && parseGlob('a**?b')).to.deep.include({ rule: { pattern: 'a**?b', compiled: 'a*?b', minLength: 3 } });
  });

  it('is anchored and case-sensitive; * matches any run (also none), ? exactly one character', () => {
    expect(matches('issue', 'get_issue')).to.equal(false);
    expect(matches('*issue', 'get_issue')).to.equal(true);
    expect(matches('*issue*', 'get_issue_comments')).to.equal(true);
    expect(matches('get_*', 'get_')).to.equal(true);
    expect(matches('get_*', 'Get_me')).to.equal(false);
    expect(matches('GET_*', 'get_me')).to.equal(false);
    expect(matches('get_?e', 'get_me')).to.equal(true);
    expect(matches('get_?e', 'get_e')).to.equal(false);
    expect(matches('get_?e', 'get_mme')).to.equal(false);
    expect(matches('*_*_*', 'a_b')).to.equal(false);
    expect(matches('*_*_*', 'a_b_c')).to.equal(true);
    expect(matches('a*b*c', 'abbbcbc')).to.equal(true);
    expect(matches('a*b*c', 'abbbcbd')).to.equal(false);
    expect(matches('list_*s', 'list_issues')).to.equal(true);
    expect(matches('list_*s', 'list_label')).to.equal(false);
  });

  it('counts a character outside the BMP as one for ?', () => {
    expect(matches('emoji_?', 'emoji_😀')).to.equal(true);
    expect(matches('emoji_??', 'emoji_😀')).to.equal(false);
    expect(matches('*😀', 'x😀')).to.equal(true);
    expect(matches('?_tool', 'é_tool')).to.equal(true);
  });

  it('treats regex syntax as plain characters (no injection)', () => {
    const names = ['(a+)+$', '.*', '[', 'a.b', 'axb', '^get', '\\d', 'get_me'];
    expect(previewRule(names.map((name) => ({ name })), '(a+)+$')).to.deep.include({ matches: [{ name: '(a+)+$' }] });
    expect(previewRule(names.map((name) => ({ name })), '.*')).to.deep.include({ matches: [{ name: '.*' }] });
    expect(previewRule(names.map((name) => ({ name })), '[')).to.deep.include({ matches: [{ name: '[' }] });
    expect(previewRule(names.map((name) => ({ name })), 'a.b')).to.deep.include({ matches: [{ name: 'a.b' }] });
    expect(previewRule(names.map((name) => ({ name })), '^get*')).to.deep.include({ matches: [{ name: '^get' }] });
    expect(previewRule(names.map((name) => ({ name })), '\\d')).to.deep.include({ matches: [{ name: '\\d' }] });
  });

  it('stays fast on patterns that make backtracking matchers explode', async () => {
    const f = await github();
    for (const hostile of ['(a+)+$', '.*', '[', '(.*a){12}', '\\', '$&']) {
      const preview = previewRule(f.matrix.tools, hostile);
      expect(preview, hostile).to.deep.include({ ok: true, matches: [] });
    }
    // The classic exponential case for naive recursive globbing: many stars, no final match.
    const stars = `${'a*'.repeat(200)}b`;
    expect(matches(stars, 'a'.repeat(10_000))).to.equal(false);
    expect(matches(stars, `${'a'.repeat(10_000)}b`)).to.equal(true);
    // Far more literal characters than the name has: rejected before walking.
    expect(matches(`${'x'.repeat(500)}*`, 'x'.repeat(499))).to.equal(false);
    expect(previewRule(f.matrix.tools, '*'.repeat(10_000))).to.deep.equal({ ok: false, reason: 'too_long' });
    expect(previewRule(f.matrix.tools, `${'?'.repeat(200)}*`)).to.deep.equal({ ok: false, reason: 'only_wildcards' });
  });

  it('previews exactly the tools applying the rule maps, end to end through AuthSec', async () => {
    const f = await github();
    const preview = previewRule(f.matrix.tools, '*_issue*');
    if (!preview.ok) throw new Error('rejected');
    const expected = f.matrix.tools.filter((t) => t.name.includes('_issue')).map((t) => t.name);
    expect(preview.matches.map((t) => t.name)).to.deep.equal(expected);
    expect(expected).to.include.members(['add_issue_comment', 'create_issue', 'get_issue_comments', 'list_issues', 'search_issues']);

    const staged = StagedEdits.empty(f.base).map(preview.matches.map((t) => t.id), f.write.id);
    const changed = new Set(staged.diff().map((c) => c.toolName));
    for (const tool of f.matrix.tools) {
      const hasWrite = staged.stateOf(tool.id)!.scopeIds.includes(f.write.id);
      expect(hasWrite, tool.name).to.equal(expected.includes(tool.name) || toolState(tool).scopeIds.includes(f.write.id));
      expect(changed.has(tool.name), tool.name).to.equal(expected.includes(tool.name) && !toolState(tool).scopeIds.includes(f.write.id));
    }
    await f.client.call(ep.putToolScopeMap, { params: gh, body: toSaveRequest(staged).toolScopeMap });
    const fresh = await f.refetch();
    const withWrite = fresh.tools.filter((t) => toolState(t).scopeIds.includes(f.write.id)).map((t) => t.name);
    const before = f.matrix.tools.filter((t) => toolState(t).scopeIds.includes(f.write.id)).map((t) => t.name);
    expect(withWrite.sort()).to.deep.equal([...new Set([...before, ...expected])].sort());
    expect(fromPreview(await f.preview())).to.deep.equal(staged.counters);
  });
});
