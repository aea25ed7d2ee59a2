/**
 * Lists AuthSec sends are read item by item. Their items carry data written by MCP servers, SDKs and
 * client registrations: one malformed entry must cost that entry, not the screen. A valid envelope
 * stays strict; each item is validated on its own:
 * - valid: kept;
 * - invalid only in optional fields (an annotation of the wrong type): those fields are dropped, the
 *   item kept and reported (`kept: true`);
 * - invalid otherwise (a missing id, an empty scope string, a state we do not know): left out and
 *   reported (`kept: false`).
 * The reports travel with the parsed lists (`unreadItems(response)`), so an element can say what it
 * could not show and that its counters were worked out without it.
 */
import * as z from 'zod/mini';
import { FAIL, itemReader } from './item-reader.js';

/** What the kinds of item are called on screen (`common.unread.kind.*`). */
export type ItemKind =
  | 'application'
  | 'client'
  | 'connection'
  | 'tool'
  | 'scope'
  | 'role'
  | 'binding'
  | 'user'
  | 'drift_event'
  | 'setup_step'
  | 'grant';

export type UnreadProblem = 'missing' | 'wrong_type' | 'unknown_value' | 'empty' | 'invalid';

/** One list item that could not be read as AuthSec's contract describes it. */
export interface UnreadItem {
  readonly kind: ItemKind;
  /** Its position in AuthSec's list. */
  readonly index: number;
  /** Its name or id as AuthSec sent it, if it had one: untrusted text, show it made safe. */
  readonly label: string | undefined;
  /** The first field that could not be read (`annotations.destructiveHint`), and why. */
  readonly field: string;
  readonly problem: UnreadProblem;
  /** true: shown without that optional field; false: left out. */
  readonly kept: boolean;
}

type Key = PropertyKey;
interface LooseIssue {
  readonly code: string;
  readonly path: readonly Key[];
}

/** Items kept without a field that could not be read: a row can say so where it stands. */
const partlyRead = new WeakSet<object>();

/** Whether this list item was kept without a field that could not be read (the notice names which). */
export function isPartlyRead(item: unknown): boolean {
  return item !== null && typeof item === 'object' && partlyRead.has(item);
}

/** `to`, made from the list item `from` (an adapter's copy), is partly read when `from` was. */
export function carryPartlyRead<T extends object>(from: object, to: T): T {
  if (partlyRead.has(from)) partlyRead.add(to);
  return to;
}

/** Each list read here, with what it could not read (the list is the key: nothing to copy). */
const marks = new WeakMap<object, readonly UnreadItem[]>();

/** Carries a list's reports over to a list derived from it (an adapter's `map`). */
export function markUnread<T extends object>(value: T, items: readonly UnreadItem[]): T {
  if (items.length) marks.set(value, [...(marks.get(value) ?? []), ...items]);
  return value;
}

/**
 * The items these responses could not read: each value is a list read here, or a response whose
 * own fields are (`{ tools, scopes }`, `{ bindings }`).
 */
export function unreadItems(...values: unknown[]): UnreadItem[] {
  return values.flatMap((value) => {
    if (value === null || typeof value !== 'object') return [];
    const own = marks.get(value) ?? [];
    return Array.isArray(value) ? [...own] : [...own, ...Object.values(value).flatMap((field) => (Array.isArray(field) ? (marks.get(field) ?? []) : []))];
  });
}

/** A list that must be there: `null`, absence or anything but an array is an invalid response. */
export const itemList = <T extends z.ZodMiniType>(item: T, kind: ItemKind) =>
  z.pipe(z.array(z.unknown()), z.transform((values): z.output<T>[] => readItems(item, values, kind)));

/**
 * The list an envelope is for (`{ roles: [...] }`): a Go slice, so `null` is empty (a nil slice),
 * but an envelope without it is an invalid response, never an empty list.
 */
export const goList = <T extends z.ZodMiniType>(item: T, kind: ItemKind) =>
  z.pipe(z.nullable(z.array(z.unknown())), z.transform((values): z.output<T>[] => readItems(item, values ?? [], kind)));

/** A Go slice beside an envelope's main content (`null` and absence mean empty), read item by item. */
export const goItems = <T extends z.ZodMiniType>(item: T, kind: ItemKind) =>
  z.pipe(z.optional(z.nullable(z.array(z.unknown()))), z.transform((values): z.output<T>[] => readItems(item, values ?? [], kind)));

function readItems<T extends z.ZodMiniType>(item: T, values: readonly unknown[], kind: ItemKind): z.output<T>[] {
  const out: z.output<T>[] = [];
  const unread: UnreadItem[] = [];
  const read = itemReader(item);
  values.forEach((raw, index) => {
    const fast = read(raw);
    if (fast !== FAIL) {
      out.push(fast as z.output<T>);
      return;
    }
    // Zod says what is wrong; its verdict wins.
    let result = z.safeParse(item, raw);
    if (result.success) {
      out.push(result.data);
      return;
    }
    const first = result.error.issues[0] as LooseIssue;
    // Drop the offending fields one at a time: an optional one goes quietly, a required one comes
    // back as an issue at the same path, and the item is left out.
    let candidate = raw;
    const dropped = new Set<string>();
    for (let tries = 0; tries < 4 && !result.success; tries++) {
      const path = (result.error.issues[0] as LooseIssue).path;
      const key = path.map(String).join('.');
      if (!path.length || dropped.has(key)) break;
      dropped.add(key);
      candidate = without(candidate, path);
      result = z.safeParse(item, candidate);
    }
    if (result.success) {
      out.push(result.data);
      if (result.data !== null && typeof result.data === 'object') partlyRead.add(result.data);
    }
    unread.push({
      kind,
      index,
      label: labelOf(raw),
      field: first.path.map(String).join('.') || '(item)',
      problem: problemOf(first, raw),
      kept: result.success,
    });
  });
  return markUnread(out, unread);
}

/** A copy of `value` without what is at `path` (a key, or an array element). */
function without(value: unknown, path: readonly Key[]): unknown {
  const [key, ...rest] = path;
  if (Array.isArray(value) && typeof key === 'number') {
    const copy = [...value];
    if (rest.length) copy[key] = without(copy[key], rest);
    else copy.splice(key, 1);
    return copy;
  }
  if (value !== null && typeof value === 'object' && key !== undefined) {
    const copy: Record<Key, unknown> = { ...(value as Record<Key, unknown>) };
    if (rest.length) copy[key] = without(copy[key], rest);
    else delete copy[key];
    return copy;
  }
  return value;
}

function valueAt(value: unknown, path: readonly Key[]): unknown {
  let at = value;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<Key, unknown>)[key] : undefined;
  return at;
}

function problemOf(issue: LooseIssue, raw: unknown): UnreadProblem {
  const at = valueAt(raw, issue.path);
  if (issue.code === 'invalid_type') return at === undefined || at === null ? 'missing' : 'wrong_type';
  if (issue.code === 'invalid_value') return 'unknown_value';
  if (issue.code === 'too_small' && (at === '' || (Array.isArray(at) && !at.length))) return 'empty';
  return 'invalid';
}

/** What the item calls itself, if anything: its name, scope string, email or id (a person's may sit in its `user`). */
function labelOf(raw: unknown): string | undefined {
  const item = (raw ?? {}) as Record<string, unknown>;
  const found = ['name', 'scope_string', 'display_name', 'client_name', 'user_email', 'email', 'event_type', 'id'].map((k) => item[k]).find((v) => typeof v === 'string' && v.trim());
  if (found === undefined && item['user'] !== null && typeof item['user'] === 'object') return labelOf(item['user']);
  return found as string | undefined;
}
