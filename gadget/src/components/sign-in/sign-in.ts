import { html, nothing } from 'lit';
import { emit } from '../../events.js';
import { t } from '../../i18n/i18n.js';
import { controlStyles } from '../../theme/tokens.js';
import { SignInForm } from './sign-in-form.js';
import { signInFormStyles } from './sign-in-form.styles.js';
import { signInStyles } from './sign-in.styles.js';

/**
 * The standalone sign-in form (inside Finesse the container signs in, so this never shows there).
 *
 * @event cd-sign-in - `{ username, password }` when the agent submits.
 */
export class SignIn extends SignInForm {
  static override styles = [controlStyles, signInFormStyles, signInStyles];

  #submit(event: SubmitEvent): void {
    const field = this.submittedFields(event);
    const username = field('username').trim();
    const password = field('password');
    if (username === '' || password === '') return;
    emit(this, 'cd-sign-in', { username, password });
  }

  override render() {
    return html`<form @submit=${(event: SubmitEvent) => this.#submit(event)} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">${t('signIn.heading')}</h2>
      <label>${t('signIn.username')}<input name="username" autocomplete="username" required /></label>
      <label>${t('signIn.password')}<input name="password" type="password" autocomplete="current-password" required /></label>
      <button class="primary" type="submit" ?disabled=${this.busy}>${t('signIn.submit')}</button>
      ${this.failure === '' ? nothing : html`<p role="alert">${t('signIn.failed', { reason: this.failure })}</p>`}
    </form>`;
  }
}
