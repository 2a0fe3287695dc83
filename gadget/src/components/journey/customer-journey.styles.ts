import { css } from 'lit';

export const journeyStyles = css`
  .head {
    justify-content: space-between;
  }
  .groups > li {
    margin-bottom: var(--cd-space-3);
  }
  .activity {
    border-left: 3px solid var(--cd-border);
    padding: var(--cd-space-1) var(--cd-space-2);
    margin-bottom: var(--cd-space-2);
  }
  .activity p {
    margin: var(--cd-space-1) 0;
  }
  .notes {
    white-space: pre-wrap;
    color: var(--cd-text-muted);
  }
  .note {
    border-left-color: var(--cd-accent);
    background: var(--cd-surface);
  }
  .note p {
    white-space: pre-wrap;
  }
  .when {
    position: relative;
    color: var(--cd-text-muted);
  }
  [role='tooltip'] {
    display: none;
    position: absolute;
    z-index: 1;
    left: 0;
    top: 100%;
    white-space: nowrap;
    padding: var(--cd-space-1) var(--cd-space-2);
    background: var(--cd-text);
    color: var(--cd-bg);
    border-radius: var(--cd-radius);
  }
  time:hover + [role='tooltip'],
  time:focus + [role='tooltip'] {
    display: block;
  }
  .move-form {
    margin-top: var(--cd-space-1);
  }
`;
