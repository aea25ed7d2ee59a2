/**
 * The exceptions table of the Access tab: every role binding of one application, searched by
 * user, filtered by source and role, sorted by any column and cut into pages.
 *
 * Built for workspaces with thousands of bindings and a search on every keystroke:
 * `BindingFinder` does the expensive work once per fetched list (a normalised search string, a
 * collation key and a timestamp per binding), so a query is one pass plus one sort over
 * precomputed keys.
 */
import type { AssignmentSource, RsBinding } from '../api/bindings.js';
import { searchText } from './tool-filters.js';

/** Where a binding came from. `other`: a tenant-wide binding AuthSec did not tag (made in workspace roles). */
export type BindingSource = AssignmentSource | 'other';
export const BINDING_SOURCES: readonly BindingSource[] = ['manual_admin', 'default_policy', 'other'];

export type BindingSort = 'user' | 'role' | 'source' | 'granted';

export interface BindingQuery {
  /** Free text over name, email and user id; every whitespace-separated term must occur. */
  readonly text?: string;
  /** One source, or all when absent. */
  readonly source?: BindingSource | undefined;
  /** One role id, or all when absent. */
  readonly roleId?: string | undefined;
  readonly sort?: BindingSort;
  readonly descending?: boolean;
}

/**
 * The source of a binding. AuthSec tags what it creates (`manual_admin`, `default_policy`); an
 * untagged binding scoped to this application was made here, so it is manual; an untagged
 * tenant-wide one came from somewhere else.
 */
export function bindingSource(binding: RsBinding): BindingSource {
  if (binding.assignment_source) return binding.assignment_source;
  return binding.scope_type === 'resource_server' ? 'manual_admin' : 'other';
}

/**
 * True when `DELETE …/bindings/:binding_id` can remove this binding: only bindings scoped to this
 * application. Tenant-wide ones (the default policy's, workspace roles) answer 404 there.
 */
export function removableHere(binding: RsBinding, applicationId: string): boolean {
  return binding.scope_type === 'resource_server' && binding.scope_id === applicationId;
}

/** The name to show and sort by: the user's name, else their email, else their id. */
export function bindingUserName(binding: RsBinding): string {
  return binding.username?.trim() || binding.user_email?.trim() || binding.user_id;
}

/** Milliseconds since the epoch, or NaN. Offsets differ between rows (`Z`, `+02:00`), so text order is wrong. */
function grantedAt(binding: RsBinding): number {
  return binding.created_at ? Date.parse(binding.created_at) : Number.NaN;
}

const SOURCE_RANK: Readonly<Record<BindingSource, number>> = { manual_admin: 0, default_policy: 1, other: 2 };

export class BindingFinder {
  readonly bindings: readonly RsBinding[];
  readonly #haystack: string[];
  readonly #userKey: string[];
  readonly #roleKey: string[];
  readonly #time: number[];
  readonly #source: BindingSource[];
  readonly #collator: Intl.Collator;

  /** `roleLabel` turns a binding's role into the text shown (and sorted by). */
  constructor(bindings: readonly RsBinding[], roleLabel: (binding: RsBinding) => string = (b) => b.role_name, locale?: string) {
    this.bindings = bindings;
    this.#collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    this.#haystack = bindings.map((b) => searchText(`${b.username ?? ''} ${b.user_email ?? ''} ${b.user_id}`));
    this.#userKey = bindings.map((b) => searchText(bindingUserName(b)));
    this.#roleKey = bindings.map((b) => searchText(roleLabel(b)));
    this.#time = bindings.map(grantedAt);
    this.#source = bindings.map(bindingSource);
  }

  /** Sources that occur, in a fixed order (for the filter's options). */
  sources(): BindingSource[] {
    const seen = new Set(this.#source);
    return BINDING_SOURCES.filter((s) => seen.has(s));
  }

  find(query: BindingQuery = {}): RsBinding[] {
    const terms = searchText(query.text ?? '').split(' ').filter(Boolean);
    const hits: number[] = [];
    for (let i = 0; i < this.bindings.length; i++) {
      if (query.source && this.#source[i] !== query.source) continue;
      if (query.roleId && this.bindings[i]!.role_id !== query.roleId) continue;
      if (terms.length && !terms.every((t) => this.#haystack[i]!.includes(t))) continue;
      hits.push(i);
    }
    const sort = query.sort ?? 'user';
    const dir = query.descending ? -1 : 1;
    const byUser = (a: number, b: number) => this.#collator.compare(this.#userKey[a]!, this.#userKey[b]!);
    const primary = (a: number, b: number): number => {
      switch (sort) {
        case 'role':
          return this.#collator.compare(this.#roleKey[a]!, this.#roleKey[b]!);
        case 'source':
          return SOURCE_RANK[this.#source[a]!] - SOURCE_RANK[this.#source[b]!];
        case 'granted': {
          const x = this.#time[a]!;
          const y = this.#time[b]!;
          // Unknown dates sort last in either direction.
          if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? 0 : Number.isNaN(x) ? dir : -dir;
          return x - y;
        }
        default:
          return byUser(a, b);
      }
    };
    hits.sort((a, b) => dir * primary(a, b) || byUser(a, b) || a - b);
    return hits.map((i) => this.bindings[i]!);
  }
}

export interface Page<T> {
  readonly items: T[];
  /** 1-based, clamped into range. */
  readonly page: number;
  /** At least 1. */
  readonly pages: number;
  readonly total: number;
  /** 1-based index of the first item shown; 0 when there are none. */
  readonly from: number;
  readonly to: number;
}

/** One page of `items`; a page past the end shows the last one (after a filter shrinks the list). */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const per = Math.max(1, Math.floor(size));
  const pages = Math.max(1, Math.ceil(items.length / per));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const start = (current - 1) * per;
  const slice = items.slice(start, start + per);
  return { items: slice, page: current, pages, total: items.length, from: slice.length ? start + 1 : 0, to: start + slice.length };
}
