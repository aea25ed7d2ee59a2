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
  message?: string;
  /** Check issues do not abort (a union may still pick the branch). */
  continue?: boolean;
}
interface Result {
  value: unknown;
  issues: Issue[];
}
type Optional = 'optional' | 'defaulted' | undefined;
interface Check {
  readonly run: (value: unknown) => Issue | undefined;
  /** zod runs a check with a `when` even after an aborting issue (length checks: when there is a length). */
  readonly when?: (value: unknown) => boolean;
}

export class Schema {
  constructor(
    private readonly parse: (value: unknown) => Result,
    readonly optin?: Optional,
    readonly optout?: 'optional',
    readonly checks: readonly Check[] = [],
    /** Object shapes, so `extend` can build on them. */
    readonly shape?: Record<string, Schema>,
    readonly loose = false,
  ) {}

  run(value: unknown): Result {
    const result = this.parse(value);
    const stop = aborted(result);
    for (const check of this.checks) {
      if (check.when ? !check.when(result.value) : stop) continue;
      const issue = check.run(result.value);
      if (issue) result.issues.push(issue);
    }
    return result;
  }

  check(...checks: Check[]): Schema {
    return new Schema(this.parse, this.optin, this.optout, [...this.checks, ...checks], this.shape, this.loose);
  }
}

const aborted = (r: Result): boolean => r.issues.some((i) => !i.continue);
const ok = (value: unknown): Result => ({ value, issues: [] });
const fail = (value: unknown, issue: Omit<Issue, 'path'>): Result => ({ value, issues: [{ ...issue, path: [] }] });
const prefixed = (key: Key, issues: Issue[]): Issue[] => issues.map((i) => ({ ...i, path: [key, ...i.path] }));
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Like zod, never copy a `__proto__` key: assigning it to a plain `{}` would swap the prototype. */
const PROTO = '__proto__';

const primitive = (expected: string, test: (v: unknown) => boolean) => (): Schema =>
  new Schema((v) => (test(v) ? ok(v) : fail(v, { code: 'invalid_type', expected })));

export const string = primitive('string', (v) => typeof v === 'string');
export const number = primitive('number', (v) => typeof v === 'number' && Number.isFinite(v));
export const boolean = primitive('boolean', (v) => typeof v === 'boolean');
const nullSchema = primitive('null', (v) => v === null);
export { nullSchema as null };
export const unknown = (): Schema => new Schema(ok);
export const any = unknown;

export const literal = (value: unknown): Schema => {
  const values = Array.isArray(value) ? value : [value];
  return new Schema((v) => (values.includes(v) ? ok(v) : fail(v, { code: 'invalid_value', values })));
};
const enumSchema = (entries: readonly unknown[] | Record<string, unknown>): Schema => {
  const values = Array.isArray(entries) ? [...entries] : Object.values(entries);
  return new Schema((v) => (values.includes(v) ? ok(v) : fail(v, { code: 'invalid_value', values })));
};
export { enumSchema as enum };

export const minLength = (minimum: number): Check => ({
  when: (v) => v != null && (v as { length?: unknown }).length !== undefined,
  // zod counts a string's code points, not UTF-16 units.
  run: (v) => ((typeof v === 'string' ? [...v] : (v as unknown[])).length >= minimum ? undefined : { code: 'too_small', minimum, path: [], continue: true }),
});

export const array = (item: Schema): Schema =>
  new Schema((v) => {
    if (!Array.isArray(v)) return fail(v, { code: 'invalid_type', expected: 'array' });
    const out: Result = { value: new Array(v.length), issues: [] };
    v.forEach((element, index) => {
      const r = item.run(element);
      out.issues.push(...prefixed(index, r.issues));
      (out.value as unknown[])[index] = r.value;
    });
    return out;
  });

export const record = (keyType: Schema, valueType: Schema): Schema =>
  new Schema((v) => {
    if (!isPlainObject(v)) return fail(v, { code: 'invalid_type', expected: 'record' });
    const out: Result = { value: {}, issues: [] };
    for (const key of Object.keys(v)) {
      if (key === PROTO) continue;
      const k = keyType.run(key);
      if (k.issues.length) {
        out.issues.push({ code: 'invalid_key', path: [key], errors: [k.issues] });
        continue;
      }
      const r = valueType.run(v[key]);
      out.issues.push(...prefixed(key, r.issues));
      (out.value as Record<string, unknown>)[k.value as string] = r.value;
    }
    return out;
  });

