import type { RequestHandler } from 'express';
import type { Metrics } from '../metrics.js';

/** Counts and times every request by its route pattern (never the raw path: ids would explode the label set). */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (request, response, next) => {
    const started = performance.now();
    response.on('finish', () => {
      const route =
        request.route === undefined
          ? request.baseUrl === ''
            ? 'unmatched'
            : request.baseUrl
          : `${request.baseUrl}${String((request.route as { path: unknown }).path)}`;
      const labels = { method: request.method, route, status: String(response.statusCode) };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, (performance.now() - started) / 1000);
    });
    next();
  };
}
