import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

/**
 * One log line per answered request: method, route pattern, status and duration. Never headers or bodies (they
 * carry credentials). A few lines rather than pino-http: its per-request child logger cost a large share of the
 * BFF's throughput in `npm run bench`, even with the line filtered out by level.
 */
export function accessLog(logger: Logger): RequestHandler {
  return (request, response, next) => {
    if (!logger.isLevelEnabled('info')) {
      next();
      return;
    }
    const started = performance.now();
    response.on('finish', () => {
      if (request.path === '/healthz' || request.path === '/metrics') return;
      logger.info(
        {
          method: request.method,
          path: request.baseUrl + request.path,
          status: response.statusCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      );
    });
    next();
  };
}
