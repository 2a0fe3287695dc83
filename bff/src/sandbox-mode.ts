import type { Logger } from 'pino';
import type { SandboxWebex } from './webex/webex-assembly.js';
import type { WebexOnboarding } from './webex/webex-onboarding.js';

/** The emulators' control APIs, by name: `/sandbox/<name>/…` on the BFF reaches `<url>/sandbox/…`. */
export type SandboxControlUrls = Readonly<Record<'finesse' | 'context-service' | 'cce-admin', string | undefined>>;

export interface RunningSandbox {
  /** `<name> <base url>` for each emulator, as `npm run sandbox` prints them. */
  readonly lines: readonly string[];
  readonly finesseUrl: string;
  readonly finesseXmppUrl: string;
  readonly contextService: { readonly url: string; readonly token: string };
  /** The CCE Administration emulator (Context Service registration, administrator `administrator` / `sandbox`). */
  readonly cceAdminUrl: string;
  /** The Webex Contact Center emulator: OAuth and every region's API host, with the demo integration. */
  readonly webex: SandboxWebex;
  /** Connects the demo org through the real code flow against the emulator, as its administrator would. */
  connectDemoWebexOrg(onboarding: WebexOnboarding): Promise<void>;
  close(): Promise<void>;
}

/**
 * Sandbox mode: with no upstream configured, the BFF starts the emulators in this process, on loopback, and talks to
 * them over real HTTP and WebSocket exactly as it would to Cisco's servers. Loaded only in sandbox mode, so a
 * production BFF never carries the emulators or their demo data.
 */
export async function startSandbox(options: {
  host: string;
  finessePort: number;
  contextPort: number;
  cceAdminPort?: number;
  webexPort?: number;
  logger: Logger;
}): Promise<RunningSandbox> {
  const { startFinesseEmulator } = await import('../sandbox/finesse/finesse-emulator.js');
  const { startContextServiceEmulator } = await import('../sandbox/context-service/context-service-emulator.js');
  const { demoAgentDirectory } = await import('../sandbox/directory/demo-contact-center.js');
  // One agent directory behind both: agents created through CCE Administration sign in to Finesse.
  const agents = demoAgentDirectory();
  const finesse = await startFinesseEmulator({ host: options.host, port: options.finessePort, agents });
  const contextService = await startContextServiceEmulator({ host: options.host, port: options.contextPort });
  const { startCceAdminEmulator } = await import('../sandbox/ccadmin/cce-admin-emulator.js');
  const cceAdmin = await startCceAdminEmulator({ host: options.host, port: options.cceAdminPort ?? 0, agents });
  const { startWebexEmulator } = await import('../sandbox/webex/webex-emulator.js');
  const webex = await startWebexEmulator({ host: options.host, port: options.webexPort ?? 0 });
  const { connectDemoWebexOrg } = await import('../sandbox/webex/demo/demo-connection.js');
  options.logger.warn(
    'SANDBOX MODE: no upstream is configured, so Context Desk is talking to its built-in emulators with demo data',
  );
  return {
    lines: [
      `finesse ${finesse.url}`,
      `context-service ${contextService.url}`,
      `cce-admin ${cceAdmin.url}`,
      `webex ${webex.url}`,
    ],
    finesseUrl: finesse.url,
    finesseXmppUrl: finesse.xmppUrl,
    contextService: { url: contextService.url, token: contextService.token },
    cceAdminUrl: cceAdmin.url,
    webex: { url: webex.url, clientId: webex.clientId, clientSecret: webex.clientSecret },
    connectDemoWebexOrg: (onboarding) => connectDemoWebexOrg(onboarding, options.logger),
    close: async () => {
      await webex.close();
      await finesse.close();
      await contextService.close();
      await cceAdmin.close();
    },
  };
}
