/**
 * Where an SDK-protected server listens, read from the application's registered Resource URI:
 * tokens' `aud` is that URI, so the server must answer on its port and path. A URI without a port
 * uses its scheme's default (443 for https, 80 for http).
 */
import { isLoopbackHost } from './resource-uri.js';

export interface ListenAddress {
  /** The Resource URI is https: TLS ends here or, more often, at a proxy in front. */
  readonly tls: boolean;
  /** The loopback host a local Resource URI names (`127.0.0.1`, `localhost`); empty for every interface. */
  readonly host: string;
  readonly port: number;
  /** The path the SDK mounts the protected handler on: the Resource URI's path. */
  readonly path: string;
}

/** `fallbackPath` is used only when the Resource URI cannot be read (AuthSec never returns one like that). */
export function listenAddress(resourceUri: string, fallbackPath = '/mcp'): ListenAddress {
  let url: URL;
  try {
    url = new URL(resourceUri.trim());
  } catch {
    return { tls: true, host: '', port: 443, path: fallbackPath };
  }
  const tls = url.protocol !== 'http:';
  const port = url.port ? Number(url.port) : tls ? 443 : 80;
  // A loopback Resource URI is for local development: listen there only, not on every interface.
  const host = isLoopbackHost(url.hostname) ? url.hostname : '';
  return { tls, host, port, path: url.pathname };
}
