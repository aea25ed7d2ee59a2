/**
 * What AuthSec does over the wire to an application: the protection check (`POST …/validate`)
 * and a scan (`tools/list`). Under Node these reach real MCP servers on loopback; in the
 * browser (Storybook) they fail like an unreachable server would.
 */
import type * as z from 'zod/mini';
import type { validationCheck, validationResult } from '../src/api/validation.js';

type ValidationCheck = z.input<typeof validationCheck>;
type ValidationResult = z.input<typeof validationResult>;
import type { ResourceServerRow, Store } from './store.js';

export type Probe = (url: string, init?: RequestInit) => Promise<Response>;

export const defaultProbe: Probe = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(3000) });

export async function runProtectionCheck(store: Store, rs: ResourceServerRow, probe: Probe): Promise<ValidationResult> {
  const origin = new URL(rs.public_base_url).origin;
  const checks: ValidationCheck[] = [];
  const check = (key: ValidationCheck['key'], label: string, ok: boolean, message: string, observed?: unknown) =>
    checks.push({ key, label, status: ok ? 'passing' : 'failing', message, observed });

  const metadataUrl = `${origin}/.well-known/oauth-protected-resource${rs.protected_base_path}`;
  try {
    const res = await probe(metadataUrl);
    const text = await res.text();
    check('metadata', 'Metadata URL', res.status === 200 && text.trim().length > 0,
      res.status === 200 ? 'Protected-resource metadata is served.' : `Expected 200 from ${metadataUrl}.`, { status: res.status, url: metadataUrl });
  } catch (error) {
    check('metadata', 'Metadata URL', false, `Could not reach ${metadataUrl}.`, { error: String(error) });
  }
  try {
    const res = await probe(rs.resource_uri, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    const challenge = res.headers.get('www-authenticate') ?? '';
    check('challenge', '401 challenge', res.status === 401 && challenge.includes('resource_metadata='),
      res.status === 401 ? 'Unauthenticated tools/list is refused with a challenge.' : `tools/list without a token answered ${res.status}, not 401.`,
      { status: res.status, www_authenticate: challenge });
  } catch (error) {
    check('challenge', '401 challenge', false, `Could not reach ${rs.resource_uri}.`, { error: String(error) });
  }
  check('discovery', 'Discovery snapshot', rs.last_successful_generation > 0,
    rs.last_successful_generation > 0 ? `Generation ${rs.last_successful_generation}.` : 'No tool manifest or scan has succeeded yet.');
  const policy = store.accessPolicies.get(rs.id);
  const role = policy ? store.roles.get(policy.default_role_id) : undefined;
  const granted = store.roleScopeStrings(role).length;
  check('default_access', 'Default access policy', !!policy?.enabled && granted > 0,
    policy?.enabled ? `Default role ${role?.name ?? '?'} grants ${granted} scopes.` : 'The default access policy is disabled.');
  check('client_registration', 'Client registration', rs.registration_modes.length > 0,
    rs.registration_modes.length ? `Allowed: ${rs.registration_modes.join(', ')}.` : 'No client registration mode is allowed.');

  const passed = checks.every((c) => c.status === 'passing');
  rs.last_validated_at = store.nowIso();
  rs.last_validation_status = passed ? 'passed' : 'failing';
  if (passed) delete rs.last_validation_error;
  else rs.last_validation_error = checks.filter((c) => c.status === 'failing').map((c) => c.label).join(', ');
  return { status: passed ? 'passed' : 'failing', last_validated_at: rs.last_validated_at, checks };
}

export interface ScannedTool {
  name: string;
  title?: string;
  description?: string;
  inputSchema?: unknown;
  annotations?: Record<string, unknown>;
}

/** JSON-RPC `tools/list` against the Resource URI; throws with AuthSec's failure reasons. */
export async function scanTools(rs: ResourceServerRow, probe: Probe, mcpToken?: string): Promise<ScannedTool[]> {
  let res: Response;
  try {
    res = await probe(rs.resource_uri, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...(mcpToken ? { authorization: `Bearer ${mcpToken}` } : {}),
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
  } catch {
    throw new Error(`could not reach the MCP server at ${rs.resource_uri}`);
  }
  if (res.status === 401) {
    throw new Error(mcpToken
      ? 'the MCP server rejected the supplied bearer token; check that it is valid for this resource'
      : 'MCP bearer token required to refresh tool inventory');
  }
  if (!res.ok) throw new Error(`the MCP server answered ${res.status} to tools/list`);
  const text = await res.text();
  // Streamable HTTP may answer as an SSE stream: take the first data line.
  const json = text.trimStart().startsWith('{') ? text : (/^data: (.*)$/m.exec(text)?.[1] ?? '');
  try {
    const body = JSON.parse(json) as { result?: { tools?: ScannedTool[] } };
    return body.result?.tools ?? [];
  } catch {
    throw new Error('the MCP server answered tools/list with something that is not JSON-RPC');
  }
}
