import { Agent as UndiciAgent, EnvHttpProxyAgent } from 'undici';
import type { Dispatcher } from 'undici';
import type { Config } from '../config.js';

/**
 * How the BFF reaches Finesse: through HTTPS_PROXY/HTTP_PROXY unless NO_PROXY says otherwise, trusting FINESSE_CA_FILE.
 * A module of its own because `context-desk doctor` must reach the upstreams exactly as the BFF does, without the
 * composition root.
 */
export function finesseDispatcher(config: Config, ca: string | undefined): Dispatcher {
  const connect = { ...(ca === undefined ? {} : { ca }) };
  const { httpsProxy, httpProxy, noProxy } = config.proxy;
  if (httpsProxy !== undefined || httpProxy !== undefined) {
    return new EnvHttpProxyAgent({
      ...(httpsProxy === undefined ? {} : { httpsProxy }),
      ...(httpProxy === undefined ? {} : { httpProxy }),
      ...(noProxy === undefined ? {} : { noProxy }),
      connect,
    });
  }
  return new UndiciAgent({ keepAliveTimeout: 30_000, connections: 64, connect });
}
