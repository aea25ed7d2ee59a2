/**
 * Remembered consents as people read them: grouped by the person who gave them, each scope in
 * words with its risk, filtered by a search. Pure rules over `ConsentGrant` rows; no DOM.
 */
import type { ConsentGrant } from '../api/consent-grants.js';
import type { RiskLevel } from '../api/wire.js';
import { riskRank, scopeRisk, scopeWords, type ScopeWords } from './scope-words.js';

/** What the application says about one of its scopes (admins can read it; end users cannot). */
export interface KnownScope {
  readonly display_name?: string | undefined;
  readonly risk_level: RiskLevel;
}

export interface GrantedScope {
  readonly scope: string;
  /** The application's own name for it, when known. */
  readonly name?: string;
  /** Words built from the scope string, for when there is no name. */
  readonly words: ScopeWords;
  readonly risk: RiskLevel;
}

export interface Person {
  readonly id: string;
  readonly name?: string;
  readonly email?: string;
}

export interface GrantGroup {
  readonly person: Person;
  readonly grants: readonly ConsentGrant[];
}

/** A grant's scopes, riskiest first, with names and declared risk where the application gives them. */
export function grantedScopes(grant: ConsentGrant, known: ReadonlyMap<string, KnownScope> = new Map()): GrantedScope[] {
  return [...new Set(grant.granted_scopes)]
    .map((scope) => {
      const k = known.get(scope);
      return { scope, ...(k?.display_name ? { name: k.display_name } : {}), words: scopeWords(scope), risk: scopeRisk(scope, k?.risk_level) };
    })
    .sort((a, b) => riskRank(a.risk) - riskRank(b.risk));
}

/** The highest risk among a grant's scopes. */
export function grantRisk(scopes: readonly GrantedScope[]): RiskLevel {
  return scopes.reduce<RiskLevel>((top, s) => (riskRank(s.risk) < riskRank(top) ? s.risk : top), 'low');
}

/** One group per person, people by name (unknown ones last), each person's grants newest first. */
export function groupByPerson(grants: readonly ConsentGrant[], people: ReadonlyMap<string, Person>, locale?: string): GrantGroup[] {
  const groups = new Map<string, ConsentGrant[]>();
  for (const g of grants) groups.set(g.user_id, [...(groups.get(g.user_id) ?? []), g]);
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const label = (p: Person) => p.name || p.email || '';
  return [...groups]
    .map(([id, list]) => ({
      person: people.get(id) ?? { id },
      grants: [...list].sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '')),
    }))
    .sort((a, b) => Number(!label(a.person)) - Number(!label(b.person)) || collator.compare(label(a.person), label(b.person)));
}

/** Groups whose person (name, email) or a client name matches the search; within a person, only matching clients unless the person matched. */
export function filterGroups(groups: readonly GrantGroup[], query: string): GrantGroup[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...groups];
  const has = (value: string | undefined) => !!value?.toLowerCase().includes(q);
  return groups.flatMap((g) => {
    if (has(g.person.name) || has(g.person.email)) return [g];
    const grants = g.grants.filter((x) => has(x.client_name ?? undefined) || has(x.resource_name ?? undefined));
    return grants.length ? [{ ...g, grants }] : [];
  });
}
