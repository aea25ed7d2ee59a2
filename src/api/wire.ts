/**
 * Building blocks for AuthSec's wire format. The backend is Go: nil slices arrive as `null`,
 * `omitempty` fields are absent, pointer fields are `null`, and `[]byte` is base64 text.
 * These helpers absorb those quirks once so resource schemas read like the contract.
 */
import * as z from 'zod/mini';

/** A Go slice: `null` (nil) and absence both mean empty. Output is always an array. */
export const goArray = <T extends z.ZodMiniType>(item: T) =>
  z.pipe(
    z.optional(z.nullable(z.array(item))),
    z.transform((value): z.output<T>[] => value ?? []),
  );

/** A field that may be absent (`omitempty`) or `null` (Go pointer). Output: value or undefined. */
export const maybe = <T extends z.ZodMiniType>(inner: T) =>
  z.pipe(
    z.optional(z.nullable(inner)),
    z.transform((value): z.output<T> | undefined => value ?? undefined),
  );

/** RFC 3339 timestamp as sent by Go's time.Time. Kept as text; rendering decides the format. */
export const timestamp = z.string();

/** A UUID-ish identifier. AuthSec ids are uuids, but tests and emulators may use other opaque ids. */
export const id = z.string().check(z.minLength(1));

/** Decodes a Go `[]byte` JSON payload (base64 text); tolerates an already-decoded object. */
export function decodeGoBytes(value: unknown): Record<string, unknown> | undefined {
  if (value == null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const binary = atob(value);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    // Not base64 JSON: keep the raw text visible rather than dropping what the server said.
    return { raw: value };
  }
}

/** Encodes a JSON payload the way Go encodes a `[]byte` field. Used by the emulator. */
export function encodeGoBytes(payload: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** A base64 `[]byte` JSON payload, decoded to an object. */
export const goBytesJson = z.pipe(
  z.optional(z.nullable(z.union([z.string(), z.record(z.string(), z.unknown())]))),
  z.transform((value) => decodeGoBytes(value)),
);

/** Arbitrary JSON (Go `json.RawMessage`). */
export const rawJson = z.optional(z.nullable(z.unknown()));

export const riskLevel = z.enum(['low', 'medium', 'high', 'critical']);

/** How a client registered with AuthSec. Lives here so the consent bundle need not load application schemas. */
export const registrationMode = z.enum(['dcr', 'cimd', 'prereg']);
export type RegistrationMode = z.output<typeof registrationMode>;
export type RiskLevel = z.output<typeof riskLevel>;

/** `{"status": "..."}` acknowledgements. */
export const statusAck = <S extends string>(status: S) => z.object({ status: z.literal(status) });
