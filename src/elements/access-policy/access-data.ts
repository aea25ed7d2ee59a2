/** What the Access tab reads from AuthSec for one application, and the people it can pick. */
import { getAccessPolicy, type AccessPolicy } from '../../api/access-policy.js';
import { listBindings, listEligibleUsers, type EligibleUser, type RsBinding } from '../../api/bindings.js';
import type { AuthsecClient } from '../../api/client.js';
import { AuthsecError } from '../../api/errors.js';
import { getResourceServer, type ResourceServer } from '../../api/resource-servers.js';
import { listRoles, type RsRole } from '../../api/roles.js';
import { listScopes, type OAuthScope } from '../../api/scopes.js';
import { sessionClaims } from '../../api/session-claims.js';
import { BindingFinder } from '../../model/binding-table.js';
import { adminIdentity, roleShortName, type AdminIdentity } from '../../model/effective-access.js';
import { searchText } from '../../model/tool-filters.js';
import { unreadItems, type UnreadItem } from '../../api/list-items.js';

/** A person the admin can pick: an eligible user or someone who already has a binding. */
export interface Person {
  id: string;
  name: string;
  email: string;
  /** Search form of name, email and id. */
  key: string;
}

export interface AccessData {
  app: ResourceServer;
  policy: AccessPolicy;
  roles: RsRole[];
  /** The application's scopes (what the default viewer role may grant). */
  scopes: OAuthScope[];
  bindings: RsBinding[];
  /** Eligible users, or why they could not be loaded (the rest of the tab still works). */
  eligible: EligibleUser[] | AuthsecError;
  /** Eligible users who can be given an exception, by name ([] when they could not be loaded). */
  candidates: Person[];
  /** Everyone who can be picked in "Who gets what": eligible users and bound users, by name. */
  people: Person[];
  identity: AdminIdentity | undefined;
  finder: BindingFinder;
  /** Roles, scopes, bindings and people AuthSec sent that could not be read. */
  unread: UnreadItem[];
}

export async function loadAccess(client: AuthsecClient, id: string, signal: AbortSignal, locale: string | undefined): Promise<AccessData> {
  const [app, policy, roles, scopes, bindings, eligible, claims] = await Promise.all([
    client.call(getResourceServer, { params: { id }, signal }),
    client.call(getAccessPolicy, { params: { id }, signal }),
    client.call(listRoles, { params: { id }, signal }),
    client.call(listScopes, { params: { id }, signal }),
    client.call(listBindings, { params: { id }, signal }),
    client
      .call(listEligibleUsers, { params: { id }, signal })
      .then((r) => r.users)
      .catch((error: unknown) => {
        if (error instanceof AuthsecError && error.code !== 'aborted') return error;
        throw error;
      }),
    sessionClaims(client),
  ]);
  const users = Array.isArray(eligible) ? eligible : [];
  return {
    app,
    policy,
    roles: roles.roles,
    scopes,
    bindings: bindings.bindings,
    eligible,
    candidates: byName(users.map(person)),
    people: peopleOf(users, bindings.bindings),
    identity: adminIdentity(claims),
    finder: new BindingFinder(bindings.bindings, (b) => roleShortName(b.role_name, id), locale),
    unread: unreadItems(roles, scopes, bindings, users),
  };
}

function person(u: EligibleUser): Person {
  const name = u.name.trim() || u.email || u.id;
  return { id: u.id, name, email: u.email, key: searchText(`${name} ${u.email} ${u.id}`) };
}

/** Eligible users plus anyone bound, once each, by name. */
function peopleOf(eligible: readonly EligibleUser[], bindings: readonly RsBinding[]): Person[] {
  const byId = new Map<string, Person>();
  for (const u of eligible) byId.set(u.id, person(u));
  for (const b of bindings) {
    if (byId.has(b.user_id)) continue;
    byId.set(b.user_id, person({ id: b.user_id, email: b.user_email ?? '', name: b.username ?? '' }));
  }
  return byName([...byId.values()]);
}

function byName(people: Person[]): Person[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return people.sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.id, b.id));
}
