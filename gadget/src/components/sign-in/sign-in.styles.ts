import { css } from 'lit';

/** The tab's sign-in: narrow, to fit the gadget's column (the shared layout is in sign-in-form.styles.ts). */
export const signInStyles = css`
  form {
    max-width: 320px;
  }
  h2 {
    font-size: 1.1em;
  }
`;
