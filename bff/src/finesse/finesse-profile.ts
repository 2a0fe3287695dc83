import type { UpstreamProfile } from '../upstream/types.js';
import { finesseErrors } from './finesse-error-mapping.js';

/**
 * The Finesse REST API (Developer Guide 12.5(1)) as an upstream: XML below `/finesse/api`. Finesse objects are small;
 * a body over 2 MiB is not Finesse talking.
 */
export const FINESSE: UpstreamProfile = {
  service: 'finesse',
  name: 'Finesse',
  apiPath: '/finesse/api',
  errorCode: 'ERR_FINESSE',
  maxBodyBytes: 2 * 1024 * 1024,
  mediaType: 'application/xml',
  errors: finesseErrors,
};
