import express from 'express';
import type { Router } from 'express';
import type { FinesseSystemInfo } from '../finesse/types.js';
import type { NotificationHub } from '../events/notification-hub.js';
import type { Metrics } from '../metrics.js';
import type { Store } from '../store/index.js';
import { UnauthorizedError } from '../errors.js';

export interface OperationsOptions {
  readonly finesse: { systemInfo(): Promise<FinesseSystemInfo> };
  readonly finesseUrl: string;
  readonly context: { ping(): Promise<void> };
  readonly hub: NotificationHub;
  readonly store: Store;
  readonly metrics: Metrics;
  readonly mode: 'sandbox' | 'upstream';
}

interface Check {
  readonly ok: boolean;
  readonly detail?: string;
  readonly latencyMs?: number;
}

async function timed(check: () => Promise<string | undefined>): Promise<Check> {
  const started = performance.now();
  try {
    const detail = await check();
    return {
      ok: true,
      latencyMs: Math.round(performance.now() - started),
      ...(detail === undefined ? {} : { detail }),
    };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - started),
      detail: error instanceof Error ? error.message : 'failed',
    };
  }
}

/**
 * For the people who run the service: `/healthz` (the process answers), `/readyz` (each upstream reachable, how
 * agents' notifications travel, the store writable; 503 when not ready) and `/metrics` (Prometheus text).
 */
export function operationsRoutes(options: OperationsOptions): Router {
  const router = express.Router();

  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });

  router.get('/readyz', async (_request, response) => {
    const [finesse, store, context, queuedNotes] = await Promise.all([
      timed(async () => {
        const info = await options.finesse.systemInfo().catch((error: unknown) => {
          // A Finesse that keeps SystemInfo behind authentication answered, so it is up: out of service it would
          // answer 503. No agent's credentials are spent on a probe (a stale password would count towards Finesse's
          // lockout), so its status stays unknown here.
          if (error instanceof UnauthorizedError) return undefined;
          throw error;
        });
        if (info === undefined) return 'answering (SystemInfo requires authentication)';
        if (info.status !== 'IN_SERVICE') throw new Error(`Finesse is ${info.status}`);
        return info.status;
      }),
      timed(async () => {
        await options.store.ping();
        return undefined;
      }),
      timed(async () => {
        await options.context.ping();
        return undefined;
      }),
      options.store.notes.countQueued().catch(() => -1),
    ]);
    // Context Service down is degraded, not unready: calls, state and notes (queued durably) keep working.
    const ready = finesse.ok && store.ok;
    response.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not_ready',
      mode: options.mode,
      checks: {
        finesse: { ...finesse, url: new URL(options.finesseUrl).origin },
        store,
        context: { ...context, queuedNotes },
        // Agents are heard over XMPP when Finesse's notification service is reachable, else polled.
        notifications: { ok: true, agents: options.hub.transports() },
      },
    });
  });

  router.get('/metrics', async (_request, response) => {
    response.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });

  return router;
}
