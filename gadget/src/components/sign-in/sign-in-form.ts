import { LitElement } from 'lit';

/**
 * What every sign-in form of ours shares (the tab's, the administrator's, the simulated desktop's): a busy flag while
 * the sign-in is under way, the reason the last one failed, and reading the submitted fields.
 */
export abstract class SignInForm extends LitElement {
  static override properties = { busy: { type: Boolean }, failure: { type: String } };

  /** A sign-in is under way: the button waits. */
  declare busy: boolean;
  /** Why the last attempt failed, in words for the person signing in ("" when it did not). */
  declare failure: string;

  constructor() {
    super();
    this.busy = false;
    this.failure = '';
  }

  /** Stops the page navigation and answers the submitted form's text fields by name ("" when absent). */
  protected submittedFields(event: SubmitEvent): (name: string) => string {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    return (name) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
  }
}
