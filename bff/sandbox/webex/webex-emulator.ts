import { FaultBook } from '../control/fault-book.js';
import { listenEmulator } from '../control/emulator-server.js';
import { demoAnchor } from '../context-service/demo/demo-data.js';
import { demoOrgs } from './demo/demo-orgs.js';
import {
  DEMO_ORG,
  SANDBOX_WEBEX_CLIENT_ID,
  SANDBOX_WEBEX_CLIENT_SECRET,
  SANDBOX_WEBEX_SCOPES,
  WEBEX_DEMO_SEED,
} from './demo/demo-facts.js';
import { dataApiError } from './http/error-bodies.js';
import { RateBudget } from './http/rate-budget.js';
import { webexApp } from './http/webex-app.js';
import { CaptureUrlSigner } from './model/capture-url-signer.js';
import { ClientRegistry } from './oauth/client-registry.js';
import { TokenBook } from './oauth/token-book.js';
import { WEBEX_TOKEN_LIFETIMES } from './oauth/token-lifetimes.js';
import type { TokenLifetimes } from './oauth/token-lifetimes.js';
import { WebexCloud } from './webex-cloud.js';

export interface WebexEmulatorOptions {
  /** Interface to listen on; loopback unless told otherwise. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Seed of the generated history. */
  readonly seed?: number;
  /** Token lifetimes in seconds; Webex's own by default (12 h access, 60 d refresh). */
  readonly lifetimes?: Partial<TokenLifetimes>;
  /** Each client id's budget per minute: 300, Webex's documented default. */
  readonly requestsPerMinute?: number;
  /** The demo integration's registered redirect URIs; any loopback URI when empty (the default). */
  readonly redirectUris?: readonly string[];
  /** The emulator's clock (epoch ms); tests pass their own to expire tokens and URLs without waiting. */
  readonly clock?: () => number;
}

export interface WebexEmulator {
  /** Base URL of every host: OAuth `/v1/authorize`, API `/v1/tasks`…, legacy `/aws/api`, control `/sandbox`. */
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The demo organisation's id. */
  readonly orgId: string;
  close(): Promise<void>;
}

/**
 * Starts an emulated Webex Contact Center (reference webex-contact-center.md): Webex OAuth with a consent page, the
 * Contact Center REST API (tasks, statistics, activities, captures, sites) with its three error bodies and per-client
 * rate budget, the legacy v1 API with HMAC signatures, and the sandbox control API, on one HTTP server.
 */
export async function startWebexEmulator(options: WebexEmulatorOptions = {}): Promise<WebexEmulator> {
  const now = options.clock ?? Date.now;
  const lifetimes = { ...WEBEX_TOKEN_LIFETIMES, ...options.lifetimes };
  const requestsPerMinute = options.requestsPerMinute ?? 300;
  const faults = new FaultBook({
    status: (response, status) =>
      response.status(status).json(dataApiError(status, 'Injected fault', `EMULATOR_FAULT_${status}`)),
    // Cut off mid-object, as a dropped proxy connection leaves it.
    malformed: (response) => response.status(200).type('application/json').send('{"meta":{"orgId":"6f0e1d2c-3b4a'),
  });
  const clients = new ClientRegistry([
    {
      clientId: SANDBOX_WEBEX_CLIENT_ID,
      clientSecret: SANDBOX_WEBEX_CLIENT_SECRET,
      scopes: SANDBOX_WEBEX_SCOPES,
      redirectUris: options.redirectUris ?? [],
    },
  ]);
  const cloud = new WebexCloud(
    demoOrgs(options.seed ?? WEBEX_DEMO_SEED, demoAnchor(now())),
    clients,
    new TokenBook(now, lifetimes),
    new RateBudget(now, requestsPerMinute),
    new CaptureUrlSigner(),
    faults,
    now,
    { lifetimes, requestsPerMinute },
  );

  const server = await listenEmulator(webexApp(cloud), options.host ?? '127.0.0.1', options.port ?? 0);
  cloud.baseUrl = server.baseUrl;

  return {
    url: cloud.baseUrl,
    clientId: SANDBOX_WEBEX_CLIENT_ID,
    clientSecret: SANDBOX_WEBEX_CLIENT_SECRET,
    orgId: DEMO_ORG.id,
    close: () => server.close(),
  };
}
