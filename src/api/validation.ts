/** The protection check (`POST …/validate`), authsec-api.md §2.6. */
import * as z from 'zod/mini';
import { endpoint } from './endpoint.js';
import { goArray, maybe, rawJson, timestamp } from './wire.js';

export const validationCheckKey = z.enum([
  'metadata', 'challenge', 'discovery', 'default_access', 'client_registration', 'browser_login',
  'tools_list_filter', 'tools_call_deny',
]);
export type ValidationCheckKey = z.output<typeof validationCheckKey>;

export const validationCheck = z.object({
  key: validationCheckKey,
  label: z.string(),
  status: z.enum(['passing', 'failing']),
  message: z._default(z.string(), ''),
  observed: rawJson,
});
export type ValidationCheck = z.output<typeof validationCheck>;

export const validationResult = z.object({
  status: z.enum(['passed', 'failing']),
  last_validated_at: maybe(timestamp),
  checks: goArray(validationCheck),
});
export type ValidationResult = z.output<typeof validationResult>;

export const validate = endpoint({
  name: 'validate', method: 'POST', path: '/authsec/resource-servers/:id/validate', auth: 'bearer', status: 200,
  response: validationResult,
  applications: { path: '/authsec/applications/:id/validate' },
});
