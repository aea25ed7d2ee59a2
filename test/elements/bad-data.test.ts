// Bad data degrades one row, never a screen (issue #17): each list AuthSec sends is read item by
// item. The emulator's real handlers answer; a rule rewrites one answer the way a misbehaving SDK,
// server or proxy would have AuthSec send it.
import '../helpers/benign-errors.js';
import { expect } from '@open-wc/testing';
import '../../src/context/define.js';
import '../../src/elements/applications-list/define.js';
import '../../src/elements/tool-scope-mapper/define.js';
import '../../src/elements/scope-editor/define.js';
import '../../src/elements/access-policy/define.js';
import '../../src/elements/launch-queue/define.js';
import '../../src/elements/access-explorer/define.js';
import type { AuthsecApplicationsList } from '../../src/elements/applications-list/applications-list.js';
import type { AuthsecAccessExplorer } from '../../src/elements/access-explorer/access-explorer.js';
import { createBrowserEmulator } from '../../emulator/browser.js';
import { SEED } from '../../emulator/seed/workspace.js';
import { mountAdmin } from '../helpers/mount.js';
import { uiButton, until } from '../helpers/element.js';
import { tamperedFetch, type TamperRule } from '../../emulator/tamper.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const notice = (el: HTMLElement) => squash($(el, '.unread')?.textContent);
// Whole-screen failure (an empty table inside a tab is fine).
const failed = (el: HTMLElement) => !!$(el, 'authsec-ui-state[kind="error"], authsec-ui-state[kind="forbidden"]');
const state = (el: HTMLElement) => $<HTMLElement & { kind: string; heading: string }>(el, 'authsec-ui-state');

type Row = Record<string, unknown>;
const editRow = (id: string, edit: (row: Row) => Row) => (rows: Row[]) => rows.map((r) => (r.id === id ? edit(r) : r));

async function list(rules: readonly TamperRule[]) {
  const emu = createBrowserEmulator();
  return mountAdmin<AuthsecApplicationsList>('authsec-applications-list', { emu, fetch: tamperedFetch(emu, rules) });
}
const appNames = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('tbody tr .open')].map((b) => squash(b.textContent));

