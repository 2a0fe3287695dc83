import { request as httpRequest } from 'node:http';
import request from 'supertest';
import type { Response } from 'supertest';
import type { Clock } from '../../../bff/src/clock.js';
import { startWebexEmulator } from '../../../bff/sandbox/webex/webex-emulator.js';
import type { WebexEmulator, WebexEmulatorOptions } from '../../../bff/sandbox/webex/webex-emulator.js';
import { DEMO_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { listen } from '../../kit/listening-server.js';
import type { ListeningServer } from '../../kit/listening-server.js';
import { EmulatorWebexAccess } from '../../kit/emulator-webex-access.js';
import { startAdminBff } from '../admin/admin-kit.js';
import type { AdminBff } from '../admin/admin-kit.js';
import type { Environment } from '../../../bff/src/config.js';

/** One request that reached the emulator's API host, with the test clock's time. */
export interface EmulatorHit {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly at: number;
}

export type Caller = 'anonymous' | 'agent' | 'supervisor' | 'administrator';

export interface WebexBff {
  readonly admin: AdminBff;
  readonly emulator: WebexEmulator;
  readonly access: EmulatorWebexAccess;
  /** Every request that reached the emulator through the BFF, in order. */
  readonly hits: EmulatorHit[];
  api(): ReturnType<typeof request>;
  /** The session token of each kind of caller (none for anonymous). */
  tokenOf(caller: Caller): Promise<string | undefined>;
  /** The emulator's sandbox control API. */
  webexSandbox(): request.Agent;
  close(): Promise<void>;
}

export interface WebexBffOptions {
  readonly env?: Environment;
  readonly emulator?: WebexEmulatorOptions;
  /** The BFF's clock (the emulator's too, when the test gives one). */
  readonly clock?: Clock;
}

/**
 * The BFF wired to a real Webex emulator through a recorder that counts what reaches it, with a test `WebexAccess`
 * that went through the emulator's consent and token exchange; a CCE Administration emulator for administrators.
 */
export async function startWebexBff(options: WebexBffOptions = {}): Promise<WebexBff> {
  const clock = options.clock;
  const emulator = await startWebexEmulator({
    ...(clock === undefined ? {} : { clock: () => clock.now().getTime() }),
    ...options.emulator,
  });
  const hits: EmulatorHit[] = [];
  const recorder = await recorderOf(emulator.url, hits, () => (clock ?? { now: () => new Date() }).now().getTime());
  const access = new EmulatorWebexAccess(emulator, DEMO_ORG.admin.id, recorder.url);
  const admin = await startAdminBff({
    env: {
      WEBEX_TIMEOUT_MS: '5000',
      WEBEX_LEGACY_URL: emulator.url,
      WEBEX_LEGACY_TENANT_ID: DEMO_ORG.tenantId,
      WEBEX_LEGACY_USER_ID: DEMO_ORG.legacyUser.userId,
      WEBEX_LEGACY_API_KEY: DEMO_ORG.legacyUser.apiKey,
      ...options.env,
    },
    webexAccess: access,
    ...(clock === undefined ? {} : { clock }),
  });
  const tokens = new Map<Caller, string>();
  return {
    admin,
    emulator,
    access,
    hits,
    api: () => request(admin.bff.app),
    async tokenOf(caller) {
      if (caller === 'anonymous') return undefined;
      let token = tokens.get(caller);
      if (token === undefined) {
        token =
          caller === 'administrator'
            ? await admin.signInAdministrator()
            : (await admin.bff.signIn(caller === 'agent' ? 'agent1' : 'super1')).token;
        tokens.set(caller, token);
      }
      return token;
    },
    webexSandbox: () => request.agent(emulator.url),
    async close() {
      await admin.close();
      await recorder.close();
      await emulator.close();
    },
  };
}

/** A pass-through in front of the emulator that notes each request and the status it got. */
function recorderOf(target: string, hits: EmulatorHit[], now: () => number): Promise<ListeningServer> {
  return listen((incoming, outgoing) => {
    const at = now();
    const forward = httpRequest(
      `${target}${incoming.url ?? '/'}`,
      { method: incoming.method, headers: incoming.headers },
      (answer) => {
        hits.push({
          method: incoming.method ?? 'GET',
          path: (incoming.url ?? '/').split('?')[0] ?? '/',
          status: answer.statusCode ?? 0,
          at,
        });
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
}

/** The JSON error of an answer. */
export function errorOf(response: Response): {
  code: string;
  message: string;
  upstream?: { service: string; status?: number; message?: string };
} {
  return (response.body as { error: { code: string; message: string } }).error;
}

export const HOUR_MS = 3_600_000;
