/**
 * Finesse answered XML the BFF cannot read: not well-formed, a DTD, the wrong root, or a documented element missing.
 * Mappers throw it; the client turns it into a 502 `upstream_invalid_response`. The message names elements only,
 * never values, so it is safe to log.
 */
export class FinesseFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FinesseFormatError';
  }
}
