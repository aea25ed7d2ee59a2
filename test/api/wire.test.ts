/**
 * Unit tests for the Go wire-format helpers (`src/api/wire.ts`) and `fillPath`
 * (`src/api/endpoint.ts`). Base64 vectors were computed independently with Node's
 * `Buffer.from(JSON.stringify(x)).toString('base64')`, i.e. what Go's `[]byte` encoding emits.
 */
import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { fillPath } from '../../src/api/endpoint.js';
import * as endpoints from '../../src/api/endpoints.js';
import {
  decodeGoBytes, encodeGoBytes, goArray, goBytesJson, id, maybe, rawJson, riskLevel, statusAck, timestamp,
} from '../../src/api/wire.js';

function ok<T extends z.ZodMiniType>(schema: T, input: unknown): z.output<T> {
  const result = z.safeParse(schema, input);
  if (!result.success) throw new Error(`expected success, got ${JSON.stringify(result.error.issues)}`);
  return result.data;
}
function issuesOf(schema: z.ZodMiniType, input: unknown): Array<{ code: string; path: PropertyKey[] }> {
  const result = z.safeParse(schema, input);
  if (result.success) throw new Error(`expected failure, got ${JSON.stringify(result.data)}`);
  return result.error.issues.map((i) => ({ code: i.code, path: [...i.path] }));
}

// { display_name: 'Dépôts — lecture', note: '読み取り専用 🔒', quote: '"<&>"' } — note the `+` and `/`.
const NON_ASCII_B64 =
  'eyJkaXNwbGF5X25hbWUiOiJEw6lww7R0cyDigJQgbGVjdHVyZSIsIm5vdGUiOiLoqq3jgb/lj5bjgorlsILnlKgg8J+UkiIsInF1b3RlIjoiXCI8Jj5cIiJ9';
const NON_ASCII = { display_name: 'Dépôts — lecture', note: '読み取り専用 🔒', quote: '"<&>"' };

describe('wire: goArray (Go slices)', () => {
  const strings = goArray(z.string());

  it('null (nil slice) and absence both become []', () => {
    expect(ok(strings, null)).to.deep.equal([]);
    expect(ok(strings, undefined)).to.deep.equal([]);
    expect(ok(z.object({ scopes: strings }), {})).to.deep.equal({ scopes: [] });
    expect(ok(z.object({ scopes: strings }), { scopes: null })).to.deep.equal({ scopes: [] });
  });

  it('keeps items and their order', () => {
    expect(ok(strings, ['b', 'a', 'b'])).to.deep.equal(['b', 'a', 'b']);
  });

  it('validates items and reports the index', () => {
    expect(issuesOf(strings, ['a', 2])).to.deep.equal([{ code: 'invalid_type', path: [1] }]);
    expect(issuesOf(z.object({ tools: goArray(z.object({ name: z.string() })) }), { tools: [{ name: 'a' }, {}] }))
      .to.deep.equal([{ code: 'invalid_type', path: ['tools', 1, 'name'] }]);
  });

  it('rejects a non-array (an object, a string)', () => {
    expect(issuesOf(strings, { 0: 'a' })[0]?.code).to.equal('invalid_type');
    expect(issuesOf(strings, 'a,b')[0]?.code).to.equal('invalid_type');
  });

  it('applies item transforms (nested goArray)', () => {
    expect(ok(goArray(goArray(z.number())), [null, [1], undefined])).to.deep.equal([[], [1], []]);
  });
});

describe('wire: maybe (omitempty / pointer fields)', () => {
  const optionalName = maybe(z.string());

  it('null and absence become undefined; a value passes through', () => {
    expect(ok(optionalName, null)).to.equal(undefined);
    expect(ok(optionalName, undefined)).to.equal(undefined);
    expect(ok(optionalName, 'x')).to.equal('x');
    expect(ok(optionalName, '')).to.equal('');
  });

  it('keeps falsy values that are not null (false, 0)', () => {
    expect(ok(maybe(z.boolean()), false)).to.equal(false);
    expect(ok(maybe(z.number()), 0)).to.equal(0);
  });

  it('still validates a present value', () => {
    expect(issuesOf(z.object({ n: optionalName }), { n: 5 })).to.deep.equal([{ code: 'invalid_type', path: ['n'] }]);
    expect(issuesOf(maybe(riskLevel), 'severe')[0]?.code).to.equal('invalid_value');
  });

  it('inside an object: null field → undefined', () => {
    expect(ok(z.object({ name: optionalName }), { name: null }).name).to.equal(undefined);
  });
});

