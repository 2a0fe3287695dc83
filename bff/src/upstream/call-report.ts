import type { UpstreamCallReport } from './types.js';

/**
 * Runs one upstream call and reports it to `onCall` exactly once, whatever its outcome. `work` tells the status as
 * soon as the upstream answered, so a call that fails after its answer still reports it. A throwing metrics hook never
 * turns a finished call into a failure.
 */
export async function reportedCall<T>(
  operation: string,
  onCall: ((call: UpstreamCallReport) => void) | undefined,
  outcomeOf: (error: unknown) => UpstreamCallReport['outcome'],
  work: (answered: (status: number) => void) => Promise<T>,
): Promise<T> {
  const started = performance.now();
  let status: number | undefined;
  const report = (outcome: UpstreamCallReport['outcome']): void => {
    try {
      onCall?.({
        operation,
        outcome,
        ...(status === undefined ? {} : { status }),
        durationMs: performance.now() - started,
      });
    } catch {
      // A metrics hook must never turn a finished call into a failure.
    }
  };
  try {
    const result = await work((answeredStatus) => {
      status = answeredStatus;
    });
    report('ok');
    return result;
  } catch (error) {
    report(outcomeOf(error));
    throw error;
  }
}
