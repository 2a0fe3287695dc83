/** One thing the doctor checks, and how a failure of it reads. */
export interface DoctorCheck {
  /** What is checked, e.g. `Finesse REST`. */
  readonly name: string;
  /** Where, for the progress line: a URL without credentials, and what is asked of it. */
  readonly target: string;
  /** The doctor's deadline for `run`; a little longer than the client's own timeout, whose message says more. */
  readonly deadlineMs: number;
  /** Resolves with a short detail for the `ok` line; rejects when the check fails. Stops its work when `signal` aborts. */
  run(signal: AbortSignal): Promise<string | undefined>;
  /** The reason and advice for a failure of `run`, or for the doctor's deadline (a DeadlineError). */
  explain(error: unknown): CheckFailure;
}

export interface CheckFailure {
  readonly reason: string;
  /** What to do, one sentence or quotation a line. */
  readonly advice: readonly string[];
}

/** A check that failed in a way it already explains (Finesse out of service, registration invalid…). */
export class CheckFailed extends Error {
  constructor(readonly failure: CheckFailure) {
    super(failure.reason);
    this.name = 'CheckFailed';
  }
}

/** The doctor's own deadline for one check passed. */
export class DeadlineError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`no answer within ${String(deadlineMs)} ms`);
    this.name = 'DeadlineError';
  }
}
