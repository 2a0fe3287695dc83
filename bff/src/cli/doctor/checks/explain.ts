import type { CheckFailure } from '../doctor-check.js';
import { describeFailure } from '../failure-kind.js';

export interface AdviceByKind {
  /** A certificate this host does not trust. */
  readonly certificate: readonly string[];
  /** No connection, or no answer in time. */
  readonly network: readonly string[];
  /** An answer that is not what the upstream should say. */
  readonly answered: readonly string[];
}

/** A check's `explain`: the failure's reason, and the advice for its kind. */
export function explainWith(advice: AdviceByKind): (error: unknown) => CheckFailure {
  return (error) => {
    const failure = describeFailure(error);
    const kind = failure.kind === 'certificate' ? 'certificate' : failure.kind === 'answered' ? 'answered' : 'network';
    return { reason: failure.reason, advice: advice[kind] };
  };
}
