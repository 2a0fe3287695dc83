import { css } from 'lit';

/** The two versions of a conflict, side by side. */
export const customerEditorStyles = css`
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
