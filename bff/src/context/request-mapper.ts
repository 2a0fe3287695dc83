import type { ContextRequest } from '../../../shared/api/context.js';
import { UpstreamFormatError } from '../upstream/format-error.js';
import { elementText } from './context-object.js';
import type { ContextObject } from './types.js';

export const REQUEST_FIELDSET = 'cisco.base.request';
const TITLE = 'Context_Title';
const DESCRIPTION = 'Context_Description';

/**
 * A `request` object as a ContextRequest. A request always belongs to a customer (the store requires it), so one
 * without customerId or customerRefUrl is refused; a missing title reads as ''. Its notes are other objects (comments
 * whose parent it is): none here, the journey adds them (journey.ts).
 */
export function readRequest(object: ContextObject): ContextRequest {
  if (object.customerId === undefined) throw new UpstreamFormatError('context', 'a request has no customerId');
  const description = elementText(object, DESCRIPTION);
  return {
    id: object.id,
    customerId: object.customerId,
    title: elementText(object, TITLE) ?? '',
    ...(description === undefined ? {} : { description }),
    state: object.state,
    createdAt: object.created ?? object.lastUpdated ?? '',
    lastUpdated: object.lastUpdated ?? object.created ?? '',
    notes: [],
  };
}

/** A new request of the customer; a blank description is left out (the store has no empty fields). */
export function requestBody(input: {
  customerId: string;
  title: string;
  description?: string;
}): Record<string, unknown> {
  const description = input.description?.trim() ?? '';
  return {
    type: 'request',
    state: 'active',
    customerId: input.customerId,
    fieldsets: [REQUEST_FIELDSET],
    dataElements: [
      { [TITLE]: input.title.trim(), type: 'string' },
      ...(description === '' ? [] : [{ [DESCRIPTION]: description, type: 'string' }]),
    ],
    contributors: [],
    tags: [],
  };
}
