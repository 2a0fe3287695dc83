import { css } from 'lit';

export const customerSearchStyles = css`
  li {
    padding-block: var(--cd-space-1);
  }
  input[type='search'] {
    flex: 1 1 180px;
  }
  .back {
    margin-bottom: var(--cd-space-2);
  }
`;