describe('wire: scalar helpers', () => {
  it('timestamp keeps Go RFC 3339 text verbatim', () => {
    for (const t of ['2026-05-18T10:21:07.123456789Z', '2026-05-18T12:21:07+02:00', '2026-05-18T10:21:07.5Z']) {
      expect(ok(timestamp, t)).to.equal(t);
    }
    expect(issuesOf(timestamp, 1_747_563_667)[0]?.code).to.equal('invalid_type');
  });

  it('id refuses an empty string', () => {
    expect(ok(id, '26b0366e-15db-4dc7-bdf8-2b2c698fb87d')).to.equal('26b0366e-15db-4dc7-bdf8-2b2c698fb87d');
    expect(issuesOf(id, '')[0]?.code).to.equal('too_small');
  });

  it('riskLevel is the four AuthSec levels', () => {
    for (const level of ['low', 'medium', 'high', 'critical']) expect(ok(riskLevel, level)).to.equal(level);
    expect(issuesOf(riskLevel, 'Critical')[0]?.code).to.equal('invalid_value');
  });

  it('statusAck accepts only its literal', () => {
    expect(ok(statusAck('deleted'), { status: 'deleted' })).to.deep.equal({ status: 'deleted' });
    expect(issuesOf(statusAck('deleted'), { status: 'revoked' })).to.deep.equal([{ code: 'invalid_value', path: ['status'] }]);
  });

  it('rawJson passes any JSON through untouched, null and absence included', () => {
    expect(ok(rawJson, { type: 'object' })).to.deep.equal({ type: 'object' });
    expect(ok(rawJson, [1, 'a'])).to.deep.equal([1, 'a']);
    expect(ok(rawJson, null)).to.equal(null);
    expect(ok(rawJson, undefined)).to.equal(undefined);
  });
});

describe('wire: decodeGoBytes (Go []byte → object)', () => {
  it('decodes base64 JSON to the object', () => {
    const b64 = 'eyJzY29wZV9zdHJpbmciOiJnaXRodWJfbWNwX3NlcnZlcjp0b29sczp3cml0ZSIsInNjb3BlX2lkIjoieCJ9';
    expect(decodeGoBytes(b64)).to.deep.equal({ scope_string: 'github_mcp_server:tools:write', scope_id: 'x' });
  });

  it('decodes non-ASCII UTF-8 payloads (accents, CJK, emoji, escaped quotes) exactly', () => {
    expect(NON_ASCII_B64).to.include('+').and.to.include('/');
    expect(decodeGoBytes(NON_ASCII_B64)).to.deep.equal(NON_ASCII);
  });

  it('tolerates an already-decoded object (json.RawMessage) and returns it as is', () => {
    const payload = { rotated_at: '2026-05-20T08:14:55.918273645Z' };
    expect(decodeGoBytes(payload)).to.equal(payload);
  });

  it('nil, empty and non-object inputs give undefined', () => {
    expect(decodeGoBytes(null)).to.equal(undefined);
    expect(decodeGoBytes(undefined)).to.equal(undefined);
    expect(decodeGoBytes('')).to.equal(undefined);
    expect(decodeGoBytes(42)).to.equal(undefined);
    expect(decodeGoBytes(['a'])).to.equal(undefined);
  });

  it('keeps invalid base64 visible as { raw }', () => {
    expect(decodeGoBytes('not base64!')).to.deep.equal({ raw: 'not base64!' });
  });

  it('keeps valid base64 that is not JSON as { raw } (text, invalid UTF-8)', () => {
    expect(decodeGoBytes('aGVsbG8=')).to.deep.equal({ raw: 'aGVsbG8=' }); // "hello"
    expect(decodeGoBytes('e/99')).to.deep.equal({ raw: 'e/99' }); // { 0xff }
  });

  it('wraps JSON that is not an object as { value }', () => {
    expect(decodeGoBytes('NDI=')).to.deep.equal({ value: 42 });
    expect(decodeGoBytes('WzEsMl0=')).to.deep.equal({ value: [1, 2] });
    expect(decodeGoBytes('bnVsbA==')).to.deep.equal({ value: null });
  });
});

