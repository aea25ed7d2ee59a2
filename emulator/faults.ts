/**
 * Fault injection for reliability tests: latency, 5xx, malformed JSON and dropped connections,
 * per request (`X-Emulator-Fault` header) or by rate for matching paths.
 */
/**
 * `drop`: the connection fails before AuthSec acts; `lost`: AuthSec acts, then the answer is lost;
 * `late`: AuthSec acts, but a gateway in front of it gave up waiting and answers 504;
 * `proxy`: a gateway in front of AuthSec answers 502 with its own HTML page.
 */
export type FaultKind = '429' | '500' | '502' | '503' | '504' | 'malformed' | 'drop' | 'lost' | 'late' | 'proxy';

export interface FaultConfig {
  /** Probability 0..1 that a matching request gets one of `kinds`. */
  rate: number;
  kinds: FaultKind[];
  /** Added delay for every matching request, in ms. */
  latencyMs: number;
  /** Only paths starting with this prefix are affected (default: every `/authsec` path). */
  pathPrefix: string;
  /** Only the first N matching requests fault (then the fault clears); undefined = no limit. */
  count?: number | undefined;
  /** `Retry-After` (seconds) on a 429 or 503 fault; undefined = none, as most of AuthSec sends. */
  retryAfterS?: number | undefined;
}

export const NO_FAULTS: FaultConfig = { rate: 0, kinds: [], latencyMs: 0, pathPrefix: '/authsec' };

/** Header the emulator sets on a response whose connection must be dropped by the transport. */
export const DROP_HEADER = 'x-emulator-drop';

const KINDS: readonly FaultKind[] = ['429', '500', '502', '503', '504', 'malformed', 'drop', 'lost', 'late', 'proxy'];

export function isFaultKind(value: string): value is FaultKind {
  return (KINDS as readonly string[]).includes(value);
}

export class FaultController {
  config: FaultConfig = { ...NO_FAULTS };
  constructor(private readonly random: () => number = Math.random) {}

  set(config: Partial<FaultConfig>): void {
    this.config = { ...NO_FAULTS, ...config, kinds: (config.kinds ?? []).filter(isFaultKind) };
  }

  clear(): void {
    this.config = { ...NO_FAULTS };
  }

  /** Decides the fault (if any) for one request. A header asks for one explicitly. */
  pick(path: string, header: string | undefined): { kind?: FaultKind; latencyMs: number } {
    const requested = header?.trim();
    if (requested) {
      const latency = /^latency=(\d+)$/.exec(requested);
      if (latency) return { latencyMs: Math.min(Number(latency[1]), 30_000) };
      if (isFaultKind(requested)) return { kind: requested, latencyMs: 0 };
    }
    const c = this.config;
    if (!path.startsWith(c.pathPrefix)) return { latencyMs: 0 };
    const latencyMs = c.latencyMs;
    if (c.count !== undefined && c.count <= 0) return { latencyMs };
    if (!c.kinds.length || this.random() >= c.rate) return { latencyMs };
    if (c.count !== undefined) c.count--;
    return { kind: c.kinds[Math.floor(this.random() * c.kinds.length)]!, latencyMs };
  }
}

const FAULT_MESSAGES: Record<number, string> = {
  429: 'too many requests',
  500: 'internal server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
};

export function faultResponse(kind: FaultKind, retryAfterS?: number): Response {
  switch (kind) {
    case 'proxy':
      return new Response('<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      });
    case 'malformed':
      return new Response('{"tools": [ {"id": "7c1', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'drop':
    case 'lost':
      return new Response(null, { status: 599, headers: { [DROP_HEADER]: '1' } });
    case 'late':
      return faultResponse('504');
    default: {
      const status = Number(kind);
      const error = FAULT_MESSAGES[status] ?? 'error';
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (retryAfterS !== undefined && (status === 429 || status === 503)) headers['retry-after'] = String(retryAfterS);
      return new Response(JSON.stringify({ error }), { status, headers });
    }
  }
}
