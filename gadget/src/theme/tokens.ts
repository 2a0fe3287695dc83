import { css, unsafeCSS } from 'lit';

/**
 * The theme: every colour, space and type size a component uses is a `--cd-*` custom property set here, light by
 * default and dark under `prefers-color-scheme: dark` or `data-theme="dark"` on an ancestor host. Colour pairs are
 * chosen for WCAG 2.1 AA contrast (4.5:1 text, 3:1 controls and focus rings) in both schemes.
 */
// A plain string, not css``: declarations outside a rule are not a stylesheet, and the build's CSS minifier would
// give up on this whole file.
const darkColours = unsafeCSS(`
  --cd-bg: #16191d;
  --cd-surface: #22272e;
  --cd-border: #7d8894;
  --cd-text: #e8edf2;
  --cd-text-muted: #b4bfca;
  --cd-accent: #6cb0ff;
  --cd-accent-text: #0b1624;
  --cd-danger: #ff8a80;
  --cd-danger-text: #1e0604;
  --cd-success: #7fd99a;
  --cd-warning-bg: #3d3210;
  --cd-warning-text: #ffe29a;
  --cd-focus: #6cb0ff;
`);

export const themeTokens = css`
  :host {
    --cd-font: 'CiscoSans', 'Helvetica Neue', Arial, sans-serif;
    --cd-font-size: 14px;
    --cd-font-size-small: 12px;
    --cd-space-1: 4px;
    --cd-space-2: 8px;
    --cd-space-3: 12px;
    --cd-space-4: 16px;
    --cd-radius: 6px;
    --cd-bg: #ffffff;
    --cd-surface: #f4f6f8;
    --cd-border: #8a96a3;
    --cd-text: #1f2a36;
    --cd-text-muted: #4b5866;
    --cd-accent: #0a60c2;
    --cd-accent-text: #ffffff;
    --cd-danger: #b3261e;
    --cd-danger-text: #ffffff;
    --cd-success: #17703a;
    --cd-warning-bg: #fff4d6;
    --cd-warning-text: #5c4300;
    --cd-focus: #0a60c2;
    color-scheme: light;
    font-family: var(--cd-font);
    font-size: var(--cd-font-size);
    color: var(--cd-text);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-theme='light'])) {
      ${darkColours}
      color-scheme: dark;
    }
  }
  :host([data-theme='dark']) {
    ${darkColours}
    color-scheme: dark;
  }
`;

/** Shared control styles: buttons, inputs and a focus ring that is always visible to keyboard users. */
export const controlStyles = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: var(--cd-text);
    background: var(--cd-bg);
    border: 1px solid var(--cd-border);
    border-radius: var(--cd-radius);
    padding: var(--cd-space-1) var(--cd-space-2);
  }
  button {
    cursor: pointer;
    background: var(--cd-surface);
    min-height: 32px;
  }
  button.primary {
    background: var(--cd-accent);
    color: var(--cd-accent-text);
    border-color: var(--cd-accent);
  }
  button.danger {
    background: var(--cd-danger);
    color: var(--cd-danger-text);
    border-color: var(--cd-danger);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  :focus-visible {
    outline: 3px solid var(--cd-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
