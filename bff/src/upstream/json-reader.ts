import { UpstreamFormatError } from './format-error.js';
import type { UpstreamService } from './types.js';

/** An upstream's JSON body, parsed without trusting it: undefined when empty, a format error when not JSON. */
export function readUpstreamJson(service: UpstreamService, body: string): unknown {
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new UpstreamFormatError(service, 'not JSON');
  }
}
