import { css } from 'lit';

export const screenPopStyles = css`
  header {
    margin-bottom: var(--cd-space-3);
  }
  header p {
    margin: 0;
  }
  .failure {
    padding: var(--cd-space-2) var(--cd-space-3);
    border-radius: var(--cd-radius);
    background: var(--cd-warning-bg);
    color: var(--cd-warning-text);
    margin-bottom: var(--cd-space-2);
  }
  .failure p {
    margin: 0;
  }
  .candidates li {
    padding-block: var(--cd-space-1);
  }
  .back {
    margin-bottom: var(--cd-space-2);
  }
`;
