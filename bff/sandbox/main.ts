import { startFinesseEmulator } from './finesse/finesse-emulator.js';
import { demoDirectory, SANDBOX_PASSWORD } from './finesse/model/demo-directory.js';
import { demoAgentDirectory } from './directory/demo-contact-center.js';
import { startContextServiceEmulator } from './context-service/context-service-emulator.js';
import { MARIA_GARCIA } from './context-service/demo/demo-facts.js';
import {
  SANDBOX_CCE_ADMIN_PASSWORD,
  SANDBOX_CCE_ADMIN_USERNAME,
  startCceAdminEmulator,
} from './ccadmin/cce-admin-emulator.js';
import { startWebexEmulator } from './webex/webex-emulator.js';
import { DEMO_ORG } from './webex/demo/demo-facts.js';
import { startJourneyEmulator } from './journey/journey-emulator.js';
import { DEMO_TEMPLATE_NAME } from './journey/demo/demo-facts.js';

/**
 * `npm run sandbox`: the emulators alone on loopback. Prints one `<name> <base url>` line per emulator first (scripts
 * read them), then the demo users. Ports come from SANDBOX_<NAME>_PORT, host from SANDBOX_HOST;
 * SANDBOX_FINESSE_SYSTEMINFO_AUTH=true puts Finesse's SystemInfo behind Basic authentication.
 */
const host = process.env.SANDBOX_HOST ?? '127.0.0.1';

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    console.error(`${name} must be a port number from 0 to 65535, not "${raw}"`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  // One directory behind Finesse and CCE Administration: agents created there sign in here.
  const agents = demoAgentDirectory();
  const finessePortVariable = 'SANDBOX_FINESSE_PORT';
  const systemInfoRequiresAuthentication = process.env.SANDBOX_FINESSE_SYSTEMINFO_AUTH === 'true';
  const finesse = await startFinesseEmulator({
    host,
    port: port(finessePortVariable, 8445),
    systemInfoRequiresAuthentication,
    agents,
    demoTasks: true,
  }).catch((error: unknown) => {
    const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    console.error(
      inUse
        ? `The Finesse emulator's port is in use: set ${finessePortVariable} to a free port (0 picks one).`
        : String(error),
    );
    process.exit(1);
  });
  const contextPortVariable = 'SANDBOX_CONTEXT_SERVICE_PORT';
  const contextService = await startContextServiceEmulator({ host, port: port(contextPortVariable, 8446) }).catch(
    (error: unknown) => {
      const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
      console.error(
        inUse
          ? `The Context Service emulator's port is in use: set ${contextPortVariable} to a free port (0 picks one).`
          : String(error),
      );
      process.exit(1);
    },
  );
  const cceAdminPortVariable = 'SANDBOX_CCE_ADMIN_PORT';
  const cceAdmin = await startCceAdminEmulator({ host, port: port(cceAdminPortVariable, 8447), agents }).catch(
    (error: unknown) => {
      const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
      console.error(
        inUse
          ? `The CCE Administration emulator's port is in use: set ${cceAdminPortVariable} to a free port (0 picks one).`
          : String(error),
      );
      process.exit(1);
    },
  );
  const webexPortVariable = 'SANDBOX_WEBEX_PORT';
  const webex = await startWebexEmulator({ host, port: port(webexPortVariable, 8448) }).catch((error: unknown) => {
    const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
    console.error(
      inUse
        ? `The Webex Contact Center emulator's port is in use: set ${webexPortVariable} to a free port (0 picks one).`
        : String(error),
    );
    process.exit(1);
  });
  const journeyPortVariable = 'SANDBOX_JOURNEY_PORT';
  const journey = await startJourneyEmulator({ host, port: port(journeyPortVariable, 8449) }).catch(
    (error: unknown) => {
      const inUse = error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
      console.error(
        inUse
          ? `The Journey Data Service emulator's port is in use: set ${journeyPortVariable} to a free port (0 picks one).`
          : String(error),
      );
      process.exit(1);
    },
  );
  console.log(`finesse ${finesse.url}`);
  console.log(`context-service ${contextService.url}`);
  console.log(`cce-admin ${cceAdmin.url}`);
  console.log(`webex ${webex.url}`);
  console.log(`journey ${journey.url}`);
  console.log('');
  console.log(
    `Finesse REST ${finesse.url}/finesse/api, XMPP over WebSocket ${finesse.xmppUrl} (domain ${finesse.xmppDomain})`,
  );
  console.log(`Demo users (password "${SANDBOX_PASSWORD}"):`);
  for (const user of demoDirectory(agents).users) {
    console.log(
      `  ${user.loginName.padEnd(8)} loginId ${user.loginId}  extension ${user.loginId}  roles ${user.roles.join(', ')}`,
    );
  }
  console.log(
    `Ring a call: curl -X POST ${finesse.url}/sandbox/calls -H 'Content-Type: application/json' -d '{"from":"4155550123","to":"1001001"}'`,
  );
  console.log(
    `Context Service REST ${contextService.url}/context/v1 (Authorization: Bearer ${contextService.token}; cisco-context-labmode: true for lab data)`,
  );
  console.log(
    `Find a customer: curl -s -H 'Authorization: Bearer ${contextService.token}' '${contextService.url}/context/v1/customer?q=Context_Mobile_Phone:${encodeURIComponent(MARIA_GARCIA.mobilePhone)}'`,
  );
  console.log(
    `Read the Context Service registration: curl -s -u ${SANDBOX_CCE_ADMIN_USERNAME}:${SANDBOX_CCE_ADMIN_PASSWORD} '${cceAdmin.url}/unifiedconfig/config/contextserviceregistration?callbackUrl=http://localhost/'`,
  );
  console.log(
    `Webex Contact Center: sign in at ${webex.url}/v1/authorize?client_id=${webex.clientId}&response_type=code&redirect_uri=http://127.0.0.1:5555/callback&scope=cjp:config_read (client secret ${webex.clientSecret}); API ${webex.url}/v1/tasks, legacy ${webex.url}/aws/api (tenantId ${DEMO_ORG.tenantId}, From ${DEMO_ORG.legacyUser.userId}, API key ${DEMO_ORG.legacyUser.apiKey})`,
  );
  console.log(
    `Journey Data Service ${journey.url} (Authorization: Bearer ${journey.token}; workspace ${journey.workspaceId})`,
  );
  console.log(
    `Find a person: curl -s -H 'Authorization: Bearer ${journey.token}' '${journey.url}/admin/v1/api/person/workspace-id/${journey.workspaceId}/aliases/${encodeURIComponent(MARIA_GARCIA.mobilePhone)}'`,
  );
  console.log(
    `Their journey: curl -s -H 'Authorization: Bearer ${journey.token}' '${journey.url}/v1/api/events/workspace-id/${journey.workspaceId}?identity=${encodeURIComponent(MARIA_GARCIA.mobilePhone)}&pageSize=5'; profile template "${DEMO_TEMPLATE_NAME}"`,
  );

  const stop = (): void => {
    void Promise.all([finesse.close(), contextService.close(), cceAdmin.close(), webex.close(), journey.close()]).then(
      () => process.exit(0),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
