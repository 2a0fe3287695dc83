import { css } from 'lit';

export const sandboxPanelStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .sandbox {
    background: var(--sd-sandbox-bg);
    border-left: 4px solid var(--sd-sandbox-border);
    padding: var(--cd-space-3);
    height: 100%;
    box-sizing: border-box;
  }
  .head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--cd-space-2);
  }
  h2 {
    margin: 0;
    font-size: 1.1em;
  }
  h3 {
    margin: var(--cd-space-4) 0 var(--cd-space-2);
    font-size: 1em;
  }
  form {
    display: grid;
    gap: var(--cd-space-2);
  }
  label {
    display: grid;
    gap: var(--cd-space-1);
  }
  select,
  input,
  form button {
    width: 100%;
    min-width: 0;
    box-sizing: border-box;
  }
  label {
    min-width: 0;
  }
  li {
    display: grid;
    gap: var(--cd-space-1);
  }
  .note {
    color: var(--cd-text-muted);
    font-size: var(--cd-font-size-small);
  }
  .status {
    min-height: 1.5em;
  }
  [hidden] {
    display: none;
  }
`;
