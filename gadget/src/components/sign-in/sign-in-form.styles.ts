import { css } from 'lit';

/**
 * The layout every sign-in form of ours shares (the tab's, the administrator's, the simulated desktop's; see
 * sign-in-form.ts): fields stacked with their labels above them, the failure in the danger colour. Each form adds its
 * own width and heading size.
 */
export const signInFormStyles = css`
  form {
    display: grid;
    gap: var(--cd-space-3);
  }
  label {
    display: grid;
    gap: var(--cd-space-1);
  }
  h2 {
    margin: 0;
  }
  [role='alert'] {
    color: var(--cd-danger);
  }
`;
