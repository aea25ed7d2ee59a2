/**
 * The emulator's in-memory AuthSec: rows shaped like AuthSec's tables, plus the rules that
 * connect them (setup checklist, activation gates, default roles, drift). Routes stay thin.
 */
import type {
  ApplicationType,
  AssignmentSource,
  DriftEventType,
  InventorySource,
  ManifestAttemptStatus,
  MappingSource,
  RegistrationMode,
  ResourceServerState,
  RiskLevel,
  ToolAnnotations,
} from '../src/api/index.js';

export type WorkspaceRole = 'owner' | 'admin' | 'member';

export interface Workspace { id: string; name: string }
export interface User {
  id: string; workspace_id: string; email: string; name: string; workspace_role: WorkspaceRole;
  active: boolean; created_at: string;
}
export interface ResourceServerRow {
  id: string; workspace_id: string; application_type: ApplicationType; name: string;
  public_base_url: string; protected_base_path: string; resource_uri: string;
  registration_modes: RegistrationMode[]; active: boolean; state: ResourceServerState; status: string;
  introspection_secret: string; setup_completed_at: string | null; setup_completed_by: string | null;
  scan_generation: number; last_successful_generation: number;
  last_scan_status?: string; last_scan_error?: string; last_scan_started_at?: string; last_scan_completed_at?: string;
  last_validated_at?: string; last_validation_status?: 'passed' | 'failing'; last_validation_error?: string;
  created_at: string; updated_at: string;
}
export interface ToolRow {
  id: string; rs_id: string; name: string; title: string; description: string;
  input_schema?: unknown; annotations?: ToolAnnotations; inventory_source: InventorySource; is_public: boolean;
}
export interface ScopeRow {
  id: string; workspace_id: string; rs_id: string; scope_string: string; display_name: string;
  description?: string; icon?: string; risk_level: RiskLevel; parent_scope_id?: string;
  is_auto_discovered: boolean; source: 'manual' | 'manifest' | 'preset'; created_at: string; updated_at: string;
}
export interface MappingRow { tool_id: string; scope_id: string; source: MappingSource; auto_matched: boolean }
export interface RoleRow { id: string; workspace_id: string; name: string; description: string; scope_ids: string[] }
export interface BindingRow {
  id: string; workspace_id: string; user_id: string; role_id: string;
  scope_type: 'resource_server' | null; scope_id: string | null; created_at: string; assignment_source: AssignmentSource;
}
export interface AccessPolicyRow { rs_id: string; enabled: boolean; default_role_id: string }
export interface ManifestAttemptRow {
  id: string; rs_id: string; attempted_at: string; status: ManifestAttemptStatus; reason?: string;
  tool_count?: number; manifest_version?: string; sdk_build_id?: string;
}
export interface DriftEventRow {
  id: string; rs_id: string; event_type: DriftEventType; payload: Record<string, unknown>;
  occurred_at: string; occurred_by?: string; dismissed_by: string[];
}
export interface ClientRow {
  client_id: string; client_name: string; registration_type: RegistrationMode; redirect_uris: string[];
  /** The application the client is linked to; '' for a DCR client until it first authorizes for one. */
  rs_id: string; status: 'approved' | 'revoked' | 'pending_approval';
  /** When it was registered. */
  created_at?: string;
  /** When AuthSec last issued it a token. */
  last_token_issued_at?: string;
  /** Redirect URIs its CIMD document now lists, waiting for an admin's approval. */
  pending_redirect_uris?: string[];
  /** RFC 7591 metadata of a client registered at `/oauth/register`. Seeded clients have none: public, code + refresh. */
  metadata?: ClientMetadata;
  /** Only for `client_secret_basic` / `client_secret_post` clients. */
  client_secret?: string;
}
/** What `/oauth/register` accepted (validated, unknown keys dropped). */
export interface ClientMetadata {
  grant_types: ('authorization_code' | 'refresh_token')[];
  response_types: 'code'[];
  token_endpoint_auth_method: 'none' | 'client_secret_basic' | 'client_secret_post';
  client_id_issued_at: number;
  scope?: string; application_type?: 'native' | 'web';
  client_uri?: string; logo_uri?: string; tos_uri?: string; policy_uri?: string;
  contacts?: string[]; software_id?: string; software_version?: string;
}
export interface ConsentChallengeRow {
  challenge: string; rs_id: string; client_id: string; user_id: string; requested_scopes: string[];
  redirect_uri: string; state?: string; expires_at: string; decided?: 'accepted' | 'rejected';
  /** Extension fields the emulator sends (AuthSec does not). */
  extended: boolean;
  /** Set by `GET /oauth/authorize` (absent on challenges from the seed or `/__emulator/consent-challenges`). */
  code_challenge?: string;
  /** RFC 8707 resource the token will be bound to (the application's `resource_uri`). */
  resource?: string;
  /** Whether the authorization request carried `redirect_uri` (then the token request must repeat it). */
  redirect_uri_sent?: boolean;
  /** The issuer the client saw, sent back as `iss` on the authorization response. */
  issuer?: string;
  /** OIDC `prompt`; `consent` disables auto-approval from a remembered decision. */
  prompt?: string;
  /** How the operator's consent page is dressed for this request (emulator-only; see PageDress). */
  page?: PageDress;
}

