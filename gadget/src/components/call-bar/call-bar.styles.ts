import { css } from 'lit';

export const callBarStyles = css`
  :host {
    display: grid;
    gap: var(--cd-space-2);
  }
  .call {
    display: grid;
    gap: var(--cd-space-1);
    padding: var(--cd-space-2);
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
  }
  p {
    margin: 0;
  }
  .who {
    font-weight: 600;
  }
  .meta,
  .sent {
    color: var(--cd-text-muted);
    font-size: var(--cd-font-size-small);
  }
  .timer {
    font-variant-numeric: tabular-nums;
  }
  [role='toolbar'],
  form {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-1);
    align-items: center;
  }
  .panel {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-2);
    align-items: center;
    padding: var(--cd-space-2);
    background: var(--cd-surface);
    border-radius: var(--cd-radius);
  }
  .keys {
    display: grid;
    grid-template-columns: repeat(3, 44px);
    gap: var(--cd-space-1);
  }
  label {
    display: flex;
    gap: var(--cd-space-1);
    align-items: center;
  }
  .error {
    flex-basis: 100%;
    color: var(--cd-danger);
  }
  [aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  [aria-busy='true'] {
    cursor: progress;
  }
`;
