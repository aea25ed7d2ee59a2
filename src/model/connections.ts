/**
 * An application's AI clients as the Connections tab shows them: how each registered (in words a
 * person can judge), its state, where its answers go, and the filter and order the admin chose.
 * Pure rules over `GET /authsec/clients` rows; no DOM.
 */
import type { WorkspaceClient } from '../api/workspace-clients.js';
import { parseDisplayUrl } from './display-url.js';
import { isMixedScript } from './mixed-script.js';

export type ConnectionStatus = 'approved' | 'pending' | 'revoked' | 'other';
/** `dcr` self-registered (unverified), `cimd` identified by a metadata document on its domain, `prereg` added by an admin. */
export type RegistrationKind = 'dcr' | 'cimd' | 'prereg' | 'other';

export const STATUS_FILTERS = ['all', 'approved', 'pending', 'revoked'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
/** `recent`: last token first (never used last); `name`: A→Z; `newest`: registered most recently first. */
export const CONNECTION_SORTS = ['recent', 'name', 'newest'] as const;
export type ConnectionSort = (typeof CONNECTION_SORTS)[number];

export interface RedirectHost {
  /** ASCII host (punycode for an international one), with its port for a loopback address. */
  readonly host: string;
  readonly loopback: boolean;
  /** An international host, shown as punycode: worth a second look. */
  readonly punycode: boolean;
}

export interface ConnectionView {
  readonly id: string;
  /** As AuthSec sent it ('' when the client gave none): untrusted text. */
  readonly name: string;
  readonly kind: RegistrationKind;
  readonly status: ConnectionStatus;
  /** The domain a CIMD client's metadata document lives on (its identity), when its id is a URL. */
  readonly domain?: string;
  /** A name or id mixing alphabets (`GіtHub`): shown revealed, with a warning. */
  readonly lookalike: boolean;
  readonly hosts: readonly RedirectHost[];
  /** A CIMD client's changed redirect hosts, waiting for approval. */
  readonly pendingHosts?: readonly RedirectHost[];
  readonly lastUsed?: string;
  readonly created?: string;
}

const KINDS: readonly string[] = ['dcr', 'cimd', 'prereg'];

function statusOf(status: string): ConnectionStatus {
  if (status === 'approved' || status === 'revoked') return status;
  return status === 'pending_approval' || status === 'pending' ? 'pending' : 'other';
}

/** Where redirect URIs send the client's answers, one entry per host (unreadable URIs are skipped). */
export function redirectHosts(uris: readonly string[]): RedirectHost[] {
  const out = new Map<string, RedirectHost>();
  for (const uri of uris) {
    const url = parseDisplayUrl(uri);
    if (!url) continue;
    const port = url.loopback ? new URL(url.href).port : '';
    const host = port ? `${url.host}:${port}` : url.host;
    if (!out.has(host)) out.set(host, { host, loopback: url.loopback, punycode: url.punycode });
  }
  return [...out.values()];
}

export function connectionView(client: WorkspaceClient): ConnectionView {
  const kind = (KINDS.includes(client.registration_type ?? '') ? client.registration_type : 'other') as RegistrationKind;
  const name = client.client_name?.trim() ?? '';
  const domain = kind === 'cimd' ? parseDisplayUrl(client.client_id)?.host : undefined;
  return {
    id: client.client_id,
    name,
    kind,
    status: statusOf(client.status),
    ...(domain ? { domain } : {}),
    lookalike: isMixedScript(name) || isMixedScript(client.client_id),
    hosts: redirectHosts(client.redirect_uris),
    ...(client.pending_redirect_uris?.length ? { pendingHosts: redirectHosts(client.pending_redirect_uris) } : {}),
    ...(client.last_token_issued_at ? { lastUsed: client.last_token_issued_at } : {}),
    ...(client.created_at ? { created: client.created_at } : {}),
  };
}

/** How many connections each filter shows. */
export function statusCounts(list: readonly ConnectionView[]): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = { all: list.length, approved: 0, pending: 0, revoked: 0 };
  for (const c of list) if (c.status !== 'other') counts[c.status]++;
  return counts;
}

/** The connections a search (name, id, domain or redirect host; any case) and a status filter leave. */
export function filterConnections(list: readonly ConnectionView[], query: string, status: StatusFilter): ConnectionView[] {
  const q = query.trim().toLowerCase();
  return list.filter((c) => {
    if (status !== 'all' && c.status !== status) return false;
    if (!q) return true;
    return c.name.toLowerCase().includes(q) || c.id.toLowerCase().includes(q) || !!c.domain?.includes(q) || c.hosts.some((h) => h.host.includes(q));
  });
}

const time = (value: string | undefined) => {
  const ms = value ? Date.parse(value) : NaN;
  return Number.isNaN(ms) ? -Infinity : ms;
};

/** A new, sorted list; pending registrations always lead (they wait for the admin). Ties keep AuthSec's order. */
export function sortConnections(list: readonly ConnectionView[], sort: ConnectionSort, locale?: string): ConnectionView[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const label = (c: ConnectionView) => c.name || c.id;
  const by: Record<ConnectionSort, (a: ConnectionView, b: ConnectionView) => number> = {
    recent: (a, b) => time(b.lastUsed) - time(a.lastUsed) || collator.compare(label(a), label(b)),
    name: (a, b) => collator.compare(label(a), label(b)),
    newest: (a, b) => time(b.created) - time(a.created) || collator.compare(label(a), label(b)),
  };
  const pendingFirst = (a: ConnectionView, b: ConnectionView) => Number(b.status === 'pending') - Number(a.status === 'pending');
  return [...list].sort((a, b) => pendingFirst(a, b) || by[sort](a, b));
}
