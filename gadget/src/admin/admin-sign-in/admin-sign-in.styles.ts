import { css } from 'lit';

export const adminSignInStyles = css`
  form {
    display: grid;
    gap: var(--cd-space-3);
    max-width: 360px;
  }
  label {
    display: grid;
    gap: var(--cd-space-1);
  }
  h2 {
    font-size: 1.2em;
    margin: 0;
  }
  p {
    margin: 0;
  }
  [role='alert'] {
    color: var(--cd-danger);
  }
`;
