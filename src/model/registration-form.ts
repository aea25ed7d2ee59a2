/**
 * The "Install protection" form as rules: what each field must hold, the Resource URI it composes,
 * the request it becomes, and where a server error belongs. No DOM.
 */
import type { CreateResourceServerRequest } from '../api/application-writes.js';
import type { ApplicationType } from '../api/resource-servers.js';
import type { RegistrationMode } from '../api/wire.js';
import { appSlug } from './app-slug.js';
import { checkPublicBaseUrl, composeResourceUri } from './resource-uri.js';

/** Application types offered at registration (`clawbot` is internal to AuthSec). */
export const REGISTRATION_APP_TYPES = ['mcp_server', 'ai_agent', 'api_service'] as const satisfies readonly ApplicationType[];
export const REGISTRATION_MODES: readonly RegistrationMode[] = ['dcr', 'cimd', 'prereg'];
export const DEFAULT_PROTECTED_PATH = '/mcp';

export interface RegistrationDraft {
  name: string;
  publicBaseUrl: string;
  protectedPath: string;
  applicationType: ApplicationType;
  /** Scope preset id; `''` or `blank` = none. */
  presetId: string;
  registrationModes: readonly RegistrationMode[];
}

export type RegistrationField = 'name' | 'publicBaseUrl' | 'protectedPath' | 'applicationType' | 'presetId' | 'registrationModes';

export type RegistrationProblem =
  | 'name_empty'
  | 'name_no_slug'
  | 'name_too_long'
  | 'url_empty'
  | 'url_invalid'
  | 'url_not_https'
  | 'url_has_query'
  | 'url_has_userinfo'
  | 'path_empty'
  | 'path_no_slash'
  | 'path_invalid'
  | 'modes_empty';

export type RegistrationProblems = Partial<Record<RegistrationField, RegistrationProblem>>;

/** Field order on screen: the first problem in this order gets focus. */
export const FIELD_ORDER: readonly RegistrationField[] = [
  'name', 'publicBaseUrl', 'protectedPath', 'applicationType', 'presetId', 'registrationModes',
];

export function emptyDraft(): RegistrationDraft {
  return {
    name: '',
    publicBaseUrl: '',
    protectedPath: DEFAULT_PROTECTED_PATH,
    applicationType: 'mcp_server',
    presetId: '',
    registrationModes: [...REGISTRATION_MODES],
  };
}

/** Names also name the scopes (`<slug>:…`) and every consent screen: long enough for any real name. */
export const NAME_MAX_LENGTH = 100;

export function checkName(name: string): RegistrationProblem | undefined {
  if (!name.trim()) return 'name_empty';
  if ([...name.trim()].length > NAME_MAX_LENGTH) return 'name_too_long';
  // Scopes are namespaced by the slug; a name with no letter or digit has no namespace.
  if (!appSlug(name.trim())) return 'name_no_slug';
  return undefined;
}

export function checkBaseUrl(url: string): RegistrationProblem | undefined {
  const problem = checkPublicBaseUrl(url);
  return problem ? (`url_${problem}` as RegistrationProblem) : undefined;
}

