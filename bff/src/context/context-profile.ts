import type { UpstreamProfile } from '../upstream/types.js';
import { contextErrors } from './context-error-mapping.js';
import type { ContextCall } from './types.js';

/**
 * The Context Service REST API (context-service-and-webex.md §1) as an upstream: JSON below `/context/v1`. A search
 * page holds at most 200 small objects; a body over 4 MiB is not the store talking.
 */
export const CONTEXT_SERVICE: UpstreamProfile<ContextCall> = {
  service: 'context',
  name: 'Context Service',
  apiPath: '/context/v1',
  errorCode: 'ERR_CONTEXT',
  maxBodyBytes: 4 * 1024 * 1024,
  mediaType: 'application/json',
  errors: contextErrors,
};
