/**
 * RFC 7591 dynamic client registration: validates the JSON metadata field by field into a fresh
 * object (unknown keys are dropped, the parsed JSON is never merged or spread).
 */
import type { ClientMetadata } from '../store.js';
import { redirectUriProblem } from './redirect.js';
import { parseScope } from './scope.js';

export const MAX_CLIENT_NAME = 256;
const MAX_REDIRECT_URIS = 20;
const MAX_TEXT = 256;

export interface Registration {
  redirect_uris: string[];
  client_name?: string;
  metadata: Omit<ClientMetadata, 'client_id_issued_at'>;
}

export type RegistrationResult =
  | { ok: true; value: Registration }
  | { ok: false; error: 'invalid_redirect_uri' | 'invalid_client_metadata'; description: string };

const GRANT_TYPES = ['authorization_code', 'refresh_token'] as const;
const AUTH_METHODS = ['none', 'client_secret_basic', 'client_secret_post'] as const;
const URL_FIELDS = ['client_uri', 'logo_uri', 'tos_uri', 'policy_uri'] as const;
const TEXT_FIELDS = ['software_id', 'software_version'] as const;

/** Own properties only: never `constructor`, `__proto__` or anything inherited. */
function field(body: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(body, key) ? body[key] : undefined;
}

const bad = (description: string): RegistrationResult => ({ ok: false, error: 'invalid_client_metadata', description });

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...(value as string[])] : undefined;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
  } catch {
    return false;
  }
}

export function validateRegistration(raw: unknown): RegistrationResult {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return bad('the request body must be a JSON object');
  const body = raw as Record<string, unknown>;

  const uris = field(body, 'redirect_uris');
  if (uris === undefined) return { ok: false, error: 'invalid_redirect_uri', description: 'redirect_uris is required' };
  const redirectUris = stringList(uris);
  if (!redirectUris || redirectUris.length === 0) {
    return { ok: false, error: 'invalid_redirect_uri', description: 'redirect_uris must be a non-empty array of strings' };
  }
  if (redirectUris.length > MAX_REDIRECT_URIS) {
    return { ok: false, error: 'invalid_redirect_uri', description: `at most ${MAX_REDIRECT_URIS} redirect_uris` };
  }
  for (const uri of redirectUris) {
    const problem = redirectUriProblem(uri);
    if (problem) return { ok: false, error: 'invalid_redirect_uri', description: problem };
  }

  let clientName: string | undefined;
  const name = field(body, 'client_name');
  if (name !== undefined) {
    if (typeof name !== 'string') return bad('client_name must be a string');
    if (name.length > MAX_CLIENT_NAME) return bad(`client_name must be at most ${MAX_CLIENT_NAME} characters`);
    if (name.trim()) clientName = name;
  }

  const grants = field(body, 'grant_types');
  // RFC 7591 §2: omitted grant_types means authorization_code only.
  const grantTypes = grants === undefined ? ['authorization_code'] : stringList(grants);
  if (!grantTypes || grantTypes.length === 0) return bad('grant_types must be a non-empty array of strings');
  const unsupported = grantTypes.find((g) => !(GRANT_TYPES as readonly string[]).includes(g));
  if (unsupported !== undefined) return bad('grant_types may only contain authorization_code and refresh_token');
  if (!grantTypes.includes('authorization_code')) return bad('grant_types must include authorization_code');

  const responses = field(body, 'response_types');
  const responseTypes = responses === undefined ? ['code'] : stringList(responses);
  if (!responseTypes || responseTypes.length === 0 || responseTypes.some((r) => r !== 'code')) {
    return bad('response_types may only contain code');
  }

  const method = field(body, 'token_endpoint_auth_method') ?? 'none';
  if (typeof method !== 'string' || !(AUTH_METHODS as readonly string[]).includes(method)) {
    return bad('token_endpoint_auth_method must be none, client_secret_basic or client_secret_post');
  }

  const metadata: Registration['metadata'] = {
    grant_types: [...new Set(grantTypes)] as ClientMetadata['grant_types'],
    response_types: ['code'],
    token_endpoint_auth_method: method as ClientMetadata['token_endpoint_auth_method'],
  };

  const scope = field(body, 'scope');
  if (scope !== undefined) {
    if (typeof scope !== 'string' || !parseScope(scope)) return bad('scope must be space-delimited scope tokens (RFC 6749 section 3.3)');
    metadata.scope = scope;
  }
  const appType = field(body, 'application_type');
  if (appType !== undefined) {
    if (appType !== 'native' && appType !== 'web') return bad('application_type must be native or web');
    metadata.application_type = appType;
  }
  for (const key of URL_FIELDS) {
    const value = field(body, key);
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > 2000 || !isWebUrl(value)) return bad(`${key} must be an http or https URL`);
    metadata[key] = value;
  }
  for (const key of TEXT_FIELDS) {
    const value = field(body, key);
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > MAX_TEXT) return bad(`${key} must be a string of at most ${MAX_TEXT} characters`);
    metadata[key] = value;
  }
  const contacts = field(body, 'contacts');
  if (contacts !== undefined) {
    const list = stringList(contacts);
    if (!list || list.length > 10 || list.some((c) => c.length > MAX_TEXT)) return bad('contacts must be an array of at most 10 strings');
    metadata.contacts = list;
  }

  return { ok: true, value: { redirect_uris: redirectUris, ...(clientName !== undefined ? { client_name: clientName } : {}), metadata } };
}