describe('bad data: the applications list', () => {
  it('shows the other applications when one has a state AuthSec added after us, and names it', async () => {
    const { el } = await list([{ path: /^\/authsec\/applications$/, body: editRow(SEED.apps.github, (r) => ({ ...r, state: 'paused_by_policy' })) }]);
    expect(appNames(el)).to.deep.equal(['Billing Agent', 'Docs Search']);
    expect(notice(el)).to.contain('AuthSec sent 1 entry this page could not fully read.');
    expect(notice(el)).to.contain('Application “GitHub MCP Server” is not shown: its state has a value this page does not know.');
    expect(squash($(el, '.count')?.textContent)).to.equal('2 applications');
    await expect(el).to.be.accessible();
  });

  it('names an entry without a name by its place in the list, and a missing required field as missing', async () => {
    const { el } = await list([{ path: /^\/authsec\/applications$/, body: (rows: Row[]) => rows.map((r, i) => (i === 0 ? { ...r, id: undefined, name: undefined } : r)) }]);
    expect(appNames(el)).to.have.length(2);
    expect(notice(el)).to.contain('Application #1 is not shown: its id is missing.');
  });

  it('shows hostile names in the notice as text, clamped, with hidden characters revealed', async () => {
    const hostile = `<img src=x onerror="window.__pwned=1">\u202Egnp.exe${'x'.repeat(500)}`;
    const { el } = await list([{ path: /^\/authsec\/applications$/, body: editRow(SEED.apps.github, (r) => ({ ...r, name: hostile, state: 7 })) }]);
    expect($(el, '.unread img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(notice(el)).to.contain('⟨U+202E⟩');
    expect(notice(el).length).to.be.below(400);
    expect(notice(el)).to.contain('its state has a value this page does not know');
  });

  it('keeps an application whose optional field is malformed, without that field, and says so', async () => {
    const { el } = await list([{ path: /^\/authsec\/applications$/, body: editRow(SEED.apps.github, (r) => ({ ...r, tools_count: 'many' })) }]);
    expect(appNames(el)).to.deep.equal(['Billing Agent', 'Docs Search', 'GitHub MCP Server']);
    expect(notice(el)).to.contain('Application “GitHub MCP Server” is shown without its tools_count, which has the wrong type.');
    // Flagged on its own row too; the others are not.
    const flags = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => squash(tr.querySelector('.partly-read')?.textContent));
    expect(flags).to.deep.equal(['', '', '! Some details could not be read']);
    await expect(el).to.be.accessible();
  });

  for (const [what, rule] of [
    ['an empty 200 body', { path: /^\/authsec\/applications$/, body: () => '' }],
    ['a 204', { path: /^\/authsec\/applications$/, status: 204 }],
    ['null', { path: /^\/authsec\/applications$/, body: () => null }],
    ['an object where a list belongs', { path: /^\/authsec\/applications$/, body: (rows: Row[]) => ({ items: rows }) }],
  ] as const) {
    it(`says AuthSec's answer could not be read for ${what}, never "no applications yet"`, async () => {
      const { el } = await list([rule]);
      expect(state(el)?.kind).to.equal('error');
      expect(squash(el.shadowRoot!.textContent)).to.not.contain('No applications yet');
      expect($(el, '.install-empty')).to.equal(null);
    });
  }
});

// ── One application's tabs ─────────────────────────────────────────────

const APP = SEED.apps.github;
async function tab<T extends HTMLElement>(tag: string, rules: readonly TamperRule[], appId = APP) {
  const emu = createBrowserEmulator({ surfaces: 'applications' });
  return mountAdmin<T>(tag, { emu, appId, fetch: tamperedFetch(emu, rules) });
}
const path = (tail: string, appId = APP) => new RegExp(`^/authsec/applications/${appId}/${tail}$`);

describe('bad data: one application', () => {
  it('Tools: a tool whose annotation is of the wrong type is kept without it, flagged; the tab stays usable', async () => {
    let named = '';
    const { el } = await tab('authsec-tool-scope-mapper', [{
      path: path('scope-matrix'),
      body: (m: { tools: Row[] }) => {
        named = String(m.tools[0]!.name);
        return { ...m, tools: m.tools.map((t, i) => (i === 0 ? { ...t, annotations: { ...(t.annotations as Row), destructiveHint: 'yes' } } : t)) };
      },
    }]);
    expect(failed(el)).to.equal(false);
    expect(notice(el)).to.contain(`Tool “${named}” is shown without its annotations.destructiveHint, which has the wrong type.`);
    // Its row says so where it stands; no other row does.
    const flagged = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].filter((r) => r.querySelector('.partly-read'));
    expect(flagged.map((r) => squash(r.querySelector('.tool-name')?.textContent))).to.deep.equal([named]);
    expect(squash(flagged[0]!.querySelector('.partly-read')!.textContent)).to.equal('! Some details could not be read');
    // Every tool is still counted: the malformed one is there, without its hint.
    const total = [...el.shadowRoot!.querySelectorAll('[part="counters"] dd')].reduce((sum, dd) => sum + Number(squash(dd.textContent)), 0);
    expect(total).to.equal(101);
    await expect(el).to.be.accessible();
  });

  it('Tools: a tool without an id is left out, named, and the counters say they leave it out', async () => {
    const { el } = await tab('authsec-tool-scope-mapper', [{
      path: path('scope-matrix'),
      body: (m: { tools: Row[] }) => ({ ...m, tools: m.tools.map((t, i) => (i === 1 ? { ...t, id: '' } : t)) }),
    }]);
    const total = [...el.shadowRoot!.querySelectorAll('[part="counters"] dd')].reduce((sum, dd) => sum + Number(squash(dd.textContent)), 0);
    expect(total).to.equal(100);
    expect(notice(el)).to.match(/Tool “[^”]+” is not shown: its id is empty\./);
    expect(notice(el)).to.contain('counts and readiness leave out what is not');
  });

  for (const [tag, define] of [
    ['authsec-tool-scope-mapper', 'Tools'],
    ['authsec-scope-editor', 'Scopes'],
    ['authsec-access-policy', 'Access'],
  ] as const) {
    it(`${define}: one scope with an empty scope_string costs that scope, not the tab`, async () => {
      const blank = (s: Row) => (s.scope_string === 'github_mcp_server:admin' ? { ...s, scope_string: '' } : s);
      const { el } = await tab(tag, [
        { path: path('scopes'), body: (list: Row[]) => list.map(blank) },
        { path: path('scope-matrix'), body: (m: { scopes?: Row[]; unmapped_scopes?: Row[] }) => ({ ...m, scopes: (m.scopes ?? []).map(blank), unmapped_scopes: (m.unmapped_scopes ?? []).map(blank) }) },
      ]);
      expect(failed(el)).to.equal(false);
      expect(notice(el)).to.contain('Scope “Administer repositories” is not shown: its scope_string is empty.');
      // Once, though it arrived in two lists.
      expect(notice(el).match(/Administer repositories/g)).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('Access: a binding without a role_id costs that entry, not the tab', async () => {
    const docs = SEED.apps.docsSearch;
    const { el } = await tab('authsec-access-policy', [{
      path: path('bindings', docs),
      body: (b: { bindings: Row[] }) => ({ bindings: b.bindings.map((x, i) => (i === 0 ? { ...x, role_id: undefined } : x)) }),
    }], docs);
    expect(failed(el)).to.equal(false);
    expect(notice(el)).to.match(/Access entry “[^”]+” is not shown: its role_id is missing\./);
    expect(el.shadowRoot!.querySelector('.policy-form')).to.not.equal(null);
  });

  it('Overview: a drift event of a kind AuthSec added after us, and a malformed setup step, cost only themselves', async () => {
    const docs = SEED.apps.docsSearch;
    const { el } = await tab('authsec-launch-queue', [
      {
        path: path('drift-events', docs),
        body: (real: Row[] | { events: Row[] }) => {
          const events = Array.isArray(real) ? real : real.events;
          const more = [...events, { ...events[0]!, id: 'new-kind', event_type: 'policy_exported' }];
          return Array.isArray(real) ? more : { events: more };
        },
      },
      { path: path('setup', docs), body: (s: { steps: Row[] }) => ({ ...s, steps: s.steps.map((x, i) => (i === 5 ? { ...x, complete: 'sometimes' } : x)) }) },
    ], docs);
    expect(failed(el)).to.equal(false);
    expect(notice(el)).to.contain('Change “policy_exported” is not shown: its event_type has a value this page does not know.');
    expect(notice(el)).to.contain('Setup step “Activate” is not shown: its complete has the wrong type.');
    expect(el.shadowRoot!.querySelectorAll('.drift-event').length).to.equal(2);
  });

  it('People: a person, a role and an eligible user that cannot be read cost only themselves, and are named', async () => {
    const docs = SEED.apps.docsSearch;
    const alan = SEED.users.endUsers[0]!;
    const { el } = await tab('authsec-access-explorer', [
      { path: path('access/users', docs), body: (b: { users: Row[] }) => ({ ...b, users: b.users.map((u, i) => (i === 1 ? { ...u, user: { ...(u.user as Row), id: '' } } : u)) }) },
      { path: path('roles', docs), body: (b: { roles: Row[] }) => ({ ...b, roles: b.roles.map((r, i) => (i === 0 ? { ...r, id: undefined } : r)) }) },
      { path: path('eligible-users', docs), body: (b: { users: Row[] }) => ({ ...b, users: [...b.users, { id: 'u-new', email: 42, name: 'Mallory' }] }) },
    ], docs);
    expect(failed(el)).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(7);
    expect(notice(el)).to.contain('AuthSec sent 3 entries this page could not fully read.');
    expect(notice(el)).to.match(/Person “[^”]+” is not shown: its user\.id is empty\./);
    expect(notice(el)).to.match(/Role “[^”]+” is not shown: its id is missing\./);
    expect(notice(el)).to.contain('Mallory');
    // A person's own access: one unreadable scope is named there, the rest listed.
    const { el: other } = await tab<AuthsecAccessExplorer>('authsec-access-explorer', [
      { path: new RegExp(`^/authsec/applications/${docs}/users/[^/]+/effective-access$`), body: (b: { scopes: Row[] }) => ({ ...b, scopes: b.scopes.map((x, i) => (i === 1 ? { ...x, scope_string: '' } : x)) }) },
    ], docs);
    uiButton(other.shadowRoot!.querySelector<HTMLElement>(`tr[data-user="${alan}"]`)!, 'Details for Alan Turing').click();
    await until(other, () => !!$(other, '.access li'));
    expect(other.shadowRoot!.querySelectorAll('.access > ul > li').length).to.equal(1);
    expect(squash($(other, '.access .unread')?.textContent)).to.match(/Scope “[^”]+” is not shown: its scope_string is empty\./);
    await expect(other).to.be.accessible();
  });

  it('Overview: an eligible user that cannot be read is named, the rest of the tab stands', async () => {
    const docs = SEED.apps.docsSearch;
    const { el } = await tab('authsec-launch-queue', [
      { path: path('eligible-users', docs), body: (b: { users: Row[] }) => ({ ...b, users: b.users.map((u, i) => (i === 0 ? { ...u, id: undefined } : u)) }) },
    ], docs);
    expect(failed(el)).to.equal(false);
    expect(notice(el)).to.match(/Person “[^”]+” is not shown: its id is missing\./);
    expect(el.shadowRoot!.querySelectorAll('.drift-event').length).to.equal(2);
  });

  for (const [tag, name, tail, key] of [
    ['authsec-tool-scope-mapper', 'Tools', 'scope-matrix', 'tools'],
    ['authsec-access-explorer', 'People', 'access/users', 'users'],
    ['authsec-access-policy', 'Access', 'bindings', 'bindings'],
    ['authsec-launch-queue', 'Overview', 'setup', 'steps'],
  ] as const) {
    it(`${name}: an answer without its list (${key}) is an error, never an empty tab`, async () => {
      const { el } = await tab(tag, [{ path: path(tail, SEED.apps.docsSearch), body: (real: Row) => ({ ...real, [key]: undefined }) }], SEED.apps.docsSearch);
      expect(state(el)?.kind).to.equal('error');
    });
  }

  for (const [tag, name, tail] of [
    ['authsec-tool-scope-mapper', 'Tools', 'scope-matrix'],
    ['authsec-access-explorer', 'People', 'access/users'],
    ['authsec-launch-queue', 'Overview', 'setup'],
  ] as const) {
    for (const [what, rule] of [
      ['an empty 200 body', { body: () => '' }],
      ['a 204', { status: 204 }],
      ['null', { body: () => null }],
    ] as const) {
      it(`${name}: ${what} where its list belongs is an error, never an empty tab`, async () => {
        const { el } = await tab(tag, [{ path: path(tail, SEED.apps.docsSearch), ...rule }], SEED.apps.docsSearch);
        expect(state(el)?.kind).to.equal('error');
        expect(notice(el)).to.equal('');
      });
    }
  }
});
