/**
 * SDK configuration snippets (Python, Go, TypeScript, `.env`) from AuthSec's create response, as
 * the admin UI's "Show config" panel generates them. Every `Config` field maps to a response field
 * (Python SDK docs, "Where Config values come from"):
 *
 * | Config field                  | Env var                               | Response field           |
 * |-------------------------------|---------------------------------------|--------------------------|
 * | issuer, authorization_server  | AUTHSEC_ISSUER, …_AUTHORIZATION_SERVER | `issuer_url`             |
 * | jwks_url                      | AUTHSEC_JWKS_URL                      | `jwks_uri`               |
 * | introspection_url             | AUTHSEC_INTROSPECTION_URL             | `introspection_endpoint` |
 * | resource_server_id, introspection_client_id | …_RESOURCE_SERVER_ID, …_INTROSPECTION_CLIENT_ID | `id` |
 * | introspection_client_secret   | AUTHSEC_INTROSPECTION_CLIENT_SECRET   | `introspection_secret`   |
 * | resource_uri                  | AUTHSEC_RESOURCE_URI                  | `resource_url`           |
 *
 * No snippet ever holds the introspection secret, even while it is shown: code and `.env` files end
 * up in source control, and the secret must not (seed: "never in source control"). Every snippet
 * reads it from `AUTHSEC_INTROSPECTION_CLIENT_SECRET`, which the server's environment or secrets
 * manager sets. The server listens on the Resource URI's port and mounts its path (`listen-address.ts`).
 */
import type { ResourceServerCreated } from '../api/application-writes.js';
import type { ResourceServer } from '../api/resource-servers.js';
import { listenAddress, type ListenAddress } from './listen-address.js';
import { stripHidden } from './text-safety.js';

export const SECRET_ENV = 'AUTHSEC_INTROSPECTION_CLIENT_SECRET';
export const SNIPPET_LANGUAGES = ['python', 'go', 'typescript', 'env'] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

/** What the snippets are built from; names say which response field each came from. */
export interface SdkConfigValues {
  /** `issuer_url` (also the authorization server). */
  readonly issuer: string;
  /** `jwks_uri` */
  readonly jwksUrl: string;
  /** `introspection_endpoint` */
  readonly introspectionUrl: string;
  /** `id`: resource server id and introspection client id. */
  readonly resourceServerId: string;
  /** `resource_url` */
  readonly resourceUri: string;
  /** `scope_matrix_url` (shown as a credential; the SDK derives it). */
  readonly scopeMatrixUrl: string;
  /** `manifest_url` (shown as a credential; the SDK derives it). */
  readonly manifestUrl: string;
  /** `scopes_supported` */
  readonly scopes: readonly string[];
  /** The application's name (not in the response: what was registered). */
  readonly resourceName: string;
  /** The registered Protected Path (the Resource URI's path is what the SDK mounts). */
  readonly protectedPath: string;
}

const trimSlash = (url: string) => url.trim().replace(/\/+$/, '');

/** Values from `POST /authsec/resource-servers` (the secret is deliberately not copied). */
export function configFromCreated(
  created: Omit<ResourceServerCreated, 'introspection_secret'>,
  registered: { name: string; protectedPath: string },
): SdkConfigValues {
  const issuer = trimSlash(created.issuer_url);
  return {
    issuer,
    jwksUrl: created.jwks_uri,
    introspectionUrl: created.introspection_endpoint,
    resourceServerId: created.id,
    resourceUri: created.resource_url,
    scopeMatrixUrl: created.scope_matrix_url ?? `${issuer}/authsec/resource-servers/${created.id}/sdk-policy`,
    manifestUrl: created.manifest_url ?? `${issuer}/authsec/resource-servers/${created.id}/sdk-manifest`,
    scopes: created.scopes_supported,
    resourceName: registered.name,
    protectedPath: registered.protectedPath,
  };
}

/**
 * Values for an existing application. `GET …/:id` does not repeat the issuer URLs, so they are
 * derived from the issuer exactly as AuthSec derives them (`<issuer>/oauth/jwks`, …).
 */
export function configFromApplication(app: ResourceServer, issuerUrl: string): SdkConfigValues {
  const issuer = trimSlash(issuerUrl);
  return {
    issuer,
    jwksUrl: `${issuer}/oauth/jwks`,
    introspectionUrl: `${issuer}/oauth/introspect`,
    resourceServerId: app.id,
    resourceUri: app.resource_uri,
    scopeMatrixUrl: `${issuer}/authsec/resource-servers/${app.id}/sdk-policy`,
    manifestUrl: `${issuer}/authsec/resource-servers/${app.id}/sdk-manifest`,
    scopes: app.scopes_supported,
    resourceName: app.name,
    protectedPath: app.protected_base_path,
  };
}