/**
 * What an operator's deployment sets on its hosted consent page: the page's language (`<html
 * lang>`) and its own wording (`<script type="application/json" id="authsec-messages">`). AuthSec's
 * own page is English with no wording of its own; the emulator takes these per request (emulator-only
 * `authsec_consent_lang` and `authsec_consent_messages` on `/oauth/authorize`) so tests can try them.
 */
export interface PageDress {
  lang?: string;
  messages?: { lang?: string; words: unknown };
}

export interface ConsentGrantRow {
  id: string; user_id: string; client_id: string; rs_id: string; scopes: string[]; expires_at: string; created_at: string;
  /** Set when an admin or the user revoked it: it no longer skips the consent page. */
  revoked_at?: string;
}

export interface Clock { now(): Date }

export class Store {
  readonly workspaces = new Map<string, Workspace>();
  readonly users = new Map<string, User>();
  readonly resourceServers = new Map<string, ResourceServerRow>();
  readonly tools = new Map<string, ToolRow>();
  readonly scopes = new Map<string, ScopeRow>();
  mappings: MappingRow[] = [];
  readonly roles = new Map<string, RoleRow>();
  readonly bindings = new Map<string, BindingRow>();
  readonly accessPolicies = new Map<string, AccessPolicyRow>();
  manifestAttempts: ManifestAttemptRow[] = [];
  readonly driftEvents = new Map<string, DriftEventRow>();
  readonly clients = new Map<string, ClientRow>();
  readonly consentChallenges = new Map<string, ConsentChallengeRow>();
  consentGrants: ConsentGrantRow[] = [];

  /** What `sweep()` runs besides freeing expired consent challenges (the OAuth server adds its own). */
  readonly sweepers: (() => void)[] = [];
  /** Rows kept by parts outside this store (the OAuth server's codes and tokens), for `retained()`. */
  readonly counters: (() => Record<string, number>)[] = [];

  /** How many short-lived rows are held: what must stay flat in a long-running emulator. */
  retained(): Record<string, number> {
    const own = { consent_challenges: this.consentChallenges.size, consent_grants: this.consentGrants.length };
    return Object.assign(own, ...this.counters.map((count) => count()));
  }

  /** Frees rows that can no longer be used, so a long-running emulator's memory stays flat. */
  sweep(): void {
    const now = this.nowIso();
    for (const [id, ch] of this.consentChallenges) if (ch.expires_at < now) this.consentChallenges.delete(id);
    this.consentGrants = this.consentGrants.filter((g) => !g.revoked_at && g.expires_at > now);
    for (const sweeper of this.sweepers) sweeper();
  }

  /** Revokes every token issued to these users (the OAuth server installs it; a no-op without one). */
  revokeTokensOf: (userIds: readonly string[]) => void = () => undefined;
  /** Revokes the tokens of the grants that match: a revoked connection or consent grant. */
  revokeTokensWhere: (match: (grant: { client_id: string; user_id: string; rs_id: string }) => boolean) => void = () => undefined;

  constructor(readonly clock: Clock = { now: () => new Date() }) {}

  nowIso(): string {
    return this.clock.now().toISOString();
  }

