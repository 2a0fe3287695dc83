/** Longer callback URLs are refused: a browser redirect to them would be unreliable anyway. */
export const MAX_CALLBACK_URL_LENGTH = 2048;

/**
 * The callbackUrl as an absolute http(s) URL (its normalised href), or undefined when it is not one. "The browser
 * is redirected to this URL", so it must be a web address a browser can be sent to; credentials in it are refused,
 * since the redirect would expose them in the address bar and history.
 */
export function parseCallbackUrl(value: string): string | undefined {
  if (value.length === 0 || value.length > MAX_CALLBACK_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

/**
 * The callback with `connectionData` appended as a query parameter (step 7 of the documented workflow), keeping the
 * callback's own query and fragment as they are. Deregistration appends it empty.
 */
export function appendConnectionData(callbackHref: string, connectionData: string): string {
  const url = new URL(callbackHref);
  const parameter = `connectionData=${encodeURIComponent(connectionData)}`;
  url.search = url.search === '' || url.search === '?' ? parameter : `${url.search.slice(1)}&${parameter}`;
  return url.href;
}
