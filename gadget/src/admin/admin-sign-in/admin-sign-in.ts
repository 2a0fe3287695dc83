import { html, nothing } from 'lit';
import { emit } from '../../events.js';
import { t } from '../i18n/admin-i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { SignInForm } from '../../components/sign-in/sign-in-form.js';
import { signInFormStyles } from '../../components/sign-in/sign-in-form.styles.js';
import { adminSignInStyles } from './admin-sign-in.styles.js';

/**
 * The administrator's sign-in form: the CCE Administration user name and password (the BFF checks them with CCE
 * Administration, which is also the only system that may change the Context Service registration).
 *
 * @event cd-admin-sign-in - `{ username, password }` when the administrator submits.
 */
export class AdminSignIn extends SignInForm {
  static override styles = [controlStyles, signInFormStyles, adminSignInStyles];

  #submit(event: SubmitEvent): void {
    const field = this.submittedFields(event);
    const username = field('username').trim();
    const password = field('password');
    if (username === '' || password === '') return;
    emit(this, 'cd-admin-sign-in', { username, password });
  }

  override render() {
    const failed = this.failure !== '';
    return html`<form @submit=${(event: SubmitEvent) => this.#submit(event)} aria-labelledby="admin-sign-in-heading" aria-describedby="admin-sign-in-intro">
      <h2 id="admin-sign-in-heading">${t('admin.signIn.heading')}</h2>
      <p id="admin-sign-in-intro">${t('admin.signIn.intro')}</p>
      <label
        >${t('admin.signIn.username')}<input
          name="username"
          autocomplete="username"
          required
          aria-invalid=${failed ? 'true' : 'false'}
          aria-describedby=${failed ? 'admin-sign-in-problem' : nothing}
      /></label>
      <label
        >${t('admin.signIn.password')}<input
          name="password"
          type="password"
          autocomplete="current-password"
          required
          aria-invalid=${failed ? 'true' : 'false'}
          aria-describedby=${failed ? 'admin-sign-in-problem' : nothing}
      /></label>
      <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t('admin.signIn.signingIn') : t('admin.signIn.submit')}</button>
      <p id="admin-sign-in-problem" role="alert">${this.failure}</p>
    </form>`;
  }
}
