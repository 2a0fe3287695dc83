import { css } from 'lit';

export const sandboxDesktopStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--cd-bg);
  }
  .desktop {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
  }
  .body {
    flex: 1;
    display: grid;
    grid-template-columns: 160px minmax(0, 1fr) minmax(240px, 300px);
  }
  nav {
    background: var(--sd-nav-bg);
    padding: var(--cd-space-2) 0;
  }
  [role='tablist'] {
    display: grid;
  }
  [role='tab'] {
    border: 0;
    border-radius: 0;
    border-left: 4px solid transparent;
    background: transparent;
    text-align: left;
    padding: var(--cd-space-3) var(--cd-space-3);
    min-height: 44px;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--sd-nav-active);
    border-left-color: var(--cd-accent);
    font-weight: 600;
  }
  main {
    padding: var(--cd-space-4);
    min-width: 0;
  }
  .tab-panel[hidden] {
    display: none;
  }
  h2 {
    margin-top: 0;
    font-size: 1.2em;
  }
  iframe {
    display: block;
    width: 100%;
    height: 600px;
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    background: var(--cd-bg);
  }
  @media (max-width: 900px) {
    .body {
      grid-template-columns: 1fr;
    }
  }
`;