/** Characters that must not reach a code literal as themselves (Trojan Source, line breaks). */
function mustEscape(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 || stripHidden(ch) === '';
}

const hex = (cp: number, width: number) => cp.toString(16).toUpperCase().padStart(width, '0');

/** A double-quoted string literal; `astral` spells escapes above U+FFFF in the target language. */
function quote(value: string, astral: (cp: number) => string): string {
  let out = '"';
  for (const ch of value) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (mustEscape(ch)) {
      const cp = ch.codePointAt(0)!;
      out += cp > 0xffff ? astral(cp) : `\\u${hex(cp, 4)}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Python and Go both spell a code point above U+FFFF as `\UXXXXXXXX`. */
export const pyString = (value: string) => quote(value, (cp) => `\\U${hex(cp, 8)}`);
export const goString = pyString;
export const jsString = (value: string) => quote(value, (cp) => `\\u{${hex(cp, 1)}}`);

/** A `.env` value: bare when plain, else double-quoted; hidden characters dropped, `$` not expanded. */
export function envValue(value: string): string {
  const clean = [...value].filter((ch) => !mustEscape(ch) || ch === '\n').join('');
  if (/^[A-Za-z0-9_.:/@%+=,~-]*$/.test(clean)) return clean;
  return `"${clean.replace(/[\\"$`]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')}"`;
}

/** Text for a one-line code comment: no line breaks or hidden characters. */
function commentText(value: string): string {
  return [...value].map((ch) => (mustEscape(ch) ? `\\u${hex(ch.codePointAt(0)!, 4)}` : ch)).join('');
}

/** Where the snippet's server listens, and a comment saying why there. */
function listening(v: SdkConfigValues): { at: ListenAddress; why: string[] } {
  const at = listenAddress(v.resourceUri, v.protectedPath);
  const why = [`Listens on port ${at.port}, the port of ${commentText(v.resourceUri)}`];
  // Behind a proxy the app listens where the proxy forwards; it still mounts the same path.
  if (at.tls) why.push('With TLS ended by a proxy or load balancer, use the port it forwards to.');
  return { at, why };
}

export function pythonSnippet(v: SdkConfigValues): string {
  const { at, why } = listening(v);
  return [
    'import os',
    '',
    'import uvicorn',
    'from fastapi import FastAPI',
    'from authsec_sdk.runtime import Config, PolicyMode, ValidationMode, mount_mcp',
    '',
    'cfg = Config(',
    `    issuer=${pyString(v.issuer)},`,
    `    authorization_server=${pyString(v.issuer)},`,
    `    jwks_url=${pyString(v.jwksUrl)},`,
    `    introspection_url=${pyString(v.introspectionUrl)},`,
    `    introspection_client_id=${pyString(v.resourceServerId)},`,
    `    introspection_client_secret=os.environ[${pyString(SECRET_ENV)}],`,
    `    resource_server_id=${pyString(v.resourceServerId)},`,
    `    resource_uri=${pyString(v.resourceUri)},`,
    `    resource_name=${pyString(v.resourceName)},`,
    '    policy_mode=PolicyMode.REMOTE_REQUIRED,',
    '    validation_mode=ValidationMode.JWT_AND_INTROSPECT,',
    '    publish_manifest=True,',
    ')',
    '',
    'app = FastAPI()',
    `mount_mcp(app, ${pyString(at.path)}, your_existing_mcp_handler, cfg)`,
    '',
    'if __name__ == "__main__":',
    ...why.map((line) => `    # ${line}`),
    `    uvicorn.run(app, host=${pyString(at.host || '0.0.0.0')}, port=${at.port})`,
    '',
  ].join('\n');
}

export function goSnippet(v: SdkConfigValues): string {
  const { at, why } = listening(v);
  const fields: [string, string][] = [
    ['Issuer', goString(v.issuer)],
    ['AuthorizationServer', goString(v.issuer)],
    ['JWKSURL', goString(v.jwksUrl)],
    ['IntrospectionURL', goString(v.introspectionUrl)],
    ['IntrospectionClientID', goString(v.resourceServerId)],
    ['IntrospectionClientSecret', `os.Getenv(${goString(SECRET_ENV)})`],
    ['ResourceServerID', goString(v.resourceServerId)],
    ['ResourceURI', goString(v.resourceUri)],
    ['ResourceName', goString(v.resourceName)],
    ['PolicyMode', 'authsec.PolicyModeRemoteRequired'],
    ['ValidationMode', 'authsec.ValidationModeJWTAndIntrospect'],
    ['PublishManifest', 'true'],
  ];
  // gofmt aligns the values of consecutive key: value lines.
  const width = Math.max(...fields.map(([k]) => k.length)) + 1;
  return [
    'package main',
    '',
    'import (',
    '\t"log"',
    '\t"net/http"',
    '\t"os"',
    '',
    '\tauthsec "github.com/authsec-ai/sdk-authsec/packages/go-sdk"',
    ')',
    '',
    'func main() {',
    '\tcfg := authsec.Config{',
    ...fields.map(([k, value]) => `\t\t${`${k}:`.padEnd(width)} ${value},`),
    '\t}',
    '\tmux := http.NewServeMux()',
    `\tif err := authsec.MountMCP(mux, ${goString(at.path)}, yourExistingHandler, cfg); err != nil {`,
    '\t\tlog.Fatal(err)',
    '\t}',
    ...why.map((line) => `\t// ${line}`),
    `\tlog.Fatal(http.ListenAndServe(${goString(`${at.host}:${at.port}`)}, mux))`,
    '}',
    '',
  ].join('\n');
}

/** TypeScript reads its configuration from the environment: the `.env` block carries the values. */
export function typescriptSnippet(v: SdkConfigValues): string {
  const { at, why } = listening(v);
  return [
    'import express from "express";',
    'import { loadConfigFromEnv, mountMCP } from "@authsec/sdk";',
    '',
    `// Protects ${commentText(v.resourceUri)}`,
    '// loadConfigFromEnv() reads the AUTHSEC_* variables of the .env block',
    `// and ${SECRET_ENV} from the environment.`,
    'const app = express();',
    'app.use(express.json());',
    `await mountMCP(app, { config: loadConfigFromEnv(), path: ${jsString(at.path)} });`,
    `app.post(${jsString(at.path)}, yourExistingHandler);`,
    ...why.map((line) => `// ${line}`),
    `app.listen(${at.port}${at.host ? `, ${jsString(at.host)}` : ''});`,
    '',
  ].join('\n');
}

/**
 * The `AUTHSEC_*` variables read by `from_env()` (Python) and `loadConfigFromEnv()` (TypeScript),
 * except the secret: a `.env` file is too easily committed.
 */
export function envEntries(v: SdkConfigValues): [string, string][] {
  return [
    ['AUTHSEC_ISSUER', v.issuer],
    ['AUTHSEC_AUTHORIZATION_SERVER', v.issuer],
    ['AUTHSEC_JWKS_URL', v.jwksUrl],
    ['AUTHSEC_INTROSPECTION_URL', v.introspectionUrl],
    ['AUTHSEC_INTROSPECTION_CLIENT_ID', v.resourceServerId],
    ['AUTHSEC_RESOURCE_URI', v.resourceUri],
    ['AUTHSEC_RESOURCE_NAME', v.resourceName],
    ['AUTHSEC_RESOURCE_SERVER_ID', v.resourceServerId],
    ['AUTHSEC_SUPPORTED_SCOPES', v.scopes.join(' ')],
    ['AUTHSEC_POLICY_MODE', 'remote_required'],
    ['AUTHSEC_VALIDATION_MODE', 'jwt_and_introspect'],
    ['AUTHSEC_PUBLISH_MANIFEST', 'true'],
  ];
}

export function envSnippet(v: SdkConfigValues): string {
  const lines = envEntries(v).flatMap(([key, value]) => [
    `${key}=${envValue(value)}`,
    // Said where the secret's line would be, so nobody adds it to this file.
    ...(key === 'AUTHSEC_INTROSPECTION_CLIENT_ID' ? [`# ${SECRET_ENV}: set it in the server's environment from your secrets manager, not in this file.`] : []),
  ]);
  return `${lines.join('\n')}\n`;
}

export function sdkSnippet(language: SnippetLanguage, values: SdkConfigValues): string {
  switch (language) {
    case 'python':
      return pythonSnippet(values);
    case 'go':
      return goSnippet(values);
    case 'typescript':
      return typescriptSnippet(values);
    case 'env':
      return envSnippet(values);
  }
}
