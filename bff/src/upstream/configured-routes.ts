import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import type { UpstreamRoute } from './types.js';

/** The routes of the upstreams the BFF is configured for. */
export interface ConfiguredRoutes {
  readonly finesse: UpstreamRoute;
  readonly ccadmin: UpstreamRoute;
  readonly context: UpstreamRoute;
  readonly webex: UpstreamRoute;
}

function pem(file: string | undefined): string | undefined {
  return file === undefined ? undefined : readFileSync(file, 'utf8');
}

/**
 * How the BFF reaches each upstream: the one proxy setting for all, and each its own trust. Finesse and CCE
 * Administration on premises often run on a private CA (FINESSE_CA_FILE, CCE_ADMIN_CA_FILE); Context Service and
 * Webex Contact Center are in Cisco's cloud behind a public one, so they keep the system roots.
 */
export function configuredRoutes(config: Config): ConfiguredRoutes {
  const { proxy } = config;
  return {
    finesse: { ca: pem(config.finesse.caFile), proxy },
    ccadmin: { ca: pem(config.cceAdmin.caFile), proxy },
    context: { ca: undefined, proxy },
    webex: { ca: undefined, proxy },
  };
}
