import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FaultBook } from '../control/fault-book.js';
import { issueConnectionData } from './model/connection-data.js';
import { PrincipalAw } from './model/principal-aw.js';
import { cceAdminApp } from './http/cce-admin-app.js';
import { sendApiErrors } from './http/cce-responses.js';
import { WizardTickets } from './wizard/wizard-tickets.js';
import { wizardLinks } from './wizard/wizard-links.js';
import type { AgentDirectory } from '../directory/agent-directory.js';
import { demoAgentDirectory } from '../directory/demo-contact-center.js';

export interface CceAdminEmulatorOptions {
  /** Interface to listen on. */
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The CCE administrator account for Basic auth; `administrator` / `sandbox` unless given. */
  readonly username?: string;
  readonly password?: string;
  /**
   * The contact center's agents and teams, shared with the Finesse emulator so that agents created or deleted here
   * can or can no longer sign in there; a demo directory of the emulator's own unless given.
   */
  readonly agents?: AgentDirectory;
}

export interface CceAdminEmulator {
  /** Base URL: the API under /unifiedconfig, the Webex wizard under /webex, control under /sandbox. */
  readonly url: string;
  close(): Promise<void>;
}

export const SANDBOX_CCE_ADMIN_USERNAME = 'administrator';
export const SANDBOX_CCE_ADMIN_PASSWORD = 'sandbox';

/**
 * Starts an emulated Unified CCE Administration server for the Context Service Registration API (GET and PUT of
 * /unifiedconfig/config/contextserviceregistration), the Agent and Agent Team APIs, the emulated Webex registration and deregistration wizard its
 * links open, and the sandbox control API, on one HTTP server.
 */
export async function startCceAdminEmulator(options: CceAdminEmulatorOptions): Promise<CceAdminEmulator> {
  const account = {
    username: options.username ?? SANDBOX_CCE_ADMIN_USERNAME,
    password: options.password ?? SANDBOX_CCE_ADMIN_PASSWORD,
  };
  if (account.username === '' || account.username.includes(':'))
    throw new Error('The CCE administrator username must be non-empty and without ":"');
  if (account.password === '') throw new Error('The CCE administrator password must be non-empty');

  let baseUrl = '';
  const aw = new PrincipalAw(issueConnectionData);
  const agents = options.agents ?? demoAgentDirectory();
  const tickets = new WizardTickets();
  const faults = new FaultBook({
    status: (response, status) =>
      sendApiErrors(response, status, [{ errorType: 'injectedFault', errorMessage: 'Injected fault' }]),
    // Cut off mid-element, as a dropped connection through a proxy leaves it.
    malformed: (response) =>
      response.status(200).type('application/xml').send('<contextServiceRegistration><state>regis'),
  });
  const app = cceAdminApp({
    aw,
    account,
    links: wizardLinks(() => baseUrl),
    tickets,
    faults,
    issueConnectionData,
    agents,
    baseUrl: () => baseUrl,
    reset: () => {
      aw.reset();
      agents.reset();
      tickets.clear();
      faults.clear();
    },
  });

  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;

  return {
    url: baseUrl,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
