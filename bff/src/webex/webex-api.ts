import type { Dispatcher } from 'undici';
import { UpstreamClient } from '../upstream/upstream-client.js';
import type { UpstreamAnswer, UpstreamCall, UpstreamCallReport } from '../upstream/types.js';
import type { WebexAccess, WebexOrgAccess } from './webex-access.js';
import { WebexRateLimitedAnswer, WebexUnauthorizedAnswer } from './webex-errors.js';
import { WEBEX } from './webex-profile.js';
import type { WebexRateLimits } from './webex-rate-limits.js';

export interface WebexApiOptions {
  readonly access: WebexAccess;
  readonly limits: WebexRateLimits;
  readonly timeoutMs: number;
  readonly dispatcher?: Dispatcher;
  readonly onCall?: (call: UpstreamCallReport) => void;
}

/** How many 429s one call waits out before its caller is answered 503. */
const RATE_LIMITED_RETRIES = 3;

/**
 * Authorised calls to an org's Webex Contact Center API: the org's token from `WebexAccess`, one refresh and one retry
 * after a 401, the rate limits before every call and a 429's Retry-After waited out. Each org's API base (its region)
 * gets its own upstream client.
 */
export class WebexApi {
  readonly #clients = new Map<string, UpstreamClient<UpstreamCall>>();

  constructor(private readonly options: WebexApiOptions) {}

  /** `call` is built for the org's access (configuration paths carry the org id); `read` reads the expected answer. */
  async exchange<T>(
    orgId: string | undefined,
    call: (org: WebexOrgAccess) => UpstreamCall,
    read: (answer: UpstreamAnswer, org: WebexOrgAccess) => T,
  ): Promise<T> {
    let org = await this.options.access.access(orgId);
    let refreshed = false;
    for (let rateLimited = 0; ;) {
      await this.options.limits.turn();
      const built = call(org);
      const current = org;
      try {
        return await this.clientFor(org.apiBase).exchange(
          { ...built, headers: { ...built.headers, Authorization: `Bearer ${org.accessToken}` } },
          (answer) => read(answer, current),
        );
      } catch (error) {
        if (error instanceof WebexUnauthorizedAnswer && !refreshed) {
          refreshed = true;
          org = await this.options.access.afterUnauthorized(org);
        } else if (error instanceof WebexRateLimitedAnswer && rateLimited < RATE_LIMITED_RETRIES) {
          rateLimited += 1;
          this.options.limits.pause(error.retryAfterSeconds ?? 1);
        } else {
          throw error;
        }
      }
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.#clients.values()].map((client) => client.close()));
    this.#clients.clear();
  }

  private clientFor(apiBase: string): UpstreamClient<UpstreamCall> {
    let client = this.#clients.get(apiBase);
    if (client === undefined) {
      const { timeoutMs, dispatcher, onCall } = this.options;
      client = new UpstreamClient(WEBEX, {
        baseUrl: apiBase,
        timeoutMs,
        ...(dispatcher === undefined ? {} : { dispatcher }),
        ...(onCall === undefined ? {} : { onCall }),
      });
      this.#clients.set(apiBase, client);
    }
    return client;
  }
}
