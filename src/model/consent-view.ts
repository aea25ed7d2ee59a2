/**
 * Everything the consent screen shows, derived from AuthSec's consent data (plain v2 or with
 * extension fields) without touching the DOM: who asks, where the result goes, what for,
 * which permissions, in what order, and which warnings apply.
 */
import type { ConsentPageData } from '../api/consent.js';
import type { RiskLevel } from '../api/wire.js';
import { riskRank, scopeRisk, scopeWords, type ScopeWords } from './scope-words.js';
import { parseDisplayUrl, type DisplayUrl } from './display-url.js';
import { isMixedScript, revealLookalikes } from './mixed-script.js';
import { clampText, revealHidden } from './text-safety.js';

/** What a host may say about a scope when the server says nothing. */
export type ScopeDescription = string | { readonly title?: string; readonly description?: string; readonly risk?: RiskLevel };

export type ClientTrust =
  /** Pre-registered by an admin of this workspace. */
  | 'verified'
  /** Registered itself (DCR): its name is only a claim. */
  | 'unverified'
  /** Client ID Metadata Document: identity is the client_id's host. */
  | 'cimd'
  /** The server did not say. */
  | 'unknown';

export interface SafeLabel {
  /** Display text: hidden characters revealed, clamped. */
  readonly text: string;
  /** The whole revealed value, for a "show full" control. */
  readonly full: string;
  readonly hiddenChars: number;
  /** A name (see `safeLabel`) that mixes alphabets; other text is not checked (false). */
  readonly mixedScript: boolean;
}

export interface ConsentScope {
  readonly scope: string;
  /** The scope string to show: clamped, hidden characters revealed. */
  readonly id: SafeLabel;
  /** Server or host title; undefined means "use `words`". */
  readonly title?: SafeLabel;
  readonly words: ScopeWords;
  readonly description?: SafeLabel;
  readonly risk: RiskLevel;
  /** Tool names this permission unlocks (revealed, clamped). */
  readonly tools: readonly SafeLabel[];
}

export interface BlockedScope {
  /** The scope string, or AuthSec's title for it when its form named it by title alone. */
  readonly scope: SafeLabel;
  /** What to lead with: the server's title, else words for the scope string (undefined: `scope` is already a title). */
  readonly title?: SafeLabel;
  readonly words?: ScopeWords;
  readonly reason: 'not_registered' | 'not_bound' | 'other';
}

export interface ConsentView {
  readonly client: {
    readonly name?: SafeLabel;
    readonly id: SafeLabel;
    readonly trust: ClientTrust;
    /** For CIMD: the host of the client_id URL, the identity cue that can be trusted. */
    readonly idHost?: string;
    /** A client_id that is a URL (CIMD, or one that only looks like it): its real host and what hid it. */
    readonly idUrl?: DisplayUrl;
  };
  /** Where the browser goes afterwards; `invalid` when the server sent something unusable. */
  readonly redirect?: DisplayUrl | 'invalid';
  /** Only a loopback redirect: any program on this device could receive the grant. */
  readonly localOnly: boolean;
  readonly application: { readonly name?: SafeLabel; readonly resource?: DisplayUrl; readonly resourceUri?: SafeLabel };
  readonly user?: { readonly name?: SafeLabel; readonly email?: SafeLabel };
  /** Grantable permissions, highest risk first. */
  readonly scopes: readonly ConsentScope[];
  readonly blocked: readonly BlockedScope[];
  readonly expiresAt?: Date;
}

export const LIMITS = { name: 80, identifier: 120, description: 400, tool: 64 } as const;

/**
 * Untrusted text to show. `name`: a name people recognise (the client's), so one that mixes
 * alphabets shows its odd letters out as `⟨U+…⟩` too.
 */
export function safeLabel(value: string, max: number, multiline = false, name = false): SafeLabel {
  // Names only: a look-alike matters where a name is recognised, and the check tests every
  // character against five Unicode script classes (a long description cost milliseconds).
  const mixedScript = name && isMixedScript(value);
  const revealed = revealHidden(mixedScript ? revealLookalikes(value) : value, { multiline });
  const clamped = clampText(revealed.text, max);
  return {
    text: clamped.text,
    full: revealed.text,
    hiddenChars: revealed.bidi + revealed.invisible,
    mixedScript,
  };
}