function objectSchema(shape: Record<string, Schema>, loose: boolean): Schema {
  const keys = Object.keys(shape);
  return new Schema(
    (v) => {
      if (!isPlainObject(v)) return fail(v, { code: 'invalid_type', expected: 'object' });
      const out: Result = { value: {}, issues: [] };
      const target = out.value as Record<string, unknown>;
      for (const key of keys) {
        if (key === PROTO) continue;
        const field = shape[key]!;
        const present = key in v;
        const optionalOut = field.optout === 'optional';
        // zod's handlePropertyResult: what an absent key contributes depends on optin/optout.
        if (!present && optionalOut && field.optin === 'optional') continue;
        const r = field.run(v[key]);
        if (r.issues.length) {
          if (field.optin !== undefined && optionalOut && !present) continue;
          out.issues.push(...prefixed(key, r.issues));
        }
        if (!present && field.optin === undefined) {
          if (!r.issues.length) out.issues.push({ code: 'invalid_type', expected: 'nonoptional', path: [key] });
          continue;
        }
        if (r.value !== undefined) target[key] = r.value;
        else if (present || (field.optin === 'defaulted' && !optionalOut)) target[key] = undefined;
      }
      if (loose) for (const key in v) if (!keys.includes(key) && key !== PROTO) target[key] = v[key];
      return out;
    },
    undefined,
    undefined,
    [],
    shape,
    loose,
  );
}
export const object = (shape: Record<string, Schema>): Schema => objectSchema(shape, false);
export const looseObject = (shape: Record<string, Schema>): Schema => objectSchema(shape, true);
export const extend = (base: Schema, shape: Record<string, Schema>): Schema => objectSchema({ ...base.shape, ...shape }, base.loose);

export const optional = (inner: Schema): Schema =>
  new Schema(
    (v) => {
      if (v !== undefined) return inner.run(v);
      if (inner.optin !== 'defaulted') return ok(v);
      const r = inner.run(v);
      return ok(r.issues.length ? undefined : r.value);
    },
    inner.optin === 'defaulted' ? 'defaulted' : 'optional',
    'optional',
  );

export const nullable = (inner: Schema): Schema =>
  new Schema((v) => (v === null ? ok(v) : inner.run(v)), inner.optin, inner.optout);

export const _default = (inner: Schema, defaultValue: unknown): Schema => {
  const fresh = (): unknown =>
    typeof defaultValue === 'function'
      ? (defaultValue as () => unknown)()
      : Array.isArray(defaultValue)
        ? [...(defaultValue as unknown[])]
        : isPlainObject(defaultValue)
          ? { ...defaultValue }
          : defaultValue;
  return new Schema(
    (v) => {
      if (v === undefined) return ok(fresh());
      const r = inner.run(v);
      if (r.value === undefined) r.value = fresh();
      return r;
    },
    'defaulted',
    inner.optout,
  );
};

export const transform = (fn: (value: unknown) => unknown): Schema => new Schema((v) => ok(fn(v)), 'optional');

export const pipe = (from: Schema, to: Schema): Schema =>
  new Schema(
    (v) => {
      const left = from.run(v);
      if (left.issues.length) return left;
      const right = to.run(left.value);
      return right;
    },
    from.optin,
    to.optout,
  );

export const union = (options: readonly Schema[]): Schema =>
  new Schema(
    (v) => {
      const results = options.map((o) => o.run(v));
      const clean = results.find((r) => !r.issues.length);
      if (clean) return clean;
      const live = results.filter((r) => !aborted(r));
      if (live.length === 1) return live[0]!;
      return fail(v, { code: 'invalid_union', errors: results.map((r) => r.issues) });
    },
    options.some((o) => o.optin === 'defaulted') ? 'defaulted' : options.some((o) => o.optin !== undefined) ? 'optional' : undefined,
    options.some((o) => o.optout === 'optional') ? 'optional' : undefined,
  );

export type SafeParseResult = { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };

export function safeParse(schema: Schema, value: unknown): SafeParseResult {
  const r = schema.run(value);
  return r.issues.length ? { success: false, error: { issues: r.issues } } : { success: true, data: r.value };
}
