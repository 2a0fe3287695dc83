import type { RegistrationState } from '../../../../shared/api/admin.js';
import { DeskApiError } from '../../api/desk-api-error.js';
import { reasonOf } from '../../api/error-reason.js';
import type { AdminApi } from '../admin-api.js';

/** When CCE says busy without saying for how long (the BFF sends its own default too; this guards a missing header). */
const BUSY_FALLBACK_SECONDS = 5;

export type UpdateAction = 'register' | 'deregister';

/** How handing CCE the returned connectionData ended, in the terms the page shows. */
export type UpdateOutcome =
  /** 200: saved in the AW database and pushed to every device. */
  | { readonly kind: 'saved'; readonly state: RegistrationState }
  /** 201 PARTIAL_SUCCESS: saved, but these devices did not receive it. */
  | {
      readonly kind: 'partial';
      readonly failedDevices: readonly string[];
      readonly message: string;
      readonly state: RegistrationState;
    }
  /** 503: CCE is still pushing an earlier change to the devices. */
  | { readonly kind: 'busy'; readonly retryAfterSeconds: number }
  /** 409: registered with other connection data; CCE wants a deregistration first. */
  | { readonly kind: 'refused' }
  /** The session ended meanwhile: sign in again, then send again. */
  | { readonly kind: 'signedOut' }
  /** Anything else: CCE's own words when it gave some. */
  | { readonly kind: 'failed'; readonly reason: string };

/** "" deregisters (Context Service Registration API: "Use an empty string to clear the connectionData"). */
export function actionOf(connectionData: string): UpdateAction {
  return connectionData === '' ? 'deregister' : 'register';
}

/** One PUT of the connectionData; never rejects except on abort. */
export async function sendConnectionData(
  api: AdminApi,
  connectionData: string,
  signal: AbortSignal,
): Promise<UpdateOutcome> {
  try {
    const result = await api.updateRegistration(connectionData, { signal });
    return result.result === 'saved'
      ? { kind: 'saved', state: result.state }
      : { kind: 'partial', failedDevices: result.failedDevices, message: result.message, state: result.state };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    return outcomeOfFailure(error);
  }
}

function outcomeOfFailure(error: unknown): UpdateOutcome {
  if (error instanceof DeskApiError) {
    if (error.status === 401) return { kind: 'signedOut' };
    if (error.status === 409 && error.code === 'deregister_first') return { kind: 'refused' };
    if (error.status === 503 && error.code === 'ccadmin_busy')
      return { kind: 'busy', retryAfterSeconds: Math.max(1, error.retryAfterSeconds ?? BUSY_FALLBACK_SECONDS) };
  }
  // 502 ccadmin_failed carries CCE's errorMessage as upstream.message: the most specific words there are.
  return { kind: 'failed', reason: reasonOf(error) };
}
