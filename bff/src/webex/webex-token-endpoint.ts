import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { readUpstreamJson } from '../upstream/json-reader.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import type { UpstreamCall, UpstreamCallReport } from '../upstream/types.js';
import { UpstreamClient } from '../upstream/upstream-client.js';
import { WEBEX_OAUTH } from './webex-token-profile.js';

/** What Webex's token endpoint hands out, with the expiries made instants. */
export interface WebexTokenGrant {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly accessExpiresAt: Date;
  readonly refreshExpiresAt: Date;
}

/** The integration's credentials. */
export interface WebexIntegration {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface WebexTokenEndpointOptions {
  /** `https://webexapis.com/v1/access_token`. */
  readonly tokenUrl: string;
  readonly integration: WebexIntegration;
  readonly timeoutMs: number;
  readonly now: () => Date;
  readonly dispatcher?: Dispatcher;
  readonly onCall?: (call: UpstreamCallReport) => void;
}

/** `{access_token, expires_in, refresh_token, refresh_token_expires_in, token_type}` (reference §2, the real log). */
const TokenAnswer = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().int().positive(),
  refresh_token: z.string().min(1),
  refresh_token_expires_in: z.number().int().positive(),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORG_SUFFIX = /_[A-Za-z0-9]+_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const PeopleMe = z.object({ orgId: z.string().min(1) });

/**
 * Webex's token endpoint: the `authorization_code` and `refresh_token` grants, form-encoded with the client secret.
 * Expiries are computed from `expires_in` at the moment the answer arrives.
 */
export class WebexTokenEndpoint {
  readonly #client: UpstreamClient<UpstreamCall>;
  readonly #path: string;

  constructor(private readonly options: WebexTokenEndpointOptions) {
    const url = new URL(options.tokenUrl);
    this.#path = url.pathname;
    this.#client = new UpstreamClient(WEBEX_OAUTH, {
      baseUrl: url.origin,
      timeoutMs: options.timeoutMs,
      ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      ...(options.onCall ? { onCall: options.onCall } : {}),
    });
  }

  exchangeCode(code: string, redirectUri: string, codeVerifier: string): Promise<WebexTokenGrant> {
    return this.post('exchangeCode', 'the authorization code', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: codeVerifier,
    });
  }

  refresh(refreshToken: string): Promise<WebexTokenGrant> {
    return this.post('refreshToken', 'the refresh token', { grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  /**
   * The org the token belongs to: the suffix Webex puts on its access tokens (`<token>_<cluster>_<orgId>`), or, when
   * the token has none, `orgId` of `GET /v1/people/me` (base64 of `ciscospark://<geo>/ORGANIZATION/<uuid>`).
   */
  async orgIdOf(accessToken: string): Promise<string> {
    const suffix = ORG_SUFFIX.exec(accessToken)?.[1];
    if (suffix !== undefined) return suffix.toLowerCase();
    return this.#client.exchange(
      {
        operation: 'getPeopleMe',
        purpose: 'the signed-in administrator',
        method: 'GET',
        path: '/v1/people/me',
        headers: { Authorization: `Bearer ${accessToken}` },
        expectedStatus: [200],
      },
      (answer) => {
        const person = PeopleMe.safeParse(readUpstreamJson('webex', answer.body));
        const uuid = person.success
          ? Buffer.from(person.data.orgId, 'base64').toString('utf8').split('/').pop()
          : undefined;
        if (uuid === undefined || !UUID.test(uuid))
          throw new UpstreamFormatError('webex', 'orgId missing or not an organization id');
        return uuid.toLowerCase();
      },
    );
  }

  close(): Promise<void> {
    return this.#client.close();
  }

  private post(operation: string, purpose: string, fields: Record<string, string>): Promise<WebexTokenGrant> {
    const { clientId, clientSecret } = this.options.integration;
    const body = new URLSearchParams({ ...fields, client_id: clientId, client_secret: clientSecret }).toString();
    return this.#client.exchange(
      {
        operation,
        purpose,
        method: 'POST',
        path: this.#path,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
        expectedStatus: [200],
      },
      (answer) => {
        const parsed = TokenAnswer.safeParse(readUpstreamJson('webex', answer.body));
        if (!parsed.success) throw new UpstreamFormatError('webex', 'not a token answer');
        const at = this.options.now().getTime();
        return {
          accessToken: parsed.data.access_token,
          refreshToken: parsed.data.refresh_token,
          accessExpiresAt: new Date(at + parsed.data.expires_in * 1000),
          refreshExpiresAt: new Date(at + parsed.data.refresh_token_expires_in * 1000),
        };
      },
    );
  }
}
