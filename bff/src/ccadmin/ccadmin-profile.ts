import type { UpstreamProfile } from '../upstream/types.js';
import { cceAdminErrors } from './ccadmin-error-mapping.js';
import type { CceAdminCall } from './types.js';

/**
 * CCE Administration's unifiedconfig API as an upstream: XML below `/unifiedconfig/config`. The registration object is
 * a few hundred bytes; a body over 256 KiB is not CCE talking.
 */
export const CCE_ADMIN: UpstreamProfile<CceAdminCall> = {
  service: 'ccadmin',
  name: 'CCE Administration',
  apiPath: '/unifiedconfig/config',
  errorCode: 'ERR_CCE_ADMIN',
  maxBodyBytes: 256 * 1024,
  mediaType: 'application/xml',
  charset: 'utf-8',
  errors: cceAdminErrors,
};
