import { DeskApiError } from './desk-api-error.js';

/** What to tell the agent about a failed call: Finesse's (or Context Service's) own words when it refused, else the BFF's. */
export function reasonOf(error: unknown): string {
  if (error instanceof DeskApiError) {
    const upstream = error.upstream?.message;
    return upstream !== undefined && upstream !== '' ? upstream : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
