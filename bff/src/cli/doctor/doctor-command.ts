import { parseArgs } from 'node:util';
import type { Dispatcher } from 'undici';
import { CceAdminClient } from '../../ccadmin/cce-admin-client.js';
import { ConfigError, environmentWithDotenv, loadConfig } from '../../config.js';
import type { Config, Environment } from '../../config.js';
import { ContextServiceAdapter } from '../../context/context-service-adapter.js';
import { FinesseClient } from '../../finesse/finesse-client.js';
import { createLogger } from '../../logger.js';
import { configuredRoutes } from '../../upstream/configured-routes.js';
import { upstreamDispatcher } from '../../upstream/upstream-dispatcher.js';
import { startSandbox } from '../../sandbox-mode.js';
import type { RunningSandbox } from '../../sandbox-mode.js';
import type { CliIo, ExitCode } from '../cli-io.js';
import { EXIT } from '../cli-io.js';
import { DOCTOR_USAGE } from '../usage.js';
import { cceAdminCheck } from './checks/cce-admin-check.js';
import type { CceAdminLogin } from './checks/cce-admin-check.js';
import { contextServiceCheck } from './checks/context-service-check.js';
import { finesseNotificationsCheck, finesseRestCheck } from './checks/finesse-checks.js';
import type { FinesseFacts } from './checks/finesse-checks.js';
import { storeCheck } from './checks/store-check.js';
import type { DoctorCheck } from './doctor-check.js';
import { redactingWriter } from './redact.js';
import { runChecks } from './run-checks.js';

export interface DoctorOptions {
  /** The environment to read the configuration from; the process's, with `.env` underneath, by default. */
  readonly env?: Environment;
}

class DoctorUsageError extends Error {}

function parseDoctorArgs(args: readonly string[]): { help: boolean; deadlineMs: number | undefined } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: { timeout: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new DoctorUsageError(error instanceof Error ? error.message : 'unreadable arguments');
  }
  const timeout = values.timeout;
  if (timeout !== undefined && (!/^[0-9]+$/.test(timeout) || Number(timeout) < 100 || Number(timeout) > 120_000)) {
    throw new DoctorUsageError('--timeout: must be a whole number of milliseconds from 100 to 120000');
  }
  return { help: values.help === true, deadlineMs: timeout === undefined ? undefined : Number(timeout) };
}

