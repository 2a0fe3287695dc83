import type { ContextServiceAdapter } from '../../../context/context-service-adapter.js';
import { ADVICE } from '../advice.js';
import type { DoctorCheck } from '../doctor-check.js';
import { displayUrl } from '../display-url.js';
import { explainWith } from './explain.js';

/** The ping /readyz uses: `GET /context/v1/ping`, which Context Service answers without a token. */
export function contextServiceCheck(options: {
  context: ContextServiceAdapter;
  url: string;
  timeoutMs: number;
}): DoctorCheck {
  return {
    name: 'Context Service',
    target: `${displayUrl(options.url)} (GET /context/v1/ping)`,
    deadlineMs: options.timeoutMs + 1000,
    async run() {
      await options.context.ping();
      return 'answered the ping, which does not use CONTEXT_SERVICE_TOKEN';
    },
    explain: explainWith({
      certificate: ADVICE.contextCertificate,
      network: ADVICE.contextUnreachable,
      answered: ADVICE.contextAnswered,
    }),
  };
}
