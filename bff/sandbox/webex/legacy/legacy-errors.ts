import type { Response } from 'express';

/**
 * The legacy v1 API's error body is not documented anywhere public; the emulator answers a small JSON object with the
 * HTTP status and a message, which is what a client can rely on at most.
 */
export function sendLegacyError(response: Response, status: number, message: string): void {
  response.status(status).json({ status, message });
}

/** A request the legacy API refuses. */
export class LegacyApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
