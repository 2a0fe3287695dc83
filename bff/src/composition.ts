import type { Logger } from 'pino';
import type { Config } from './config.js';
import { Metrics } from './metrics.js';
import { realClock, realRandom } from './clock.js';
import type { Clock, Random } from './clock.js';
import { openStore } from './store/index.js';
import type { Store } from './store/index.js';
import { FinesseClient } from './finesse/finesse-client.js';
import { readUpdate } from './finesse/update-mapper.js';
import { NotificationHub } from './events/notification-hub.js';
import { installXmppWebSocket } from './events/xmpp-notifications.js';
import { SessionService } from './services/session-service.js';
import { SignInLimits } from './auth/sign-in-limits.js';
import { createCredentialCipher } from './auth/credential-cipher.js';
import { AgentService } from './services/agent-service.js';
import { DialogService } from './services/dialog-service.js';
import { SupervisorService } from './services/supervisor-service.js';
import { SessionStreams } from './events/session-streams.js';
import { ContextServiceAdapter } from './context/context-service-adapter.js';
import { ScreenPopService } from './services/screen-pop-service.js';
import { checkRegion, toE164 } from './context/phone-numbers.js';
import { CustomerService } from './services/customer-service.js';
import { authorNameOf, NoteService, noteStatus } from './services/note-service.js';
import { NoteDelivery } from './services/note-delivery.js';
import { AuditTrail } from './services/audit-trail.js';
import type { NewAuditEvent, NewRegistrationChange } from './store/index.js';
import type { AppDependencies } from './app.js';
import { CceAdminClient } from './ccadmin/cce-admin-client.js';
import { RegistrationService } from './services/registration-service.js';
import { AgentAdministrationService } from './services/agent-administration-service.js';
import { contextServiceSettings } from './services/context-service-settings.js';
import { configuredRoutes } from './upstream/configured-routes.js';
import { upstreamDispatcher } from './upstream/upstream-dispatcher.js';
import { defaultGadgetDir, readGadgetFiles } from './gadget/gadget-files.js';
import type { SandboxControlUrls } from './sandbox-mode.js';
import { assembleWebex } from './webex/webex-assembly.js';
import type { SandboxWebex } from './webex/webex-assembly.js';
import type { WebexAccess } from './webex/webex-access.js';
import { WebexApi } from './webex/webex-api.js';
import { WebexRateLimits } from './webex/webex-rate-limits.js';
import { WebexReports } from './webex/webex-reports.js';
import { WebexCaptures } from './webex/webex-captures.js';
import { RecordingLinks } from './webex/recording-links.js';
import { WebexSites } from './webex/webex-sites.js';
import { LegacyRecordsClient } from './webex/legacy-records.js';

export interface Assembly extends AppDependencies {
  /** Stop everything the assembly started, in order: sessions' channels, upstream connections, store. */
  close(): Promise<void>;
}

export interface AssemblyOptions {
  readonly config: Config;
  /** Finesse's base URL: the configured one, or the emulator's in sandbox mode. */
  readonly finesseUrl: string;
  /** Context Service: the configured one, or the emulator's in sandbox mode. */
  readonly contextService: { readonly url: string; readonly token: string };
  readonly finesseXmppUrl: string | undefined;
  /** CCE Administration: the emulator's in sandbox mode; CCE_ADMIN_URL otherwise (may be unset). */
  readonly cceAdminUrl?: string;
  readonly logger: Logger;
  /** Real time by default; tests move it themselves. */
  readonly clock?: Clock;
  /** Real chance by default (retry jitter). */
  readonly random?: Random;
  readonly store?: Store;
  readonly metrics?: Metrics;
  readonly heartbeatMs?: number;
  readonly version?: string;
  /** Notification reconnect timing (tests shorten it). */
  readonly reconnect?: { startingDelayMs: number; maxDelayMs: number };
  /** Sandbox mode: the emulators whose control APIs the simulated desktop reaches through the BFF. */
  readonly sandboxControl?: SandboxControlUrls;
  /** Sandbox mode: the Webex emulator, standing for webexapis.com and every region's API host. */
  readonly sandboxWebex?: SandboxWebex;
  /** dist/gadget by default. */
  readonly gadgetDir?: string;
  /** The connected Webex Contact Center orgs' access (the Webex onboarding); without it /api/webex answers 503. */
  readonly webexAccess?: WebexAccess;
}

