import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, environmentWithDotenv, loadConfig } from './config.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';
import { assemble } from './composition.js';
import { createApp } from './app.js';
import { PUBLIC_URL_REQUIRED } from './routes/gadget-routes.js';
import { startSandbox } from './sandbox-mode.js';
import type { RunningSandbox } from './sandbox-mode.js';

/**
 * The BFF process: read the configuration, start the sandbox when no upstream is configured, listen, and on
 * SIGTERM/SIGINT stop accepting, let requests in flight finish, close upstream sessions and the store, exit 0.
 */
function readConfig(): Config {
  try {
    return loadConfig(environmentWithDotenv());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  let sandbox: RunningSandbox | undefined;
  if (config.mode === 'sandbox') {
    const port = (name: string): number => {
      const value = Number(process.env[name] ?? '0');
      return Number.isInteger(value) && value >= 0 && value <= 65_535 ? value : 0;
    };
    sandbox = await startSandbox({
      host: '127.0.0.1',
      finessePort: port('SANDBOX_FINESSE_PORT'),
      contextPort: port('SANDBOX_CONTEXT_SERVICE_PORT'),
      cceAdminPort: port('SANDBOX_CCE_ADMIN_PORT'),
      webexPort: port('SANDBOX_WEBEX_PORT'),
      logger,
    });
  }
  const finesseUrl = sandbox?.finesseUrl ?? config.finesse.url;
  const contextService =
    sandbox?.contextService ??
    (config.context.url !== undefined && config.context.token !== undefined
      ? { url: config.context.url, token: config.context.token }
      : undefined);
  // loadConfig has already refused an upstream configuration without these.
  if (finesseUrl === undefined || contextService === undefined)
    throw new Error('FINESSE_URL and CONTEXT_SERVICE_URL are required');
  const sandboxControl =
    sandbox === undefined
      ? undefined
      : {
          finesse: sandbox.finesseUrl,
          'context-service': sandbox.contextService.url,
          'cce-admin': sandbox.cceAdminUrl,
        };
  const assembly = await assemble({
    config,
    finesseUrl,
    contextService,
    finesseXmppUrl: sandbox?.finesseXmppUrl ?? config.finesse.xmppUrl,
    cceAdminUrl: sandbox?.cceAdminUrl ?? config.cceAdmin.url,
    logger,
    ...(sandboxControl ? { sandboxControl } : {}),
    ...(sandbox ? { sandboxWebex: sandbox.webex } : {}),
  });
  await sandbox?.connectDemoWebexOrg(assembly.webexOnboarding);
  const app = createApp(assembly);

  const server: Server = config.tls
    ? createHttpsServer({ cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) }, app)
    : createHttpServer(app);
  // Explicit timeouts: slow clients cannot hold sockets forever (the event stream lifts its own socket's timeout).
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const scheme = config.tls ? 'https' : 'http';
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  if (sandbox) {
    console.log('SANDBOX MODE: no upstream configured; the BFF is using its built-in emulators and demo data.');
    for (const line of sandbox.lines) console.log(line);
  }
  console.log(`bff ${scheme}://${host}:${port}`);
  if (sandbox) {
    console.log(
      `Open the simulated Finesse desktop: ${scheme}://${host}:${port}/  (or /?as=agent1 to start signed in as agent1)`,
    );
  }
  if (!sandbox && config.publicUrl === undefined) {
    console.log(`PUBLIC_URL is not set: /gadget/ContextDesk.xml answers 503 until it is. ${PUBLIC_URL_REQUIRED}.`);
  }
  console.log(
    `Context Desk tab on its own page: ${scheme}://${host}:${port}/tab  ·  administration: ${scheme}://${host}:${port}/admin`,
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // Event streams never end by themselves: end them first so close() only waits for ordinary requests.
    assembly.streams.closeAll();
    server.close(() => {
      void (async () => {
        await assembly.close();
        await sandbox?.close();
        process.exit(0);
      })();
    });
    // Idle keep-alive sockets would hold close() open; requests in flight still finish.
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 10_000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
