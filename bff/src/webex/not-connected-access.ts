import type { WebexAccess } from './webex-access.js';
import { WebexNotConnectedError } from './webex-access.js';

/** The access of a BFF without Webex onboarding: every Webex route answers 503 `webex_not_connected`. */
export const NOT_CONNECTED: WebexAccess = {
  access: () => Promise.reject(new WebexNotConnectedError('No Webex Contact Center organization is connected')),
  afterUnauthorized: () =>
    Promise.reject(new WebexNotConnectedError('No Webex Contact Center organization is connected')),
};
