import { css } from 'lit';

/** What every section of the admin page shares: a bordered panel, its heading, links and problems. */
export const adminPanelStyles = css`
  :host {
    display: block;
  }
  section {
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    padding: var(--cd-space-4);
    background: var(--cd-bg);
  }
  h2 {
    font-size: 1.2em;
    margin: 0 0 var(--cd-space-3);
  }
  p {
    margin: 0 0 var(--cd-space-2);
  }
  a {
    color: var(--cd-accent);
  }
  .problem {
    display: grid;
    gap: var(--cd-space-2);
    justify-items: start;
  }
  .problem [role='alert'] {
    color: var(--cd-danger);
  }
`;

/** A list of terms and their values, side by side (settings, an org's details). */
export const adminDefinitionListStyles = css`
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
