import type { FinesseClient } from '../../../finesse/finesse-client.js';
import { UnauthorizedError } from '../../../errors.js';
import { ADVICE } from '../advice.js';
import { CheckFailed } from '../doctor-check.js';
import type { DoctorCheck } from '../doctor-check.js';
import { displayUrl } from '../display-url.js';
import { probeXmpp } from '../xmpp-probe.js';
import { explainWith } from './explain.js';

/** What the Finesse REST check learns for the notification check: the XMPP domain the stream is opened to. */
export interface FinesseFacts {
  xmppDomain?: string;
  /** FINESSE_XMPP_DOMAIN is set: SystemInfo does not override it. */
  configuredXmppDomain?: boolean;
}

/**
 * `GET /finesse/api/SystemInfo`, as /readyz asks it: answered without credentials, and must say IN_SERVICE. A Finesse
 * that answers it only with credentials (401) is up; the BFF then reads it with each agent's credentials at sign-in.
 */
export function finesseRestCheck(options: {
  client: FinesseClient;
  url: string;
  timeoutMs: number;
  facts: FinesseFacts;
}): DoctorCheck {
  return {
    name: 'Finesse REST',
    target: `${displayUrl(options.url)} (GET /finesse/api/SystemInfo)`,
    deadlineMs: options.timeoutMs + 1000,
    async run() {
      const info = await options.client.systemInfo().catch((error: unknown) => {
        if (error instanceof UnauthorizedError) return undefined;
        throw error;
      });
      if (info === undefined) {
        const domain =
          options.facts.configuredXmppDomain === true
            ? `FINESSE_XMPP_DOMAIN ${options.facts.xmppDomain ?? ''}`
            : "read with each agent's credentials at sign-in";
        return `Finesse answers; SystemInfo requires authentication (XMPP domain: ${domain})`;
      }
      if (options.facts.configuredXmppDomain !== true) options.facts.xmppDomain = info.xmppDomain;
      if (info.status !== 'IN_SERVICE')
        throw new CheckFailed({ reason: `Finesse answers but is ${info.status}`, advice: ADVICE.finesseOutOfService });
      return `${info.status}, XMPP domain ${info.xmppDomain}`;
    },
    explain: explainWith({
      certificate: ADVICE.finesseCertificate,
      network: ADVICE.finesseUnreachable,
      answered: ADVICE.finesseAnswered,
    }),
  };
}

/** Opens Finesse's notification WebSocket and sees the XMPP service answer, without signing anyone in. */
export function finesseNotificationsCheck(options: {
  url: string;
  ca: string | undefined;
  timeoutMs: number;
  facts: FinesseFacts;
}): DoctorCheck {
  return {
    name: 'Finesse notifications',
    target: `${displayUrl(options.url)} (XMPP over WebSocket)`,
    deadlineMs: options.timeoutMs,
    async run(signal) {
      // Without SystemInfo (Finesse REST failed) the host name is the best guess at the XMPP domain.
      const domain = options.facts.xmppDomain ?? new URL(options.url).hostname;
      const mechanisms = await probeXmpp({ url: options.url, domain, ca: options.ca, signal });
      return `the XMPP service answered for ${domain}${mechanisms.length === 0 ? '' : `; sign-in by ${mechanisms.join(', ')}`}`;
    },
    explain: explainWith({
      certificate: ADVICE.notificationsCertificate,
      network: ADVICE.notificationsUnreachable,
      answered: ADVICE.notificationsUnreachable,
    }),
  };
}
