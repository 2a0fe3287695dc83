import type { RegistrationLinks } from '../model/registration-view.js';
import type { WizardFlow } from './wizard-flows.js';
import { wizardStartPath } from './wizard-flows.js';

/**
 * The links a GET answer carries, pointing at the emulated Webex pages on this emulator. The base URL is read when a
 * link is made, since it is known only once the server listens.
 */
export function wizardLinks(baseUrl: () => string): RegistrationLinks {
  const start = (flow: WizardFlow, callbackUrl: string): string => `${baseUrl()}${wizardStartPath(flow, callbackUrl)}`;
  return {
    get managementUrl() {
      return `${baseUrl()}/webex/management`;
    },
    registrationUrl: (callbackUrl) => start('registration', callbackUrl),
    deregistrationUrl: (callbackUrl) => start('deregistration', callbackUrl),
  };
}
