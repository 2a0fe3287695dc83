import express from 'express';
import type { Express } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Metrics } from './metrics.js';
import type { Store } from './store/index.js';
import type { NotificationHub } from './events/notification-hub.js';
import type { SessionService } from './services/session-service.js';
import type { AgentService } from './services/agent-service.js';
import type { DialogService } from './services/dialog-service.js';
import type { SupervisorService } from './services/supervisor-service.js';
import { supervisorRoutes } from './routes/supervisor-routes.js';
import type { CustomerService } from './services/customer-service.js';
import type { NoteService } from './services/note-service.js';
import type { ContextStore } from './context/context-store.js';
import { contextRoutes } from './routes/context-routes.js';
import { noteRoutes } from './routes/note-routes.js';
import type { FinesseSystemInfo } from './finesse/types.js';
import type { SessionStreams } from './events/session-streams.js';
import { eventsRoute } from './routes/events-route.js';
import { requestMetrics } from './http/request-metrics.js';
import { accessLog } from './http/access-log.js';
import { errorMiddleware, notFoundHandler } from './http/error-middleware.js';
import { requireRole, requireSession } from './http/session-middleware.js';
import { operationsRoutes } from './routes/operations-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { agentRoutes } from './routes/agent-routes.js';
import { dialogRoutes } from './routes/dialog-routes.js';
import { openApiDocument } from './routes/openapi.js';
import { adminRoutes } from './routes/admin-routes.js';
import type { RegistrationService } from './services/registration-service.js';
import type { AgentAdministrationService } from './services/agent-administration-service.js';
import type { ContextServiceSettings } from '../../shared/api/admin.js';
import { finessePassThrough, passThroughAllowlist } from './proxy/finesse-pass-through.js';
import type { GadgetFiles } from './gadget/gadget-files.js';
import { gadgetRoutes } from './routes/gadget-routes.js';
import type { SandboxControlUrls } from './sandbox-mode.js';
import { sandboxControlRoutes } from './routes/sandbox-control-routes.js';
import { webexAdminRoutes } from './routes/webex-admin-routes.js';
import type { WebexAccess } from './webex/webex-access.js';
import type { WebexConnections } from './webex/webex-connections.js';
import type { WebexOnboarding } from './webex/webex-onboarding.js';
import { webexRoutes } from './routes/webex-routes.js';
import type { WebexReports } from './webex/webex-reports.js';
import type { WebexCaptures } from './webex/webex-captures.js';
import type { WebexSites } from './webex/webex-sites.js';
import type { LegacyRecordsClient } from './webex/legacy-records.js';

/** Everything the app is built from; `main.ts` assembles the real ones, tests assemble theirs. */
export interface AppDependencies {
  readonly config: Config;
  /** Finesse's base URL as resolved at start (the emulator's in sandbox mode). */
  readonly finesseUrl: string;
  readonly finesseCa: string | undefined;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly store: Store;
  readonly finesse: { systemInfo(): Promise<FinesseSystemInfo> };
  readonly hub: NotificationHub;
  readonly sessions: SessionService;
  readonly agents: AgentService;
  readonly dialogs: DialogService;
  /** A supervisor's teams and queues. */
  readonly supervisors: SupervisorService;
  readonly customers: CustomerService;
  readonly notes: NoteService;
  readonly context: Pick<ContextStore, 'ping'>;
  readonly streams: SessionStreams;
  /** Context Service registration through CCE Administration (administrators). */
  readonly registrations: RegistrationService;
  /** Agent administration through CCE Administration (administrators). */
  readonly agentAdministration: AgentAdministrationService;
  readonly adminSettings: ContextServiceSettings;
  readonly heartbeatMs: number;
  readonly version: string;
  /** The built gadget (undefined when not built: the pages then say how to build it). */
  readonly gadget: GadgetFiles | undefined;
  /** Sandbox mode: the emulators' control APIs the simulated desktop reaches through the BFF. */
  readonly sandboxControl: SandboxControlUrls | undefined;
  /** Webex Contact Center orgs' API bases and current tokens, for the Webex API clients. */
  readonly webexAccess: WebexAccess;
  /** The connected Webex orgs (administrators list and disconnect them). */
  readonly webexConnections: WebexConnections;
  /** "Login with Webex" for administrators. */
  readonly webexOnboarding: WebexOnboarding;
  /** Webex Contact Center's reports (supervisors and administrators). */
  readonly webexReports: WebexReports;
  /** Webex Contact Center's recordings, behind the BFF's own short-lived links. */
  readonly webexCaptures: WebexCaptures;
  /** Webex Contact Center's sites (administrators write). */
  readonly webexSites: WebexSites;
  /** The legacy v1 API's CSR and CAR records. */
  readonly webexLegacy: LegacyRecordsClient;
}

