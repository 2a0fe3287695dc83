/**
 * A refusal the emulator answers with its JSON error `{ "error": { "key": "<status>", "message" } }` (the shape
 * Context Desk's client reads; Cisco never published the REST error body, reference §6).
 */
export class ContextServiceError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ContextServiceError';
  }
}

export const badRequest = (message: string): ContextServiceError => new ContextServiceError(400, message);
export const notFound = (message: string): ContextServiceError => new ContextServiceError(404, message);
export const conflict = (message: string): ContextServiceError => new ContextServiceError(409, message);
