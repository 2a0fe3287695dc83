import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { createCredentialCipher } from '../auth/credential-cipher.js';
import type { Clock, Random } from '../clock.js';
import type { WebexConfig } from '../config.js';
import type { AuditTrail } from '../services/audit-trail.js';
import type { NewAuditEvent, Store } from '../store/index.js';
import type { UpstreamCallReport } from '../upstream/types.js';
import { WebexConnections } from './webex-connections.js';
import { WebexOnboarding } from './webex-onboarding.js';
import { WebexTokenEndpoint } from './webex-token-endpoint.js';

/** Sandbox mode: the Webex emulator stands for webexapis.com and for every region's API host. */
export interface SandboxWebex {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface WebexAssemblyOptions {
  readonly config: WebexConfig;
  readonly credentialsKey: string | undefined;
  readonly sandbox: SandboxWebex | undefined;
  readonly store: Store;
  readonly clock: Clock;
  readonly random: Random;
  readonly trail: AuditTrail<NewAuditEvent>;
  readonly logger: Logger;
  readonly onCall: (call: UpstreamCallReport) => void;
}

export interface WebexAssembly {
  readonly connections: WebexConnections;
  readonly onboarding: WebexOnboarding;
  close(): Promise<void>;
}

/**
 * The Webex side of the BFF, from the configuration (or the emulator in sandbox mode): the token endpoint, the
 * connected orgs with their refresh timers (started from the store), and onboarding.
 */
export function assembleWebex(options: WebexAssemblyOptions): WebexAssembly {
  const { config, sandbox, store } = options;
  const settings =
    sandbox === undefined
      ? config
      : {
          ...config,
          authorizeUrl: `${sandbox.url}/v1/authorize`,
          tokenUrl: `${sandbox.url}/v1/access_token`,
          apiBaseTemplate: sandbox.url,
          clientId: sandbox.clientId,
          clientSecret: sandbox.clientSecret,
        };
  // The sandbox's emulator forgets its tokens when it stops, so a key for this run alone loses nothing there.
  const key = options.credentialsKey ?? (sandbox === undefined ? undefined : randomBytes(32).toString('base64'));
  const endpoint =
    settings.clientId === undefined || settings.clientSecret === undefined
      ? undefined
      : new WebexTokenEndpoint({
          tokenUrl: settings.tokenUrl,
          integration: { clientId: settings.clientId, clientSecret: settings.clientSecret },
          timeoutMs: config.timeoutMs,
          now: () => options.clock.now(),
          onCall: options.onCall,
        });
  const connections = new WebexConnections({
    orgs: store.webexOrgs,
    cipher: key === undefined ? undefined : createCredentialCipher(key),
    refresh: (refreshToken) =>
      endpoint ? endpoint.refresh(refreshToken) : Promise.reject(new Error('no Webex integration is configured')),
    clock: options.clock,
    random: options.random,
    trail: options.trail,
    logger: options.logger,
  });
  const onboarding = new WebexOnboarding({
    endpoint,
    clientId: settings.clientId,
    authorizeUrl: settings.authorizeUrl,
    scopes: settings.scopes,
    regions: settings.regions,
    apiBaseTemplate: settings.apiBaseTemplate,
    canStoreTokens: key !== undefined,
    connections,
    sessionActive: async (sessionHash) =>
      (await store.sessions.findActive(sessionHash, options.clock.now())) !== undefined,
    clock: options.clock,
    trail: options.trail,
  });
  return {
    connections,
    onboarding,
    close: async () => {
      await connections.stop();
      await endpoint?.close();
    },
  };
}
