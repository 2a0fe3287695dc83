import { AgentHeader } from './agent-header/agent-header.js';
import { DesktopSignIn } from './desktop-sign-in/desktop-sign-in.js';
import { SandboxDesktop } from './sandbox-desktop/sandbox-desktop.js';
import { SandboxPanel } from './sandbox-panel/sandbox-panel.js';

/** Every tag of the simulated desktop, registered in one place. */
const tags: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['sandbox-desktop', SandboxDesktop],
  ['sd-sign-in', DesktopSignIn],
  ['sd-agent-header', AgentHeader],
  ['sd-sandbox-panel', SandboxPanel],
];

for (const [tag, element] of tags) if (customElements.get(tag) === undefined) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'sandbox-desktop': SandboxDesktop;
    'sd-sign-in': DesktopSignIn;
    'sd-agent-header': AgentHeader;
    'sd-sandbox-panel': SandboxPanel;
  }
}
