import type { FinesseGadgetConfig } from '../../src/host/finesse-api.js';
import type { SandboxDesktopGlobals } from '../hub/hub-messages.js';

/**
 * finesse.gadget.Config: Finesse fills it from the gadget's hidden user preferences; in the sandbox the desktop that
 * hosts the gadget (same origin) leaves it on its window. Outside a desktop it is empty, and the User cannot load.
 */
export function gadgetConfigFromDesktop(window: Window): FinesseGadgetConfig {
  const desktop: (Window & SandboxDesktopGlobals) | undefined = window.parent === window ? undefined : window.parent;
  const config = desktop?.contextDeskSandbox?.gadgetConfig;
  if (config !== undefined) return { ...config };
  const { location, navigator } = window;
  return {
    authorization: '',
    id: '',
    extension: '',
    locale: navigator.language.replace('-', '_'),
    host: location.hostname,
    hostPort: location.port,
    scheme: location.protocol.replace(':', ''),
    systemAuthMode: 'NON_SSO',
  };
}
