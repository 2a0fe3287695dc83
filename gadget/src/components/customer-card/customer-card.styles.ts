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
`;
