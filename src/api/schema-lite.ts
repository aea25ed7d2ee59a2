/**
 * The drop-in bundles' validation engine: the part of `zod/mini`'s API our schemas use, with
 * zod's semantics, in about a tenth of its size. `vite.config.ts` aliases `zod/mini` to this file
 * for `dist/cdn/*` only, so the schemas in `src/api` stay the one source of truth, unchanged;
 * the npm package, the emulator and every test keep real zod.
 *
 * Why: zod/mini's core is ~22 kB minified (7 kB gzip) whatever the schema, more than the whole
 * consent screen; the consent drop-in's budget is 20 kB gzip (issue #3).
 * How we know it agrees: test/node/schema-lite-parity.test.ts bundles every endpoint schema with
 * both engines and compares outputs and described issues on every recorded fixture and
 * thousands of mutations of them (null, absent, wrong type at every path).
 *
 * Mirrors zod 4: Go-style absence rules (`optin`/`optout`, see zod's handlePropertyResult), a
 * pipe stops at the first issue, a union returns its first clean branch (or the only branch that
 * failed a non-aborting check), check issues (`too_small`) never abort, objects strip unknown
 * keys (loose objects keep them), defaults are not validated. Types come from real zod (tsc
 * never sees this alias), so this file is deliberately loosely typed.
 */

type Key = string | number;
export interface Issue {
  code: string;
  path: Key[];
  expected?: string;
  values?: unknown[];
  minimum?: number;
  errors?: Issue[][];
  /** Check issues do not abort (a union may still pick the branch). */
  continue?: boolean;
}
interface Result {
  value: unknown;
  issues: Issue[];
}
type Optional = 'optional' | 'defaulted' | undefined;
/** A check; zod runs length checks even after an aborting issue, whenever there is a length. */
type Check = (value: unknown) => Issue | undefined;

/** A schema is its parse function plus zod's absence rungs (and an object's shape, for `extend`). */
export interface Schema {
  (value: unknown): Result;
  optin?: Optional;
  optout?: 'optional';
  shape?: Record<string, Schema>;
  loose?: boolean;
  check(...checks: Check[]): Schema;
}

function schema(parse: (value: unknown) => Result, optin?: Optional, optout?: 'optional', checks: Check[] = []): Schema {
  const run = ((value: unknown) => {
    const result = parse(value);
    for (const check of checks) {
      const issue = result.value != null && (result.value as { length?: unknown }).length !== undefined ? check(result.value) : undefined;
      if (issue) result.issues.push(issue);
    }
    return result;
  }) as Schema;
  run.optin = optin;
  run.optout = optout;
  run.check = (...more) => schema(parse, optin, optout, [...checks, ...more]);
  return run;
}

const aborted = (r: Result): boolean => r.issues.some((i) => !i.continue);
const ok = (value: unknown): Result => ({ value, issues: [] });
const fail = (value: unknown, code: string, more: Omit<Issue, 'path' | 'code'>): Result => ({ value, issues: [{ code, path: [], ...more }] });
const prefixed = (key: Key, issues: Issue[]): Issue[] => issues.map((i) => ({ ...i, path: [key, ...i.path] }));
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Like zod, never copy a `__proto__` key: assigning it to a plain `{}` would swap the prototype. */
const PROTO = '__proto__';

const primitive = (expected: string, test: (v: unknown) => boolean): Schema =>
  schema((v) => (test(v) ? ok(v) : fail(v, 'invalid_type', { expected })));

// Every factory is marked free of side effects, so a bundle drops the schemas it never uses
// (wire.ts and errors.ts build some at module level that the consent screen does not need).
/* @__NO_SIDE_EFFECTS__ */
export function string(): Schema {
  return primitive('string', (v) => typeof v === 'string');
}
/* @__NO_SIDE_EFFECTS__ */
export function number(): Schema {
  return primitive('number', (v) => typeof v === 'number' && Number.isFinite(v));
}
/* @__NO_SIDE_EFFECTS__ */
export function boolean(): Schema {
  return primitive('boolean', (v) => typeof v === 'boolean');
}
/* @__NO_SIDE_EFFECTS__ */
function nullSchema(): Schema {
  return primitive('null', (v) => v === null);
}
export { nullSchema as null };
/* @__NO_SIDE_EFFECTS__ */
export function unknown(): Schema {
  return schema(ok);
}

const oneOf = (values: unknown[]): Schema => schema((v) => (values.includes(v) ? ok(v) : fail(v, 'invalid_value', { values })));
/* @__NO_SIDE_EFFECTS__ */
export function literal(value: unknown): Schema {
  return oneOf(Array.isArray(value) ? value : [value]);
}
/* @__NO_SIDE_EFFECTS__ */
function enumSchema(entries: readonly unknown[] | Record<string, unknown>): Schema {
  return oneOf(Object.values(entries));
}
export { enumSchema as enum };

/** Only ever given strings and arrays (see Check); zod counts a string's code points. */
/* @__NO_SIDE_EFFECTS__ */
export function minLength(minimum: number): Check {
  return (v) =>
    (typeof v === 'string' ? [...v] : (v as unknown[])).length < minimum ? { code: 'too_small', minimum, path: [], continue: true } : undefined;
}

