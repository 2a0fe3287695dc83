import { css } from 'lit';

export const registrationOutcomeStyles = css`
  section {
    display: grid;
    gap: var(--cd-space-2);
    justify-items: start;
    border-left-width: 6px;
  }
  section.saved {
    border-left-color: var(--cd-success);
  }
  section.refused,
  section.failed,
  section.unreadable {
    border-left-color: var(--cd-danger);
  }
  section.partial,
  section.busy,
  section.cancelled {
    background: var(--cd-warning-bg);
    color: var(--cd-warning-text);
  }
  .status,
  .alert {
    font-weight: 600;
    margin: 0;
  }
  .alert {
    color: var(--cd-danger);
  }
  .countdown {
    font-variant-numeric: tabular-nums;
  }
  .quote {
    font-size: var(--cd-font-size-small);
  }
`;
