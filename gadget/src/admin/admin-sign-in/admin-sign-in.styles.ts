import { css } from 'lit';

/** The administrator's sign-in on the /admin page (the shared layout is in sign-in-form.styles.ts). */
export const adminSignInStyles = css`
  form {
    max-width: 360px;
  }
  h2 {
    font-size: 1.2em;
  }
  p {
    margin: 0;
  }
`;
