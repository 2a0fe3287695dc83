import { css } from 'lit';

/** The admin page's tables (audit trail, agents): scrolled sideways when narrow, ruled rows, muted headings. */
export const adminTableStyles = css`
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: var(--cd-space-1) var(--cd-space-2);
    border-bottom: 1px solid var(--cd-border);
  }
  th {
    color: var(--cd-text-muted);
    font-weight: 600;
    white-space: nowrap;
  }
`;
