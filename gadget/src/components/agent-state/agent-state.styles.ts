import { css } from 'lit';

export const agentStateStyles = css`
  :host {
    display: grid;
    gap: var(--cd-space-2);
  }
  .state {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-2);
    align-items: baseline;
    margin: 0;
  }
  .name {
    font-weight: 600;
  }
  .timer {
    font-variant-numeric: tabular-nums;
    color: var(--cd-text-muted);
  }
  .pending {
    color: var(--cd-text-muted);
    font-size: var(--cd-font-size-small);
  }
  .controls,
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-2);
    align-items: center;
  }
  .panel {
    flex-basis: 100%;
    padding: var(--cd-space-2);
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    background: var(--cd-surface);
  }
  .panel p {
    margin: 0 0 var(--cd-space-2);
  }
  label {
    display: flex;
    gap: var(--cd-space-1);
    align-items: center;
  }
  input {
    width: 10ch;
  }
  .error {
    flex-basis: 100%;
    margin: 0;
    color: var(--cd-danger);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
`;
