/**
 * Test data for the Tools-tab model: the seeded GitHub MCP Server fetched from the in-page
 * emulator, and synthetic matrices of any size parsed through the same zod schema as real
 * responses (so they carry the wire's quirks: null slices, string-only suggestions).
 */
import * as z from 'zod/mini';
import { scopeMatrix, endpoints as ep, type AuthsecClient, type McpTool, type OAuthScope, type ScopeMatrix } from '../../src/api/index.js';
import { MappingBase } from '../../src/model/tool-mapping.js';
import { harness, SEED, type Harness } from '../helpers/emulator.js';

export const gh = { id: SEED.apps.github };

export interface GithubFixture {
  h: Harness;
  client: AuthsecClient;
  matrix: ScopeMatrix;
  base: MappingBase;
  read: OAuthScope;
  write: OAuthScope;
  admin: OAuthScope;
  tool(name: string): McpTool;
  /** A fresh fetch of the matrix, as a new base. */
  refetch(): Promise<MappingBase>;
  preview(): Promise<{ total: number; public: number; mapped: number; unmapped: number }>;
}

export async function github(): Promise<GithubFixture> {
  const h = harness();
  const client = await h.owner();
  const matrix = await client.call(ep.getScopeMatrix, { params: gh });
  const scopes = await client.call(ep.listScopes, { params: gh });
  const find = (suffix: string) => scopes.find((s) => s.scope_string.endsWith(suffix))!;
  return {
    h,
    client,
    matrix,
    base: new MappingBase(matrix, scopes),
    read: find(':tools:read'),
    write: find(':tools:write'),
    admin: find(':admin'),
    tool: (name) => {
      const t = matrix.tools.find((x) => x.name === name);
      if (!t) throw new Error(`no seeded tool ${name}`);
      return t;
    },
    refetch: async () =>
      new MappingBase(await client.call(ep.getScopeMatrix, { params: gh }), await client.call(ep.listScopes, { params: gh })),
    preview: async () => (await client.call(ep.getActivationPreview, { params: gh })).tools,
  };
}

/** Small deterministic PRNG (mulberry32) so random-looking data and edit sequences repeat. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SYNTH_SCOPES = ['synth:s0', 'synth:s1', 'synth:s2', 'synth:s3', 'synth:s4'];
export const synthScopeId = (k: number) => `scope-${k}`;

export interface ToolSpec {
  name: string;
  title?: string;
  description?: string;
  is_public?: boolean;
  overrides?: number[];
  /** sdk_suggested scope-map entries (with scope ids), by scope index. */
  suggestedEntries?: number[];
  /** Plain scope strings, the way manifests carry them. */
  suggestedStrings?: string[];
  inventory_source?: 'mcp_scan' | 'sdk_manifest' | 'manual';
  annotations?: Record<string, boolean> | null;
}

/** A wire-shaped matrix from tool specs, parsed through `scopeMatrix`. */
export function matrixOf(specs: readonly ToolSpec[], extraScopes = 0): ScopeMatrix {
  const scopeCount = SYNTH_SCOPES.length + extraScopes;
  const scopeString = (k: number) => SYNTH_SCOPES[k] ?? `synth:extra${k}`;
  const entry = (k: number, source: 'admin_override' | 'sdk_suggested') => ({
    scope_id: synthScopeId(k), scope_string: scopeString(k), display_name: `Scope ${k}`, risk_level: 'low',
    auto_matched: source === 'sdk_suggested', source,
  });
  const used = new Set<number>();
  const tools = specs.map((s, i) => {
    for (const k of [...(s.overrides ?? []), ...(s.suggestedEntries ?? [])]) used.add(k);
    const suggested = [...(s.suggestedEntries ?? []).map((k) => entry(k, 'sdk_suggested')), ...(s.suggestedStrings ?? [])];
    return {
      id: `tool-${i}`,
      name: s.name,
      title: s.title ?? '',
      description: s.description ?? '',
      annotations: s.annotations ?? null,
      // Go nil slices arrive as null.
      scopes: s.overrides?.length || s.suggestedEntries?.length
        ? [...(s.overrides ?? []).map((k) => entry(k, 'admin_override')), ...(s.suggestedEntries ?? []).map((k) => entry(k, 'sdk_suggested'))]
        : null,
      inventory_source: s.inventory_source ?? 'sdk_manifest',
      is_public: s.is_public ?? false,
      ...(suggested.length ? { suggested_scopes: suggested } : {}),
    };
  });
  const unmapped = Array.from({ length: scopeCount }, (_, k) => k)
    .filter((k) => !used.has(k))
    .map((k) => ({ id: synthScopeId(k), scope_string: scopeString(k), display_name: `Scope ${k}`, risk_level: 'low', is_auto_discovered: false }));
  return z.parse(scopeMatrix, {
    resource_server: { id: 'rs-synth', name: 'Synthetic', url: 'https://synth.example', status: 'needs_setup', scan_generation: 1, last_successful_generation: 1 },
    tools,
    unmapped_scopes: unmapped.length ? unmapped : null,
    total_scopes: scopeCount,
    total_tools: tools.length,
  });
}

const SOURCES = ['sdk_manifest', 'mcp_scan', 'manual'] as const;
const WORDS = ['issue', 'pull', 'request', 'repo', 'workflow', 'label', 'review', 'comment', 'file', 'branch'];

/** `n` tools with a realistic mix: ~3% public, ~half mapped, suggestions by id and by string. */
export function syntheticMatrix(n: number, seed = 1): ScopeMatrix {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const specs: ToolSpec[] = [];
  for (let i = 0; i < n; i++) {
    const overrides = r() < 0.5 ? [...new Set([Math.floor(r() * 4), ...(r() < 0.2 ? [Math.floor(r() * 4)] : [])])] : [];
    const suggestion = r();
    const verb = pick(['get', 'list', 'create', 'delete', 'update']);
    specs.push({
      name: `${verb}_${pick(WORDS)}_${i.toString().padStart(5, '0')}`,
      title: `${verb} ${pick(WORDS)} ${pick(WORDS)}`,
      description: `Tool number ${i} works on ${pick(WORDS)}s.`,
      is_public: r() < 0.03,
      overrides,
      ...(suggestion < 0.3 ? { suggestedEntries: [Math.floor(r() * 4)].filter((k) => !overrides.includes(k)) } : {}),
      ...(suggestion >= 0.3 && suggestion < 0.5 ? { suggestedStrings: [pick(SYNTH_SCOPES.slice(0, 4))] } : {}),
      ...(suggestion >= 0.5 && suggestion < 0.55 ? { suggestedStrings: ['other_app:tools:read'] } : {}),
      inventory_source: pick(SOURCES),
      annotations: r() < 0.2 ? null : {
        ...(r() < 0.7 ? { readOnlyHint: verb === 'get' || verb === 'list' } : {}),
        ...(r() < 0.5 ? { destructiveHint: verb === 'delete' } : {}),
        ...(r() < 0.3 ? { idempotentHint: r() < 0.5 } : {}),
        ...(r() < 0.3 ? { openWorldHint: r() < 0.5 } : {}),
      },
    });
  }
  return matrixOf(specs);
}
