/** A request JDS refuses: the status and what to tell the caller. The HTTP layer picks the body. */
export class JourneyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
