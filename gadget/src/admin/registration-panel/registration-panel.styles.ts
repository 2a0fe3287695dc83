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
  /* Saved in CCE but missing on a device: not yet the all-clear green. */
  .state.incomplete strong {
    color: var(--cd-warning-text);
  }
  .state.invalid strong {
    color: var(--cd-danger);
  }
  .devices {
    list-style: none;
    margin: 0 0 var(--cd-space-2);
    padding: 0;
    display: grid;
    gap: var(--cd-space-1);
  }
  .devices li {
    display: flex;
    gap: var(--cd-space-2);
    align-items: baseline;
  }
  .devices .mark {
    inline-size: 1.2em;
    text-align: center;
    font-weight: 700;
  }
  .devices .reached .mark {
    color: var(--cd-success);
  }
  .devices .missed .mark {
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
