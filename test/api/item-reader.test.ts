/**
 * The fast item reader must say exactly what zod says: for every item schema a list is read with,
 * run over every object in the recorded fixtures and over each of them broken one field at a time
 * (removed, null, a string, a number, an array, an object, undefined), the reader gives zod's output
 * key for key (absent and `undefined` keys told apart) when zod accepts it, and FAIL when zod does not.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { FAIL, itemReader } from '../../src/api/item-reader.js';
import { accessUser, effectiveScope } from '../../src/api/access-insight.js';
import { applicationListItem } from '../../src/api/application-list.js';
import { connection } from '../../src/api/application-summary.js';
import { rsBinding, eligibleUser } from '../../src/api/bindings.js';
import { consentGrant } from '../../src/api/consent-grants.js';
import { driftEvent } from '../../src/api/drift-events.js';
import { resourceServerSummary } from '../../src/api/resource-servers.js';
import { rsRole } from '../../src/api/roles.js';
import { mcpTool, unmappedScope } from '../../src/api/scope-matrix.js';
import { oauthScope } from '../../src/api/scopes.js';
import { setupStep } from '../../src/api/setup.js';
import { workspaceClient } from '../../src/api/workspace-clients.js';
import { toolAnnotations } from '../../src/api/scope-matrix.js';

const SCHEMAS: Record<string, z.ZodMiniType> = {
  accessUser, effectiveScope, applicationListItem, connection, rsBinding, eligibleUser, consentGrant, driftEvent,
  resourceServerSummary, rsRole, mcpTool, unmappedScope, oauthScope, setupStep, workspaceClient, toolAnnotations,
};

const FIXTURES = [
  'getScopeMatrix.json', 'getScopeMatrix.empty.json', 'getScopeMatrix.invalid-mapping-source.json', 'getScopeMatrix.invalid-missing-inventory-source.json',
  'listScopes.json', 'listResourceServers.json', 'listResourceServers.invalid-state.json', 'listRoles.json', 'listBindings.json',
  'listEligibleUsers.json', 'listDriftEvents.json', 'listDriftEvents.invalid-event-type.json', 'listDriftEvents.v2-bare-array.json',
  'getSetup.json', 'listConnections.json', 'listConsentGrants.json', 'listMyConsentGrants.json', 'listAccessUsers.json',
  'getEffectiveAccess.json', 'listWorkspaceClients.json',
  'applications/listResourceServers.json', 'applications/listConnections.json', 'applications/getScopeMatrix.json',
];

/** Every object inside a JSON value (arrays' elements included). */
function objectsIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) objectsIn(v, out);
  else if (value && typeof value === 'object') {
    out.push(value as Record<string, unknown>);
    for (const v of Object.values(value)) objectsIn(v, out);
  }
  return out;
}

const BREAKS: readonly unknown[] = [null, 'yes', '', 7, Number.NaN, true, [], {}, [{}], undefined];

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * The object, then each of its fields removed or replaced by each break, and the same one level
 * down (inside a field that holds an object, or the first object of a list).
 */
function* variants(item: Record<string, unknown>, depth = 1): Generator<unknown> {
  yield item;
  for (const key of Object.keys(item)) {
    const { [key]: _, ...without } = item;
    yield without;
    for (const b of BREAKS) yield { ...item, [key]: b };
    if (depth === 0) continue;
    const value = item[key];
    if (isObject(value)) for (const v of variants(value, depth - 1)) yield { ...item, [key]: v };
    if (Array.isArray(value) && isObject(value[0])) for (const v of variants(value[0], depth - 1)) yield { ...item, [key]: [v, ...value.slice(1)] };
  }
}

function agree(name: string, schema: z.ZodMiniType, input: unknown): void {
  const zod = z.safeParse(schema, input);
  const fast = itemReader(schema)(input);
  const where = `${name} on ${JSON.stringify(input)?.slice(0, 300)}`;
  if (!zod.success) {
    expect(fast, where).to.equal(FAIL);
    return;
  }
  expect(fast, where).to.not.equal(FAIL);
  expect(fast, where).to.deep.equal(zod.data);
  // deep.equal treats an absent key and an undefined one alike in places: say it key by key.
  const keys = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v).sort() : []);
  expect(keys(fast), where).to.deep.equal(keys(zod.data));
}

describe('item reader (the fast path of list reading)', () => {
  let objects: Record<string, unknown>[] = [];
  before(async () => {
    const texts = await Promise.all(FIXTURES.map(async (name) => {
      const res = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
      if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    }));
    objects = texts.flatMap((t) => objectsIn(t));
  });

  it('finds items to compare in every fixture', () => {
    expect(objects.length).to.be.greaterThan(150);
  });

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`gives zod's answer for ${name}, on every fixture object and each of them broken one field at a time`, () => {
      let accepted = 0;
      for (const item of objects) {
        for (const input of variants(item)) {
          agree(name, schema, input);
          if (itemReader(schema)(input) !== FAIL) accepted++;
        }
      }
      // A comparison where every input fails would prove nothing.
      expect(accepted, `${name}: inputs zod accepts`).to.be.greaterThan(0);
    });
  }

  it('gives zod\'s answer on values that are not objects', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) for (const v of [null, undefined, 'x', 1, [], true]) agree(name, schema, v);
  });

  it('leaves a tool\'s unknown annotation keys in place and drops unknown tool fields, as zod does', () => {
    const tool = { id: 't1', name: 'a', input_schema: null, annotations: { readOnlyHint: true, vendorHint: 'x' }, inventory_source: 'manual', extra: 1, scopes: null };
    agree('mcpTool', mcpTool, tool);
    const read = itemReader(mcpTool)(tool) as Record<string, unknown>;
    expect(read['annotations']).to.deep.equal({ readOnlyHint: true, vendorHint: 'x' });
    expect(read).to.not.have.property('extra');
    expect(read['scopes']).to.deep.equal([]);
    expect(read['title']).to.equal('');
  });
});
