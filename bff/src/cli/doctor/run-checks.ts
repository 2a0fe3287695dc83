import type { CheckFailure, DoctorCheck } from './doctor-check.js';
import { CheckFailed, DeadlineError } from './doctor-check.js';

export interface CheckOutcome {
  readonly name: string;
  readonly ok: boolean;
}

/** Runs `check` until its deadline, which aborts its work; a late answer after that is ignored. */
async function within(check: DoctorCheck, deadlineMs: number): Promise<string | undefined> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new DeadlineError(deadlineMs));
    }, deadlineMs);
  });
  try {
    return await Promise.race([check.run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs the checks one after the other, printing a progress line as each starts and its outcome as it ends:
 * `checking Finesse REST at https://… ... ok 23 ms (IN_SERVICE)`, or `FAILED after 5003 ms: <reason>` followed by what
 * to do. One after the other, so the lines read in order and a check can use what an earlier one learnt.
 */
export async function runChecks(
  checks: readonly DoctorCheck[],
  options: { write: (text: string) => void; deadlineMs?: number },
): Promise<CheckOutcome[]> {
  const outcomes: CheckOutcome[] = [];
  for (const check of checks) {
    options.write(`checking ${check.name} at ${check.target} ... `);
    const started = performance.now();
    let failure: CheckFailure | undefined;
    let detail: string | undefined;
    try {
      detail = await within(check, options.deadlineMs ?? check.deadlineMs);
    } catch (error) {
      failure = error instanceof CheckFailed ? error.failure : check.explain(error);
    }
    const ms = Math.round(performance.now() - started);
    if (failure === undefined) {
      options.write(`ok ${String(ms)} ms${detail === undefined ? '' : ` (${detail})`}\n`);
    } else {
      options.write(`FAILED after ${String(ms)} ms: ${failure.reason}\n`);
      for (const line of failure.advice) options.write(`    - ${line}\n`);
    }
    outcomes.push({ name: check.name, ok: failure === undefined });
  }
  return outcomes;
}
