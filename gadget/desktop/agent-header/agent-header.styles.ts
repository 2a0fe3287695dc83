import { css } from 'lit';

export const agentHeaderStyles = css`
  :host {
    display: block;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--cd-space-4);
    padding: var(--cd-space-2) var(--cd-space-4);
    background: var(--sd-header-bg);
    color: var(--sd-header-text);
  }
  .brand {
    font-weight: 600;
    font-size: 1.1em;
    margin-right: auto;
  }
  .state {
    display: flex;
    align-items: center;
    gap: var(--cd-space-2);
  }
  .timer {
    font-variant-numeric: tabular-nums;
    min-width: 4ch;
  }
  .who {
    display: grid;
    text-align: right;
  }
  .ids {
    font-size: var(--cd-font-size-small);
  }
  .failure {
    flex-basis: 100%;
    margin: 0;
    padding: var(--cd-space-1) var(--cd-space-2);
    background: var(--cd-warning-bg);
    color: var(--cd-warning-text);
    border-radius: var(--cd-radius);
  }
  :focus-visible {
    outline-color: #ffffff;
  }
`;
