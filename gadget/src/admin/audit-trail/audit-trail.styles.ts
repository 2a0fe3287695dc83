import { css } from 'lit';

export const auditTrailStyles = css`
  td.result.saved {
    color: var(--cd-success);
  }
  td.result.refused,
  td.result.failed {
    color: var(--cd-danger);
  }
`;
