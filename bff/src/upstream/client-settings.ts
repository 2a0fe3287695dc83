import type { UpstreamClientOptions, UpstreamProfile } from './types.js';

/**
 * The API root of an upstream client, its options checked once at construction with the profile's searchable codes
 * (`ERR_FINESSE_TIMEOUT`, `ERR_FINESSE_BASE_URL`…): a whole number of milliseconds, and an http(s) base URL without
 * credentials, query or fragment, so that nothing but the profile's paths can follow it.
 */
export function apiRootOf(
  profile: Pick<UpstreamProfile, 'apiPath' | 'errorCode'>,
  options: Pick<UpstreamClientOptions, 'baseUrl' | 'timeoutMs'>,
): string {
  if (!Number.isInteger(options.timeoutMs) || options.timeoutMs < 1) {
    throw new RangeError(`${profile.errorCode}_TIMEOUT: timeoutMs must be a whole number of milliseconds, at least 1`);
  }
  const url = URL.canParse(options.baseUrl) ? new URL(options.baseUrl) : undefined;
  if (
    url === undefined ||
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username !== '' ||
    url.password !== '' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new TypeError(
      `${profile.errorCode}_BASE_URL: baseUrl must be an http(s) URL without credentials, query or fragment`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${profile.apiPath}`;
}