/** The composition root: every long-lived object of the BFF, built from the configuration. */
export async function assemble(options: AssemblyOptions): Promise<Assembly> {
  const { config, logger } = options;
  const clock = options.clock ?? realClock;
  const now = () => clock.now();
  const metrics = options.metrics ?? new Metrics();
  const store = options.store ?? (await openStore({ url: config.databaseUrl }));
  // Each upstream has its own pool and trust: Finesse's private CA must not replace the roots Context Service needs.
  const routes = configuredRoutes(config);
  const finesseCa = routes.finesse.ca;
  const finesseDispatcher = upstreamDispatcher(routes.finesse);
  const contextDispatcher = upstreamDispatcher(routes.context);
  installXmppWebSocket(finesseCa);
  const finesse = new FinesseClient({
    baseUrl: options.finesseUrl,
    timeoutMs: config.finesse.timeoutMs,
    dispatcher: finesseDispatcher,
    onCall: metrics.upstreamCall('finesse'),
  });
  const context = new ContextServiceAdapter({
    baseUrl: options.contextService.url,
    token: options.contextService.token,
    labMode: config.context.labMode,
    timeoutMs: config.context.timeoutMs,
    defaultRegion: config.context.defaultRegion,
    dispatcher: contextDispatcher,
    onCall: metrics.upstreamCall('context'),
  });
  const region = checkRegion(config.context.defaultRegion);
  const pops = new ScreenPopService({
    context,
    podVariable: config.context.podVariable,
    cacheMs: 30_000,
    now: () => now().getTime(),
    normalisePhone: (raw) => toE164(raw, region),
  });
  const hub = new NotificationHub({
    finesse,
    parseUpdate: (xml, node) => readUpdate(xml, node),
    // A call that arrives starts its screen pop at once, so the gadget's request finds it ready.
    onUpdate: (update) => {
      if (update.kind === 'dialog' && update.change === 'added') pops.prefetch(update.dialog);
    },
    xmppUrl: options.finesseXmppUrl,
    xmppDomain: config.finesse.xmppDomain,
    pollIntervalMs: config.finesse.pollIntervalMs,
    logger,
    metrics,
    ...(options.reconnect ? { reconnect: options.reconnect } : {}),
  });
  const streams = new SessionStreams();
  const cceAdminUrl = options.cceAdminUrl ?? config.cceAdmin.url;
  const cceAdminDispatcher = cceAdminUrl === undefined ? undefined : upstreamDispatcher(routes.ccadmin);
  const cceAdmin =
    cceAdminUrl === undefined
      ? undefined
      : new CceAdminClient({
          baseUrl: cceAdminUrl,
          timeoutMs: config.cceAdmin.timeoutMs,
          dispatcher: cceAdminDispatcher,
          onCall: metrics.upstreamCall('ccadmin'),
        });
  const countAuditFailure = (action: string) => metrics.auditWriteFailures.inc({ action });
  const audit = new AuditTrail<NewAuditEvent>({
    write: (event) => store.audit.record(event),
    logger,
    onWriteFailure: countAuditFailure,
  });
  const registrationTrail = new AuditTrail<NewRegistrationChange>({
    write: (change) => store.registrationChanges.record(change),
    logger,
    onWriteFailure: (action) => countAuditFailure(`registration.${action}`),
  });
  const webex = assembleWebex({
    config: config.webex,
    credentialsKey: config.session.credentialsKey,
    sandbox: options.sandboxWebex,
    store,
    clock,
    random: options.random ?? realRandom,
    trail: audit,
    logger,
    onCall: metrics.upstreamCall('webex'),
  });
  await webex.connections.start();
  const registrations = new RegistrationService({
    client: cceAdmin,
    changes: store.registrationChanges,
    trail: registrationTrail,
    now,
    logger,
  });
  const agentAdministration = new AgentAdministrationService({ client: cceAdmin, trail: audit, now });
  const sessions = new SessionService({
    store,
    finesse,
    verifyAdministrator: (credentials) => registrations.verifyCredentials(credentials),
    limits: new SignInLimits(config.signInLimits),
    administratorLimits: new SignInLimits(config.signInLimits, true),
    onSessionStart: async (loginId, credentials) => {
      await hub.acquire(loginId, credentials);
    },
    onSessionEnd: async ({ loginId, tokenHash }) => {
      streams.closeAll(tokenHash);
      await hub.release(loginId);
    },
    ttlMs: config.session.ttlMs,
    idleTtlMs: config.session.idleTtlMs,
    cipher:
      config.session.credentialsKey === undefined ? undefined : createCredentialCipher(config.session.credentialsKey),
    now,
    logger,
  });
  const agents = new AgentService(finesse, hub, audit, config.finesse.actionWaitMs, now);
  const dialogs = new DialogService(finesse, hub, audit, config.finesse.actionWaitMs, now);
  const supervisors = new SupervisorService(finesse, dialogs, hub, audit, config.finesse.actionWaitMs, now);
  const customers = new CustomerService(context, pops, dialogs);
  const delivery = new NoteDelivery({
    outbox: store.notes,
    context,
    clock,
    random: options.random ?? realRandom,
    logger,
    maxDelayMs: config.context.noteRetryMaxDelayMs,
    baseDelayMs: Math.min(1000, config.context.noteRetryMaxDelayMs),
    onSettled: (note) => {
      pops.invalidate();
      hub.find(note.loginId)?.announce('note', noteStatus(note));
    },
  });
  const notes = new NoteService(
    store.notes,
    audit,
    () => delivery.wake(),
    now,
    (session, dialogId) => dialogs.isOrWasTheirs(session, dialogId),
    (session) => authorNameOf(hub.find(session.loginId)?.current().agent),
  );
  delivery.start();
  const webexDispatcher = upstreamDispatcher(routes.webex);
  const webexLegacy = new LegacyRecordsClient(
    config.webexLegacy === undefined
      ? undefined
      : { ...config.webexLegacy, timeoutMs: config.webexApi.timeoutMs, dispatcher: webexDispatcher },
  );
  const webexApi = new WebexApi({
    access: options.webexAccess ?? webex.connections,
    limits: new WebexRateLimits({
      requestsPerMinute: config.webexApi.requestsPerMinute,
      maxQueueMs: config.webexApi.rateLimitMaxWaitMs,
      clock,
    }),
    timeoutMs: config.webexApi.timeoutMs,
    dispatcher: webexDispatcher,
    onCall: metrics.upstreamCall('webex'),
  });
  const sweeper = setInterval(() => {
    void sessions
      .sweep()
      .catch((error: unknown) =>
        logger.warn({ reason: error instanceof Error ? error.message : 'unknown' }, 'session sweep failed'),
      );
  }, 60_000);
  sweeper.unref();

  return {
    config,
    finesseUrl: options.finesseUrl,
    finesseCa,
    logger,
    metrics,
    store,
    finesse,
    hub,
    sessions,
    agents,
    dialogs,
    supervisors,
    customers,
    notes,
    context,
    streams,
    registrations,
    agentAdministration,
    adminSettings: contextServiceSettings(config, {
      contextService: options.contextService.url,
      cceAdmin: cceAdminUrl,
    }),
    heartbeatMs: options.heartbeatMs ?? 15_000,
    version: options.version ?? '0.1.0',
    gadget: readGadgetFiles(options.gadgetDir ?? defaultGadgetDir()),
    sandboxControl: options.sandboxControl,
    webexAccess: webex.connections,
    webexConnections: webex.connections,
    webexOnboarding: webex.onboarding,
    webexReports: new WebexReports(webexApi),
    webexSites: new WebexSites(webexApi),
    webexLegacy,
    webexCaptures: new WebexCaptures({
      api: webexApi,
      links: new RecordingLinks(() => now().getTime()),
      now: () => now().getTime(),
      timeoutMs: config.webexApi.timeoutMs,
      dispatcher: webexDispatcher,
    }),
    async close() {
      clearInterval(sweeper);
      streams.closeAll();
      await delivery.stop();
      await webex.close();
      await sessions.releaseAll();
      await hub.closeAll();
      await finesse.close();
      await context.close();
      await cceAdmin?.close();
      await cceAdminDispatcher?.close();
      await webexApi.close();
      await webexLegacy.close();
      await webexDispatcher.close();
      await contextDispatcher.close();
      await finesseDispatcher.close();
      await store.close();
    },
  };
}
