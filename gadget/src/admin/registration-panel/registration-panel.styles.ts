import { css } from 'lit';

export const registrationPanelStyles = css`
  .state {
    display: flex;
    gap: var(--cd-space-2);
    align-items: baseline;
    font-size: 1.1em;
  }
  .state .label {
    color: var(--cd-text-muted);
  }
  .state.registered strong {
    color: var(--cd-success);
  }
  .state.invalid strong {
    color: var(--cd-danger);
  }
  .action {
    display: grid;
    gap: var(--cd-space-2);
    justify-items: start;
    margin-top: var(--cd-space-3);
  }
  .action p {
    margin: 0;
  }
  .leave-problem {
    color: var(--cd-danger);
  }
`;
