import { css } from 'lit';

export const adminSettingsStyles = css`
  dl {
    display: grid;
    gap: var(--cd-space-2);
    margin: 0;
  }
  dl > div {
    display: grid;
    grid-template-columns: minmax(10em, 14em) 1fr;
    gap: var(--cd-space-3);
  }
  dt {
    color: var(--cd-text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
`;
