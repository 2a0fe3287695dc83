import type { CceAdminClient } from '../../../ccadmin/cce-admin-client.js';
import { CceAdminBusyError } from '../../../ccadmin/ccadmin-errors.js';
import { UnauthorizedError, UpstreamRefusedError } from '../../../errors.js';
import { ADVICE } from '../advice.js';
import { CheckFailed } from '../doctor-check.js';
import type { CheckFailure, DoctorCheck } from '../doctor-check.js';
import { displayUrl } from '../display-url.js';
import { explainWith } from './explain.js';

/** From `CCE_ADMIN_USERNAME` / `CCE_ADMIN_PASSWORD`, which only the doctor reads: the Basic authorization CCE takes. */
export interface CceAdminLogin {
  readonly username: string;
  readonly authorization: string;
}

const explainNetwork = explainWith({
  certificate: ADVICE.cceCertificate,
  network: ADVICE.cceUnreachable,
  answered: ADVICE.cceUndetermined,
});

/**
 * `GET /unifiedconfig/config/contextserviceregistration`. With an administrator's login it reads the registration
 * state (registered is ok; notRegistered and invalid fail with Cisco's advice). Without one it sends no credentials at
 * all (so no account can be locked) and CCE refusing them, 401, shows it is there.
 */
export function cceAdminCheck(options: {
  client: CceAdminClient;
  url: string;
  timeoutMs: number;
  login: CceAdminLogin | undefined;
}): DoctorCheck {
  const { login } = options;
  return {
    name: 'CCE Administration',
    target: `${displayUrl(options.url)} (GET /unifiedconfig/config/contextserviceregistration)`,
    deadlineMs: options.timeoutMs + 1000,
    async run() {
      if (login === undefined) {
        try {
          await options.client.registration({ user: '', authorization: '' });
        } catch (error) {
          if (error instanceof UnauthorizedError || (error instanceof UpstreamRefusedError && error.status === 403)) {
            return 'reachable, it asks for credentials; set CCE_ADMIN_USERNAME and CCE_ADMIN_PASSWORD to check the registration state';
          }
          throw error;
        }
        return 'reachable; set CCE_ADMIN_USERNAME and CCE_ADMIN_PASSWORD to check the registration state';
      }
      const registration = await options.client.registration({
        user: login.username,
        authorization: login.authorization,
      });
      switch (registration.state) {
        case 'registered':
          return 'Context Service is registered';
        case 'notRegistered':
          throw new CheckFailed({ reason: 'Context Service is not registered', advice: ADVICE.notRegistered });
        case 'invalid':
          throw new CheckFailed({
            reason: 'the Context Service registration state is invalid',
            advice: ADVICE.registrationInvalid,
          });
      }
    },
    explain(error): CheckFailure {
      if (error instanceof UnauthorizedError) return { reason: error.message, advice: ADVICE.cceCredentials };
      if (error instanceof UpstreamRefusedError && error.status === 403)
        return { reason: error.message, advice: ADVICE.cceCredentials };
      if (error instanceof CceAdminBusyError) return { reason: error.message, advice: ADVICE.cceBusy };
      return explainNetwork(error);
    },
  };
}
