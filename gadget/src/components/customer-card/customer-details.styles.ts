import { css } from 'lit';

/** The list of a customer's details: on the card, and on each side of an edit conflict. */
export const customerDetailsStyles = css`
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
`;
