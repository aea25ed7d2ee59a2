/**
 * A fast reader for list items, built once per schema from the zod schema itself (its definition
 * tree), so the contract has one source of truth. Zod's generic parser spends most of its time on
 * bookkeeping for issues we only need when an item is bad; 10,000 tools took about 100 ms. This
 * reader gives zod's output for a valid item and `FAIL` for anything else, and the caller then asks
 * zod, which says what is wrong. Node kinds it does not know are handed to zod as they are.
 * Transforms run as written. `test/api/item-reader.test.ts` holds it to zod's output.
 */
import * as z from 'zod/mini';

/** "Not valid here": the caller reads the item with zod to learn why. */
export const FAIL: unique symbol = Symbol('invalid');
type Read = (value: unknown) => unknown;

interface Internals {
  def: Record<string, unknown> & { type: string; checks?: Check[] };
  optin?: 'optional' | 'defaulted';
  optout?: 'optional';
  traits: Set<string>;
  values?: Set<unknown>;
}
interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check(payload: Payload): unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
const internals = (schema: unknown) => (schema as { _zod: Internals })._zod;

const readers = new WeakMap<object, Read>();

/** The reader for `schema` (built on first use). */
export function itemReader(schema: z.ZodMiniType): Read {
  let read = readers.get(schema);
  if (!read) readers.set(schema, (read = build(schema)));
  return read;
}

/** Zod itself, for a node this reader does not model. */
const byZod = (schema: z.ZodMiniType): Read => (value) => {
  const r = z.safeParse(schema, value);
  return r.success ? r.data : FAIL;
};

function build(schema: z.ZodMiniType): Read {
  const zod = internals(schema);
  const def = zod.def;
  // A string format is its own check, and coercion changes the input first: zod's own path.
  if (zod.traits.has('$ZodCheck') || def['coerce']) return byZod(schema);
  const read = buildType(zod);
  const checks = def.checks;
  if (!read || !checks?.length) return read ?? byZod(schema);
  // Checks run on the value the type accepted, as zod runs them (a check may also rewrite it).
  return (value) => {
    const v = read(value);
    if (v === FAIL) return FAIL;
    const payload: Payload = { value: v, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload)) continue;
      if (check._zod.check(payload) instanceof Promise || payload.issues.length) return FAIL;
    }
    return payload.value;
  };
}

function buildType(zod: Internals): Read | undefined {
  const def = zod.def;
  const inner = () => itemReader(def['innerType'] as z.ZodMiniType);
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : FAIL);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : FAIL);
    case 'enum':
    case 'literal': {
      const values = zod.values!;
      return (v) => (values.has(v) ? v : FAIL);
    }
    case 'unknown':
    case 'any':
      return (v) => v;
    case 'nullable': {
      const read = inner();
      return (v) => (v === null ? null : read(v));
    }
    case 'optional': {
      const read = inner();
      // Only a defaulted inner schema stands in for absence; a failing one gives undefined.
      const fills = internals(def['innerType']).optin === 'defaulted';
      return (v) => {
        if (v !== undefined) return read(v);
        if (!fills) return undefined;
        const r = read(undefined);
        return r === FAIL ? undefined : r;
      };
    }
    case 'default': {
      const read = inner();
      return (v) => {
        if (v === undefined) return def['defaultValue'];
        const r = read(v);
        return r === undefined ? def['defaultValue'] : r;
      };
    }
    case 'pipe': {
      const first = itemReader(def['in'] as z.ZodMiniType);
      const then = itemReader(def['out'] as z.ZodMiniType);
      return (v) => {
        const r = first(v);
        return r === FAIL ? FAIL : then(r);
      };
    }
    case 'transform': {
      const transform = def['transform'] as (value: unknown, payload: Payload) => unknown;
      return (v) => {
        const payload: Payload = { value: v, issues: [] };
        const out = transform(v, payload);
        return out instanceof Promise || payload.issues.length ? FAIL : out;
      };
    }
    case 'array': {
      const read = itemReader(def['element'] as z.ZodMiniType);
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) if ((out[i] = read(v[i])) === FAIL) return FAIL;
        return out;
      };
    }
    case 'union': {
      const options = (def['options'] as z.ZodMiniType[]).map(itemReader);
      return (v) => {
        for (const read of options) {
          const r = read(v);
          if (r !== FAIL) return r;
        }
        return FAIL;
      };
    }
    case 'object':
      return objectReader(def);
    default:
      return undefined;
  }
}

interface Field {
  readonly key: string;
  readonly read: Read;
  readonly optin: Internals['optin'];
  readonly optional: boolean;
}

/** An object, key by key, with zod's rules for absent, undefined and defaulted keys. */
function objectReader(def: Record<string, unknown>): Read | undefined {
  const shape = def['shape'] as Record<string, z.ZodMiniType>;
  const catchall = def['catchall'] as z.ZodMiniType | undefined;
  // Only a loose object (unknown extra keys kept as they are) is modelled; strict ones go to zod.
  if (catchall && internals(catchall).def.type !== 'unknown') return undefined;
  if (Object.getOwnPropertySymbols(shape).length) return undefined;
  const fields: Field[] = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = internals(shape[key]);
      return { key, read: itemReader(shape[key]!), optin: field.optin, optional: field.optout === 'optional' };
    });
  const known = new Set(Object.keys(shape));
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return FAIL;
    const source = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, read, optin, optional } of fields) {
      const present = key in source;
      if (!present && optional && optin === 'optional') continue;
      const r = read(source[key]);
      if (r === FAIL) {
        if (optin !== undefined && optional && !present) continue;
        return FAIL;
      }
      if (!present && optin === undefined) return FAIL;
      if (r !== undefined) out[key] = r;
      else if (present || (optin === 'defaulted' && !optional)) out[key] = undefined;
    }
    if (catchall) for (const key in source) if (!known.has(key) && key !== '__proto__') out[key] = source[key];
    return out;
  };
}