/** CCE_ADMIN_USERNAME and CCE_ADMIN_PASSWORD: both or neither; the BFF itself never reads them. */
function cceAdminLogin(env: Environment): CceAdminLogin | undefined {
  const username = env.CCE_ADMIN_USERNAME?.trim() ?? '';
  const password = env.CCE_ADMIN_PASSWORD ?? '';
  if (username === '' && password === '') return undefined;
  if (username === '' || password === '')
    throw new ConfigError([
      'CCE_ADMIN_USERNAME, CCE_ADMIN_PASSWORD: set both to check the registration state, or neither',
    ]);
  if (username.includes(':')) throw new ConfigError(['CCE_ADMIN_USERNAME: must not contain a colon']);
  return { username, authorization: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}` };
}

/** Everything the checks talk to, built as the BFF builds it, and how to close it all. */
interface Upstreams {
  readonly checks: DoctorCheck[];
  close(): Promise<void>;
}

function buildUpstreams(
  config: Config,
  sandbox: RunningSandbox | undefined,
  login: CceAdminLogin | undefined,
): Upstreams {
  const finesseUrl = sandbox?.finesseUrl ?? config.finesse.url;
  const xmppUrl = sandbox?.finesseXmppUrl ?? config.finesse.xmppUrl;
  const contextService =
    sandbox?.contextService ??
    (config.context.url !== undefined && config.context.token !== undefined
      ? { url: config.context.url, token: config.context.token }
      : undefined);
  const cceAdminUrl = sandbox?.cceAdminUrl ?? config.cceAdmin.url;
  // loadConfig has already refused an upstream configuration without these.
  if (finesseUrl === undefined || xmppUrl === undefined || contextService === undefined)
    throw new Error('FINESSE_URL and CONTEXT_SERVICE_URL are required');

  // The routes the BFF takes: each upstream through its own pool, trusting only its own CA.
  const routes = configuredRoutes(config);
  const finesseCa = routes.finesse.ca;
  const finesseDispatcher = upstreamDispatcher(routes.finesse);
  const contextDispatcher = upstreamDispatcher(routes.context);
  const dispatchers: Dispatcher[] = [finesseDispatcher, contextDispatcher];
  const finesse = new FinesseClient({
    baseUrl: finesseUrl,
    timeoutMs: config.finesse.timeoutMs,
    dispatcher: finesseDispatcher,
  });
  const context = new ContextServiceAdapter({
    baseUrl: contextService.url,
    token: contextService.token,
    labMode: config.context.labMode,
    timeoutMs: config.context.timeoutMs,
    defaultRegion: config.context.defaultRegion,
    dispatcher: contextDispatcher,
  });
  // A configured XMPP domain is the one the BFF uses; SystemInfo's is only learnt when none is configured.
  const facts: FinesseFacts =
    config.finesse.xmppDomain === undefined
      ? {}
      : { xmppDomain: config.finesse.xmppDomain, configuredXmppDomain: true };
  const checks: DoctorCheck[] = [
    finesseRestCheck({ client: finesse, url: finesseUrl, timeoutMs: config.finesse.timeoutMs, facts }),
    finesseNotificationsCheck({ url: xmppUrl, ca: finesseCa, timeoutMs: config.finesse.timeoutMs, facts }),
  ];
  let cceAdmin: CceAdminClient | undefined;
  if (cceAdminUrl !== undefined) {
    const cceDispatcher = upstreamDispatcher(routes.ccadmin);
    dispatchers.push(cceDispatcher);
    cceAdmin = new CceAdminClient({
      baseUrl: cceAdminUrl,
      timeoutMs: config.cceAdmin.timeoutMs,
      dispatcher: cceDispatcher,
    });
    checks.push(cceAdminCheck({ client: cceAdmin, url: cceAdminUrl, timeoutMs: config.cceAdmin.timeoutMs, login }));
  }
  checks.push(
    contextServiceCheck({ context, url: contextService.url, timeoutMs: config.context.timeoutMs }),
    storeCheck({ databaseUrl: config.databaseUrl }),
  );
  return {
    checks,
    async close() {
      await finesse.close();
      await context.close();
      await cceAdmin?.close();
      await Promise.all(dispatchers.map((each) => each.close()));
    },
  };
}

/**
 * `npx context-desk doctor`: loads the BFF's configuration, checks each upstream the way the BFF reaches it (same
 * clients, proxy, CAs and timeouts), and exits 1 when any check fails. In sandbox mode it starts the emulators in this
 * process first, as `npm start` would, and checks those.
 */
export async function runDoctorCommand(
  args: readonly string[],
  io: CliIo,
  options: DoctorOptions = {},
): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseDoctorArgs(args);
  } catch (error) {
    if (!(error instanceof DoctorUsageError)) throw error;
    io.err(`context-desk doctor: ${error.message}\n\n${DOCTOR_USAGE}`);
    return EXIT.usage;
  }
  if (parsed.help) {
    io.out(DOCTOR_USAGE);
    return EXIT.ok;
  }
  const env = options.env ?? environmentWithDotenv();
  let config: Config;
  let login: CceAdminLogin | undefined;
  try {
    config = loadConfig(env);
    login = cceAdminLogin(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`context-desk doctor: ${error.message}\n`);
    return EXIT.usage;
  }
  const storeIsFile = config.databaseUrl.startsWith('sqlite:');
  // Machine-made secrets only: hiding a person's password wherever it occurs in other text would reveal it.
  const write = redactingWriter(
    (text) => io.out(text),
    [
      config.context.token,
      config.session.credentialsKey,
      login?.authorization,
      storeIsFile ? undefined : config.databaseUrl,
    ],
  );

  let sandbox: RunningSandbox | undefined;
  if (config.mode === 'sandbox') {
    write(
      'SANDBOX MODE: no upstream is configured, so the doctor has started the built-in emulators in this process and checks those.\n',
    );
    sandbox = await startSandbox({ host: '127.0.0.1', finessePort: 0, contextPort: 0, logger: createLogger('silent') });
  } else {
    write('Checking the upstreams configured for the BFF (environment variables and .env).\n');
  }
  let upstreams: Upstreams | undefined;
  try {
    upstreams = buildUpstreams(config, sandbox, login);
    if (config.mode === 'upstream' && config.cceAdmin.url === undefined)
      write('CCE Administration is not configured (CCE_ADMIN_URL is not set): not checked.\n');
    const outcomes = await runChecks(upstreams.checks, {
      write,
      ...(parsed.deadlineMs === undefined ? {} : { deadlineMs: parsed.deadlineMs }),
    });
    const failed = outcomes.filter((outcome) => !outcome.ok);
    write(
      failed.length === 0
        ? `All ${String(outcomes.length)} checks passed.\n`
        : `${String(failed.length)} of ${String(outcomes.length)} checks FAILED: ${failed.map((outcome) => outcome.name).join(', ')}.\n`,
    );
    return failed.length === 0 ? EXIT.ok : EXIT.failed;
  } finally {
    await upstreams?.close();
    await sandbox?.close();
  }
}
