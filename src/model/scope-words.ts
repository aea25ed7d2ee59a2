/**
 * Scope strings in people's words when the server gives no display name:
 * `github_mcp:tools:read` → verb `read`, object `tools` → "Read tools" (the sentence itself comes
 * from the message catalog, so it translates). Also infers a risk when none is declared.
 */
import type { RiskLevel } from '../api/wire.js';

export type ScopeVerb =
  | 'read' | 'write' | 'delete' | 'admin' | 'search' | 'list' | 'run' | 'send' | 'create' | 'update' | 'manage';

const VERBS: Readonly<Record<string, ScopeVerb>> = {
  read: 'read', view: 'read', get: 'read',
  write: 'write', edit: 'write',
  delete: 'delete', remove: 'delete',
  admin: 'admin', administer: 'admin',
  search: 'search', list: 'list',
  run: 'run', execute: 'run', trigger: 'run', place: 'run',
  send: 'send', post: 'send',
  create: 'create', update: 'update', manage: 'manage',
};

const RISK_OF_VERB: Readonly<Record<ScopeVerb, RiskLevel>> = {
  read: 'low', search: 'low', list: 'low',
  write: 'medium', create: 'medium', update: 'medium', send: 'medium', run: 'medium',
  delete: 'high', manage: 'high', admin: 'high',
};

/** Scopes that grant everything: always flagged. */
const OMNIBUS = new Set(['*', 'all', 'admin', 'root', 'full_access', 'everything']);

export interface ScopeWords {
  /** The action, when the scope names one. */
  readonly verb?: ScopeVerb;
  /** What it acts on, in words (`tools`, `pull requests`); empty when nothing is left. */
  readonly object: string;
  /** Grants everything (`*`, `all`, a bare `admin`). */
  readonly omnibus: boolean;
}

export function scopeWords(scope: string): ScopeWords {
  const parts = scope.split(/[:/.]/).filter(Boolean);
  const last = parts.at(-1)?.toLowerCase() ?? '';
  const omnibus = OMNIBUS.has(scope.toLowerCase()) || (parts.length <= 2 && (last === '*' || last === 'all'));
  // `<app_slug>:…`: the first segment is the application namespace, not part of the meaning.
  const meaningful = parts.length > 1 ? parts.slice(1) : parts;
  const verb = VERBS[last];
  const objectParts = verb ? meaningful.slice(0, -1) : meaningful;
  const object = objectParts.join(' ').replace(/[_-]+/g, ' ').trim();
  return { ...(verb ? { verb } : {}), object, omnibus };
}

const RISK_ORDER: Readonly<Record<RiskLevel, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/** The declared risk, else one inferred from the verb (unknown verbs count as medium). */
export function scopeRisk(scope: string, declared?: RiskLevel): RiskLevel {
  if (declared) return declared;
  const words = scopeWords(scope);
  if (words.omnibus) return 'critical';
  return words.verb ? RISK_OF_VERB[words.verb] : 'medium';
}

/** Sort key: highest risk first. */
export function riskRank(risk: RiskLevel): number {
  return RISK_ORDER[risk];
}
