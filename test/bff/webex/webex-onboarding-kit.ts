import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { request } from 'undici';
import { createCredentialCipher } from '../../../bff/src/auth/credential-cipher.js';
import { AuditTrail } from '../../../bff/src/services/audit-trail.js';
import { openStore } from '../../../bff/src/store/index.js';
import type { NewAuditEvent, Store } from '../../../bff/src/store/index.js';
import { WebexConnections } from '../../../bff/src/webex/webex-connections.js';
import { WebexOnboarding } from '../../../bff/src/webex/webex-onboarding.js';
import { WebexTokenEndpoint } from '../../../bff/src/webex/webex-token-endpoint.js';
import type { WebexTokenGrant } from '../../../bff/src/webex/webex-token-endpoint.js';
import { acceptConsent } from '../../../bff/sandbox/webex/demo/demo-consent.js';
import { DEMO_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { startWebexEmulator } from '../../../bff/sandbox/webex/webex-emulator.js';
import type { WebexEmulator } from '../../../bff/sandbox/webex/webex-emulator.js';
import { ManualScheduler } from '../../kit/manual-scheduler.js';

export const REDIRECT_URI = 'http://127.0.0.1/api/admin/webex/callback';
export const SCOPES = ['cjp:config_read', 'cjp:config_write', 'cjp:user'];

/** One BFF's Webex side: its store (on a file, to restart on), connections and onboarding. */
export interface WebexNode {
  readonly store: Store;
  readonly connections: WebexConnections;
  readonly onboarding: WebexOnboarding;
  /** Refresh-token grants this node sent to Webex. */
  readonly refreshes: string[];
  close(): Promise<void>;
}

/**
 * Webex's OAuth emulator on the same manual time as the BFF side, with its token lifetimes given in seconds, and BFF
 * nodes built on one SQLite file (a second node is the BFF after a restart).
 */
export class WebexWorld {
  readonly time = new ManualScheduler();
  readonly databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'webex-')), 'store.sqlite')}`;
  readonly key = randomBytes(32).toString('base64');
  readonly audit: NewAuditEvent[] = [];

  private constructor(readonly emulator: WebexEmulator) {}

  static async start(
    lifetimes: { accessTokenSeconds?: number; refreshTokenSeconds?: number } = {},
  ): Promise<WebexWorld> {
    // The emulator reads the world's time, which exists only once the emulator has started.
    const started: { world?: WebexWorld } = {};
    const emulator = await startWebexEmulator({
      clock: () => (started.world ? started.world.time.now().getTime() : Date.parse('2026-11-21T09:00:00.000Z')),
      lifetimes,
    });
    started.world = new WebexWorld(emulator);
    return started.world;
  }

  /** A BFF node; `refresh` stands between it and the token endpoint (to fail on purpose), and `timers: false` never fires its timers. */
  async node(
    options: {
      refresh?: (refresh: (token: string) => Promise<WebexTokenGrant>, token: string) => Promise<WebexTokenGrant>;
      timers?: boolean;
      key?: string | null;
    } = {},
  ): Promise<WebexNode> {
    const store = await openStore({ url: this.databaseUrl });
    const endpoint = new WebexTokenEndpoint({
      tokenUrl: `${this.emulator.url}/v1/access_token`,
      integration: { clientId: this.emulator.clientId, clientSecret: this.emulator.clientSecret },
      timeoutMs: 5000,
      now: () => this.time.now(),
    });
    const refreshes: string[] = [];
    const refresh = (token: string): Promise<WebexTokenGrant> => {
      refreshes.push(token);
      return endpoint.refresh(token);
    };
    const clock = options.timers === false ? { now: () => this.time.now(), after: () => () => undefined } : this.time;
    const trail = new AuditTrail<NewAuditEvent>({
      write: (event) => Promise.resolve(this.audit.push(event)),
      logger: pino({ level: 'silent' }),
      onWriteFailure: () => undefined,
    });
    const key = options.key === null ? undefined : (options.key ?? this.key);
    const connections = new WebexConnections({
      orgs: store.webexOrgs,
      cipher: key === undefined ? undefined : createCredentialCipher(key),
      refresh: options.refresh ? (token) => options.refresh!(refresh, token) : refresh,
      clock,
      random: { fraction: () => 0.5 },
      trail,
      logger: pino({ level: 'silent' }),
    });
    const onboarding = new WebexOnboarding({
      endpoint,
      clientId: this.emulator.clientId,
      authorizeUrl: `${this.emulator.url}/v1/authorize`,
      scopes: SCOPES,
      regions: ['us1', 'eu1'],
      apiBaseTemplate: 'https://api.wxcc-{region}.cisco.com',
      canStoreTokens: key !== undefined,
      connections,
      sessionActive: () => Promise.resolve(true),
      clock,
      trail,
    });
    await connections.start();
    return {
      store,
      connections,
      onboarding,
      refreshes,
      close: async () => {
        await connections.stop();
        await endpoint.close();
        await store.close();
      },
    };
  }

  /** The whole code flow: begin, the administrator of `personId` accepts, the callback completes. */
  async connect(node: WebexNode, personId: string = DEMO_ORG.admin.id, region = 'us1'): Promise<string> {
    const authorizeUrl = node.onboarding.begin(
      { actor: 'administrator', sessionHash: undefined },
      region,
      REDIRECT_URI,
    );
    const back = await acceptConsent(authorizeUrl, personId);
    const outcome = await node.onboarding.complete(Object.fromEntries(back.searchParams));
    if (outcome.orgId === undefined) throw new Error(`not connected: ${outcome.outcome} ${outcome.reason ?? ''}`);
    return outcome.orgId;
  }

  /** The emulator's control API. */
  async control(path: string, body: unknown): Promise<void> {
    const answer = await request(`${this.emulator.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    await answer.body.dump();
    if (answer.statusCode >= 300) throw new Error(`${path} answered ${answer.statusCode}`);
  }

  /** Whether Webex accepts `accessToken` (GET /v1/people/me with it). */
  async accepts(accessToken: string): Promise<boolean> {
    const answer = await request(`${this.emulator.url}/v1/people/me`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    await answer.body.dump();
    return answer.statusCode === 200;
  }

  close(): Promise<void> {
    return this.emulator.close();
  }
}
