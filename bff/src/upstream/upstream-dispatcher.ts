import { Agent, EnvHttpProxyAgent } from 'undici';
import type { Dispatcher } from 'undici';
import type { UpstreamRoute } from './types.js';

/**
 * How long an idle socket is kept: 4 s, before the upstreams' own keep-alive timeouts (Node's 5 s among them), so that
 * none is reused as the server closes it; a server's Keep-Alive hint may stretch it to 30 s.
 */
const KEEP_ALIVE = { keepAliveTimeout: 4_000, keepAliveMaxTimeout: 30_000 } as const;

/**
 * The TLS options of one upstream's connections. A `ca` replaces Node's default roots instead of adding to them, so it
 * is set only for an upstream with a CA of its own: a cloud service keeps the system roots.
 */
export function connectOptionsFor(route: UpstreamRoute): { readonly ca?: string } {
  return route.ca === undefined ? {} : { ca: route.ca };
}

/**
 * One upstream's keep-alive pool: through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY says otherwise, trusting only what
 * its route trusts. Each upstream has its own, so that one upstream's private CA never changes whom another trusts.
 */
export function upstreamDispatcher(route: UpstreamRoute): Dispatcher {
  const connect = connectOptionsFor(route);
  const { httpsProxy, httpProxy, noProxy } = route.proxy;
  if (httpsProxy !== undefined || httpProxy !== undefined) {
    return new EnvHttpProxyAgent({
      ...(httpsProxy === undefined ? {} : { httpsProxy }),
      ...(httpProxy === undefined ? {} : { httpProxy }),
      ...(noProxy === undefined ? {} : { noProxy }),
      ...KEEP_ALIVE,
      connect,
    });
  }
  return new Agent({ ...KEEP_ALIVE, connections: 64, connect });
}

/** The connection pool of one upstream client: the dispatcher given, or a keep-alive Agent of its own, which it closes. */
export class UpstreamConnections {
  readonly dispatcher: Dispatcher;
  readonly #owned: boolean;

  constructor(given: Dispatcher | undefined) {
    this.#owned = given === undefined;
    this.dispatcher = given ?? new Agent(KEEP_ALIVE);
  }

  /** Closes the Agent made here; a dispatcher passed in belongs to the caller. */
  async close(): Promise<void> {
    if (this.#owned) await this.dispatcher.close();
  }
}
