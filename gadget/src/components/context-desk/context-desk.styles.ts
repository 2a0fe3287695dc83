import { css } from 'lit';

export const contextDeskStyles = css`
  :host {
    display: block;
    background: var(--cd-bg);
    padding: var(--cd-space-3);
    min-height: 200px;
    box-sizing: border-box;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-3);
    align-items: flex-start;
    justify-content: space-between;
    border-bottom: 1px solid var(--cd-border);
    padding-bottom: var(--cd-space-2);
    margin-bottom: var(--cd-space-3);
  }
  .notice {
    padding: var(--cd-space-2) var(--cd-space-3);
    border-radius: var(--cd-radius);
    margin-bottom: var(--cd-space-3);
    display: flex;
    gap: var(--cd-space-2);
    align-items: center;
    justify-content: space-between;
  }
  .notice.error {
    background: var(--cd-warning-bg);
    color: var(--cd-warning-text);
  }
  .notice.info {
    background: var(--cd-surface);
  }
  .reconnecting {
    color: var(--cd-text-muted);
    font-size: var(--cd-font-size-small);
  }
`;
