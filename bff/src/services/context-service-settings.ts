import type { ContextServiceSettings } from '../../../shared/api/admin.js';
import type { Config } from '../config.js';

/** A proxy URL as `scheme://host:port`: any user name, password, path or query is left out. */
function proxyAddress(proxy: string | undefined): string | undefined {
  if (proxy === undefined || !URL.canParse(proxy)) return undefined;
  const url = new URL(proxy);
  const port = url.port !== '' ? url.port : url.protocol === 'https:' ? '443' : '80';
  return `${url.protocol}//${url.hostname}:${port}`;
}

/**
 * What an administrator sees of how this BFF reaches Context Service and CCE Administration (the settings CCE's own
 * registration page shows: timeout, lab mode, proxy). Built once at start from the configuration and the URLs resolved
 * then (the emulators' in sandbox mode); no token, password or proxy credential is part of it.
 */
export function contextServiceSettings(
  config: Config,
  urls: { readonly contextService: string; readonly cceAdmin: string | undefined },
): ContextServiceSettings {
  // Context Service is reached over HTTPS, so HTTPS_PROXY is the one that applies; HTTP_PROXY when only it is set.
  const proxy = proxyAddress(config.proxy.httpsProxy ?? config.proxy.httpProxy);
  return {
    mode: config.mode,
    contextServiceUrl: urls.contextService,
    timeoutMs: config.context.timeoutMs,
    labMode: config.context.labMode,
    ...(proxy === undefined ? {} : { proxy }),
    cceAdminUrl: urls.cceAdmin ?? '',
  };
}
