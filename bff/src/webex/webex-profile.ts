import type { UpstreamProfile } from '../upstream/types.js';
import { WEBEX_ERRORS } from './webex-errors.js';

/** Webex Contact Center's REST API (`https://api.wxcc-<region>.cisco.com`): JSON, paths from the root. */
export const WEBEX: UpstreamProfile = {
  service: 'webex',
  name: 'Webex Contact Center',
  apiPath: '',
  errorCode: 'ERR_WEBEX',
  // A page of 1000 tasks or a day of 15-minute statistics for 100 queues stays well below.
  maxBodyBytes: 16 * 1024 * 1024,
  mediaType: 'application/json',
  errors: WEBEX_ERRORS,
};
