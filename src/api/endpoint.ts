/**
 * An endpoint is one row of AuthSec's contract: method, path template, auth kind, request and
 * response schemas. Components call endpoints through `AuthsecClient.call`; the emulator mounts
 * the same path templates, and its tests validate every response with the same schemas.
 */
import type * as z from 'zod/mini';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * `bearer`: admin session JWT. `user`: an end user's own session JWT (self-service; the host's
 * `getToken` gives it, as for admins). `basic`: SDK `<rs_id>:<introspection_secret>`. `none`: public.
 */
export type EndpointAuth = 'bearer' | 'user' | 'basic' | 'none';

type Trim<P extends string> = P extends `${infer Head}/${string}` ? Head : P;
/** `'/a/:id/b/:tool_id'` → `'id' | 'tool_id'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Rest}`
  ? Trim<Rest> | PathParamNames<Rest extends `${string}/${infer Tail}` ? `/${Tail}` : ''>
  : never;
export type PathParams<P extends string> = [PathParamNames<P>] extends [never]
  ? Record<string, never>
  : { readonly [K in PathParamNames<P>]: string };

/** Which of AuthSec's admin surfaces a call goes to (authsec-api-current.md §1–§2). */
export type ApiSurface = 'applications' | 'resource-servers';

/** Calls an adapter may make to complete a response (the client's own `call`). */
export interface AdaptContext {
  call<E extends Endpoint>(endpoint: E, options: { params?: Readonly<Record<string, string>>; signal?: AbortSignal | undefined }): Promise<ResponseOf<E>>;
  readonly params: Readonly<Record<string, string>>;
  readonly signal: AbortSignal | undefined;
}

/**
 * The same call on AuthSec's applications surface (`/authsec/applications/*`, today's preferred
 * admin API), where it differs from the resource-servers form. Path parameters keep their names.
 */
export interface ApplicationsForm<Out = unknown> {
  readonly path: string;
  /** The response schema there, when the shape differs; `adapt` then gives the common output. */
  readonly response?: z.ZodMiniType;
  readonly adapt?: (value: never, ctx: AdaptContext) => Out | Promise<Out>;
  /** The request body there, when the facade binds fields differently. */
  readonly body?: (body: Record<string, unknown>) => Record<string, unknown>;
}

export interface Endpoint<
  P extends string = string,
  Res extends z.ZodMiniType = z.ZodMiniType,
  Req extends z.ZodMiniType | undefined = z.ZodMiniType | undefined,
> {
  /** Stable name, used in error messages and tests. */
  readonly name: string;
  readonly method: HttpMethod;
  /** Path template in AuthSec's router syntax (`:param`). */
  readonly path: P;
  readonly auth: EndpointAuth;
  /** Success status AuthSec answers with (200, 201 or 204). */
  readonly status: 200 | 201 | 204;
  readonly response: Res;
  readonly request?: Req;
  /** Its form on the applications surface; absent for calls that exist in one place only. */
  readonly applications?: ApplicationsForm<z.output<Res>>;
  /**
   * The one surface that has this call (`path` is there). Elements offer it only when the client
   * speaks that surface; an AuthSec without it answers 404.
   */
  readonly onlyOn?: ApiSurface;
}

export function endpoint<
  const P extends string,
  Res extends z.ZodMiniType,
  Req extends z.ZodMiniType | undefined = undefined,
>(definition: Endpoint<P, Res, Req>): Endpoint<P, Res, Req> {
  return Object.freeze(definition);
}

export type ResponseOf<E> = E extends Endpoint<string, infer Res, z.ZodMiniType | undefined> ? z.output<Res> : never;
export type BodyOf<E> = E extends Endpoint<string, z.ZodMiniType, infer Req>
  ? Req extends z.ZodMiniType
    ? z.input<Req>
    : undefined
  : never;
export type HasParams<E> = E extends Endpoint<infer P, z.ZodMiniType, z.ZodMiniType | undefined>
  ? [PathParamNames<P>] extends [never]
    ? false
    : true
  : false;
export type ParamsOf<E> = E extends Endpoint<infer P, z.ZodMiniType, z.ZodMiniType | undefined> ? PathParams<P> : never;

/** Fills `:param` segments, percent-encoding each value so an id can never add a path segment. */
export function fillPath(template: string, params: Readonly<Record<string, string>> = {}): string {
  return template.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new TypeError(`Missing path parameter "${name}" for ${template}`);
    // URL parsing resolves `.`/`..` segments (even percent-encoded), so they could change the target.
    if (value === '.' || value === '..') throw new TypeError(`Invalid path parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}
