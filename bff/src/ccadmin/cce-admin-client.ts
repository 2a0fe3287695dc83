import { UpstreamClient } from '../upstream/upstream-client.js';
import type { CceAdminCall, CceAdminCredentials, CceAdminClientOptions, CceRegistration, CceUpdateOutcome } from './types.js';
import { CCE_ADMIN } from './ccadmin-profile.js';
import { readPartialSuccess, readRegistration, writeConnectionData } from './registration-xml.js';

const REGISTRATION_PATH = '/contextserviceregistration';

/**
 * The BFF's client for CCE Administration's Context Service Registration API
 * (`/unifiedconfig/config/contextserviceregistration`): read the registration state, and send new connectionData,
 * which CCE saves in the AW database and pushes to CVP, Finesse and SocialMiner. Every failure is one of the BFF's
 * errors (see ccadmin-error-mapping.ts). Credentials and connectionData are sent, never logged or put in a message.
 */
export class CceAdminClient {
  private readonly upstream: UpstreamClient<CceAdminCall>;

  constructor(options: CceAdminClientOptions) {
    this.upstream = new UpstreamClient(CCE_ADMIN, options);
  }

  /** `GET ?callbackUrl=`: the state, and with a callbackUrl the URL of the wizard that changes it. */
  registration(credentials: CceAdminCredentials, callbackUrl?: string): Promise<CceRegistration> {
    const query = callbackUrl === undefined ? '' : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
    return this.upstream.exchange(
      { operation: 'getRegistration', purpose: 'the request for the registration', method: 'GET', path: `${REGISTRATION_PATH}${query}`, headers: { Authorization: credentials.authorization }, expectedStatus: [200] },
      (answer) => readRegistration(answer.body),
    );
  }

  /**
   * `PUT` connectionData ("" clears it, deregistering). 200: saved and synchronised; 201 PARTIAL_SUCCESS: saved in the
   * AW database but not synchronised to the devices CCE names.
   */
  updateConnectionData(credentials: CceAdminCredentials, connectionData: string): Promise<CceUpdateOutcome> {
    return this.upstream.exchange(
      {
        operation: 'updateConnectionData',
        purpose: 'the registration change',
        method: 'PUT',
        path: REGISTRATION_PATH,
        headers: { Authorization: credentials.authorization },
        body: writeConnectionData(connectionData),
        secret: connectionData,
        expectedStatus: [200, 201],
      },
      (answer): CceUpdateOutcome => (answer.status === 201 ? { kind: 'partial', ...readPartialSuccess(answer.body) } : { kind: 'saved' }),
    );
  }

  /** Closes the client's own keep-alive connections (not a dispatcher passed in). */
  close(): Promise<void> {
    return this.upstream.close();
  }
}
