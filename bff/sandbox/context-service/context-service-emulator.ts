import type { ContextService } from './context-service.js';
import { FaultBook } from '../control/fault-book.js';
import { listenEmulator } from '../control/emulator-server.js';
import { ObjectStore } from './model/object-store.js';
import { OperationStats } from './operation-stats.js';
import { contextServiceApp } from './http/context-app.js';
import { sendContextError } from './http/context-responses.js';
import { DEMO_SEED, SANDBOX_CONTEXT_SERVICE_TOKEN } from './demo/demo-facts.js';
import { demoAnchor, demoObjects } from './demo/demo-data.js';

export interface ContextServiceEmulatorOptions {
  /** Interface to listen on; loopback unless told otherwise. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** The bearer token callers must present; SANDBOX_CONTEXT_SERVICE_TOKEN by default. */
  readonly token?: string;
  /** Seed of the generated demo crowd (the featured customers never change). */
  readonly seed?: number;
}

export interface ContextServiceEmulator {
  /** Base URL: REST under /context/v1, control under /sandbox. */
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * Starts an emulated Cisco Context Service cloud REST API (reference §1.2–1.6): customers, requests, activities and
 * comments in lab and production stores, seeded with demo data, plus the sandbox control API, on one HTTP server.
 */
export async function startContextServiceEmulator(
  options: ContextServiceEmulatorOptions = {},
): Promise<ContextServiceEmulator> {
  const token = options.token ?? SANDBOX_CONTEXT_SERVICE_TOKEN;
  if (token === '' || /\s/.test(token))
    throw new Error('The Context Service emulator token must be non-empty and without spaces');
  const demo = demoObjects(options.seed ?? DEMO_SEED, demoAnchor(Date.now()));
  const faults = new FaultBook({
    status: (response, status) => sendContextError(response, status, 'Injected fault'),
    // Cut off mid-object, as a dropped proxy connection leaves it.
    malformed: (response) =>
      response
        .status(200)
        .type('application/json')
        .send('[{"id":"3f2a9c1e-7b4d-4e8a-9c2f-1d5e6b7a8c9d","refUrl":"http'),
  });
  const service: ContextService = {
    stores: { lab: new ObjectStore(), production: new ObjectStore() },
    stats: new OperationStats(),
    token,
    latencyMs: 0,
    baseUrl: '',
    reset() {
      this.stores.lab.replaceAll(demo);
      this.stores.production.replaceAll(demo);
      this.stats.clear();
      this.latencyMs = 0;
      faults.clear();
    },
  };
  service.reset();

  const server = await listenEmulator(
    contextServiceApp(service, faults),
    options.host ?? '127.0.0.1',
    options.port ?? 0,
  );
  service.baseUrl = server.baseUrl;

  return {
    url: service.baseUrl,
    token,
    close: () => server.close(),
  };
}
