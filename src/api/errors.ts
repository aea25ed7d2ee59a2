/**
 * Every failure of a call to AuthSec becomes an `AuthsecError` with a stable `code`, so elements
 * pick a message and a recovery by code and never parse server prose.
 */
import * as z from 'zod/mini';

export type AuthsecErrorCode =
  | 'network'
  | 'aborted'
  | 'unauthorized'
  | 'session_expired'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'rate_limited'
  | 'invalid_response'
  | 'server'
  | 'unknown';

/**
 * AuthSec's error envelopes: admin `{error, ...extras}`, v2 consent `{success:false, error}`,
 * OAuth `{error, error_description}`.
 */
const text = z.optional(z.nullable(z.string()));
const said = { error: text, error_description: text, message: text, success: z.optional(z.nullable(z.boolean())) };
/** What any AuthSec error says (public calls: consent, OAuth); nothing else is kept. */
export const errorEnvelope = z.object(said);
/** An admin call's error: the same, the fields admin handlers add, and extra fields kept as sent (snake_case). */
export const adminErrorEnvelope = z.looseObject({
  ...said,
  failed: z.optional(z.nullable(z.array(z.string()))),
  failure_reason: text,
  hint: text,
  confirmation_hint: text,
  expected_tool_name: text,
  existing_source: text,
  existing_tool_id: text,
  state: text,
  status: text,
});
export type ErrorEnvelope = z.output<typeof adminErrorEnvelope>;

/** Where a response broke its schema: `tools[3].inventory_source`, and why. */
export interface SchemaIssue {
  readonly path: string;
  readonly message: string;
}

export interface AuthsecErrorInit {
  code: AuthsecErrorCode;
  status: number;
  endpoint: string;
  serverMessage?: string | undefined;
  envelope?: ErrorEnvelope | undefined;
  issues?: readonly SchemaIssue[] | undefined;
  retryable?: boolean | undefined;
  retryAfter?: number | undefined;
  cause?: unknown;
}

export class AuthsecError extends Error {
  override readonly name = 'AuthsecError';
  readonly code: AuthsecErrorCode;
  /** HTTP status; 0 when no response arrived (network, abort). */
  readonly status: number;
  /** `METHOD /path/:template` — never the filled URL, which may carry a challenge or an id. */
  readonly endpoint: string;
  /** The server's own words (`error`, `error_description` or `message`), untrusted text. */
  readonly serverMessage: string | undefined;
  /** The whole error envelope, extras included (`failed`, `hint`, `expected_tool_name`…). */
  readonly envelope: ErrorEnvelope;
  /** For `invalid_response`: each field that failed its schema. */
  readonly issues: readonly SchemaIssue[];
  /** True when trying the same request again may succeed. */
  readonly retryable: boolean;
  /** Seconds AuthSec asked to wait before trying again (`Retry-After` on a 429 or 503). */
  readonly retryAfter: number | undefined;

  constructor(init: AuthsecErrorInit) {
    const detail = init.issues?.length
      ? init.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
      : (init.serverMessage ?? (init.status ? `HTTP ${init.status}` : init.code));
    super(`${init.endpoint} failed (${init.code}): ${detail}`, { cause: init.cause });
    this.code = init.code;
    this.status = init.status;
    this.endpoint = init.endpoint;
    this.serverMessage = init.serverMessage;
    this.envelope = init.envelope ?? {};
    this.issues = init.issues ?? [];
    this.retryable = init.retryable ?? false;
    this.retryAfter = init.retryAfter;
  }

  /** Activation gates (`step_4_unmapped_tool_count: 12` …) from a 409 `activation blocked`. */
  get failed(): readonly string[] {
    return this.envelope.failed ?? [];
  }
}

/**
 * A write whose result is not known, so AuthSec may or may not have done it: the answer never
 * arrived (connection dropped, timed out), could not be read, or came from a gateway that gave up
 * waiting for AuthSec (502, 504) while AuthSec may have finished. What is true now is found by
 * reading again, never guessed; and the write is offered again only after that read.
 */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof AuthsecError && (error.code === 'network' || error.code === 'invalid_response' || error.status === 502 || error.status === 504);
}

/**
 * A create whose result is not known: as `outcomeUnknown`, and any 5xx (AuthSec may have written
 * the row before failing). A second POST could double it, so creates read again on every 5xx.
 */
export function mayHaveLanded(error: unknown): boolean {
  return outcomeUnknown(error) || (error instanceof AuthsecError && error.code === 'server');
}

export function isAuthsecError(value: unknown): value is AuthsecError {
  return value instanceof AuthsecError;
}

/** Maps an HTTP status to a stable code. */
export function codeForStatus(status: number): AuthsecErrorCode {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'unknown';
}

/** Statuses worth retrying for an idempotent request: the gateway or server is briefly away. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * `Retry-After` in whole seconds, at least 1 (RFC 9110 §10.2.3: delay-seconds or an HTTP date);
 * undefined when absent or unreadable.
 */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  // A date has a month name: lenient date parsers would read `1.5` or `-5` as dates.
  const ms = !value ? NaN : /^\s*\d+\s*$/.test(value) ? +value * 1000 : /[a-z]{3}/i.test(value) ? Date.parse(value) - now : NaN;
  return Number.isNaN(ms) ? undefined : Math.max(1, Math.ceil(ms / 1000));
}

/** The server's own words: a human `message` beats a bare code like `"forbidden"` in `error`. */
export function serverMessageOf(envelope: ErrorEnvelope | undefined): string | undefined {
  if (!envelope) return undefined;
  const { error, error_description: description, message } = envelope;
  if (description) return description;
  if (error && message && /^[a-z_]+$/.test(error)) return message;
  return error ?? message ?? undefined;
}

export { describeIssues } from './schema-issues.js';
