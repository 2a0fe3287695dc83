import type { Org } from '../model/types.js';
import type { AuthorizeRequest } from './authorize-request.js';

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1b1d21}
main{max-width:28rem;margin:4rem auto;background:#fff;border-radius:12px;padding:2rem;box-shadow:0 2px 12px #0002}
h1{font-size:1.25rem;margin:0 0 1rem}ul{padding-left:1.2rem}label{display:block;margin:.4rem 0}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}button{font:inherit;padding:.5rem 1.25rem;border-radius:999px;border:1px solid #0a5;cursor:pointer}
button[value=accept]{background:#0a7a4a;color:#fff;border-color:#0a7a4a}button[value=deny]{background:#fff;color:#1b1d21;border-color:#9aa0a6}
.note{color:#5f6368;font-size:.85rem}@media (prefers-color-scheme:dark){body{background:#121417;color:#e8eaed}main{background:#1e2126;box-shadow:none}button[value=deny]{background:#1e2126;color:#e8eaed}.note{color:#9aa0a6}}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * The emulated Webex sign-in and consent page: choose which organisation's administrator signs in (no password: this
 * is a sandbox), see the scopes asked for, accept or decline. It posts back to /v1/authorize.
 */
export function consentPage(request: AuthorizeRequest, orgs: readonly Org[]): string {
  const hidden = Object.entries({ client_id: request.integration.clientId, redirect_uri: request.redirectUri, scope: request.scopes.join(' '), response_type: 'code', state: request.state })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
    .join('');
  const people = orgs
    .map((org, index) => `<label><input type="radio" name="person" value="${escapeHtml(org.admin.id)}"${index === 0 ? ' checked' : ''}> ${escapeHtml(`${org.admin.firstName} ${org.admin.lastName}`)} &lt;${escapeHtml(org.admin.email)}&gt; — ${escapeHtml(org.name)}</label>`)
    .join('');
  const scopes = request.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join('');
  return page(
    'Webex — authorize access',
    `<h1>An integration asks for access to your Webex Contact Center organization</h1>
<form method="post" action="/v1/authorize">${hidden}
<fieldset><legend>Sign in as</legend>${people}</fieldset>
<p>It will be able to:</p><ul>${scopes}</ul>
<div class="actions"><button name="decision" value="accept">Accept</button><button name="decision" value="deny">Decline</button></div>
<p class="note">Webex emulator (sandbox): no password is asked.</p></form>`,
  );
}

/** An authorize request that cannot be answered by redirect. */
export function authorizeErrorPage(message: string): string {
  return page('Webex — authorization failed', `<h1>This authorization request cannot be completed</h1><p>${escapeHtml(message)}</p>`);
}
