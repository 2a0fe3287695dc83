import { css } from 'lit';

/** The customer form's grid of labelled fields. */
export const customerFormStyles = css`
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(180px, 1fr));
    gap: var(--cd-space-2) var(--cd-space-3);
    margin-bottom: var(--cd-space-3);
  }
  .field {
    display: grid;
    gap: var(--cd-space-1);
    align-content: start;
  }
  /* A select is as wide as its longest option unless told otherwise, and 2px taller than an input beside it. */
  select {
    min-width: 0;
    padding-block: 3px;
  }
`;
