import type {
  FaultAnswer,
  FaultRequest,
  InboundCallAnswer,
  InboundCallRequest,
} from '../../../shared/sandbox-control.js';

/**
 * The emulators' sandbox control APIs (shared/sandbox-control.ts) through the BFF's `/sandbox/<emulator>/…` proxies
 * on the desktop's own origin. Every failure becomes an Error with the emulator's message.
 */
async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new Error('The sandbox did not answer.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const message = (payload as { error?: { message?: unknown } } | undefined)?.error?.message;
  throw new Error(typeof message === 'string' ? message : `The sandbox answered ${response.status}.`);
}

/** Context Service's REST API, where the outage fault applies (its `/sandbox/` control paths never fault). */
const CONTEXT_SERVICE_PATHS = '^/context/v1/';

export const sandboxControl = {
  ring: (call: Pick<InboundCallRequest, 'from' | 'to'>) =>
    control<InboundCallAnswer>('POST', '/sandbox/finesse/calls', call),
  hangUp: (dialogId: string) => control<undefined>('DELETE', `/sandbox/finesse/calls/${encodeURIComponent(dialogId)}`),
  contextServiceFaults: () => control<FaultAnswer[]>('GET', '/sandbox/context-service/faults'),
  startContextServiceOutage: () => {
    const fault: FaultRequest = { path: CONTEXT_SERVICE_PATHS, mode: 'status', status: 503 };
    return control<FaultAnswer>('POST', '/sandbox/context-service/faults', fault);
  },
  endContextServiceOutage: () => control<undefined>('DELETE', '/sandbox/context-service/faults'),
};