/** A path starting with `/`, without spaces, query or fragment (AuthSec appends it verbatim). */
export function checkPath(path: string): RegistrationProblem | undefined {
  const trimmed = path.trim();
  if (!trimmed) return 'path_empty';
  if (!trimmed.startsWith('/')) return 'path_no_slash';
  if (/[\s?#\\]/u.test(trimmed) || trimmed.startsWith('//')) return 'path_invalid';
  return undefined;
}

/** Every problem of the draft; `only` limits the check to fields the admin has touched. */
export function checkRegistration(draft: RegistrationDraft, only?: ReadonlySet<RegistrationField>): RegistrationProblems {
  const all: RegistrationProblems = {
    name: checkName(draft.name),
    publicBaseUrl: checkBaseUrl(draft.publicBaseUrl),
    protectedPath: checkPath(draft.protectedPath),
    registrationModes: draft.registrationModes.length ? undefined : 'modes_empty',
  };
  const out: RegistrationProblems = {};
  for (const field of FIELD_ORDER) {
    const problem = all[field];
    if (problem && (!only || only.has(field))) out[field] = problem;
  }
  return out;
}

export function firstProblemField(problems: RegistrationProblems): RegistrationField | undefined {
  return FIELD_ORDER.find((f) => problems[f]);
}

/**
 * The Resource URI as AuthSec will compose it, or undefined while the URL or path cannot make one.
 * Shown live, so it follows what the admin typed even before the form is valid.
 */
export function previewResourceUri(publicBaseUrl: string, protectedPath: string): string | undefined {
  if (checkPublicBaseUrl(publicBaseUrl) === 'empty' || checkPublicBaseUrl(publicBaseUrl) === 'invalid') return undefined;
  const path = protectedPath.trim();
  if (path && !path.startsWith('/')) return undefined;
  return composeResourceUri(publicBaseUrl, path || DEFAULT_PROTECTED_PATH);
}

/** The body of `POST /authsec/resource-servers`. */
export function createRequest(draft: RegistrationDraft): CreateResourceServerRequest {
  const body: CreateResourceServerRequest = {
    name: draft.name.trim(),
    public_base_url: draft.publicBaseUrl.trim(),
    protected_base_path: draft.protectedPath.trim(),
    application_type: draft.applicationType,
    registration_modes: REGISTRATION_MODES.filter((m) => draft.registrationModes.includes(m)),
  };
  if (draft.presetId && draft.presetId !== 'blank') body.scope_preset_id = draft.presetId;
  return body;
}

export interface EditDraft {
  name: string;
  publicBaseUrl: string;
  protectedPath: string;
}

/** Only what changed, for `PUT /authsec/resource-servers/:id` (undefined when nothing did). */
export function updateRequest(
  current: { name: string; public_base_url: string; protected_base_path: string },
  draft: EditDraft,
): { name?: string; public_base_url?: string; protected_base_path?: string } | undefined {
  const out: { name?: string; public_base_url?: string; protected_base_path?: string } = {};
  if (draft.name.trim() !== current.name) out.name = draft.name.trim();
  if (draft.publicBaseUrl.trim().replace(/\/+$/, '') !== current.public_base_url.replace(/\/+$/, '')) out.public_base_url = draft.publicBaseUrl.trim();
  if (draft.protectedPath.trim() !== current.protected_base_path) out.protected_base_path = draft.protectedPath.trim();
  return Object.keys(out).length ? out : undefined;
}

export function checkEdit(draft: EditDraft): RegistrationProblems {
  return checkRegistration({ ...emptyDraft(), ...draft });
}

export type ServerProblem = 'duplicate' | 'not_https' | 'url_invalid' | 'name' | 'type' | 'modes' | 'preset' | 'path';

/**
 * Where AuthSec's 400 message belongs. AuthSec maps every create error to 400 with prose, so the
 * field is recognised from the words the backend uses (`resource_server_controller.go`).
 */
export function serverProblem(message: string | undefined): { field: RegistrationField; problem: ServerProblem } | undefined {
  if (!message) return undefined;
  const m = message.toLowerCase();
  if (m.includes('already exists') && (m.includes('url') || m.includes('resource_uri'))) return { field: 'publicBaseUrl', problem: 'duplicate' };
  if (m.includes('public_base_url') && m.includes('https')) return { field: 'publicBaseUrl', problem: 'not_https' };
  if (m.includes('public_base_url')) return { field: 'publicBaseUrl', problem: 'url_invalid' };
  if (m.includes('protected_base_path')) return { field: 'protectedPath', problem: 'path' };
  if (m.startsWith('name ') || m.includes('name is required')) return { field: 'name', problem: 'name' };
  if (m.includes('application_type')) return { field: 'applicationType', problem: 'type' };
  if (m.includes('registration mode')) return { field: 'registrationModes', problem: 'modes' };
  if (m.includes('scope_preset')) return { field: 'presetId', problem: 'preset' };
  return undefined;
}
