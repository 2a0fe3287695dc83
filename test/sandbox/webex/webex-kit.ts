import { afterEach, beforeEach } from 'vitest';
import request from 'supertest';
import type { Test } from 'supertest';
import { startWebexEmulator } from '../../../bff/sandbox/webex/webex-emulator.js';
import type { WebexEmulator, WebexEmulatorOptions } from '../../../bff/sandbox/webex/webex-emulator.js';
import { DEMO_ORG, SECOND_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import type { TokenPair } from '../../../bff/sandbox/webex/oauth/token-book.js';

export type { TokenPair, WebexEmulator };

/** A clock the test moves by hand, so tokens and URLs expire without waiting. */
export class ManualClock {
  constructor(public nowMs = Date.UTC(2026, 2, 11, 18, 30)) {}

  readonly now = (): number => this.nowMs;

  advance(ms: number): void {
    this.nowMs += ms;
  }
}

export const REDIRECT_URI = 'http://127.0.0.1:5555/webex/callback';
export const READ_SCOPES = 'cjp:config_read spark:people_read';

export interface AuthorizeOptions {
  /** The consent page's person: the demo organisation's administrator unless told otherwise. */
  readonly personId?: string;
  readonly scope?: string;
  readonly redirectUri?: string;
  readonly state?: string;
  readonly decision?: 'accept' | 'deny';
}

/** Drives the consent page as a browser would (its form posted back) and returns where Webex sent the browser. */
export async function authorize(emulator: WebexEmulator, options: AuthorizeOptions = {}): Promise<URL> {
  const response = await request(emulator.url)
    .post('/v1/authorize')
    .type('form')
    .send({
      client_id: emulator.clientId,
      response_type: 'code',
      redirect_uri: options.redirectUri ?? REDIRECT_URI,
      scope: options.scope ?? READ_SCOPES,
      state: options.state ?? 'state-123',
      person: options.personId ?? DEMO_ORG.admin.id,
      decision: options.decision ?? 'accept',
    });
  if (response.status !== 302) throw new Error(`authorize answered ${response.status}: ${response.text}`);
  return new URL(response.headers.location ?? '');
}

/** The code the consent page handed back. */
export async function authorizationCode(emulator: WebexEmulator, options: AuthorizeOptions = {}): Promise<string> {
  const code = (await authorize(emulator, options)).searchParams.get('code');
  if (code === null) throw new Error('authorize gave no code');
  return code;
}

export function tokenRequest(emulator: WebexEmulator, fields: Record<string, string>): Test {
  return request(emulator.url).post('/v1/access_token').type('form').send(fields);
}

export function exchangeCode(emulator: WebexEmulator, code: string, overrides: Record<string, string> = {}): Test {
  return tokenRequest(emulator, {
    grant_type: 'authorization_code',
    client_id: emulator.clientId,
    client_secret: emulator.clientSecret,
    code,
    redirect_uri: REDIRECT_URI,
    ...overrides,
  });
}

export function refreshWith(emulator: WebexEmulator, refreshToken: string): Test {
  return tokenRequest(emulator, {
    grant_type: 'refresh_token',
    client_id: emulator.clientId,
    client_secret: emulator.clientSecret,
    refresh_token: refreshToken,
  });
}

/** A token pair for an organisation's administrator, through the whole code flow. */
export async function signIn(emulator: WebexEmulator, options: AuthorizeOptions = {}): Promise<TokenPair> {
  const response = await exchangeCode(emulator, await authorizationCode(emulator, options));
  if (response.status !== 200) throw new Error(`token exchange answered ${response.status}: ${response.text}`);
  return response.body as TokenPair;
}

/** Speaks the Contact Center API with a bearer token. */
export class WebexApi {
  constructor(
    private readonly emulator: WebexEmulator,
    public accessToken: string,
  ) {}

  get(path: string, query: Record<string, string | number> = {}): Test {
    return request(this.emulator.url).get(path).query(query).set('Authorization', `Bearer ${this.accessToken}`);
  }

  post(path: string, body: object): Test {
    return request(this.emulator.url).post(path).set('Authorization', `Bearer ${this.accessToken}`).send(body);
  }

  put(path: string, body: object): Test {
    return request(this.emulator.url).put(path).set('Authorization', `Bearer ${this.accessToken}`).send(body);
  }

  delete(path: string): Test {
    return request(this.emulator.url).delete(path).set('Authorization', `Bearer ${this.accessToken}`);
  }
}

export function control(emulator: WebexEmulator) {
  return request(emulator.url);
}

export { DEMO_ORG, SECOND_ORG };

/** The data APIs' error body (ApiErrorResponse). */
export interface DataErrorJson {
  readonly trackingId: string;
  readonly error: { readonly key: string; readonly message: readonly { readonly description: string }[] };
}

/** A fresh emulator on a manual clock for each test, closed after; `use` receives it, the clock and a signed-in API. */
export function useWebex(
  use: (made: { emulator: WebexEmulator; clock: ManualClock; api: WebexApi; tokens: TokenPair }) => void,
  options: WebexEmulatorOptions = {},
): void {
  let emulator: WebexEmulator | undefined;
  beforeEach(async () => {
    const clock = new ManualClock();
    emulator = await startWebexEmulator({ clock: clock.now, ...options });
    const tokens = await signIn(emulator, { scope: 'cjp:config_read cjp:config_write spark:people_read' });
    use({ emulator, clock, api: new WebexApi(emulator, tokens.access_token), tokens });
  });
  afterEach(async () => {
    await emulator?.close();
  });
}
