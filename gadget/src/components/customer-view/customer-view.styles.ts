import { css } from 'lit';

export const customerViewStyles = css`
  fieldset {
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    margin: 0;
  }
  li {
    padding-block: var(--cd-space-1);
  }
  label {
    display: inline-flex;
    gap: var(--cd-space-2);
    align-items: center;
  }
`;
