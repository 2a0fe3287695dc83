import { html } from '../../ccadmin/wizard/html.js';
import { page } from '../../ccadmin/wizard/page-layout.js';
import type { Org } from '../model/types.js';
import type { AuthorizeRequest } from './authorize-request.js';

/** Like the emulated registration wizard's pages: no script at all, styles inline only. No form-action: Chrome applies it to the redirect to the integration's own origin too. */
export const PAGE_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'";

/** The shared page style has one button look; declining is the quieter choice. */
const SECONDARY_BUTTON = 'color: inherit; background: transparent; box-shadow: inset 0 0 0 2px #0b5cab;';
const SECONDARY_TEXT = 'font-weight: normal; overflow-wrap: anywhere;';

/**
 * The emulated Webex sign-in and consent page, in the sandbox's Webex look: choose which organisation's administrator
 * signs in (no password: this is a sandbox), see the scopes asked for, accept or decline. It posts back to
 * /v1/authorize, so it works without JavaScript.
 */
export function consentPage(request: AuthorizeRequest, orgs: readonly Org[]): string {
  const hidden = Object.entries({
    client_id: request.integration.clientId,
    redirect_uri: request.redirectUri,
    scope: request.scopes.join(' '),
    response_type: 'code',
    state: request.state,
  })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`);
  const people = orgs.map(
    (
      org,
      index,
    ) => html`<div class="check"><input type="radio" id="person-${String(index)}" name="person" value="${org.admin.id}"${index === 0 ? html` checked` : undefined}>
<label for="person-${String(index)}">${org.admin.firstName} ${org.admin.lastName}<br><span style="${SECONDARY_TEXT}">${org.admin.email} · ${org.name}</span></label></div>`,
  );
  const scopes = request.scopes.map((scope) => html`<li><code>${scope}</code></li>`);
  return page(
    'Authorize access',
    html`<h1>Authorize access to Webex Contact Center</h1>
<p>An integration asks for access to your organization's Contact Center data.</p>
<form method="post" action="/v1/authorize">${hidden}
<fieldset><legend>Sign in as</legend>${people}</fieldset>
<p>It will be able to use these scopes:</p><ul>${scopes}</ul>
<button name="decision" value="accept">Accept</button> <button name="decision" value="deny" style="${SECONDARY_BUTTON}">Decline</button>
</form>
<p>This is an emulation: no password is asked.</p>`,
  );
}

/** An authorize request that cannot be answered by redirect. */
export function authorizeErrorPage(message: string): string {
  return page(
    'Authorization failed',
    html`<h1>This authorization request cannot be completed</h1><p class="problem" role="alert">${message}</p>`,
  );
}
