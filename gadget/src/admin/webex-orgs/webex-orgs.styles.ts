import { css } from 'lit';

export const webexOrgsStyles = css`
  .orgs {
    list-style: none;
    margin: 0 0 var(--cd-space-3);
    padding: 0;
    display: grid;
    gap: var(--cd-space-3);
  }
  .org {
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    padding: var(--cd-space-3);
  }
  /* An org that no longer works stands out from the others, not only by its words. */
  .org.needs {
    border-color: var(--cd-danger);
    border-inline-start-width: 4px;
  }
  .org-state {
    font-size: 1.05em;
  }
  .good strong,
  .outcome.good {
    color: var(--cd-success);
  }
  .bad strong,
  .outcome.bad,
  .problem-text {
    color: var(--cd-danger);
  }
  dl {
    gap: var(--cd-space-1);
    margin-bottom: var(--cd-space-3);
  }
  .actions,
  .connect {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cd-space-2);
    align-items: center;
  }
  .connect {
    border-top: 1px solid var(--cd-border);
    padding-top: var(--cd-space-3);
  }
  .confirm {
    flex-basis: 100%;
    margin: 0;
  }
`;
