import type { SafeHtml } from './html.js';
import { html } from './html.js';
import { page } from './page-layout.js';
import type { WizardFlow } from './wizard-flows.js';
import { wizardStartPath } from './wizard-flows.js';

const WORDING: Record<WizardFlow, { signInTitle: string; purpose: string }> = {
  registration: {
    signInTitle: 'Sign in to register Context Service',
    purpose:
      'Sign in with your Cisco Webex Control Hub administrator account to register Unified CCE with Context Service.',
  },
  deregistration: {
    signInTitle: 'Sign in to deregister Context Service',
    purpose:
      'Sign in with your Cisco Webex Control Hub administrator account to remove the Hybrid Services cluster of Unified CCE from Context Service.',
  },
};

function returnNote(callbackUrl: string): SafeHtml {
  return html`<p>When you finish, your browser returns to <strong>${new URL(callbackUrl).origin}</strong>.</p>`;
}

function problem(id: string, text: string | undefined): SafeHtml | undefined {
  return text === undefined ? undefined : html`<p class="problem" role="alert" id="${id}">${text}</p>`;
}

/** Step 1: the Webex sign-in. A failed attempt shows the page again with the problem, the username kept. */
export function signInPage(flow: WizardFlow, callbackUrl: string, failure?: { username: string }): string {
  const wording = WORDING[flow];
  const invalid = failure ? html` aria-invalid="true" aria-describedby="sign-in-problem"` : undefined;
  return page(
    wording.signInTitle,
    html`<h1>${wording.signInTitle}</h1>
<p>${wording.purpose}</p>
${problem('sign-in-problem', failure ? 'The username or password is not correct. Try again.' : undefined)}
<form method="post" action="/webex/${flow}/sign-in">
<input type="hidden" name="callbackUrl" value="${callbackUrl}">
<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" required value="${failure?.username ?? ''}"${invalid}>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password" required${invalid}>
<button type="submit">Sign in</button>
</form>
${returnNote(callbackUrl)}`,
  );
}

/**
 * Step 2: consent. Registration asks to "Check the Allow Access to Your Hybrid Services Node check box and then click
 * Continue"; deregistration asks to "confirm the removal of your Hybrid Services cluster" (Context Service setup guide).
 */
export function confirmPage(flow: WizardFlow, ticket: string, callbackUrl: string, consentMissing = false): string {
  if (flow === 'deregistration') {
    const title = 'Remove your Hybrid Services cluster';
    return page(
      title,
      html`<h1>${title}</h1>
<p>Unified CCE stops using Context Service once it saves the empty connection data this step hands back.</p>
<form method="post" action="/webex/deregistration/confirm">
<input type="hidden" name="ticket" value="${ticket}">
<button type="submit">Remove cluster</button>
</form>
${returnNote(callbackUrl)}`,
    );
  }
  const title = 'Allow access to your Hybrid Services node';
  const described = consentMissing ? html` aria-invalid="true" aria-describedby="consent-problem"` : undefined;
  return page(
    title,
    html`<h1>${title}</h1>
<p>Unified CCE Administration asks to connect your contact center to Context Service. Continuing hands it the connection data it needs.</p>
${problem('consent-problem', consentMissing ? 'Check “Allow access to your Hybrid Services node” to continue.' : undefined)}
<form method="post" action="/webex/registration/confirm">
<input type="hidden" name="ticket" value="${ticket}">
<p class="check"><input type="checkbox" id="allowAccess" name="allowAccess" value="yes" required${described}>
<label for="allowAccess">Allow access to your Hybrid Services node</label></p>
<button type="submit">Continue</button>
</form>
${returnNote(callbackUrl)}`,
  );
}

/** A step that cannot go on, with a way to start again when there is one. */
export function problemPage(
  title: string,
  message: string,
  restart?: { flow: WizardFlow; callbackUrl: string },
): string {
  const link = restart
    ? html`<p><a href="${wizardStartPath(restart.flow, restart.callbackUrl)}">Sign in again</a></p>`
    : undefined;
  return page(
    title,
    html`<h1>${title}</h1>
<p class="problem" role="alert">${message}</p>
${link}`,
  );
}

/** Where managementUrl points: Control Hub's Context Service page, of which the sandbox has only this stand-in. */
export function managementPage(): string {
  const title = 'Context Service management';
  return page(
    title,
    html`<h1>${title}</h1>
<p>In Cisco's service this is the Webex Control Hub page where an organisation administrator manages Context Service. The sandbox emulates only registration and deregistration, so there is nothing to manage here.</p>`,
  );
}