export function buildConsentView(data: ConsentPageData, hostDescriptions: Readonly<Record<string, ScopeDescription>> = {}): ConsentView {
  const clientId = data.client_id ?? '';
  const idUrl = parseDisplayUrl(clientId);
  const cimd = data.registration_type === 'cimd' ? idUrl : null;
  const trust: ClientTrust =
    data.registration_type === 'prereg' || data.client_verified === true
      ? 'verified'
      : cimd
        ? 'cimd'
        : data.registration_type === 'dcr' || data.client_verified === false
          ? 'unverified'
          : 'unknown';

  const redirect = data.redirect_uri === undefined ? undefined : (parseDisplayUrl(data.redirect_uri) ?? 'invalid');
  const details = new Map(data.scope_details.map((d) => [d.scope, d]));
  const seen = new Set<string>();
  const scopes: ConsentScope[] = [];
  for (const scope of data.grantable_scopes) {
    if (seen.has(scope)) continue;
    seen.add(scope);
    const server = details.get(scope);
    const host = normaliseHostDescription(hostDescriptions[scope]);
    const title = server?.display_name?.trim() || host.title?.trim();
    const description = server?.description?.trim() || host.description?.trim();
    const declared = server?.risk_level ?? host.risk;
    scopes.push({
      scope,
      id: safeLabel(scope, LIMITS.identifier),
      ...(title ? { title: safeLabel(title, LIMITS.name) } : {}),
      words: wordsOf(scope),
      ...(description ? { description: safeLabel(description, LIMITS.description, true) } : {}),
      risk: scopeRisk(scope, declared),
      tools: [...new Set(server?.tools ?? [])].map((t) => safeLabel(t, LIMITS.tool)),
    });
  }
  scopes.sort((a, b) => riskRank(a.risk) - riskRank(b.risk));

  const rejected = { ...data.rejected_scopes };
  // A requested scope that is neither grantable nor explained was still not granted: say so.
  for (const scope of data.requested_scopes) if (!seen.has(scope) && !(scope in rejected)) rejected[scope] = 'other';
  // Led by a label, as granted ones are: the server's title, else words for the scope string. (A key
  // with spaces is a title already: AuthSec's form names refused scopes by title only.)
  const blocked: BlockedScope[] = Object.entries(rejected).map(([scope, reason]) => {
    const title = details.get(scope)?.display_name?.trim();
    return {
      scope: safeLabel(scope, LIMITS.identifier),
      ...(title ? { title: safeLabel(title, LIMITS.name) } : /\s/.test(scope) ? {} : { words: wordsOf(scope) }),
      reason: reason === 'not_registered' || reason === 'not_bound' ? reason : 'other',
    };
  });

  const expires = data.expires_at ? new Date(data.expires_at) : undefined;
  const resource = parseDisplayUrl(data.resource_uri) ?? undefined;
  const userName = data.user?.name?.trim();
  const userEmail = data.user?.email?.trim();
  return {
    client: {
      ...(data.client_name?.trim() ? { name: safeLabel(data.client_name.trim(), LIMITS.name, false, true) } : {}),
      id: safeLabel(clientId, LIMITS.identifier, false, true),
      trust,
      ...(cimd ? { idHost: cimd.host } : {}),
      ...(idUrl ? { idUrl } : {}),
    },
    ...(redirect ? { redirect } : {}),
    localOnly: typeof redirect === 'object' && redirect.loopback,
    application: {
      ...(data.application_name?.trim() ? { name: safeLabel(data.application_name.trim(), LIMITS.name) } : {}),
      ...(resource ? { resource } : {}),
      ...(data.resource_uri ? { resourceUri: safeLabel(data.resource_uri, LIMITS.identifier) } : {}),
    },
    ...(userName || userEmail
      ? { user: { ...(userName ? { name: safeLabel(userName, LIMITS.name) } : {}), ...(userEmail ? { email: safeLabel(userEmail, LIMITS.identifier) } : {}) } }
      : {}),
    scopes,
    blocked,
    ...(expires && !Number.isNaN(expires.getTime()) ? { expiresAt: expires } : {}),
  };
}

/** Words for a scope string, its object made safe like any untrusted label. */
function wordsOf(scope: string): ScopeWords {
  const words = scopeWords(scope);
  return { ...words, object: safeLabel(words.object, LIMITS.name).text };
}

function normaliseHostDescription(value: ScopeDescription | undefined): { title?: string; description?: string; risk?: RiskLevel } {
  if (value === undefined) return {};
  if (typeof value === 'string') return { description: value };
  return value;
}
