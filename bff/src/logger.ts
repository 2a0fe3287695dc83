import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';

/**
 * Structured JSON logs. Anything that could carry a secret is redacted by path, whatever logs it: passwords, tokens,
 * Authorization and Cookie headers, Set-Cookie, and the credentials kept for a session.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'credentials',
  '*.credentials',
  'connectionData',
  '*.connectionData',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      base: { service: 'context-desk-bff' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
