import { Writable } from 'node:stream';
import type { Express } from 'express';
import request from 'supertest';
import { loadConfig } from '../../bff/src/config.js';
import type { Environment } from '../../bff/src/config.js';
import { createLogger } from '../../bff/src/logger.js';
import { assemble } from '../../bff/src/composition.js';
import type { Assembly } from '../../bff/src/composition.js';
import { createApp } from '../../bff/src/app.js';
import { realClock } from '../../bff/src/clock.js';
import { Metrics } from '../../bff/src/metrics.js';
import { startFinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import type { FinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import { startContextServiceEmulator } from '../../bff/sandbox/context-service/context-service-emulator.js';
import type { ContextServiceEmulator } from '../../bff/sandbox/context-service/context-service-emulator.js';
import type { Agent } from '../../shared/api/agent.js';
import type { SandboxWebex } from '../../bff/src/webex/webex-assembly.js';
import type { WebexAccess } from '../../bff/src/webex/webex-access.js';
import type { Clock } from '../../bff/src/clock.js';

export interface TestBff {
  readonly app: Express;
  readonly assembly: Assembly;
  readonly emulator: FinesseEmulator;
  readonly contextService: ContextServiceEmulator;
  /** Every log line the BFF wrote, as text. */
  readonly logs: string[];
  /** A fake clock for session expiry: starts at the real time, moves only with `advance`. */
  readonly clock: { now(): Date; advance(ms: number): void };
  /** Sign in over the API; answers the token and the agent. */
  signIn(username?: string, password?: string): Promise<{ token: string; agent: Agent }>;
  /** Sign in and sign the agent in to their extension (NOT_READY). */
  signedInAgent(username?: string, extension?: string): Promise<string>;
  /** Sandbox control API of the Finesse emulator. */
  sandbox(): request.Agent;
  /** Sandbox control API of the Context Service emulator. */
  contextSandbox(): request.Agent;
  close(): Promise<void>;
}

export interface TestBffOptions {
  /** Extra environment, e.g. FINESSE_ACTION_WAIT_MS. */
  readonly env?: Environment;
  /** Use Finesse's XMPP notifications (default) or only polling. */
  readonly xmpp?: boolean;
  readonly heartbeatMs?: number;
  /** Another BFF node's emulators, to share (they are then not closed with this BFF). */
  readonly emulator?: FinesseEmulator;
  readonly contextService?: ContextServiceEmulator;
  /** How the emulated Finesse answers SystemInfo: to anyone (Finesse 12.5, the default) or only with credentials. */
  readonly systemInfo?: SystemInfoMode;
  /** Where the BFF reaches Finesse's REST API when not at the emulator itself (a test's server in front of it). */
  readonly finesseUrl?: string;
  /** Serve the sandbox pages (the simulated desktop at `/`) and the emulators' control APIs under `/sandbox/<name>`. */
  readonly sandboxDesktop?: boolean;
  /** A Webex emulator standing for Webex's hosts, as sandbox mode sets it up. */
  readonly sandboxWebex?: SandboxWebex;
  /** The Webex onboarding's access (none: /api/webex answers 503 webex_not_connected). */
  readonly webexAccess?: WebexAccess;
  /** A clock whose time the test moves (timers included); real time with an `advance` offset by default. */
  readonly clock?: Clock;
}

export type SystemInfoMode = 'open' | 'authenticated';

/**
 * Both ways a Finesse may answer SystemInfo, for `describe.each(SYSTEM_INFO_MODES)`: the BFF's notification and
 * action tests must pass against either.
 */
export const SYSTEM_INFO_MODES: readonly { readonly systemInfo: SystemInfoMode; readonly name: string }[] = [
  { systemInfo: 'open', name: 'SystemInfo open to anyone' },
  { systemInfo: 'authenticated', name: 'SystemInfo behind authentication' },
];

const EXTENSIONS: Record<string, string> = { agent1: '1001001', agent2: '1001002', super1: '1002001' };

/**
 * A BFF built with `createApp` against a real Finesse emulator on loopback (port 0), an in-memory store, a clock the
 * test controls and a logger whose lines the test can read. Drive it with supertest through `app`.
 */
export async function startTestBff(options: TestBffOptions = {}): Promise<TestBff> {
  const emulator =
    options.emulator ??
    (await startFinesseEmulator({
      answerDelayMs: 20,
      systemInfoRequiresAuthentication: options.systemInfo === 'authenticated',
    }));
  const contextService = options.contextService ?? (await startContextServiceEmulator());
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const config = loadConfig({
    FINESSE_URL: options.finesseUrl ?? emulator.url,
    CONTEXT_SERVICE_URL: contextService.url,
    CONTEXT_SERVICE_TOKEN: contextService.token,
    DATABASE_URL: 'sqlite::memory:',
    LOG_LEVEL: 'debug',
    FINESSE_TIMEOUT_MS: '2000',
    FINESSE_ACTION_WAIT_MS: '2000',
    FINESSE_POLL_INTERVAL_MS: '500',
    ...options.env,
  });
  let offset = 0;
  const clock = {
    ...realClock,
    now: () => new Date(Date.now() + offset),
    advance: (ms: number) => void (offset += ms),
  };
  const assembly = await assemble({
    config,
    finesseUrl: options.finesseUrl ?? emulator.url,
    contextService: { url: contextService.url, token: contextService.token },
    finesseXmppUrl: options.xmpp === false ? undefined : emulator.xmppUrl,
    logger: createLogger('debug', destination),
    clock: options.clock ?? clock,
    metrics: new Metrics({ processMetrics: false }),
    heartbeatMs: options.heartbeatMs ?? 15_000,
    reconnect: { startingDelayMs: 50, maxDelayMs: 500 },
    ...(options.sandboxWebex ? { sandboxWebex: options.sandboxWebex } : {}),
    ...(options.webexAccess === undefined ? {} : { webexAccess: options.webexAccess }),
    ...(options.sandboxDesktop === true
      ? { sandboxControl: { finesse: emulator.url, 'context-service': contextService.url, 'cce-admin': undefined } }
      : {}),
  });
  const app = createApp(assembly);

  const signIn = async (username = 'agent1', password = 'sandbox') => {
    const response = await request(app).post('/api/session').send({ username, password });
    if (response.status !== 201) throw new Error(`sign-in answered ${response.status}: ${response.text}`);
    const body = response.body as { token: string; agent: Agent };
    return { token: body.token, agent: body.agent };
  };

  return {
    app,
    assembly,
    emulator,
    contextService,
    logs,
    clock,
    signIn,
    async signedInAgent(username = 'agent1', extension = EXTENSIONS[username] ?? '') {
      const { token } = await signIn(username);
      const response = await request(app)
        .post('/api/agent/sign-in')
        .set('Authorization', `Bearer ${token}`)
        .send({ extension });
      if (response.status !== 200) throw new Error(`agent sign-in answered ${response.status}: ${response.text}`);
      return token;
    },
    sandbox: () => request.agent(emulator.url),
    contextSandbox: () => request.agent(contextService.url),
    async close() {
      await assembly.close();
      if (!options.emulator) await emulator.close();
      if (!options.contextService) await contextService.close();
    },
  };
}

export const bearer = (token: string): string => `Bearer ${token}`;
