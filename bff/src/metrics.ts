import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The BFF's Prometheus metrics, on a registry of its own (one per app, so tests can build several apps).
 * Labels are bounded: routes are Express route patterns, never raw paths with ids.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'contextdesk_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'contextdesk_http_request_duration_seconds',
    help: 'HTTP request duration, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly upstreamCalls = new Counter({
    name: 'contextdesk_upstream_calls_total',
    help: 'Calls to upstream services, by service, operation and outcome (ok, refused, error, timeout)',
    labelNames: ['service', 'operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly upstreamDuration = new Histogram({
    name: 'contextdesk_upstream_call_duration_seconds',
    help: 'Upstream call duration, by service and operation',
    labelNames: ['service', 'operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly eventStreams = new Gauge({
    name: 'contextdesk_event_streams_open',
    help: 'Open /api/events streams',
    registers: [this.registry],
  });
  readonly notificationSessions = new Gauge({
    name: 'contextdesk_notification_sessions_open',
    help: 'Agents with a Finesse notification session, by transport (xmpp, polling)',
    labelNames: ['transport'] as const,
    registers: [this.registry],
  });

  readonly droppedNotifications = new Counter({
    name: 'contextdesk_finesse_notifications_dropped_total',
    help: 'Finesse notifications not applied: oversized (over the XMPP stanza cap) or unreadable (malformed, over a bound)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  readonly auditWriteFailures = new Counter({
    name: 'contextdesk_audit_write_failures_total',
    help: 'Audit entries that could not be written after the upstream answered (the answer stands), by action',
    labelNames: ['action'] as const,
    registers: [this.registry],
  });

  constructor(options: { readonly processMetrics?: boolean } = {}) {
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'contextdesk_' });
  }

  /** The `onCall` hook upstream clients report to. */
  upstreamCall(service: string) {
    return (call: { operation: string; outcome: string; durationMs: number }): void => {
      this.upstreamCalls.inc({ service, operation: call.operation, outcome: call.outcome });
      this.upstreamDuration.observe({ service, operation: call.operation }, call.durationMs / 1000);
    };
  }
}
