import { css } from 'lit';

export const noteComposerStyles = css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: var(--cd-space-1);
  }
  label {
    font-weight: 600;
  }
  textarea {
    width: 100%;
    box-sizing: border-box;
    min-height: 4.5em;
    resize: vertical;
  }
  .row {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--cd-space-2);
  }
  .count {
    color: var(--cd-text-muted);
    font-size: var(--cd-font-size-small);
    font-variant-numeric: tabular-nums;
  }
  .count.near,
  .error,
  .status.failed,
  .status.unsent {
    color: var(--cd-danger);
  }
  p {
    margin: 0;
  }
  ul {
    list-style: none;
    margin: var(--cd-space-2) 0 0;
    padding: 0;
    display: grid;
    gap: var(--cd-space-2);
  }
  li {
    display: grid;
    gap: var(--cd-space-1);
    padding: var(--cd-space-2);
    background: var(--cd-surface);
    border-radius: var(--cd-radius);
  }
  li button {
    justify-self: start;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .status {
    font-size: var(--cd-font-size-small);
    color: var(--cd-text-muted);
  }
  .status.delivered {
    color: var(--cd-success);
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.55;
  }
`;
