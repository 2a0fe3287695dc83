import type { WebexAccess, WebexOrgAccess } from '../../bff/src/webex/webex-access.js';
import type { WebexEmulator } from '../../bff/sandbox/webex/webex-emulator.js';

const REDIRECT_URI = 'http://127.0.0.1:9/webex/callback';
const SCOPES = 'cjp:config cjp:config_read cjp:config_write';

interface TokenPair {
  readonly access_token: string;
  readonly refresh_token: string;
}

async function tokenGrant(emulator: WebexEmulator, fields: Record<string, string>): Promise<TokenPair> {
  const response = await fetch(`${emulator.url}/v1/access_token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: emulator.clientId, client_secret: emulator.clientSecret, ...fields }),
  });
  if (response.status !== 200)
    throw new Error(`the emulator's token endpoint answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as TokenPair;
}

/**
 * A `WebexAccess` for tests, standing in for the Webex onboarding: it consents on the emulator's page the way a
 * browser posts its form (the demo org's administrator accepts), exchanges the code for tokens, and refreshes with the
 * refresh token after a 401. `apiBase` may point at a recorder in front of the emulator.
 */
export class EmulatorWebexAccess implements WebexAccess {
  /** How many refreshes `afterUnauthorized` made. */
  refreshes = 0;
  #current: WebexOrgAccess | undefined;
  #refreshToken = '';

  constructor(
    private readonly emulator: WebexEmulator,
    private readonly adminPersonId: string,
    private readonly apiBase: string = emulator.url,
  ) {}

  async access(): Promise<WebexOrgAccess> {
    this.#current ??= await this.authorize();
    return this.#current;
  }

  async afterUnauthorized(rejected: WebexOrgAccess): Promise<WebexOrgAccess> {
    if (this.#current !== undefined && this.#current.accessToken !== rejected.accessToken) return this.#current;
    this.refreshes += 1;
    const pair = await tokenGrant(this.emulator, { grant_type: 'refresh_token', refresh_token: this.#refreshToken });
    return this.remember(pair);
  }

  /** Every token handed out so far, to look for in answers and logs. */
  readonly tokensSeen: string[] = [];

  private async authorize(): Promise<WebexOrgAccess> {
    const consent = await fetch(`${this.emulator.url}/v1/authorize`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: this.emulator.clientId,
        redirect_uri: REDIRECT_URI,
        scope: SCOPES,
        response_type: 'code',
        state: 'test',
        person: this.adminPersonId,
        decision: 'accept',
      }),
    });
    const code = new URL(consent.headers.get('location') ?? REDIRECT_URI).searchParams.get('code');
    if (code === null) throw new Error(`the emulator's consent answered ${consent.status} without a code`);
    return this.remember(
      await tokenGrant(this.emulator, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI }),
    );
  }

  private remember(pair: TokenPair): WebexOrgAccess {
    this.#refreshToken = pair.refresh_token;
    this.tokensSeen.push(pair.access_token, pair.refresh_token);
    this.#current = { orgId: this.emulator.orgId, apiBase: this.apiBase, accessToken: pair.access_token };
    return this.#current;
  }
}
