import { css } from 'lit';

export const agentFormStyles = css`
  form {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--cd-space-3) var(--cd-space-4);
  }
  .field {
    display: grid;
    gap: var(--cd-space-1);
    align-content: start;
  }
  .field label {
    font-weight: 600;
  }
  .field input,
  .field select {
    min-height: 32px;
    box-sizing: border-box;
  }
  @media (max-width: 32rem) {
    form {
      grid-template-columns: 1fr;
    }
  }
  .check {
    display: flex;
    gap: var(--cd-space-2);
    align-items: center;
    align-self: end;
    min-height: 32px;
  }
  .hint {
    color: var(--cd-text-muted);
    font-size: 0.9em;
  }
  .error {
    color: var(--cd-danger);
    font-size: 0.9em;
  }
  [aria-invalid='true'] {
    border-color: var(--cd-danger);
  }
  .notice,
  .problem {
    grid-column: 1 / -1;
    margin: 0;
  }
  .notice {
    background: var(--cd-warning-bg);
    color: var(--cd-warning-text);
    padding: var(--cd-space-2) var(--cd-space-3);
    border-radius: var(--cd-radius);
  }
  .problem {
    color: var(--cd-danger);
  }
  .actions {
    grid-column: 1 / -1;
    margin-top: var(--cd-space-2);
    display: flex;
    gap: var(--cd-space-2);
    justify-content: flex-end;
  }
`;
