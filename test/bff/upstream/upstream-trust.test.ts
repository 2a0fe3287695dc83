import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { assemble } from '../../../bff/src/composition.js';
import type { Assembly } from '../../../bff/src/composition.js';
import { loadConfig } from '../../../bff/src/config.js';
import { createLogger } from '../../../bff/src/logger.js';
import { Metrics } from '../../../bff/src/metrics.js';
import { configuredRoutes } from '../../../bff/src/upstream/configured-routes.js';
import { connectOptionsFor } from '../../../bff/src/upstream/upstream-dispatcher.js';
import { REGISTERED_XML } from '../admin/documented-xml.js';

/** A certificate for 127.0.0.1 signed by nobody but itself: the private CA of a Finesse or a CCE on premises. */
const CERT_FILE = fileURLToPath(new URL('./fixtures/private-upstream-cert.pem', import.meta.url));
const KEY_FILE = fileURLToPath(new URL('./fixtures/private-upstream-key.pem', import.meta.url));

const SYSTEM_INFO = '<SystemInfo><status>IN_SERVICE</status><xmppDomain>finesse.example</xmppDomain></SystemInfo>';

/** One HTTPS server behind the private CA that answers as Finesse, CCE Administration and Context Service would. */
async function startPrivateCaServer(): Promise<{ url: string; server: Server }> {
  const server = createServer({ cert: readFileSync(CERT_FILE), key: readFileSync(KEY_FILE) }, (request, response) => {
    if (request.url === '/finesse/api/SystemInfo')
      response.writeHead(200, { 'content-type': 'application/xml' }).end(SYSTEM_INFO);
    else if (request.url?.startsWith('/unifiedconfig/config/contextserviceregistration') === true)
      response.writeHead(200, { 'content-type': 'application/xml' }).end(REGISTERED_XML);
    else if (request.url === '/context/v1/ping')
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const ADMIN = {
  user: 'administrator',
  authorization: `Basic ${Buffer.from('administrator:secret').toString('base64')}`,
};

describe('each upstream trusts only its own CA', () => {
  let assembly: Assembly | undefined;
  let server: Server | undefined;

  afterEach(async () => {
    await assembly?.close();
    const running = server;
    if (running !== undefined) await new Promise((resolve) => running.close(resolve));
    assembly = undefined;
    server = undefined;
  });

  async function assembled(env: Record<string, string>): Promise<{ assembly: Assembly; url: string }> {
    const started = await startPrivateCaServer();
    server = started.server;
    const config = loadConfig({
      FINESSE_URL: started.url,
      CONTEXT_SERVICE_URL: started.url,
      CONTEXT_SERVICE_TOKEN: 'context-token',
      CCE_ADMIN_URL: started.url,
      DATABASE_URL: 'sqlite::memory:',
      ...env,
    });
    assembly = await assemble({
      config,
      finesseUrl: started.url,
      contextService: { url: started.url, token: 'context-token' },
      finesseXmppUrl: undefined,
      cceAdminUrl: started.url,
      logger: createLogger('silent'),
      metrics: new Metrics({ processMetrics: false }),
    });
    return { assembly, url: started.url };
  }

  it('with FINESSE_CA_FILE set to a private CA, Finesse is reached and Context Service and CCE Administration behind that CA answer 503 unreachable', async () => {
    const { assembly } = await assembled({ FINESSE_CA_FILE: CERT_FILE });

    await expect(assembly.finesse.systemInfo()).resolves.toMatchObject({ status: 'IN_SERVICE' });
    await expect(assembly.context.ping()).rejects.toMatchObject({
      status: 503,
      details: { upstream: { service: 'context', type: 'unreachable' }, logInfo: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    });
    await expect(assembly.registrations.verifyCredentials(ADMIN)).rejects.toMatchObject({
      status: 503,
      details: { upstream: { service: 'ccadmin' }, logInfo: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    });
  });

  it('with CCE_ADMIN_CA_FILE set to a private CA, CCE Administration is reached and Finesse behind that CA answers 503 unreachable', async () => {
    const { assembly } = await assembled({ CCE_ADMIN_CA_FILE: CERT_FILE });

    await expect(assembly.registrations.verifyCredentials(ADMIN)).resolves.toBeUndefined();
    await expect(assembly.finesse.systemInfo()).rejects.toMatchObject({
      status: 503,
      details: { upstream: { service: 'finesse' }, logInfo: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    });
    await expect(assembly.context.ping()).rejects.toMatchObject({
      status: 503,
      details: { logInfo: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    });
  });

  it("Context Service keeps Node's default roots whatever CA Finesse and CCE Administration trust: its connect options carry no ca", () => {
    const config = loadConfig({
      FINESSE_URL: 'https://finesse.example.com:8445',
      FINESSE_CA_FILE: CERT_FILE,
      CCE_ADMIN_URL: 'https://aw.example.com',
      CCE_ADMIN_CA_FILE: CERT_FILE,
      CONTEXT_SERVICE_URL: 'https://cs-rest.produs1.ciscoccservice.com',
      CONTEXT_SERVICE_TOKEN: 'context-token',
    });
    const routes = configuredRoutes(config);
    const privateCa = readFileSync(CERT_FILE, 'utf8');

    expect(connectOptionsFor(routes.finesse)).toEqual({ ca: privateCa });
    expect(connectOptionsFor(routes.ccadmin)).toEqual({ ca: privateCa });
    expect(connectOptionsFor(routes.context)).not.toHaveProperty('ca');
  });
});
