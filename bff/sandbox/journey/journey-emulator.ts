import { FaultBook } from '../control/fault-book.js';
import { listenEmulator } from '../control/emulator-server.js';
import { demoAnchor, demoObjects } from '../context-service/demo/demo-data.js';
import { DEMO_SEED } from '../context-service/demo/demo-facts.js';
import { dataApiError } from '../webex/http/error-bodies.js';
import { RateBudget } from '../webex/http/rate-budget.js';
import type { JourneyService } from './journey-service.js';
import { DEMO_WORKSPACE, SANDBOX_JOURNEY_TOKEN } from './demo/demo-facts.js';
import { demoEvents } from './demo/demo-events.js';
import { demoPeople } from './demo/demo-people.js';
import { demoTemplates } from './demo/demo-templates.js';
import { journeyApp } from './http/journey-app.js';
import { RequestStats } from './http/request-stats.js';
import { EventLog } from './model/event-log.js';
import { PersonBook } from './model/person-book.js';
import { TemplateBook } from './model/template-book.js';

export interface JourneyEmulatorOptions {
  /** Interface to listen on; loopback unless told otherwise. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** The bearer token callers must present; SANDBOX_JOURNEY_TOKEN by default. */
  readonly token?: string;
  /** Seed of the Context Service demo crowd the people come from. */
  readonly seed?: number;
  /** The token's budget per minute: 300, Webex's documented default (JDS gives no number). */
  readonly requestsPerMinute?: number;
  /** How often an open event stream sends a keep-alive comment; 15 s by default. */
  readonly keepAliveMs?: number;
  /** The emulator's clock (epoch ms); tests pass their own. */
  readonly clock?: () => number;
}

export interface JourneyEmulator {
  /** Base URL of every JDS path and of the control API `/sandbox`. */
  readonly url: string;
  readonly token: string;
  readonly organizationId: string;
  readonly workspaceId: string;
  close(): Promise<void>;
}

/**
 * Starts an emulated Webex Customer Journey Data Service (reference context-service-and-webex.md §3,
 * webex-contact-center.md §4): people and aliases, CloudEvents publish, history and stream, profile-view templates
 * and progressive profiles, seeded with the Context Service demo's customers and journeys, on one HTTP server.
 */
export async function startJourneyEmulator(options: JourneyEmulatorOptions = {}): Promise<JourneyEmulator> {
  const token = options.token ?? SANDBOX_JOURNEY_TOKEN;
  if (token === '' || /\s/.test(token)) throw new Error('The JDS emulator token must be non-empty and without spaces');
  const now = options.clock ?? Date.now;
  const requestsPerMinute = options.requestsPerMinute ?? 300;
  const objects = demoObjects(options.seed ?? DEMO_SEED, demoAnchor(now()));
  const faults = new FaultBook({
    status: (response, status) =>
      response.status(status).json(dataApiError(status, 'Injected fault', `EMULATOR_FAULT_${status}`)),
    // Cut off mid-object, as a dropped proxy connection leaves it.
    malformed: (response) => response.status(200).type('application/json').send('{"meta":{"organizationId":"6f0e1d2c'),
  });
  const service: JourneyService = {
    workspace: DEMO_WORKSPACE,
    token,
    people: new PersonBook(now),
    events: new EventLog(),
    templates: new TemplateBook(),
    budget: new RateBudget(now, requestsPerMinute),
    faults,
    stats: new RequestStats(),
    now,
    keepAliveMs: options.keepAliveMs ?? 15_000,
    reset() {
      const people = demoPeople(objects);
      this.people.replaceAll(people);
      this.events.replaceAll(demoEvents(objects, people));
      this.templates.replaceAll(demoTemplates());
      this.budget.perMinute = requestsPerMinute;
      this.budget.clear();
      this.stats.clear();
      faults.clear();
    },
  };
  service.reset();

  const server = await listenEmulator(journeyApp(service), options.host ?? '127.0.0.1', options.port ?? 0);
  return { url: server.baseUrl, token, ...DEMO_WORKSPACE, close: () => server.close() };
}
