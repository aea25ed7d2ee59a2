import { expect } from '@open-wc/testing';
import type { RsBinding } from '../../src/api/bindings.js';
import { BindingFinder, bindingSource, bindingUserName, pageOf, removableHere } from '../../src/model/binding-table.js';

const APP = 'app-1';
let n = 0;
const binding = (patch: Partial<RsBinding>): RsBinding => ({
  id: `b${++n}`,
  user_id: `u${n}`,
  username: undefined,
  user_email: undefined,
  role_id: 'r-viewer',
  role_name: `rs-${APP}:viewer`,
  scope_type: undefined,
  scope_id: undefined,
  created_at: undefined,
  assignment_source: undefined,
  ...patch,
});

const list = [
  binding({ username: 'Zoë Zeta', user_email: 'zoe@x.example', role_id: 'r-admin', role_name: `rs-${APP}:admin`, scope_type: 'resource_server', scope_id: APP, assignment_source: 'manual_admin', created_at: '2026-05-19T08:00:00+02:00' }),
  binding({ username: 'alan', user_email: 'alan@x.example', assignment_source: 'default_policy', created_at: '2026-05-19T07:00:00Z' }),
  binding({ username: '', user_email: 'svc-ci@x.example', role_id: 'r-ro', role_name: `rs-${APP}:readonly`, scope_type: 'resource_server', scope_id: APP, created_at: '2026-05-12T07:00:00Z' }),
  binding({ username: 'Bob 10', user_email: 'bob10@x.example', created_at: 'not a date' }),
  binding({ username: 'Bob 9', user_email: 'bob9@x.example', created_at: '2026-01-01T00:00:00Z' }),
];
const names = (bs: readonly RsBinding[]) => bs.map(bindingUserName);
const finder = new BindingFinder(list, (b) => b.role_name.split(':').pop()!, 'en');

describe('model: binding table', () => {
  it('derives the source: AuthSec\'s tag, else manual for bindings made here, else a workspace role', () => {
    expect(list.map(bindingSource)).to.deep.equal(['manual_admin', 'default_policy', 'manual_admin', 'other', 'other']);
    expect(finder.sources()).to.deep.equal(['manual_admin', 'default_policy', 'other']);
  });

  it('only bindings scoped to this application can be removed here', () => {
    expect(list.map((b) => removableHere(b, APP))).to.deep.equal([true, false, true, false, false]);
    expect(removableHere(list[0]!, 'another-app')).to.equal(false);
  });

  it('shows the name, else the email, else the id', () => {
    expect(bindingUserName(list[2]!)).to.equal('svc-ci@x.example');
    expect(bindingUserName(binding({ user_id: 'u-only' }))).to.equal('u-only');
  });

  it('sorts by person with natural, case- and accent-insensitive order; ties keep a stable order', () => {
    expect(names(finder.find())).to.deep.equal(['alan', 'Bob 9', 'Bob 10', 'svc-ci@x.example', 'Zoë Zeta']);
    expect(names(finder.find({ descending: true }))).to.deep.equal(['Zoë Zeta', 'svc-ci@x.example', 'Bob 10', 'Bob 9', 'alan']);
  });

  it('sorts by granted date across time-zone offsets, unknown dates last either way', () => {
    // 08:00+02:00 is 06:00Z, earlier than alan's 07:00Z.
    expect(names(finder.find({ sort: 'granted' }))).to.deep.equal(['Bob 9', 'svc-ci@x.example', 'Zoë Zeta', 'alan', 'Bob 10']);
    expect(names(finder.find({ sort: 'granted', descending: true }))).to.deep.equal(['alan', 'Zoë Zeta', 'svc-ci@x.example', 'Bob 9', 'Bob 10']);
  });

  it('sorts by role label and by source, then by person', () => {
    expect(names(finder.find({ sort: 'role' }))).to.deep.equal(['Zoë Zeta', 'svc-ci@x.example', 'alan', 'Bob 9', 'Bob 10']);
    expect(names(finder.find({ sort: 'source' }))).to.deep.equal(['svc-ci@x.example', 'Zoë Zeta', 'alan', 'Bob 9', 'Bob 10']);
  });

  it('filters by source and role and searches name, email and id with every term', () => {
    expect(names(finder.find({ source: 'manual_admin' }))).to.deep.equal(['svc-ci@x.example', 'Zoë Zeta']);
    expect(names(finder.find({ roleId: 'r-viewer' }))).to.deep.equal(['alan', 'Bob 9', 'Bob 10']);
    expect(names(finder.find({ text: 'BOB x.example' }))).to.deep.equal(['Bob 9', 'Bob 10']);
    expect(names(finder.find({ text: 'zoe' }))).to.deep.equal(['Zoë Zeta']);
    expect(names(finder.find({ text: 'zo\u200Bë' }))).to.deep.equal(['Zoë Zeta']);
    expect(names(finder.find({ text: list[3]!.user_id }))).to.deep.equal(['Bob 10']);
    expect(finder.find({ text: 'bob', source: 'manual_admin' })).to.deep.equal([]);
  });

  it('cuts pages and clamps a page past the end', () => {
    const items = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(items, 1, 50)).to.deep.include({ page: 1, pages: 3, total: 120, from: 1, to: 50 });
    const last = pageOf(items, 9, 50);
    expect(last).to.deep.include({ page: 3, from: 101, to: 120 });
    expect(last.items).to.have.length(20);
    expect(pageOf([], 4, 50)).to.deep.include({ page: 1, pages: 1, total: 0, from: 0, to: 0 });
  });

  it('finds, sorts and lists 5,000 bindings', () => {
    const many = Array.from({ length: 5000 }, (_, i) => binding({ username: `User ${i}`, user_email: `u${i}@x.example`, created_at: new Date(1e12 + i * 1000).toISOString() }));
    const big = new BindingFinder(many);
    expect(big.find({ text: 'u4999@' })).to.have.length(1);
    expect(bindingUserName(big.find({ sort: 'granted', descending: true })[0]!)).to.equal('User 4999');
    expect(bindingUserName(big.find()[4999]!)).to.equal('User 4999');
  });
});