describe('wire: encodeGoBytes', () => {
  it('produces what Go (and Node Buffer) produce for the same JSON', () => {
    expect(encodeGoBytes(NON_ASCII)).to.equal(NON_ASCII_B64);
    expect(encodeGoBytes({ scope_string: 'github_mcp_server:tools:write', scope_id: 'x' })).to.equal(
      'eyJzY29wZV9zdHJpbmciOiJnaXRodWJfbWNwX3NlcnZlcjp0b29sczp3cml0ZSIsInNjb3BlX2lkIjoieCJ9',
    );
  });

  it('round-trips through decodeGoBytes, nested and non-ASCII included', () => {
    const payload = { tool_id: 't', scope_id: 's', nested: { list: [1, 'é', null], ok: true }, emoji: '🔒' };
    const encoded = encodeGoBytes(payload);
    expect(encoded).to.match(/^[A-Za-z0-9+/]+=*$/);
    expect(decodeGoBytes(encoded)).to.deep.equal(payload);
  });

  it('goBytesJson schema decodes base64, accepts objects and nulls, rejects numbers', () => {
    expect(ok(goBytesJson, NON_ASCII_B64)).to.deep.equal(NON_ASCII);
    expect(ok(goBytesJson, { a: 1 })).to.deep.equal({ a: 1 });
    expect(ok(goBytesJson, null)).to.equal(undefined);
    expect(ok(goBytesJson, undefined)).to.equal(undefined);
    expect(issuesOf(goBytesJson, 7)[0]?.code).to.equal('invalid_union');
  });
});

describe('endpoint: fillPath', () => {
  const base = 'https://api.example.test';
  /** Path segments as the browser's URL parser sees them (what fetch would request). */
  const segments = (path: string) => new URL(base + path).pathname.split('/').filter(Boolean);

  it('fills every :param', () => {
    expect(fillPath(endpoints.setToolPublic.path, { id: 'rs-1', tool_id: 'tool-9' })).to.equal(
      '/authsec/resource-servers/rs-1/tools/tool-9/public',
    );
    expect(fillPath(endpoints.dismissDriftEvent.path, { id: 'a', event_id: 'b' })).to.equal(
      '/authsec/resource-servers/a/drift-events/b/dismiss',
    );
  });

  it('leaves a template without params alone, and ignores extra params', () => {
    expect(fillPath('/authsec/scope-presets')).to.equal('/authsec/scope-presets');
    expect(fillPath('/authsec/scopes/:scope_id', { scope_id: 's', other: 'x' })).to.equal('/authsec/scopes/s');
  });

  it('percent-encodes `/` and `../` so an id cannot add or climb a path segment', () => {
    const path = fillPath('/authsec/resource-servers/:id/bindings/:binding_id', { id: '../admin', binding_id: 'a/b' });
    expect(path).to.equal('/authsec/resource-servers/..%2Fadmin/bindings/a%2Fb');
    expect(segments(path)).to.deep.equal(['authsec', 'resource-servers', '..%2Fadmin', 'bindings', 'a%2Fb']);
  });

  it('percent-encodes query and fragment characters, and an already-encoded id again', () => {
    expect(fillPath('/authsec/scopes/:scope_id', { scope_id: 'x?admin=true#frag' })).to.equal(
      '/authsec/scopes/x%3Fadmin%3Dtrue%23frag',
    );
    expect(fillPath('/authsec/scopes/:scope_id', { scope_id: '%2e%2e%2F' })).to.equal('/authsec/scopes/%252e%252e%252F');
    expect(fillPath('/authsec/scopes/:scope_id', { scope_id: 'dépôt lecture' })).to.equal(
      '/authsec/scopes/d%C3%A9p%C3%B4t%20lecture',
    );
  });

  // Fails today: encodeURIComponent leaves `.` and `..` as they are, and the URL parser (so fetch)
  // resolves them: DELETE …/bindings/.. would reach DELETE /authsec/resource-servers/<id>/.
  it('never lets an id of "." or ".." remove a path segment', () => {
    const template = '/authsec/resource-servers/:id/bindings/:binding_id';
    for (const dots of ['.', '..']) {
      let path: string | undefined;
      try {
        path = fillPath(template, { id: 'rs-1', binding_id: dots });
      } catch (error) {
        expect(error, `refusing "${dots}" is fine`).to.be.instanceOf(TypeError);
        continue;
      }
      expect(segments(path), `binding_id "${dots}" → ${path}`).to.have.length(4);
    }
  });

  it('throws a TypeError naming a missing or empty parameter', () => {
    expect(() => fillPath('/authsec/resource-servers/:id/scopes', {})).to.throw(TypeError, /"id"/);
    expect(() => fillPath('/authsec/resource-servers/:id/roles/:role_id/scope-grants', { id: 'a' })).to.throw(
      TypeError, /"role_id"/,
    );
    expect(() => fillPath('/authsec/scopes/:scope_id', { scope_id: '' })).to.throw(TypeError, /"scope_id"/);
  });
});
