import { css } from 'lit';

export const agentAdminStyles = css`
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-3);
    align-items: center;
    margin-bottom: var(--cd-space-3);
  }
  .bar h2 {
    margin: 0;
  }
  .search {
    margin-left: auto;
    display: flex;
    gap: var(--cd-space-2);
    align-items: center;
    flex: 1 1 18rem;
    max-width: 28rem;
  }
  .search input {
    flex: 1;
  }
  th,
  td {
    padding: var(--cd-space-2);
    vertical-align: middle;
    white-space: nowrap;
  }
  td.name {
    font-weight: 600;
  }
  td.id {
    font-variant-numeric: tabular-nums;
  }
  td.actions {
    text-align: right;
  }
  td.actions button + button {
    margin-left: var(--cd-space-2);
  }
  .pager {
    display: flex;
    gap: var(--cd-space-3);
    align-items: center;
    justify-content: flex-end;
    margin-top: var(--cd-space-3);
  }
  .news {
    color: var(--cd-success);
    margin: var(--cd-space-2) 0 0;
  }
  .news.quiet {
    margin: 0;
  }
  dialog {
    color: var(--cd-text);
    background: var(--cd-bg);
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    padding: var(--cd-space-4);
    width: min(38rem, calc(100vw - 2rem));
  }
  dialog.confirm {
    width: min(30rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  dialog h3 {
    margin: 0 0 var(--cd-space-3);
  }
  .confirm .actions {
    display: flex;
    gap: var(--cd-space-2);
    justify-content: flex-end;
    margin-top: var(--cd-space-3);
  }
`;
