import { css } from 'lit';

/** What every customer-context view shares: headings, plain lists, quiet text, inline problems. */
export const contextStyles = css`
  :host {
    display: block;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--cd-space-2);
    font-size: 1.1em;
  }
  h3,
  h4 {
    font-size: 1em;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .muted {
    color: var(--cd-text-muted);
    font-size: var(--cd-font-size-small);
  }
  .problem {
    color: var(--cd-danger);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-2);
    align-items: center;
  }
  section {
    margin-block: var(--cd-space-3);
  }
`;