  readonly #clientRecords = new Map<string, string>();
  /** The UUID of a client's record (what consent grants call `client_id`), made on first use. */
  clientRecordId(clientId: string): string {
    let id = this.#clientRecords.get(clientId);
    if (!id) this.#clientRecords.set(clientId, (id = this.newId()));
    return id;
  }
  /** The OAuth `client_id` of a client record UUID. */
  clientOfRecord(recordId: string): string | undefined {
    return [...this.#clientRecords].find(([, id]) => id === recordId)?.[0];
  }

  /** Random uuid v4 (ids are opaque to clients). */
  newId(): string {
    return crypto.randomUUID();
  }

  addScope(row: Omit<ScopeRow, 'id' | 'created_at' | 'updated_at'>): ScopeRow {
    const now = this.nowIso();
    const scope: ScopeRow = { ...row, id: this.newId(), created_at: now, updated_at: now };
    this.scopes.set(scope.id, scope);
    return scope;
  }

  addTool(row: Omit<ToolRow, 'id'>): ToolRow {
    const tool: ToolRow = { ...row, id: this.newId() };
    this.tools.set(tool.id, tool);
    return tool;
  }

  addBinding(row: Omit<BindingRow, 'id' | 'created_at'>): BindingRow {
    const binding: BindingRow = { ...row, id: this.newId(), created_at: this.nowIso() };
    this.bindings.set(binding.id, binding);
    return binding;
  }

  toolsOf(rsId: string): ToolRow[] {
    return [...this.tools.values()].filter((t) => t.rs_id === rsId).sort((a, b) => a.name.localeCompare(b.name));
  }
  scopesOf(rsId: string): ScopeRow[] {
    return [...this.scopes.values()].filter((s) => s.rs_id === rsId).sort((a, b) => a.scope_string.localeCompare(b.scope_string));
  }
  mappingsOf(toolId: string, source?: MappingSource): MappingRow[] {
    return this.mappings.filter((m) => m.tool_id === toolId && (!source || m.source === source));
  }
  rolesOf(rsId: string): RoleRow[] {
    return [...this.roles.values()].filter((r) => r.name.startsWith(`rs-${rsId}:`)).sort((a, b) => a.name.localeCompare(b.name));
  }
  roleByName(name: string): RoleRow | undefined {
    return [...this.roles.values()].find((r) => r.name === name);
  }
  viewerRole(rsId: string): RoleRow | undefined {
    return this.roleByName(`rs-${rsId}:viewer`);
  }
  userById(id: string): User | undefined {
    return this.users.get(id);
  }

  /** Non-public tools with no `admin_override` mapping: the launch blockers. */
  unmappedTools(rsId: string): ToolRow[] {
    return this.toolsOf(rsId).filter((t) => !t.is_public && this.mappingsOf(t.id, 'admin_override').length === 0);
  }

  /** AuthSec reconciles the generated roles: readonly gets read-like scopes, admin gets all. */
  reconcileDefaultRoles(rsId: string): void {
    const rs = this.resourceServers.get(rsId);
    if (!rs) return;
    const scopes = this.scopesOf(rsId);
    const ensure = (suffix: string, description: string): RoleRow => {
      const name = `rs-${rsId}:${suffix}`;
      let role = this.roleByName(name);
      if (!role) {
        role = { id: this.newId(), workspace_id: rs.workspace_id, name, description, scope_ids: [] };
        this.roles.set(role.id, role);
      }
      return role;
    };
    ensure('viewer', 'Default role for first-time users of this application');
    ensure('readonly', 'Generated: read-like scopes of this application').scope_ids = scopes
      .filter((s) => isReadLike(s.scope_string))
      .map((s) => s.id);
    ensure('admin', 'Generated: every scope of this application').scope_ids = scopes.map((s) => s.id);
  }

  /** Records a drift event, but only once the application is live (as AuthSec does). */
  emitDrift(rsId: string, type: DriftEventType, payload: Record<string, unknown>, by?: string): void {
    const rs = this.resourceServers.get(rsId);
    if (!rs || rs.state !== 'ready') return;
    const row: DriftEventRow = { id: this.newId(), rs_id: rsId, event_type: type, payload, occurred_at: this.nowIso(), dismissed_by: [] };
    if (by) row.occurred_by = by;
    this.driftEvents.set(row.id, row);
  }

  /** Scope strings a role grants on one application. */
  roleScopeStrings(role: RoleRow | undefined): string[] {
    if (!role) return [];
    return role.scope_ids.map((id) => this.scopes.get(id)?.scope_string).filter((s): s is string => !!s).sort();
  }

  /** A user's effective scopes on an application, from every binding of its roles. */
  effectiveScopes(userId: string, rsId: string): string[] {
    const out = new Set<string>();
    for (const b of this.bindings.values()) {
      if (b.user_id !== userId) continue;
      if (b.scope_type === 'resource_server' && b.scope_id !== rsId) continue;
      const role = this.roles.get(b.role_id);
      if (!role?.name.startsWith(`rs-${rsId}:`)) continue;
      for (const s of this.roleScopeStrings(role)) out.add(s);
    }
    return [...out].sort();
  }
}

/** "read-like": AuthSec's generated readonly role takes scopes whose last segments say read. */
export function isReadLike(scope: string): boolean {
  return /(^|:)(read|list|view|search|get)($|:)/.test(scope);
}
