import { request } from 'undici';

/**
 * What an org's administrator does on the emulated consent page, done without a browser: the authorize request the BFF
 * built is posted back with "accept" as `personId`, and the redirect Webex would send the browser to is answered
 * (with `code` and `state`). Sandbox mode connects the demo org with it at start, and tests connect orgs with it.
 */
export async function acceptConsent(authorizeUrl: string, personId: string): Promise<URL> {
  const url = new URL(authorizeUrl);
  const form = new URLSearchParams(url.searchParams);
  form.set('person', personId);
  form.set('decision', 'accept');
  const answer = await request(`${url.origin}/v1/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  await answer.body.dump();
  const location = answer.headers.location;
  if (answer.statusCode !== 302 || typeof location !== 'string')
    throw new Error(`the emulated consent page answered ${answer.statusCode} without a redirect`);
  return new URL(location);
}