/** Builds the Express app without listening (ARCHITECTURE: one app, created by a factory). */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxyHops);

  app.use(requestMetrics(deps.metrics));
  app.use(accessLog(deps.logger));
  app.use(helmet());
  app.use(
    gadgetRoutes({ files: deps.gadget, publicUrl: deps.config.publicUrl, sandbox: deps.sandboxControl !== undefined }),
  );
  if (deps.sandboxControl !== undefined) app.use(sandboxControlRoutes(deps.sandboxControl));
  app.use(
    cors({
      // Exact origins only (the Finesse desktop's, and the BFF's own page); no credentials mode is needed because
      // the session token travels in the Authorization header, not in a cookie.
      origin: (origin, callback) => callback(null, origin === undefined || deps.config.allowedOrigins.includes(origin)),
      allowedHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID', 'Idempotency-Key', 'If-Match'],
      exposedHeaders: ['Retry-After'],
      maxAge: 600,
    }),
  );

  app.use(
    operationsRoutes({
      finesse: deps.finesse,
      finesseUrl: deps.finesseUrl,
      context: deps.context,
      hub: deps.hub,
      store: deps.store,
      metrics: deps.metrics,
      mode: deps.config.mode,
    }),
  );
  const openApi = openApiDocument(deps.version);
  app.get('/api/openapi.json', (_request, response) => response.json(openApi));

  // The raw pass-through comes before any body parser: Finesse's XML must pass byte for byte.
  app.use(
    '/finesse/api',
    requireSession(deps.sessions),
    requireRole('agent'),
    passThroughAllowlist,
    finessePassThrough({
      finesseUrl: deps.finesseUrl,
      timeoutMs: deps.config.finesse.timeoutMs,
      ca: deps.finesseCa,
      logger: deps.logger,
    }),
  );

  app.use('/api', express.json({ limit: '32kb', strict: true }));
  app.use(sessionRoutes(deps.sessions, deps.agents));
  app.use(
    webexAdminRoutes({
      sessions: deps.sessions,
      onboarding: deps.webexOnboarding,
      connections: deps.webexConnections,
      publicUrl: deps.config.publicUrl,
    }),
  );
  app.use(
    adminRoutes({
      sessions: deps.sessions,
      registrations: deps.registrations,
      settings: deps.adminSettings,
      agents: deps.agentAdministration,
    }),
  );
  app.use(
    webexRoutes({
      sessions: deps.sessions,
      reports: deps.webexReports,
      captures: deps.webexCaptures,
      sites: deps.webexSites,
      legacy: deps.webexLegacy,
    }),
  );
  // Everything below is an agent's: an administrator's session has no Finesse agent (403).
  app.use('/api', requireSession(deps.sessions), requireRole('agent'));
  app.use(agentRoutes(deps.agents));
  app.use(dialogRoutes(deps.dialogs));
  app.use(supervisorRoutes(deps.supervisors));
  app.use(contextRoutes(deps.customers));
  app.use(noteRoutes(deps.notes));
  app.use(eventsRoute({ hub: deps.hub, metrics: deps.metrics, heartbeatMs: deps.heartbeatMs, streams: deps.streams }));

  app.use(notFoundHandler);
  app.use(errorMiddleware(deps.logger));
  return app;
}
