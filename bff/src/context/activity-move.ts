import type { Activity, ContextRequest } from '../../../shared/api/context.js';
import { ConflictError, InvalidRequestError } from '../errors.js';
import { readActivity } from './activity-mapper.js';
import type { ContextServiceApi } from './context-service-api.js';
import { readRequest } from './request-mapper.js';
import type { ContextObject } from './types.js';

const itself = (object: ContextObject): ContextObject => object;

/** The customer the activity moves to: the request's (checked against one named too), or the one named, checked to exist. */
async function targetCustomer(
  api: ContextServiceApi,
  to: { customerId?: string },
  request: ContextRequest | undefined,
): Promise<string> {
  if (request === undefined) {
    if (to.customerId === undefined) throw new InvalidRequestError('moving an activity needs customerId or requestId');
    return api.get('customer', to.customerId, (customer) => customer.id);
  }
  if (to.customerId !== undefined && request.customerId !== to.customerId) {
    throw new ConflictError(
      'request_customer_mismatch',
      `The request ${request.id} belongs to another customer than ${to.customerId}`,
    );
  }
  return request.customerId;
}

/**
 * Moves an activity to another customer, or under a request (and so to the request's customer). The target must
 * exist (404 otherwise) and a request named with a customer must be that customer's (409 `request_customer_mismatch`).
 * An activity moved to another customer without a request leaves its old request, which belongs to the old customer.
 * Links are rewritten as ids; the refUrls the store may hold for the old links are dropped, not left pointing back.
 */
export async function moveActivity(
  api: ContextServiceApi,
  activityId: string,
  to: { customerId?: string; requestId?: string },
): Promise<Activity> {
  const request = to.requestId === undefined ? undefined : await api.get('request', to.requestId, readRequest);
  const customerId = await targetCustomer(api, to, request);
  // Read last, right before the PUT, so that its lastUpdated is as fresh as it can be.
  const activity = await api.get('activity', activityId, itself);
  const parentId = request?.id ?? (customerId === activity.customerId ? activity.parentId : undefined);
  await api.update(
    activity,
    { customerId, customerRefUrl: undefined, parentId, parentRefUrl: undefined },
    'stale_activity',
  );
  return api.get('activity', activity.id, readActivity);
}
