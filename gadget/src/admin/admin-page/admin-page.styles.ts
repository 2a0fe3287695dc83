import { css } from 'lit';

export const adminPageStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    box-sizing: border-box;
    background: var(--cd-bg);
    padding: var(--cd-space-4);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-3);
    align-items: center;
    justify-content: space-between;
    border-bottom: 1px solid var(--cd-border);
    padding-bottom: var(--cd-space-3);
    margin-bottom: var(--cd-space-4);
    max-width: 1200px;
  }
  h1 {
    font-size: 1.5em;
    margin: 0;
  }
  .who {
    display: flex;
    gap: var(--cd-space-3);
    align-items: center;
  }
  main {
    display: grid;
    gap: var(--cd-space-4);
    max-width: 1200px;
  }
  main > p {
    margin: 0;
  }
`;
