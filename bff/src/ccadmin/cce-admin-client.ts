import type { CceAdminCredentials, CceAdminClientOptions, CceRegistration, CceUpdateOutcome } from './types.js';
import { CceAdminTransport } from './ccadmin-transport.js';
import { readPartialSuccess, readRegistration, writeConnectionData } from './registration-xml.js';

const REGISTRATION_PATH = '/contextserviceregistration';

/** The API root below `baseUrl`; checked once, at construction (searchable codes ERR_CCE_ADMIN_…). */
function apiBase(baseUrl: string): string {
  const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new TypeError('ERR_CCE_ADMIN_BASE_URL: baseUrl must be an http(s) URL without credentials, query or fragment');
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/unifiedconfig/config`;
}

/**
 * The BFF's client for CCE Administration's Context Service Registration API
 * (`/unifiedconfig/config/contextserviceregistration`): read the registration state, and send new connectionData,
 * which CCE saves in the AW database and pushes to CVP, Finesse and SocialMiner. Every failure is one of the BFF's
 * errors (see ccadmin-error-mapping.ts). Credentials and connectionData are sent, never logged or put in a message.
 */
export class CceAdminClient {
  private readonly transport: CceAdminTransport;

  constructor(options: CceAdminClientOptions) {
    if (!Number.isInteger(options.timeoutMs) || options.timeoutMs < 1) throw new RangeError('ERR_CCE_ADMIN_TIMEOUT: timeoutMs must be a whole number of milliseconds, at least 1');
    this.transport = new CceAdminTransport(apiBase(options.baseUrl), options);
  }

  /** `GET ?callbackUrl=`: the state, and with a callbackUrl the URL of the wizard that changes it. */
  registration(credentials: CceAdminCredentials, callbackUrl?: string): Promise<CceRegistration> {
    const query = callbackUrl === undefined ? '' : `?callbackUrl=${encodeURIComponent(callbackUrl)}`;
    return this.transport.exchange(
      { operation: 'getRegistration', purpose: 'the request for the registration', method: 'GET', path: `${REGISTRATION_PATH}${query}`, authorization: credentials.authorization, expectedStatus: [200] },
      (answer) => readRegistration(answer.body),
    );
  }

  /**
   * `PUT` connectionData ("" clears it, deregistering). 200: saved and synchronised; 201 PARTIAL_SUCCESS: saved in the
   * AW database but not synchronised to the devices CCE names.
   */
  updateConnectionData(credentials: CceAdminCredentials, connectionData: string): Promise<CceUpdateOutcome> {
    return this.transport.exchange(
      {
        operation: 'updateConnectionData',
        purpose: 'the registration change',
        method: 'PUT',
        path: REGISTRATION_PATH,
        authorization: credentials.authorization,
        body: writeConnectionData(connectionData),
        secret: connectionData,
        expectedStatus: [200, 201],
      },
      (answer): CceUpdateOutcome => (answer.status === 201 ? { kind: 'partial', ...readPartialSuccess(answer.body) } : { kind: 'saved' }),
    );
  }

  /** Closes the client's own keep-alive connections (not a dispatcher passed in). */
  close(): Promise<void> {
    return this.transport.close();
  }
}
