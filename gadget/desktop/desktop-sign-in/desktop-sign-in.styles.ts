import { css } from 'lit';

export const desktopSignInStyles = css`
  :host {
    display: block;
  }
  .page {
    max-width: 420px;
    margin: 48px auto;
    padding: var(--cd-space-4);
    display: grid;
    gap: var(--cd-space-4);
  }
  h1 {
    margin: 0;
    font-size: 1.6em;
  }
  h2 {
    font-size: 1.1em;
  }
  form {
    padding: var(--cd-space-4);
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    background: var(--cd-surface);
  }
  .failure {
    margin: 0;
  }
  .sandbox-note {
    margin: 0;
    color: var(--cd-text-muted);
  }
  li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-2);
    align-items: center;
  }
  li span {
    color: var(--cd-text-muted);
    font-size: var(--cd-font-size-small);
  }
`;