/** Arrays and records: every entry through one schema, issues under the entry's key. */
function entries(expected: string, valid: (v: unknown) => boolean, list: (v: never) => [Key, unknown][], item: Schema, empty: () => object): Schema {
  return schema((v) => {
    if (!valid(v)) return fail(v, 'invalid_type', { expected });
    const out: Result = { value: empty(), issues: [] };
    for (const [key, element] of list(v as never)) {
      if (key === PROTO) continue;
      const r = item(element);
      out.issues.push(...prefixed(key, r.issues));
      (out.value as Record<Key, unknown>)[key] = r.value;
    }
    return out;
  });
}
/* @__NO_SIDE_EFFECTS__ */
export function array(item: Schema): Schema {
  return entries('array', Array.isArray, (v: unknown[]) => v.map((e, i) => [i, e]), item, () => []);
}
/** Keys are JSON object keys (strings), so a `z.string()` key schema always passes. */
/* @__NO_SIDE_EFFECTS__ */
export function record(_key: Schema, value: Schema): Schema {
  return entries('record', isPlainObject, Object.entries, value, () => ({}));
}

function objectSchema(shape: Record<string, Schema>, loose: boolean): Schema {
  const keys = Object.keys(shape);
  const s = schema((v) => {
    if (!isPlainObject(v)) return fail(v, 'invalid_type', { expected: 'object' });
    const out: Result = { value: {}, issues: [] };
    const target = out.value as Record<string, unknown>;
    for (const key of keys) {
      if (key === PROTO) continue;
      const field = shape[key]!;
      const present = key in v;
      const optionalOut = field.optout === 'optional';
      // zod's handlePropertyResult: what an absent key contributes depends on optin/optout.
      const r = field(v[key]);
      if (r.issues.length) {
        if (field.optin !== undefined && optionalOut && !present) continue;
        out.issues.push(...prefixed(key, r.issues));
      }
      if (!present && field.optin === undefined) {
        if (!r.issues.length) out.issues.push({ code: 'invalid_type', expected: 'nonoptional', path: [key] });
      } else if (r.value !== undefined || present || (field.optin === 'defaulted' && !optionalOut)) target[key] = r.value;
    }
    if (loose) for (const key in v) if (!keys.includes(key) && key !== PROTO) target[key] = v[key];
    return out;
  });
  s.shape = shape;
  s.loose = loose;
  return s;
}
/* @__NO_SIDE_EFFECTS__ */
export function object(shape: Record<string, Schema>): Schema {
  return objectSchema(shape, false);
}
/* @__NO_SIDE_EFFECTS__ */
export function looseObject(shape: Record<string, Schema>): Schema {
  return objectSchema(shape, true);
}
/* @__NO_SIDE_EFFECTS__ */
export function extend(base: Schema, shape: Record<string, Schema>): Schema {
  return objectSchema({ ...base.shape, ...shape }, !!base.loose);
}

/* @__NO_SIDE_EFFECTS__ */
export function optional(inner: Schema): Schema {
  return schema(
    (v) => {
      if (v !== undefined) return inner(v);
      if (inner.optin !== 'defaulted') return ok(v);
      const r = inner(v);
      return ok(r.issues.length ? undefined : r.value);
    },
    inner.optin === 'defaulted' ? 'defaulted' : 'optional',
    'optional',
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function nullable(inner: Schema): Schema {
  return schema((v) => (v === null ? ok(v) : inner(v)), inner.optin, inner.optout);
}

/** zod does not validate a default; it hands out a fresh copy of an array or object default. */
/* @__NO_SIDE_EFFECTS__ */
export function _default(inner: Schema, defaultValue: unknown): Schema {
  const fresh = (): unknown =>
    typeof defaultValue === 'function'
      ? (defaultValue as () => unknown)()
      : Array.isArray(defaultValue)
        ? [...(defaultValue as unknown[])]
        : isPlainObject(defaultValue)
          ? { ...defaultValue }
          : defaultValue;
  return schema(
    (v) => {
      const r = v === undefined ? ok(undefined) : inner(v);
      if (r.value === undefined) r.value = fresh();
      return r;
    },
    'defaulted',
    inner.optout,
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function transform(fn: (value: unknown) => unknown): Schema {
  return schema((v) => ok(fn(v)), 'optional');
}

/* @__NO_SIDE_EFFECTS__ */
export function pipe(from: Schema, to: Schema): Schema {
  return schema(
    (v) => {
      const left = from(v);
      return left.issues.length ? left : to(left.value);
    },
    from.optin,
    to.optout,
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function union(options: readonly Schema[]): Schema {
  return schema(
    (v) => {
      const results = options.map((o) => o(v));
      const live = results.filter((r) => !aborted(r));
      return (
        results.find((r) => !r.issues.length) ??
        (live.length === 1 ? live[0]! : fail(v, 'invalid_union', { errors: results.map((r) => r.issues) }))
      );
    },
    options.some((o) => o.optin === 'defaulted') ? 'defaulted' : options.some((o) => o.optin) ? 'optional' : undefined,
    options.some((o) => o.optout) ? 'optional' : undefined,
  );
}

export function safeParse(schema: Schema, value: unknown): { success: true; data: unknown } | { success: false; error: { issues: Issue[] } } {
  const r = schema(value);
  return r.issues.length ? { success: false, error: { issues: r.issues } } : { success: true, data: r.value };
}
