import { html, nothing } from 'lit';
import { controlStyles } from '../../src/theme/tokens.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../desktop-session.js';
import type { DemoUser } from '../desktop-session.js';
import { emitDesktop } from '../desktop-events.js';
import { SignInForm } from '../../src/components/sign-in/sign-in-form.js';
import { signInFormStyles } from '../../src/components/sign-in/sign-in-form.styles.js';
import { desktopListStyles } from '../desktop-styles.js';
import { desktopSignInStyles } from './desktop-sign-in.styles.js';

/**
 * The simulated desktop's sign-in page: Finesse's form (username, password, extension) and, because this is the
 * sandbox, one button per demo user.
 *
 * @event sd-sign-in - `{ username, password, extension, demo }` when a form or a demo user is chosen.
 */
export class DesktopSignIn extends SignInForm {
  static override styles = [controlStyles, signInFormStyles, desktopListStyles, desktopSignInStyles];

  #submit(event: SubmitEvent): void {
    const submitted = this.submittedFields(event);
    const field = (name: string): string => submitted(name).trim();
    const credentials = { username: field('username'), password: field('password'), extension: field('extension') };
    if (credentials.username === '' || credentials.password === '' || credentials.extension === '') return;
    emitDesktop(this, 'sd-sign-in', { ...credentials, demo: false });
  }

  #demo(user: DemoUser): void {
    emitDesktop(this, 'sd-sign-in', {
      username: user.username,
      password: DEMO_PASSWORD,
      extension: user.extension,
      demo: true,
    });
  }

  override render() {
    return html`<main class="page">
      <h1>Cisco Finesse</h1>
      <p class="sandbox-note">Sandbox: a simulated Finesse desktop around the Context Desk gadget.</p>
      <form @submit=${(event: SubmitEvent) => this.#submit(event)} aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">Sign in</h2>
        <label>Username<input name="username" autocomplete="username" required /></label>
        <label>Password<input name="password" type="password" autocomplete="current-password" required /></label>
        <label>Extension<input name="extension" inputmode="numeric" pattern="[0-9]{1,20}" required /></label>
        <button class="primary" type="submit" ?disabled=${this.busy}>Sign In</button>
        ${this.failure === '' ? nothing : html`<p role="alert" class="failure">${this.failure}</p>`}
      </form>
      <section aria-labelledby="demo-heading">
        <h2 id="demo-heading">Demo users</h2>
        <p>Password <code>${DEMO_PASSWORD}</code>, each at their own extension. <code>/?as=agent1</code> signs in straight away.</p>
        <ul>
          ${DEMO_USERS.map(
            (user) => html`<li>
              <button type="button" ?disabled=${this.busy} @click=${() => this.#demo(user)}>Sign in as ${user.name}</button>
              <span>${user.username} · ${user.role} · extension ${user.extension}</span>
            </li>`,
          )}
        </ul>
      </section>
    </main>`;
  }
}
