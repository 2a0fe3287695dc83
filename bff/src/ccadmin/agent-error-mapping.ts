import type { UpstreamErrorDetail } from '../../../shared/errors.js';
import type { AppError } from '../errors.js';
import { ConflictError, UpstreamRefusedError } from '../errors.js';
import type { UpstreamAnswer } from '../upstream/types.js';
import { agentFieldOf } from './agent-xml.js';
import type { CceAdminCall, CceApiError } from './types.js';

/*
 * How CCE's refusals of an Agent API call become the BFF's errors; anything else falls through to the table of
 * ccadmin-error-mapping.ts:
 *
 * | CCE answers                                                     | BFF error                                      |
 * |-----------------------------------------------------------------|------------------------------------------------|
 * | 400 apiError about changeStamp other than "required" (stale)    | ConflictError 409 stale_agent                  |
 * | 400 apiError whose errorData names a field the BFF sends        | UpstreamRefusedError 400 invalid_request+field |
 * | 404 (the agent is gone, or was never there)                     | UpstreamRefusedError 404 not_found             |
 *
 * CCE documents that an update with an out-of-date changeStamp fails, not the errorType it answers with: any refusal
 * naming changeStamp that is not about it missing is taken as stale ("two clients cannot edit the record at the same
 * time").
 */

type Details = { readonly upstream: UpstreamErrorDetail; readonly logInfo: string };

export function agentRefusal(
  answer: UpstreamAnswer,
  error: CceApiError | undefined,
  call: CceAdminCall,
  details: Details,
): AppError | undefined {
  const which = call.item?.id === undefined ? 'the agent' : `agent ${call.item.id}`;
  if (answer.status === 404)
    return new UpstreamRefusedError(
      404,
      'not_found',
      `CCE Administration has no ${which} (deleted meanwhile?)`,
      details,
    );
  if (answer.status !== 400 || error === undefined) return undefined;
  const field = agentFieldOf(error.data);
  if (field === 'changeStamp' && !/required|missing/i.test(error.type)) {
    return new ConflictError(
      'stale_agent',
      `changeStamp: someone changed ${which} since it was read; reload it and make the change again`,
      { ...details, field: 'changeStamp' },
    );
  }
  if (field === undefined) return undefined;
  const reason = error.message === '' ? error.type : error.message;
  return new UpstreamRefusedError(400, 'invalid_request', `${field}: ${reason}`, { ...details, field });
}
