import { css } from 'lit';

export const customerCardStyles = css`
  article {
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    padding: var(--cd-space-3);
  }
  .head {
    justify-content: space-between;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--cd-space-1) var(--cd-space-3);
    margin: 0;
  }
  dt {
    color: var(--cd-text-muted);
  }
  dd {
    margin: 0;
  }
  a {
    color: var(--cd-accent);
  }
  .versions {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: var(--cd-space-3);
    margin-block: var(--cd-space-3);
  }
  .versions section {
    margin: 0;
    padding: var(--cd-space-2);
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
  }
`;
