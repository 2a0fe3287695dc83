import { css } from 'lit';

export const signInStyles = css`
  form {
    display: grid;
    gap: var(--cd-space-3);
    max-width: 320px;
  }
  label {
    display: grid;
    gap: var(--cd-space-1);
  }
  [role='alert'] {
    color: var(--cd-danger);
  }
  h2 {
    font-size: 1.1em;
    margin: 0;
  }
`;
