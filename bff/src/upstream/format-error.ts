import type { UpstreamService } from './types.js';

/**
 * An upstream answered a body the BFF cannot read: not well-formed, a DTD, the wrong root, not JSON, a documented
 * element or property missing. Readers and mappers throw it; the upstream client turns it into a 502
 * `upstream_invalid_response` naming the upstream. The message names elements or properties only, never values, so it
 * is safe to log.
 */
export class UpstreamFormatError extends Error {
  constructor(
    readonly service: UpstreamService,
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamFormatError';
  }
}
