import { css } from 'lit';

/** The desktop's own colours around the tab's theme tokens: Finesse's dark header and light navigation. */
export const desktopTokens = css`
  :host {
    --sd-header-bg: #14304f;
    --sd-header-text: #ffffff;
    --sd-nav-bg: #e9edf1;
    --sd-nav-active: #ffffff;
    --sd-sandbox-bg: #fff8e6;
    --sd-sandbox-border: #8a6100;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-theme='light'])) {
      --sd-header-bg: #0b1a2b;
      --sd-nav-bg: #1c2128;
      --sd-nav-active: #16191d;
      --sd-sandbox-bg: #2b2410;
      --sd-sandbox-border: #e0b54a;
    }
  }
`;

/** The desktop's lists (demo users, calls): items stacked without bullets or indent. */
export const desktopListStyles = css`
  ul {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--cd-space-2);
  }
`;
